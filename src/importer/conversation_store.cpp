#include "importer/conversation_store.h"

#include <cppconn/resultset.h>

#include "db/connection.h"
#include "util/time_format.h"

namespace chatbeto::importer {
namespace {

// Statements stay well under max_allowed_packet (16 MB by default).
constexpr size_t kMaxStatementBytes = 4 << 20;

void AppendStrOrNull(std::string& out, const std::string& s) {
  if (s.empty()) out += "NULL";
  else db::AppendQuoted(out, s);
}

void AppendTime(std::string& out, const std::optional<double>& t) {
  std::optional<std::string> s = t ? FormatSqlDatetime(*t) : std::nullopt;
  if (s) {
    out += '\'';
    out += *s;
    out += '\'';
  } else {
    out += "NULL";
  }
}

void AppendBool(std::string& out, const std::optional<bool>& b) {
  out += !b ? "NULL" : *b ? "1" : "0";
}

const char* kConversationHead =
    "INSERT INTO conversations (id, title, create_time, update_time, gizmo_id, gizmo_type, "
    "conversation_template_id, default_model_slug, is_archived, is_starred, current_node, "
    "memory_scope, message_count, content_hash, extra_json, first_import_id, last_import_id) "
    "VALUES ";
const char* kConversationTail =
    " ON DUPLICATE KEY UPDATE title=VALUES(title), create_time=VALUES(create_time), "
    "update_time=VALUES(update_time), gizmo_id=VALUES(gizmo_id), gizmo_type=VALUES(gizmo_type), "
    "conversation_template_id=VALUES(conversation_template_id), "
    "default_model_slug=VALUES(default_model_slug), is_archived=VALUES(is_archived), "
    "is_starred=VALUES(is_starred), current_node=VALUES(current_node), "
    "memory_scope=VALUES(memory_scope), message_count=VALUES(message_count), "
    "content_hash=VALUES(content_hash), extra_json=VALUES(extra_json), "
    "last_import_id=VALUES(last_import_id)";
const char* kMessageHead =
    "INSERT INTO messages (conversation_id, node_id, parent_id, depth, sibling_index, "
    "on_visible_path, message_id, role, author_name, recipient, channel, status, content_type, "
    "hidden, model_slug, create_time, update_time, text, raw_json) VALUES ";
const char* kAttachmentHead =
    "INSERT INTO attachments (conversation_id, node_id, seq, kind, file_id, name, mime_type, "
    "size_bytes, pointer) VALUES ";

}  // namespace

std::unordered_map<std::string, StoredVersion> ConversationStore::LookUp(
    const std::vector<std::string>& ids) {
  std::unordered_map<std::string, StoredVersion> out;
  if (ids.empty()) return out;
  std::string sql =
      "SELECT id, TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', COALESCE(update_time, "
      "create_time)), message_count, content_hash FROM conversations WHERE id IN (";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) sql += ',';
    db::AppendQuoted(sql, ids[i]);
  }
  sql += ')';
  auto rs = conn_.Query(sql);
  while (rs->next()) {
    StoredVersion v;
    if (!rs->isNull(2)) v.update_us = rs->getInt64(2);
    v.message_count = rs->getInt(3);
    v.content_hash = rs->getString(4);
    out.emplace(rs->getString(1), std::move(v));
  }
  return out;
}

void ConversationStore::Flush(std::string& sql, const std::string& head, const char* tail) {
  if (sql.size() <= head.size()) return;
  sql += tail;
  conn_.Execute(sql);
  sql = head;
}

