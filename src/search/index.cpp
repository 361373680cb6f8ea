#include "search/index.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "db/bulk_load.h"
#include "db/connection.h"
#include "db/retry.h"
#include "db/row_buffer.h"
#include "search/body.h"
#include "search/posting_builder.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

// Multi-row INSERTs stay well under max_allowed_packet.
constexpr size_t kMaxStatementBytes = 4 << 20;
// LOAD DATA chunks (several in one transaction are as atomic as one).
constexpr size_t kMaxBulkBytes = 32 << 20;
constexpr const char* kDocsTable = "search_docs";
constexpr const char* kDocsColumns =
    "doc_id, conversation_id, node_id, visible, role, create_time, body";
constexpr const char* kPostingsTable = "search_postings";
constexpr const char* kPostingsColumns = "gram, first_doc, doc_count, docs";
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

PreparedDocs PrepareDocs(const FoldTable& fold, const DocSource& source) {
  PreparedDocs out;
  PostingBuilder postings;
  DocRow row;
  while (source(row)) {
    const auto seq = static_cast<uint32_t>(out.docs.size());
    if (seq >= (uint32_t{1} << 30))
      throw Error(ErrorKind::kDatabase, "too many messages to index in one batch");
    const uint32_t doc = MakeDoc(seq, row.visible);
    out.docs.push_back({std::string(row.conversation_id), std::string(row.node_id),
                        std::string(row.role), std::string(row.create_time), row.visible,
                        EncodeBody(row.text)});
    // Documents arrive in ascending order: the builder drops a key's repeats.
    ForEachGramInPieces(fold, row.text, 0, [&](uint64_t g) { postings.Add(g, doc); });
  }
  out.postings.reserve(postings.keys());
  postings.ForEach([&](uint64_t key, uint32_t first, size_t n, std::string_view encoded) {
    out.postings.push_back({key, first, static_cast<uint32_t>(n), out.blobs.size(), encoded.size()});
    out.blobs.append(encoded);
  });
  return out;
}

void Index::Update(const std::vector<std::string>& ids, bool force) {
  if (ids.empty()) return;
  if (!force && !Built()) return;
  auto msgs = conn_.Query(
      "SELECT conversation_id, node_id, on_visible_path = 1 AND hidden = 0, role, create_time, "
      "text FROM messages WHERE conversation_id IN " + InList(ids) +
      " AND text IS NOT NULL AND text <> '' ORDER BY conversation_id, node_id");
  std::string conv, node, role, time, text;
  PreparedDocs docs = PrepareDocs(fold_, [&](DocRow& row) {
    if (!msgs->next()) return false;
    conv = msgs->getString(1).asStdString();
    node = msgs->getString(2).asStdString();
    role = msgs->isNull(4) ? "" : msgs->getString(4).asStdString();
    time = msgs->isNull(5) ? "" : msgs->getString(5).asStdString();
    text = msgs->getString(6).asStdString();
    row = {conv, node, msgs->getBoolean(3), role, time, text};
    return true;
  });
  msgs.reset();
  Write(ids, docs, force);
}

