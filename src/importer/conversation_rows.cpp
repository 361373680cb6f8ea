#include "importer/conversation_rows.h"

#include <algorithm>

#include "chatgpt/rest_json.h"
#include "db/connection.h"
#include "db/sql_compress.h"

namespace chatbeto::importer {
namespace {

using db::RowBuffer;

// INSERT statements: at most this, or less on a server with a small
// max_allowed_packet (TableWriter's max_insert_bytes).
constexpr size_t kMaxStatementBytes = size_t{4} << 20;
// LOAD DATA chunks: bounds memory for a giant conversation (several loads in
// one transaction are as atomic as one).
constexpr size_t kMaxBulkBytes = 32 << 20;
// Raw JSON shorter than this stays text (compressing gains nothing).
constexpr size_t kMinCompressBytes = 64;

}  // namespace

const char* const kConversationColumns =
    "id, title, create_time, update_time, gizmo_id, gizmo_type, conversation_template_id, "
    "default_model_slug, is_archived, is_starred, current_node, memory_scope, message_count, "
    "content_hash, extra_json, first_import_id, last_import_id, repair_originals, source_sha256";
// Columns other commands own (project_id, sync state, first_import_id) are not touched.
const char* const kConversationUpsert =
    " ON DUPLICATE KEY UPDATE title=VALUES(title), create_time=VALUES(create_time), "
    "update_time=VALUES(update_time), gizmo_id=VALUES(gizmo_id), gizmo_type=VALUES(gizmo_type), "
    "conversation_template_id=VALUES(conversation_template_id), "
    "default_model_slug=VALUES(default_model_slug), is_archived=VALUES(is_archived), "
    "is_starred=VALUES(is_starred), current_node=VALUES(current_node), "
    "memory_scope=VALUES(memory_scope), message_count=VALUES(message_count), "
    "content_hash=VALUES(content_hash), extra_json=VALUES(extra_json), "
    "repair_originals=VALUES(repair_originals), source_sha256=VALUES(source_sha256), "
    "last_import_id=VALUES(last_import_id)";
const char* const kMessageColumns =
    "conversation_id, node_id, parent_id, depth, sibling_index, on_visible_path, message_id, "
    "role, author_name, recipient, channel, status, content_type, hidden, model_slug, "
    "create_time, update_time, text, raw_json, raw_json_z, raw_json_rest_z";
const char* const kAttachmentColumns =
    "conversation_id, node_id, seq, kind, file_id, name, mime_type, size_bytes, pointer";

void ConversationRow(RowBuffer& b, const chatgpt::Conversation& c, int64_t import_id) {
  b.BeginRow();
  b.Str(c.id);
  b.StrOrNull(c.title);
  b.Time(c.create_time);
  b.Time(c.update_time);
  b.StrOrNull(c.gizmo_id);
  b.StrOrNull(c.gizmo_type);
  b.StrOrNull(c.conversation_template_id);
  b.StrOrNull(c.default_model_slug);
  b.Bool(c.is_archived);
  b.Bool(c.is_starred);
  b.StrOrNull(c.current_node);
  b.StrOrNull(c.memory_scope);
  // message_count: nodes carrying a message with an author role, the same
  // definition as `stats`, `projects` and `check` (the null root is no message).
  b.Int(static_cast<int64_t>(std::count_if(c.messages.begin(), c.messages.end(),
                                           [](const auto& m) { return !m.role.empty(); })));
  b.Str(c.content_hash);
  b.StrOrNull(c.extra_json);
  b.Int(import_id);
  b.Int(import_id);
  b.StrOrNull(c.repair_originals);
  b.StrOrNull(c.source_sha256);
  b.EndRow();
}

void MessageRow(RowBuffer& b, const std::string& conv_id, const chatgpt::Message& m) {
  b.BeginRow();
  b.Str(conv_id);
  b.Str(m.node_id);
  b.StrOrNull(m.parent_id);
  b.Int(m.depth);
  b.Int(m.sibling_index);
  b.Bool(m.on_visible_path);
  b.StrOrNull(m.message_id);
  b.StrOrNull(m.role);
  b.StrOrNull(m.author_name);
  b.StrOrNull(m.recipient);
  b.StrOrNull(m.channel);
  b.StrOrNull(m.status);
  b.StrOrNull(m.content_type);
  b.Bool(m.hidden);
  b.StrOrNull(m.model_slug);
  b.Time(m.create_time);
  b.Time(m.update_time);
  b.StrOrNull(m.text);
  // raw_json_z: COMPRESS() format (schema/0010_import_speed.sql); without
  // the text part when the view can put it back (raw_json_rest_z, schema/0019).
  const std::string_view raw = m.raw_json.empty() ? std::string_view("null") : m.raw_json;
  if (raw.size() >= kMinCompressBytes && raw.size() <= db::kMaxSqlCompress) {
    b.Null();
    if (auto rest = chatgpt::RestJson(raw, m.text)) {
      b.Null();
      b.Bytes(db::SqlCompress(*rest));
    } else {
      b.Bytes(db::SqlCompress(raw));
      b.Null();
    }
  } else {
    b.Str(raw);
    b.Null();
    b.Null();
  }
  b.EndRow();
}

void AttachmentRow(RowBuffer& b, const std::string& conv_id, const std::string& node_id, int seq,
                   const chatgpt::Attachment& a) {
  b.BeginRow();
  b.Str(conv_id);
  b.Str(node_id);
  b.Int(seq);
  b.Str(a.kind);
  b.StrOrNull(a.id);
  b.StrOrNull(a.name);
  b.StrOrNull(a.mime_type);
  if (a.size_bytes) b.Int(*a.size_bytes);
  else b.Null();
  b.StrOrNull(a.pointer);
  b.EndRow();
}

TableWriter::TableWriter(db::Connection& conn, db::BulkLoader* bulk, const char* table,
                         const char* columns, const char* tail, size_t max_insert_bytes)
    : conn_(conn), bulk_(bulk), table_(table), columns_(columns), tail_(tail),
      max_insert_bytes_(std::min(max_insert_bytes, kMaxStatementBytes)),
      rows_(bulk ? RowBuffer::Format::kTsv : RowBuffer::Format::kSql) {
  if (!bulk_) return;
  // Rows go to the load file as they are built: a giant message's row is
  // never held whole (what a failed write left there is dropped first).
  bulk_->Discard(table_);
  rows_.SpillTo([this](std::string_view bytes) { bulk_->Append(table_, bytes); });
}

void TableWriter::MaybeFlush() {
  if (rows_.size() > (bulk_ ? kMaxBulkBytes : max_insert_bytes_)) Flush();
}

void TableWriter::Flush() {
  if (rows_.rows() == 0) return;
  if (bulk_) {
    bulk_->Load(table_, columns_, rows_, "binary");  // raw_json_z: bytes as they are
  } else {
    conn_.Execute("INSERT INTO " + std::string(table_) + " (" + columns_ + ") VALUES " +
                  rows_.data() + tail_);
  }
  rows_.Clear();
}

Chunk BuildChunk(const std::vector<const chatgpt::Conversation*>& convs,
                 const std::vector<std::vector<const chatgpt::Message*>>& orders, size_t conv,
                 size_t msg, size_t limit, size_t big_above) {
  limit = std::min(limit, kChunkBytes);
  big_above = std::min(big_above, kChunkBytes);
  Chunk out;
  for (; conv < convs.size(); ++conv, msg = 0) {
    const std::string& id = convs[conv]->id;
    for (; msg < orders[conv].size(); ++msg) {
      if (out.messages.size() >= limit) {
        out.conv = conv;
        out.msg = msg;
        return out;
      }
      const auto& m = *orders[conv][msg];
      if (m.text.size() + m.raw_json.size() > big_above) {
        out.conv = conv;
        out.msg = msg;
        out.big = out.messages.rows() == 0;
        return out;
      }
      MessageRow(out.messages, id, m);
      out.written += m.has_message;
      int seq = 0;
      for (const auto& a : m.attachments) AttachmentRow(out.attachments, id, m.node_id, seq++, a);
    }
  }
  out.conv = convs.size();
  return out;
}

}  // namespace chatbeto::importer
