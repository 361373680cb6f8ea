#include "search/index.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "db/connection.h"
#include "db/retry.h"
#include "search/body.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

// Multi-row INSERTs stay well under max_allowed_packet.
constexpr size_t kMaxStatementBytes = 4 << 20;
// Keys read per term: the rarest few narrow the candidates enough; the
// exact check (LIKE) decides the rest.
constexpr size_t kMaxKeysPerLookup = 6;
constexpr size_t kRebuildChunk = 200;

std::string InList(const std::vector<std::string>& ids) {
  std::string in = "(";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) in += ',';
    db::AppendQuoted(in, ids[i]);
  }
  return in + ")";
}

// Appends rows to "INSERT INTO table (cols) VALUES ..." and sends them in
// chunks.
class Inserter {
 public:
  Inserter(db::Connection& conn, std::string head) : conn_(conn), head_(std::move(head)) {}
  std::string& Row() {
    sql_ += sql_.empty() ? head_ + "(" : ",(";
    return sql_;
  }
  void EndRow() {
    sql_ += ')';
    if (sql_.size() > kMaxStatementBytes) Flush();
  }
  void Flush() {
    if (!sql_.empty()) conn_.Execute(sql_);
    sql_.clear();
  }

 private:
  db::Connection& conn_;
  std::string head_;
  std::string sql_;
};

void AppendHex(std::string& out, std::string_view bytes) {
  static const char* kHex = "0123456789ABCDEF";
  out += "X'";
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  out += '\'';
}

std::string TextCollation(db::Connection& conn) {
  auto c = conn.QueryString(
      "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
      "AND TABLE_NAME = 'messages' AND COLUMN_NAME = 'text'");
  std::string name = c.value_or("utf8mb4_unicode_ci");
  for (char ch : name)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
      throw Error(ErrorKind::kDatabase, "unexpected collation name for messages.text: " + name);
  return name;
}

// One fold table per process and database (the importer calls
// IndexConversations once per batch).
struct FoldCache {
  std::string key;
  FoldTable table;
};
FoldCache& Cache() {
  static FoldCache c;
  return c;
}

}  // namespace

// Bumped when the index keys change (v2: trigrams), so that an index built
// with other keys is rebuilt, as for another collation.
constexpr const char* kKeyFormat = " v2";
// How much of a message is folded at a time (bounds a giant message's memory).
constexpr size_t kFoldPieceBytes = size_t{1} << 20;

Index::Index(db::Connection& conn) : conn_(conn) {
  const std::string collation = TextCollation(conn_);
  const std::string tag = collation + kKeyFormat;  // search_state.fold_collation
  std::string key = conn_.config().host + "|" + conn_.config().socket + "|" +
                    std::to_string(conn_.config().port) + "|" + conn_.config().database + "|" +
                    collation;
  auto stored = conn_.QueryString("SELECT fold_collation FROM search_state WHERE id = 1");
  if (stored && *stored == tag && Cache().key == key) {
    fold_ = Cache().table;
    return;
  }
  if (!stored || *stored != tag) {
    // Each BMP character's weights under the column's collation (surrogates
    // are not characters). 16 x 16 x 16 x 16 code points from a digit table.
    log::Debug("search: building the character fold table for " + collation);
    std::string digits = "(SELECT 0 d";
    for (int i = 1; i < 16; ++i) digits += " UNION ALL SELECT " + std::to_string(i);
    digits += ")";
    auto rs = conn_.Query(
        "SELECT n, WEIGHT_STRING(CONVERT(CHAR(n USING utf32) USING utf8mb4) COLLATE " + collation +
        ") FROM (SELECT a.d * 4096 + b.d * 256 + c.d * 16 + e.d AS n FROM " + digits + " a, " +
        digits + " b, " + digits + " c, " + digits + " e) s WHERE n < 55296 OR n > 57343");
    std::vector<std::pair<char32_t, std::string>> weights;
    weights.reserve(65536);
    while (rs->next()) {
      weights.emplace_back(static_cast<char32_t>(rs->getInt(1)),
                           rs->isNull(2) ? std::string() : std::string(rs->getString(2)));
    }
    fold_ = FoldTable::FromWeights(std::move(weights));
    // No transaction of its own: the importer calls this inside its batch's.
    // Two runs building at once write the same rows (INSERT IGNORE).
    conn_.Execute("DELETE FROM search_fold");
    Inserter ins(conn_, "INSERT IGNORE INTO search_fold (cp, rep) VALUES ");
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (fold_.Fold(cp) == cp) continue;
      ins.Row() += std::to_string(cp) + "," + std::to_string(fold_.Fold(cp));
      ins.EndRow();
    }
    ins.Flush();
    // Keys built with another fold no longer match: the index is rebuilt.
    conn_.Execute("UPDATE search_state SET fold_collation = " + db::Quote(tag) +
                  (stored ? ", built = 0" : "") + " WHERE id = 1");
  } else {
    auto rs = conn_.Query("SELECT cp, rep FROM search_fold");
    while (rs->next())
      fold_.Set(static_cast<char32_t>(rs->getInt(1)), static_cast<char32_t>(rs->getInt(2)));
  }
  Cache().key = key;
  Cache().table = fold_;
}

