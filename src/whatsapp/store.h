// whatsapp_conversations / whatsapp_messages (schema/0006_whatsapp.sql). Thin:
// SQL only, no parsing. Messages are identified by message_sid, so writing a
// message that is already stored changes nothing (re-imports, overlapping
// exports, repeated webhook deliveries). The caller holds the job lock
// ("whatsapp-import") and wraps each Write in a transaction.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "whatsapp/message.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::whatsapp {

class Store {
 public:
  explicit Store(db::Connection& conn);

  // The conversation of `chat_key`, created when new (name and time zone are
  // only set when empty, so a webhook's later profile name does not rename a
  // chat the user named).
  int64_t ConversationId(const std::string& chat_key, const std::string& platform,
                         const std::string& name, const std::string& time_zone);

  struct WriteResult {
    size_t inserted = 0;  // new rows
    size_t existing = 0;  // already stored (same message_sid), left as they were
  };
  // Inserts the messages whose sid is not stored yet. Edit / revoke /
  // reaction rows are stored as processed = 1 (nothing in them to scan). `platform` and
  // `time_zone` are used for conversations created on the way.
  WriteResult Write(std::span<const Message> batch, const std::string& platform,
                    const std::string& time_zone);

  // Applies stored edit / revoke / reaction rows to the messages they name
  // (in time order, so the latest edit wins) for the given conversations.
  // Returns how many messages changed. Order of arrival does not matter: a
  // modification stored before its original is applied when it arrives.
  size_t ApplyModifications(const std::set<int64_t>& conversation_ids);

  // Sets the Cloud API delivery status where it advances (sent < delivered
  // < read; failed always wins). Returns how many messages it found.
  size_t ApplyStatuses(const std::vector<StatusUpdate>& statuses);

  // Recomputes message_count, first/last_message_at and updated_at, and adds
  // `participants` to the stored list.
  void RefreshConversation(int64_t id, const std::set<std::string>& participants);

  // Conversations touched by Write() so far, with the participants seen.
  const std::map<int64_t, std::set<std::string>>& touched() const { return touched_; }

 private:
  db::Connection& conn_;
  std::string now_;
  std::map<std::string, int64_t> ids_;  // chat_key -> id
  std::map<int64_t, std::set<std::string>> touched_;
};

}  // namespace chatbeto::whatsapp
