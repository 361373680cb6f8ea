// The rows the importer writes (ConversationStore): the column lists of
// conversations, messages and attachments, one row per parsed object in
// either RowBuffer format, a writer for one table's rows (INSERT chunks or
// LOAD DATA), and message rows built a chunk at a time. Knows the tables'
// columns; not which rows a re-import keeps or replaces.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "chatgpt/conversation.h"
#include "db/bulk_load.h"
#include "db/row_buffer.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::importer {

extern const char* const kConversationColumns;
// ON DUPLICATE KEY UPDATE of the columns an import owns.
extern const char* const kConversationUpsert;
extern const char* const kMessageColumns;
extern const char* const kAttachmentColumns;

// One row each, in the order of the column lists above. A message's raw JSON
// goes to raw_json_z compressed (MariaDB COMPRESS() format) unless it is
// short, or without its text part to raw_json_rest_z (chatgpt/rest_json.h).
void ConversationRow(db::RowBuffer& b, const chatgpt::Conversation& c, int64_t import_id);
void MessageRow(db::RowBuffer& b, const std::string& conv_id, const chatgpt::Message& m);
void AttachmentRow(db::RowBuffer& b, const std::string& conv_id, const std::string& node_id,
                   int seq, const chatgpt::Attachment& a);

// Writes the rows of one table, as INSERT chunks (bulk == nullptr) or LOAD
// DATA; throws Error(kDatabase) as the connection does.
class TableWriter {
 public:
  // `tail` follows each INSERT ("" or e.g. kConversationUpsert). An INSERT
  // takes no more rows once it holds `max_insert_bytes` (capped at 4 MB; a
  // quarter of the server's max_allowed_packet keeps it under the packet as
  // long as no row passes three quarters of it).
  TableWriter(db::Connection& conn, db::BulkLoader* bulk, const char* table, const char* columns,
              const char* tail, size_t max_insert_bytes);
  db::RowBuffer& rows() { return rows_; }
  // Call after each row: INSERT chunks go out as they fill.
  void MaybeFlush();
  void Flush();

 private:
  db::Connection& conn_;
  db::BulkLoader* bulk_;
  const char* table_;
  const char* columns_;
  const char* tail_;
  size_t max_insert_bytes_;
  db::RowBuffer rows_;
};

// Rows (binary, for db::BatchInsert) of messages and attachments from
// message `msg` of conversation `conv` on, about `limit` bytes of them (at
// most 8 MB); conv/msg: where the next chunk starts (conv == convs.size() at
// the end). A message whose text and raw JSON together pass `big_above` (at
// most a chunk) is not built here (its row would be held whole, or be too
// big for a prepared statement): `big` says the caller writes the message at
// conv/msg alone.
constexpr size_t kChunkBytes = size_t{8} << 20;
struct Chunk {
  db::RowBuffer messages{db::RowBuffer::Format::kBinary},
      attachments{db::RowBuffer::Format::kBinary};
  size_t conv = 0, msg = 0;
  size_t written = 0;  // nodes with a message
  bool big = false;
};
// `orders[i]`: the messages of convs[i] in the order they are written.
Chunk BuildChunk(const std::vector<const chatgpt::Conversation*>& convs,
                 const std::vector<std::vector<const chatgpt::Message*>>& orders, size_t conv,
                 size_t msg, size_t limit = kChunkBytes, size_t big_above = kChunkBytes);

}  // namespace chatbeto::importer