void Index::Write(const std::vector<std::string>& ids, const PreparedDocs& prepared, bool force) {
  if (ids.empty()) return;
  auto rs = conn_.Query("SELECT built, next_doc FROM search_state WHERE id = 1 FOR UPDATE");
  if (!rs->next()) throw Error(ErrorKind::kDatabase, "search_state has no row (schema 0009)");
  if (!rs->getBoolean(1) && !force) return;
  const uint32_t next = rs->getUInt(2);
  rs.reset();
  if (uint64_t{next} + prepared.docs.size() >= (uint64_t{1} << 31))
    throw Error(ErrorKind::kDatabase,
                "the search index ran out of document numbers; run `chatbeto search --reindex`");
  const uint32_t shift = next << 1;  // MakeDoc(next + i, v) == MakeDoc(i, v) + shift
  const std::string in = InList(ids);
  conn_.Execute("DELETE FROM search_docs WHERE conversation_id IN " + in);
  conn_.Execute("DELETE FROM search_convs WHERE conversation_id IN " + in);
  // Each conversation's documents are numbered consecutively (the source
  // gives them together): one search_convs row gives the range.
  Inserter ranges(conn_, "INSERT INTO search_convs (first_doc, last_doc, conversation_id) VALUES ");
  for (size_t i = 0, j; i < prepared.docs.size(); i = j) {
    for (j = i + 1; j < prepared.docs.size() &&
                    prepared.docs[j].conversation_id == prepared.docs[i].conversation_id;
         ++j) {
    }
    std::string& row = ranges.Row();
    row += std::to_string(MakeDoc(static_cast<uint32_t>(i), prepared.docs[i].visible) + shift) + "," +
           std::to_string(MakeDoc(static_cast<uint32_t>(j - 1), prepared.docs[j - 1].visible) + shift) +
           ",";
    db::AppendQuoted(row, prepared.docs[i].conversation_id);
    ranges.EndRow();
  }
  ranges.Flush();

  // LOAD DATA LOCAL when the server allows it: about half the bytes of the
  // hex INSERTs below, and a far cheaper parse on the server.
  db::BulkLoader bulk(conn_);
  if (bulk.available()) {
    db::RowBuffer rows(db::RowBuffer::Format::kTsv);
    auto flush = [&](const char* table, const char* columns, bool last) {
      if (rows.size() < kMaxBulkBytes && !last) return;
      bulk.Load(table, columns, rows, "binary");
      rows.Clear();
    };
    for (size_t i = 0; i < prepared.docs.size(); ++i) {
      const auto& d = prepared.docs[i];
      rows.BeginRow();
      rows.UInt(MakeDoc(static_cast<uint32_t>(i), d.visible) + shift);
      rows.Str(d.conversation_id);
      rows.Str(d.node_id);
      rows.Bool(d.visible);
      rows.StrOrNull(d.role);
      rows.StrOrNull(d.create_time);
      rows.Str(d.body);
      rows.EndRow();
      flush(kDocsTable, kDocsColumns, false);
    }
    flush(kDocsTable, kDocsColumns, true);
    for (const auto& p : prepared.postings) {
      rows.BeginRow();
      rows.UInt(p.key);
      rows.UInt(uint64_t{p.first_doc} + shift);
      rows.UInt(p.doc_count);
      rows.Str(std::string_view(prepared.blobs).substr(p.offset, p.size));
      rows.EndRow();
      flush(kPostingsTable, kPostingsColumns, false);
    }
    flush(kPostingsTable, kPostingsColumns, true);
  } else {
    Inserter docs(conn_, std::string("INSERT INTO ") + kDocsTable + " (" + kDocsColumns + ") VALUES ");
    for (size_t i = 0; i < prepared.docs.size(); ++i) {
      const auto& d = prepared.docs[i];
      std::string& row = docs.Row();
      row += std::to_string(MakeDoc(static_cast<uint32_t>(i), d.visible) + shift) + ",";
      db::AppendQuoted(row, d.conversation_id);
      row += ",";
      db::AppendQuoted(row, d.node_id);
      row += d.visible ? ",1," : ",0,";
      if (d.role.empty()) row += "NULL,";
      else { db::AppendQuoted(row, d.role); row += ","; }
      if (d.create_time.empty()) row += "NULL,";
      else { db::AppendQuoted(row, d.create_time); row += ","; }
      AppendHex(row, d.body);
      docs.EndRow();
    }
    docs.Flush();
    Inserter rows(conn_, std::string("INSERT INTO ") + kPostingsTable + " (" + kPostingsColumns + ") VALUES ");
    for (const auto& p : prepared.postings) {
      std::string& row = rows.Row();
      row += std::to_string(p.key) + "," + std::to_string(uint64_t{p.first_doc} + shift) + "," +
             std::to_string(p.doc_count) + ",";
      AppendHex(row, std::string_view(prepared.blobs).substr(p.offset, p.size));
      rows.EndRow();
    }
    rows.Flush();
  }
  conn_.Execute("UPDATE search_state SET next_doc = " +
                std::to_string(next + static_cast<uint32_t>(prepared.docs.size())) + " WHERE id = 1");
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