bool Index::Built() {
  return conn_.QueryInt("SELECT built FROM search_state WHERE id = 1").value_or(0) == 1;
}

void Index::Update(const std::vector<std::string>& ids, bool force) {
  if (ids.empty()) return;
  auto rs = conn_.Query("SELECT built, next_doc FROM search_state WHERE id = 1 FOR UPDATE");
  if (!rs->next()) throw Error(ErrorKind::kDatabase, "search_state has no row (schema 0009)");
  if (!rs->getBoolean(1) && !force) return;
  uint32_t next = rs->getUInt(2);
  const std::string in = InList(ids);
  conn_.Execute("DELETE FROM search_docs WHERE conversation_id IN " + in);
  conn_.Execute("DELETE FROM search_convs WHERE conversation_id IN " + in);

  Inserter docs(conn_,
                "INSERT INTO search_docs (doc_id, conversation_id, node_id, visible, role, "
                "create_time, body) VALUES ");
  std::unordered_map<uint64_t, DocList> postings;
  // Each conversation's documents are numbered consecutively (ORDER BY below):
  // one search_convs row gives the range.
  Inserter ranges(conn_, "INSERT INTO search_convs (first_doc, last_doc, conversation_id) VALUES ");
  std::string range_conv;
  uint32_t range_first = 0, range_last = 0;
  auto end_range = [&] {
    if (range_conv.empty()) return;
    std::string& row = ranges.Row();
    row += std::to_string(range_first) + "," + std::to_string(range_last) + ",";
    db::AppendQuoted(row, range_conv);
    ranges.EndRow();
  };
  auto msgs = conn_.Query(
      "SELECT conversation_id, node_id, on_visible_path = 1 AND hidden = 0, role, create_time, "
      "text FROM messages WHERE conversation_id IN " + in +
      " AND text IS NOT NULL AND text <> '' ORDER BY conversation_id, node_id");
  while (msgs->next()) {
    const bool visible = msgs->getBoolean(3);
    if (next >= (uint32_t{1} << 31))
      throw Error(ErrorKind::kDatabase,
                  "the search index ran out of document numbers; run `chatbeto search --reindex`");
    uint32_t doc = MakeDoc(next++, visible);
    if (std::string conv(msgs->getString(1)); conv != range_conv) {
      end_range();
      range_conv = std::move(conv);
      range_first = doc;
    }
    range_last = doc;
    std::string& row = docs.Row();
    row += std::to_string(doc) + ",";
    db::AppendQuoted(row, std::string(msgs->getString(1)));
    row += ",";
    db::AppendQuoted(row, std::string(msgs->getString(2)));
    row += visible ? ",1," : ",0,";
    if (msgs->isNull(4)) row += "NULL,";
    else { db::AppendQuoted(row, std::string(msgs->getString(4))); row += ","; }
    if (msgs->isNull(5)) row += "NULL,";
    else { db::AppendQuoted(row, std::string(msgs->getString(5))); row += ","; }
    const std::string text = msgs->getString(6).asStdString();
    AppendHex(row, EncodeBody(text));
    docs.EndRow();
    // Documents arrive in ascending order, so a repeat of a key in the same
    // text is the list's last entry.
    ForEachGramInPieces(fold_, text, kFoldPieceBytes, [&](uint64_t g) {
      DocList& d = postings[g];
      if (d.empty() || d.back() != doc) d.push_back(doc);
    });
  }
  docs.Flush();
  end_range();
  ranges.Flush();

  // Keys in order: the rows go into search_postings' primary key in order.
  std::vector<uint64_t> keys;
  keys.reserve(postings.size());
  for (const auto& p : postings) keys.push_back(p.first);
  std::sort(keys.begin(), keys.end());
  Inserter rows(conn_, "INSERT INTO search_postings (gram, first_doc, doc_count, docs) VALUES ");
  std::string blob;
  for (uint64_t k : keys) {
    const DocList& d = postings[k];
    blob.clear();
    EncodePostings(d, d.front(), blob);
    std::string& row = rows.Row();
    row += std::to_string(k) + "," + std::to_string(d.front()) + "," + std::to_string(d.size()) + ",";
    AppendHex(row, blob);
    rows.EndRow();
  }
  rows.Flush();
  conn_.Execute("UPDATE search_state SET next_doc = " + std::to_string(next) + " WHERE id = 1");
}

