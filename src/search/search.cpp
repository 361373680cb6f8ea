#include "search/search.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <unordered_map>

#include "db/connection.h"
#include "search/body.h"
#include "search/index.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

constexpr size_t kResolveChunk = 5000;
constexpr size_t kSnippetCandidates = 30;  // hits of a shown conversation read for its snippet
constexpr size_t kSnippetWidth = 160;

struct Hit {
  uint32_t doc = 0;
  std::string role, time;
};

struct Group {
  std::vector<Hit> hits;
  std::string last_hit;
};

std::string IdList(const std::vector<std::string>& ids, size_t from, size_t to) {
  std::string in = "(";
  for (size_t i = from; i < to; ++i) {
    if (i > from) in += ',';
    db::AppendQuoted(in, ids[i]);
  }
  return in + ")";
}

// Debug log of how long each step took (-v).
class StepTimer {
 public:
  void Done(const std::string& step) {
    auto now = std::chrono::steady_clock::now();
    log::Debug("search: " + step + " " +
               std::to_string(std::chrono::duration<double>(now - last_).count()) + " s");
    last_ = now;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

std::string Str(sql::ResultSet& rs, int col) {
  return rs.isNull(col) ? std::string() : std::string(rs.getString(col));
}

}  // namespace

SearchResult Search(db::Connection& conn, Index& index, const SearchOptions& o) {
  const FoldTable& fold = index.fold();
  std::vector<std::vector<char32_t>> folded;
  for (const auto& t : o.query.terms) folded.push_back(FoldText(fold, t.text));

  // 1. Candidates: documents holding every key of every term.
  DocList cand;
  std::vector<size_t> need_check;  // terms the keys do not decide alone
  for (size_t i = 0; i < folded.size(); ++i) {
    DocList d = index.DocsWithAll(TermGrams(folded[i]));
    if (i == 0 && !o.all_branches)
      d.erase(std::remove_if(d.begin(), d.end(), [](uint32_t x) { return !DocVisible(x); }),
              d.end());
    cand = i == 0 ? std::move(d) : Intersect(cand, d);
    if (!TermGramsExact(folded[i])) need_check.push_back(i);
    if (cand.empty()) break;
  }
  SearchResult r;
  r.candidates = cand.size();
  StepTimer timer;
  timer.Done("index lookup: " + std::to_string(cand.size()) + " candidates");

  // 2. The filters and, for terms the keys do not decide, the exact check on
  // the indexed text (folded as LIKE compares), by document number.
  std::string filter;
  if (!o.all_branches) filter += " AND visible = 1";
  if (!o.role.empty()) filter += " AND role = " + db::Quote(o.role);
  if (!o.since.empty()) filter += " AND create_time >= " + db::Quote(o.since);
  std::unordered_map<std::string, Group> groups;
  for (size_t i = 0; i < cand.size(); i += kResolveChunk) {
    std::string in = "(";
    for (size_t k = i; k < std::min(cand.size(), i + kResolveChunk); ++k)
      in += (k > i ? "," : "") + std::to_string(cand[k]);
    auto rs = conn.Query(
        "SELECT doc_id, conversation_id, role, "
        "DATE_FORMAT(create_time, '%Y-%m-%d %H:%i:%s')" +
        std::string(need_check.empty() ? "" : ", body") + " FROM search_docs WHERE doc_id IN " +
        in + ")" + filter);
    while (rs->next()) {
      if (!need_check.empty()) {
        auto text = FoldText(fold, DecodeBody(rs->getString(5).asStdString()));
        bool all = std::all_of(need_check.begin(), need_check.end(), [&](size_t t) {
          return std::search(text.begin(), text.end(), folded[t].begin(), folded[t].end()) !=
                 text.end();
        });
        if (!all) continue;
      }
      Group& g = groups[std::string(rs->getString(2))];
      Hit h{rs->getUInt(1), Str(*rs, 3), Str(*rs, 4)};
      if (h.time > g.last_hit) g.last_hit = h.time;
      g.hits.push_back(std::move(h));
    }
  }

  timer.Done("exact check");
  // 3. Conversations: title, length, project (and the --project filter).
  std::vector<std::string> ids;
  ids.reserve(groups.size());
  for (const auto& g : groups) ids.push_back(g.first);
  std::sort(ids.begin(), ids.end());
  std::vector<ConversationResult> convs;
  std::vector<ConversationHits> stats;
  std::string project_filter;
  if (!o.project.empty())
    project_filter = " AND (p.name = " + db::Quote(o.project) +
                     " OR c.gizmo_id = " + db::Quote(o.project) + ")";
  for (size_t i = 0; i < ids.size(); i += kResolveChunk) {
    auto rs = conn.Query(
        "SELECT c.id, c.title, c.message_count, p.name FROM conversations c "
        "LEFT JOIN projects p ON p.id = c.project_id WHERE c.id IN " +
        IdList(ids, i, std::min(ids.size(), i + kResolveChunk)) + project_filter);
    while (rs->next()) {
      ConversationResult c;
      c.id = rs->getString(1);
      c.title = Str(*rs, 2);
      c.project = Str(*rs, 4);
      const Group& g = groups[c.id];
      c.hits = g.hits.size();
      c.last_hit = g.last_hit;
      ConversationHits h;
      h.hits = c.hits;
      h.messages = static_cast<uint64_t>(std::max(0, rs->getInt(3)));
      std::vector<uint32_t> offsets;
      auto title = FoldText(fold, c.title, &offsets);
      h.title_match = std::all_of(folded.begin(), folded.end(), [&](const auto& t) {
        return !FindAll(title, offsets, t).empty();
      });
      convs.push_back(std::move(c));
      stats.push_back(h);
    }
  }
  r.total_conversations = convs.size();
  double avg = 0;
  for (const auto& s : stats) avg += static_cast<double>(s.messages);
  if (!stats.empty()) avg /= static_cast<double>(stats.size());
  for (size_t i = 0; i < convs.size(); ++i) {
    convs[i].score = ConversationScore(stats[i], avg);
    r.total_messages += convs[i].hits;
  }

  timer.Done("conversations");
  // 4. Order and cut.
  std::sort(convs.begin(), convs.end(), [&](const auto& a, const auto& b) {
    if (!o.by_date && a.score != b.score) return a.score > b.score;
    if (a.last_hit != b.last_hit) return a.last_hit > b.last_hit;
    return a.id < b.id;
  });
  if (convs.size() > o.limit) convs.resize(o.limit);

  // 5. The best snippet of each shown conversation (among its newest hits).
  for (auto& c : convs) {
    auto& hits = groups[c.id].hits;
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.time > b.time; });
    std::unordered_map<uint32_t, const Hit*> by_doc;
    std::string in = "(";
    for (size_t k = 0; k < std::min(hits.size(), kSnippetCandidates); ++k) {
      in += (k ? "," : "") + std::to_string(hits[k].doc);
      by_doc[hits[k].doc] = &hits[k];
    }
    auto rs = conn.Query("SELECT doc_id, node_id, body FROM search_docs WHERE doc_id IN " + in + ")");
    bool have = false;
    while (rs->next()) {
      const Hit* h = by_doc[rs->getUInt(1)];
      if (!h) continue;
      Snippet s = MakeSnippet(DecodeBody(rs->getString(3).asStdString()), folded, fold,
                              kSnippetWidth);
      bool better = !have || s.score > c.snippet.score ||
                    (s.score == c.snippet.score && h->time > c.date);
      if (better) {
        c.snippet = std::move(s);
        c.node_id = rs->getString(2);
        c.role = h->role;
        c.date = h->time;
        have = true;
      }
    }
  }
  timer.Done("snippets");
  r.conversations = std::move(convs);
  return r;
}

}  // namespace chatbeto::search
