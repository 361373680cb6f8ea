#include "whatsapp/store.h"

#include <cppconn/resultset.h>

#include <nlohmann/json.hpp>
#include <unordered_set>

#include "db/connection.h"
#include "db/row_buffer.h"
#include "util/error.h"

namespace chatbeto::whatsapp {
namespace {

using db::Quote;
using db::RowBuffer;

constexpr size_t kMaxStatementBytes = 4 << 20;

const char* kColumns =
    "message_sid, conversation_id, from_addr, to_addr, sender_name, direction, body, "
    "received_at, message_type, media_name, media_kind, media_mime, media_ref, is_system, "
    "is_edited, is_deleted, ref_sid, processed, raw, source, created_at, updated_at";

bool IsModification(const Message& m) {
  return !m.ref_sid.empty() &&
         (m.message_type == "edit" || m.message_type == "revoke" || m.message_type == "reaction");
}

void Row(RowBuffer& b, const Message& m, int64_t conversation_id, const std::string& now) {
  b.BeginRow();
  b.Str(m.sid);
  b.Int(conversation_id);
  b.StrOrNull(m.from_addr);
  b.StrOrNull(m.to_addr);
  b.StrOrNull(m.sender_name);
  b.Str(DirectionName(m.direction));
  b.Str(m.body);
  if (m.received_at_us) b.Time(static_cast<double>(*m.received_at_us) / 1e6);
  else b.Null();
  b.Str(m.message_type);
  b.StrOrNull(m.media_name);
  b.StrOrNull(m.media_kind);
  b.StrOrNull(m.media_mime);
  b.StrOrNull(m.media_ref);
  b.Int(m.is_system);
  b.Int(m.is_edited);
  b.Int(m.is_deleted);
  b.StrOrNull(m.ref_sid);
  // Edit / revoke / reaction rows hold nothing to scan for events: they are
  // written as processed so `whatsapp scan` passes them by.
  b.Int(IsModification(m) ? 1 : 0);
  b.Str(m.raw);
  b.StrOrNull(m.source);
  b.Str(now);
  b.Str(now);
  b.EndRow();
}

int StatusRank(const std::string& s) {
  if (s == "failed") return 9;
  if (s == "read" || s == "played") return 3;
  if (s == "delivered") return 2;
  if (s == "sent") return 1;
  return 0;
}

}  // namespace

const char* DirectionName(Direction d) {
  switch (d) {
    case Direction::kOutbound: return "outbound";
    case Direction::kSystem: return "system";
    default: return "inbound";
  }
}

Store::Store(db::Connection& conn) : conn_(conn) {
  now_ = conn_.QueryString("SELECT UTC_TIMESTAMP(6)").value_or("1970-01-01 00:00:00");
}

int64_t Store::ConversationId(const std::string& chat_key, const std::string& platform,
                              const std::string& name, const std::string& time_zone) {
  if (auto it = ids_.find(chat_key); it != ids_.end()) return it->second;
  auto found = conn_.QueryInt("SELECT id FROM whatsapp_conversations WHERE chat_key = " +
                              Quote(chat_key));
  int64_t id;
  if (found) {
    id = *found;
    if (!name.empty())
      conn_.Execute("UPDATE whatsapp_conversations SET name = " + Quote(name) +
                    " WHERE id = " + std::to_string(id) + " AND (name IS NULL OR name = '')");
    if (!time_zone.empty())
      conn_.Execute("UPDATE whatsapp_conversations SET time_zone = " + Quote(time_zone) +
                    " WHERE id = " + std::to_string(id) + " AND time_zone IS NULL");
  } else {
    conn_.Execute(
        "INSERT INTO whatsapp_conversations (chat_key, platform, name, participants, time_zone, "
        "created_at, updated_at) VALUES (" +
        Quote(chat_key) + ", " + Quote(platform) + ", " + (name.empty() ? "NULL" : Quote(name)) +
        ", '[]', " + (time_zone.empty() ? "NULL" : Quote(time_zone)) + ", " + Quote(now_) +
        ", " + Quote(now_) + ")");
    id = conn_.QueryInt("SELECT LAST_INSERT_ID()").value_or(0);
  }
  ids_[chat_key] = id;
  if (journal_) journal_->keys.push_back(chat_key);
  return id;
}

Store::WriteResult Store::Write(std::span<const Message> batch, const std::string& platform,
                                const std::string& time_zone) {
  WriteResult r;
  if (batch.empty()) return r;
  // Which sids are already stored (one IN list per batch).
  std::unordered_set<std::string> stored;
  std::string in;
  for (const auto& m : batch) {
    in += in.empty() ? "(" : ",";
    db::AppendQuoted(in, m.sid);
  }
  auto rs = conn_.Query("SELECT message_sid FROM whatsapp_messages WHERE message_sid IN " + in +
                        ")");
  while (rs->next()) stored.insert(std::string(rs->getString(1)));

  RowBuffer rows(RowBuffer::Format::kSql);
  auto flush = [&] {
    if (rows.rows() == 0) return;
    conn_.Execute(std::string("INSERT INTO whatsapp_messages (") + kColumns + ") VALUES " +
                  rows.data());
    rows.Clear();
  };
  // The conversation of each new message; their rows are locked before any
  // message goes in and stay locked until the caller commits, so a scan
  // (which holds a conversation's row while it reads and moves its mark)
  // never passes a message of this transaction: it skips the conversation.
  std::vector<std::pair<const Message*, int64_t>> fresh;
  std::set<int64_t> conversations;
  for (const auto& m : batch) {
    if (!stored.insert(m.sid).second) {
      ++r.existing;
      continue;
    }
    int64_t cid = ConversationId(m.chat_key, platform, m.chat_name, time_zone);
    fresh.emplace_back(&m, cid);
    conversations.insert(cid);
  }
  if (fresh.empty()) return r;
  std::string ids;
  for (int64_t id : conversations) (ids += ids.empty() ? "" : ",") += std::to_string(id);
  auto locked = conn_.Query("SELECT id FROM whatsapp_conversations WHERE id IN (" + ids +
                            ") ORDER BY id FOR UPDATE");
  while (locked->next()) {
  }
  locked.reset();
  for (const auto& [mp, cid] : fresh) {
    const Message& m = *mp;
    auto [at, added] = touched_.try_emplace(cid);
    if (added && journal_) journal_->conversations.push_back(cid);
    if (!m.is_system && !m.sender_name.empty() && at->second.insert(m.sender_name).second &&
        journal_)
      journal_->participants.emplace_back(cid, m.sender_name);
    Row(rows, m, cid, now_);
    ++r.inserted;
    if (rows.size() > kMaxStatementBytes) flush();
  }
  flush();
  return r;
}

Store::Attempt::Attempt(Store& store) : store_(store) {
  if (store_.journal_) throw Error(ErrorKind::kInternal, "whatsapp::Store: nested Attempt");
  store_.journal_ = &journal_;
}

Store::Attempt::~Attempt() {
  store_.journal_ = nullptr;
  if (!kept_) store_.Undo(journal_);
}

// In reverse order of addition, so each entry is removed as it was added.
void Store::Undo(const Journal& j) {
  for (auto it = j.participants.rbegin(); it != j.participants.rend(); ++it)
    if (auto t = touched_.find(it->first); t != touched_.end()) t->second.erase(it->second);
  for (int64_t id : j.conversations) touched_.erase(id);
  for (const auto& key : j.keys) ids_.erase(key);
}

size_t Store::ApplyModifications(const std::set<int64_t>& conversation_ids) {
  if (conversation_ids.empty()) return 0;
  std::string ids;
  for (int64_t id : conversation_ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);
  size_t changed = 0;
  auto rs = conn_.Query(
      "SELECT message_type, ref_sid, body, from_addr, message_sid FROM whatsapp_messages "
      "WHERE conversation_id IN (" + ids + ") AND ref_sid IS NOT NULL "
      "AND message_type IN ('edit', 'revoke', 'reaction') ORDER BY received_at, id");
  while (rs->next()) {
    std::string type = rs->getString(1), ref = rs->getString(2);
    std::string body = rs->isNull(3) ? "" : std::string(rs->getString(3));
    std::string from = rs->isNull(4) ? "" : std::string(rs->getString(4));
    std::string sid = rs->getString(5);
    std::string where = " WHERE message_sid = " + Quote(ref);
    if (type == "edit") {
      // The edited text is scanned again: the message becomes unprocessed
      // and its conversation's scan mark moves below it (the conversation's
      // row first, as a scan locks it before the messages).
      const std::string differs = " AND (m.is_edited = 0 OR NOT m.body <=> " + Quote(body) + ")";
      conn_.Execute(
          "UPDATE whatsapp_conversations c JOIN whatsapp_messages m ON m.conversation_id = c.id "
          "SET c.scanned_through_id = LEAST(c.scanned_through_id, m.id - 1) WHERE m.message_sid = " +
          Quote(ref) + differs);
      changed += conn_.Execute("UPDATE whatsapp_messages m SET m.body = " + Quote(body) +
                               ", m.is_edited = 1, m.processed = 0, m.updated_at = " + Quote(now_) +
                               " WHERE m.message_sid = " + Quote(ref) + differs);
    } else if (type == "revoke") {
      changed += conn_.Execute("UPDATE whatsapp_messages SET is_deleted = 1, updated_at = " +
                               Quote(now_) + where + " AND is_deleted = 0");
    } else if (body.empty()) {
      // A reaction with no emoji takes back this sender's earlier reactions.
      changed += conn_.Execute(
          "UPDATE whatsapp_messages SET is_deleted = 1, updated_at = " + Quote(now_) +
          " WHERE ref_sid = " + Quote(ref) + " AND message_type = 'reaction' AND from_addr <=> " +
          Quote(from) + " AND is_deleted = 0 AND message_sid <> " + Quote(sid) +
          " AND received_at <= (SELECT t FROM (SELECT received_at t FROM whatsapp_messages "
          "WHERE message_sid = " + Quote(sid) + ") x)");
    }
  }
  return changed;
}

size_t Store::ApplyStatuses(const std::vector<StatusUpdate>& statuses) {
  size_t found = 0;
  for (const auto& s : statuses) {
    auto cur = conn_.Query("SELECT status FROM whatsapp_messages WHERE message_sid = " +
                           Quote(s.sid));
    if (!cur->next()) continue;
    ++found;
    std::string old = cur->isNull(1) ? "" : std::string(cur->getString(1));
    if (StatusRank(s.status) > StatusRank(old))
      conn_.Execute("UPDATE whatsapp_messages SET status = " + Quote(s.status) +
                    ", updated_at = " + Quote(now_) + " WHERE message_sid = " + Quote(s.sid));
  }
  return found;
}

void Store::RefreshConversation(int64_t id, const std::set<std::string>& participants) {
  const std::string sid = std::to_string(id);
  auto old = conn_.QueryString("SELECT participants FROM whatsapp_conversations WHERE id = " + sid);
  nlohmann::json list = nlohmann::json::array();
  if (old) {
    auto parsed = nlohmann::json::parse(*old, nullptr, false);
    if (parsed.is_array()) list = parsed;
  }
  std::set<std::string> have;
  for (const auto& p : list)
    if (p.is_string()) have.insert(p.get<std::string>());
  for (const auto& p : participants)
    if (have.insert(p).second) list.push_back(p);
  conn_.Execute(
      "UPDATE whatsapp_conversations c SET participants = " +
      Quote(list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) +
      ", message_count = (SELECT COUNT(*) FROM whatsapp_messages WHERE conversation_id = " + sid +
      "), first_message_at = (SELECT MIN(received_at) FROM whatsapp_messages WHERE "
      "conversation_id = " + sid +
      "), last_message_at = (SELECT MAX(received_at) FROM whatsapp_messages WHERE "
      "conversation_id = " + sid + "), updated_at = " + Quote(now_) + " WHERE id = " + sid);
}

}  // namespace chatbeto::whatsapp
