// Writing prepared documents into the index: IndexWriter and Index::Write.
#include <cppconn/resultset.h>

#include <algorithm>

#include "db/batch_insert.h"
#include "db/connection.h"
#include "db/row_buffer.h"
#include "search/buckets.h"
#include "search/doc_pack.h"
#include "search/index.h"
#include "search/index_sql.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

using detail::Inserter;

// Rows held before they are sent (several inserts in one transaction are as
// atomic as one).
constexpr size_t kMaxBatchBytes = 32 << 20;
constexpr const char* kConvsTable = "search_convs";
constexpr const char* kConvsColumns = "first_doc, last_doc, conversation_id, docs";
constexpr const char* kPostingsTable = "search_postings";
constexpr const char* kPostingsColumns = "gram, first_doc, doc_count, docs";

// Sends the rows held once they reach kMaxBatchBytes, or at the `last` row.
void SendWhenFull(db::BatchInsert& to, db::RowBuffer& rows, bool last) {
  if (rows.size() < kMaxBatchBytes && !last) return;
  to.Insert(rows);
  rows.Clear();
}

// Calls f(bucket, first_doc, doc_count, row) for each bucket's row of
// `part` (its postings come sorted by bucket: PrepareDocs), before the shift.
template <typename F>
void ForEachBucketRow(const PreparedDocs& part, F&& f) {
  std::string row;
  const auto& ps = part.postings;
  for (size_t i = 0; i < ps.size();) {
    const uint32_t bucket = ps[i].bucket;
    size_t j = i;
    uint32_t first = ps[i].first_doc;
    uint64_t count = 0;
    for (; j < ps.size() && ps[j].bucket == bucket; ++j) {
      first = std::min(first, ps[j].first_doc);
      count += ps[j].doc_count;
    }
    row.clear();
    for (size_t k = i; k < j; ++k)
      AppendBucketEntry(row, ps[k].key, ps[k].doc_count, ps[k].first_doc - first,
                        std::string_view(part.blobs).substr(ps[k].offset, ps[k].size));
    f(bucket, first, count, std::string_view(row));
    i = j;
  }
}

}  // namespace

IndexWriter::IndexWriter(db::Connection& conn, const std::vector<std::string>& ids, bool force)
    : conn_(conn) {
  if (ids.empty()) return;
  auto rs = conn_.Query("SELECT built, next_doc FROM search_state WHERE id = 1 FOR UPDATE");
  if (!rs->next()) throw Error(ErrorKind::kDatabase, "search_state has no row (schema 0009)");
  if (!rs->getBoolean(1) && !force) return;
  next_ = rs->getUInt(2);
  rs.reset();
  const std::string in = detail::InList(ids);
  conn_.Execute("DELETE FROM search_convs WHERE conversation_id IN " + in);
  active_ = true;
}

IndexWriter::~IndexWriter() = default;

void IndexWriter::Add(const PreparedDocs& part) {
  if (!active_ || part.docs.empty()) return;
  if (uint64_t{next_} + written_ + part.docs.size() >= (uint64_t{1} << 31))
    throw Error(ErrorKind::kDatabase,
                "the search index ran out of document numbers; run `chatbeto search --reindex`");
  // MakeDoc(first + i, v) == MakeDoc(i, v) + shift: the posting encoding
  // (gaps) does not change with the shift.
  const uint32_t shift = (next_ + written_) << 1;
  // Each conversation's documents are numbered consecutively (the source
  // gives them together, maybe across parts): one search_convs row each,
  // with the facts of its documents packed in order (search/doc_pack.h).
  for (size_t i = 0; i < part.docs.size(); ++i) {
    const auto& d = part.docs[i];
    const uint32_t doc = MakeDoc(static_cast<uint32_t>(i), d.visible) + shift;
    if (ranges_.empty() || ranges_.back().conversation_id != d.conversation_id)
      ranges_.push_back({d.conversation_id, doc, doc, {}});
    else
      ranges_.back().last_doc = doc;
    AppendPackedDoc(ranges_.back().docs, d.node_id, d.role, d.create_time);
  }
  written_ += static_cast<uint32_t>(part.docs.size());

  // Prepared statements (db::BatchInsert): the server copies the posting
  // bytes instead of parsing them (LOAD DATA) or decoding hex (INSERT).
  if (!postings_) postings_ = std::make_unique<db::BatchInsert>(conn_, kPostingsTable, kPostingsColumns);
  db::RowBuffer rows(db::RowBuffer::Format::kBinary);
  ForEachBucketRow(part, [&](uint32_t bucket, uint32_t first, uint64_t count, std::string_view row) {
    rows.BeginRow();
    rows.UInt(bucket);
    rows.UInt(uint64_t{first} + shift);
    rows.UInt(count);
    rows.Bytes(row);
    rows.EndRow();
    SendWhenFull(*postings_, rows, false);
  });
  SendWhenFull(*postings_, rows, true);
}

void IndexWriter::Finish() {
  if (!active_) return;
  db::BatchInsert convs(conn_, kConvsTable, kConvsColumns);
  db::RowBuffer rows(db::RowBuffer::Format::kBinary);
  for (size_t i = 0; i < ranges_.size(); ++i) {
    const Range& r = ranges_[i];
    // One value per conversation: a conversation of some 250,000 messages
    // with text reaches MariaDB's default limit (max_allowed_packet 16 MB).
    if (r.docs.size() > convs.ValueLimit())
      throw Error(ErrorKind::kDatabase,
                  "conversation " + r.conversation_id + " has too many messages for the search " +
                      "index (" + std::to_string(r.docs.size()) + " bytes of document facts; " +
                      "the server's max_allowed_packet allows " +
                      std::to_string(convs.ValueLimit()) + ")");
    rows.BeginRow();
    rows.UInt(r.first_doc);
    rows.UInt(r.last_doc);
    rows.Str(r.conversation_id);
    rows.Bytes(r.docs);
    rows.EndRow();
    SendWhenFull(convs, rows, i + 1 == ranges_.size());
  }
  conn_.Execute("UPDATE search_state SET next_doc = " + std::to_string(next_ + written_) +
                " WHERE id = 1");
  active_ = false;
}

void ListPending(db::Connection& conn, const std::vector<std::string>& ids) {
  Inserter rows(conn, "INSERT IGNORE INTO search_pending (conversation_id) VALUES ");
  for (const auto& id : ids) {
    db::AppendQuoted(rows.Row(), id);
    rows.EndRow();
  }
  rows.Flush();
}

void WriteRows(db::Connection& conn, const std::vector<std::string>& ids,
               const std::vector<PreparedDocs>& parts) {
  IndexWriter writer(conn, ids);
  for (const PreparedDocs& part : parts) writer.Add(part);
  writer.Finish();
}

void Unlist(db::Connection& conn, const std::vector<std::string>& ids) {
  conn.Execute("DELETE FROM search_pending WHERE conversation_id IN " + detail::InList(ids));
}

void Index::Write(const std::vector<std::string>& ids, const PreparedDocs& prepared, bool force) {
  IndexWriter writer(conn_, ids, force);
  writer.Add(prepared);
  writer.Finish();
}

}  // namespace chatbeto::search