size_t ConversationStore::Write(const std::vector<const chatgpt::Conversation*>& convs,
                                const std::vector<std::string>& replace, int64_t import_id) {
  if (convs.empty()) return 0;
  // Replacing a tree: the old nodes go first (an edit may have removed some).
  if (!replace.empty()) {
    std::string del_in;
    for (const auto& id : replace) {
      del_in += del_in.empty() ? "(" : ",";
      db::AppendQuoted(del_in, id);
    }
    del_in += ")";
    conn_.Execute("DELETE FROM messages WHERE conversation_id IN " + del_in);
    conn_.Execute("DELETE FROM attachments WHERE conversation_id IN " + del_in);
  }

  const std::string import = std::to_string(import_id);
  std::string conv_head = kConversationHead, msg_head = kMessageHead, att_head = kAttachmentHead;
  std::string cs = conv_head, ms = msg_head, as = att_head;
  size_t messages = 0;
  for (const auto* c : convs) {
    if (cs.size() > conv_head.size()) cs += ',';
    cs += '(';
    db::AppendQuoted(cs, c->id);
    cs += ',';
    AppendStrOrNull(cs, c->title);
    cs += ',';
    AppendTime(cs, c->create_time);
    cs += ',';
    AppendTime(cs, c->update_time);
    for (const std::string* s : {&c->gizmo_id, &c->gizmo_type, &c->conversation_template_id,
                                 &c->default_model_slug}) {
      cs += ',';
      AppendStrOrNull(cs, *s);
    }
    cs += ',';
    AppendBool(cs, c->is_archived);
    cs += ',';
    AppendBool(cs, c->is_starred);
    cs += ',';
    AppendStrOrNull(cs, c->current_node);
    cs += ',';
    AppendStrOrNull(cs, c->memory_scope);
    cs += ',' + std::to_string(c->messages.size()) + ',';
    db::AppendQuoted(cs, c->content_hash);
    cs += ',';
    AppendStrOrNull(cs, c->extra_json);
    cs += ',' + import + ',' + import + ')';
    if (cs.size() > kMaxStatementBytes) Flush(cs, conv_head, kConversationTail);

    for (const auto& m : c->messages) {
      if (ms.size() > msg_head.size()) ms += ',';
      ms += '(';
      db::AppendQuoted(ms, c->id);
      ms += ',';
      db::AppendQuoted(ms, m.node_id);
      ms += ',';
      AppendStrOrNull(ms, m.parent_id);
      ms += ',' + std::to_string(m.depth) + ',' + std::to_string(m.sibling_index) + ',' +
            (m.on_visible_path ? "1" : "0") + ',';
      for (const std::string* s : {&m.message_id, &m.role, &m.author_name, &m.recipient,
                                   &m.channel, &m.status, &m.content_type}) {
        AppendStrOrNull(ms, *s);
        ms += ',';
      }
      ms += m.hidden ? "1," : "0,";
      AppendStrOrNull(ms, m.model_slug);
      ms += ',';
      AppendTime(ms, m.create_time);
      ms += ',';
      AppendTime(ms, m.update_time);
      ms += ',';
      AppendStrOrNull(ms, m.text);
      ms += ',';
      db::AppendQuoted(ms, m.raw_json.empty() ? std::string_view("null") : m.raw_json);
      ms += ')';
      if (m.has_message) ++messages;
      if (ms.size() > kMaxStatementBytes) Flush(ms, msg_head);

      int seq = 0;
      for (const auto& a : m.attachments) {
        if (as.size() > att_head.size()) as += ',';
        as += '(';
        db::AppendQuoted(as, c->id);
        as += ',';
        db::AppendQuoted(as, m.node_id);
        as += ',' + std::to_string(seq++) + ',';
        db::AppendQuoted(as, a.kind);
        for (const std::string* s : {&a.id, &a.name, &a.mime_type}) {
          as += ',';
          AppendStrOrNull(as, *s);
        }
        as += ',' + (a.size_bytes ? std::to_string(*a.size_bytes) : std::string("NULL")) + ',';
        AppendStrOrNull(as, a.pointer);
        as += ')';
        if (as.size() > kMaxStatementBytes) Flush(as, att_head);
      }
    }
  }
  Flush(cs, conv_head, kConversationTail);
  Flush(ms, msg_head);
  Flush(as, att_head);
  return messages;
}

}  // namespace chatbeto::importer