void Index::Rebuild(const std::function<void(size_t, size_t)>& progress) {
  // Each transaction is run again after a deadlock / lock wait timeout (db/retry.h).
  db::RetryOnLockConflict(conn_, "search --reindex", [&] {
    db::Transaction tx(conn_);
    conn_.Execute("UPDATE search_state SET built = 0, next_doc = 1 WHERE id = 1");
    conn_.Execute("DELETE FROM search_docs");
    conn_.Execute("DELETE FROM search_convs");
    conn_.Execute("DELETE FROM search_postings");
    tx.Commit();
  });
  std::vector<std::string> all;
  {
    auto rs = conn_.Query("SELECT id FROM conversations ORDER BY id");
    while (rs->next()) all.emplace_back(rs->getString(1));
  }
  for (size_t i = 0; i < all.size(); i += kRebuildChunk) {
    std::vector<std::string> chunk(all.begin() + static_cast<std::ptrdiff_t>(i),
                                   all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), i + kRebuildChunk)));
    db::RetryOnLockConflict(conn_, "search --reindex", [&] {
      db::Transaction tx(conn_);
      Update(chunk, /*force=*/true);
      tx.Commit();
    });
    if (progress) progress(std::min(all.size(), i + kRebuildChunk), all.size());
  }
  db::RetryOnLockConflict(conn_, "search --reindex", [&] {
    conn_.Execute("UPDATE search_state SET built = 1 WHERE id = 1");
  });
}

DocList Index::DocsWithAll(const std::vector<uint64_t>& keys) {
  if (keys.empty()) return {};
  std::string in = "(";
  for (size_t i = 0; i < keys.size(); ++i) in += (i ? "," : "") + std::to_string(keys[i]);
  in += ")";
  std::vector<std::pair<uint64_t, uint64_t>> counts;  // (documents, key)
  auto rs = conn_.Query("SELECT gram, SUM(doc_count) FROM search_postings WHERE gram IN " + in +
                        " GROUP BY gram");
  while (rs->next()) counts.emplace_back(rs->getUInt64(2), rs->getUInt64(1));
  if (counts.size() < keys.size()) return {};  // a key no document holds
  std::sort(counts.begin(), counts.end());
  if (counts.size() > kMaxKeysPerLookup) counts.resize(kMaxKeysPerLookup);
  DocList result;
  bool first = true;
  for (const auto& [n, key] : counts) {
    DocList docs;
    docs.reserve(n);
    auto prs = conn_.Query("SELECT first_doc, docs FROM search_postings WHERE gram = " +
                           std::to_string(key) + " ORDER BY first_doc");
    while (prs->next()) {
      DecodePostings(prs->getString(2).asStdString(), prs->getUInt(1), docs);
    }
    Normalize(docs);
    result = first ? std::move(docs) : Intersect(result, docs);
    first = false;
    if (result.empty()) break;
  }
  return result;
}

void IndexConversations(db::Connection& conn, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  Index(conn).Update(ids);
}

}  // namespace chatbeto::search
