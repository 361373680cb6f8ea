#include "search/doc_facts.h"

#include <cppconn/resultset.h>

#include <algorithm>

#include "db/connection.h"
#include "search/index_sql.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

constexpr size_t kConvsPerStatement = 500;
// (conversation_id, node_id) IN (...): MariaDB 10.11 reads 500 of them in
// 5.5 ms, 2,000 in 23 ms (1 GB export), where an OR of "(conversation_id =
// .. AND node_id IN (..))" took 9 and 89 ms (its range analysis grows
// faster than the number of ranges).
constexpr size_t kTextsPerStatement = 1000;

}  // namespace

void DocFacts::Load(const std::vector<size_t>& range_indices) {
  std::vector<size_t> todo;
  for (size_t r : range_indices)
    if (asked_.insert(r).second) todo.push_back(r);
  std::sort(todo.begin(), todo.end());
  for (size_t i = 0; i < todo.size(); i += kConvsPerStatement) {
    const size_t end = std::min(todo.size(), i + kConvsPerStatement);
    const std::string in = detail::InList(
        todo.begin() + static_cast<std::ptrdiff_t>(i), todo.begin() + static_cast<std::ptrdiff_t>(end),
        [&](std::string& out, size_t r) { out += std::to_string(ranges_[r].first); });
    auto rs = conn_.Query("SELECT first_doc, conversation_id, docs FROM search_convs WHERE first_doc IN " + in);
    while (rs->next()) {
      const uint32_t first = rs->getUInt(1);
      // The range of this first document (ranges_ is sorted by first).
      auto it = std::lower_bound(ranges_.begin() + static_cast<std::ptrdiff_t>(todo[i]),
                                 ranges_.begin() + static_cast<std::ptrdiff_t>(todo[end - 1]) + 1, first,
                                 [](const DocRange& r, uint32_t f) { return r.first < f; });
      if (it == ranges_.end() || it->first != first) continue;
      const size_t r = static_cast<size_t>(it - ranges_.begin());
      if (rs->isNull(3))
        throw Error(ErrorKind::kDatabase,
                    "the search index is damaged (search_convs.docs is NULL for document " +
                        std::to_string(first) + "); `chatbeto search --reindex` rebuilds it");
      if (it->last < it->first)
        throw Error(ErrorKind::kDatabase, "the search index is damaged (search_convs range " +
                                              std::to_string(first) + ".." + std::to_string(it->last) +
                                              "); `chatbeto search --reindex` rebuilds it");
      // In place: `docs` views `value`.
      Conv& c = convs_[r];
      c.id = rs->getString(2).asStdString();
      c.value = rs->getString(3).asStdString();
      c.docs = PackedDocs(c.value, RangeDocs(*it));
    }
  }
}

std::optional<PackedDoc> DocFacts::Of(size_t r, uint32_t doc) const {
  auto it = convs_.find(r);
  if (it == convs_.end()) return std::nullopt;
  const size_t at = (doc >> 1) - (ranges_[r].first >> 1);
  if (at >= it->second.docs.size()) return std::nullopt;
  return it->second.docs[at];
}

void DocFacts::ForTexts(std::vector<std::pair<size_t, uint32_t>> docs,
                        const std::function<void(uint32_t, std::string&&)>& f) {
  std::sort(docs.begin(), docs.end());  // conversation by conversation
  docs.erase(std::remove_if(docs.begin(), docs.end(),
                            [&](const auto& d) { return !convs_.count(d.first); }),
             docs.end());
  std::unordered_map<std::string, uint32_t> by_key;  // conversation_id '\0' node_id -> doc
  for (size_t i = 0; i < docs.size(); i += kTextsPerStatement) {
    const size_t end = std::min(docs.size(), i + kTextsPerStatement);
    std::string where = "(m.conversation_id, m.node_id) IN (";
    by_key.clear();
    for (size_t k = i; k < end; ++k) {
      const auto& [r, doc] = docs[k];
      const std::string& conv = convs_.at(r).id;
      const std::string node = Of(r, doc)->node_id;
      where += k == i ? "(" : ",(";
      db::AppendQuoted(where, conv);
      where += ',';
      db::AppendQuoted(where, node);
      where += ')';
      by_key[conv + '\0' + node] = doc;
    }
    where += ")";
    auto rs = conn_.Query("SELECT m.conversation_id, m.node_id, m.text FROM messages m WHERE " + where);
    while (rs->next()) {
      auto it = by_key.find(rs->getString(1).asStdString() + '\0' + rs->getString(2).asStdString());
      if (it == by_key.end()) continue;
      std::string text = rs->isNull(3) ? std::string() : rs->getString(3).asStdString();
      f(it->second, std::move(text));
    }
  }
}

}  // namespace chatbeto::search
