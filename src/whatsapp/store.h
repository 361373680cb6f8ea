// whatsapp_conversations / whatsapp_messages (schema/0006_whatsapp.sql). Thin:
// SQL only, no parsing. Messages are identified by message_sid, so writing a
// message that is already stored changes nothing (re-imports, overlapping
// exports, repeated webhook deliveries). The caller holds the job lock
// ("whatsapp-import") and wraps each Write in a transaction, inside a
// Store::Attempt when the transaction may be rolled back and run again
// (db::RetryOnLockConflict).
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string>
#include <utility>
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
  // `time_zone` are used for conversations created on the way. Locks the rows
  // of the conversations it writes into (FOR UPDATE) first, to be held until
  // the caller's commit: `whatsapp scan` skips a conversation while it is
  // being written (its scanned_through_id never passes an uncommitted message).
  WriteResult Write(std::span<const Message> batch, const std::string& platform,
                    const std::string& time_zone);

  // Applies stored edit / revoke / reaction rows to the messages they name
  // (in time order, so the latest edit wins) for the given conversations.
  // Returns how many messages changed. Order of arrival does not matter: a
  // modification stored before its original is applied when it arrives. An
  // edited message is unprocessed again, below its conversation's scan mark,
  // so `whatsapp scan` reads its new text.
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
  struct Journal {  // what an Attempt added to the cache
    std::vector<std::string> keys;                             // into ids_
    std::vector<int64_t> conversations;                        // into touched_
    std::vector<std::pair<int64_t, std::string>> participants;  // into touched_[id]
  };

 public:
  // Keeps the store's cache (conversation ids, touched conversations and
  // participants) in step with one transaction: what ConversationId() and
  // Write() add while the Attempt lives is forgotten when it is destroyed
  // without Keep(), i.e. when the transaction was rolled back (a conversation
  // created in it no longer exists; a name set in it was undone). Create it
  // before the db::Transaction; call Keep() after the commit. One at a time.
  class Attempt {
   public:
    explicit Attempt(Store& store);
    ~Attempt();
    Attempt(const Attempt&) = delete;
    Attempt& operator=(const Attempt&) = delete;
    void Keep() { kept_ = true; }

   private:
    Store& store_;
    Journal journal_;
    bool kept_ = false;
  };

 private:
  void Undo(const Journal& j);

  db::Connection& conn_;
  std::string now_;
  std::map<std::string, int64_t> ids_;  // chat_key -> id
  std::map<int64_t, std::set<std::string>> touched_;
  Journal* journal_ = nullptr;  // the living Attempt's
};

}  // namespace chatbeto::whatsapp
