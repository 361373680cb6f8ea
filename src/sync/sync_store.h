// The sync state in the database (schema/0007_sync.sql): which conversations
// to sync, their visible path, per-conversation state, claims, unknown
// remotes, and messages that came from the API (ask, --pull). SQL only.
// Every write is one short autocommit statement (or a small transaction);
// nothing here is ever held open across a network call. A write the server
// rolls back for a deadlock or lock wait timeout is run again (only the
// write, never the request before it: db/retry.h); when the conflict
// persists while another chatbeto job holds its lock, Error(kLocked).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "openai/wire.h"
#include "sync/items.h"
#include "sync/plan.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::sync {

struct Selection {
  std::string project;       // project name
  std::string conversation;  // one conversation id
  bool all = false;
  std::string since;         // YYYY-MM-DD: conversations updated on or after
  int64_t limit = 0;         // 0 = no limit; counts never-synced conversations first
};

struct ConversationRef {
  std::string id, title, project;
};

// Conversations matching `sel`: those never synced (no remote id) first, each
// part oldest first, so `limit` takes a backlog in order. Throws Error(kUsage) for an
// unknown project or conversation.
std::vector<ConversationRef> SelectConversations(db::Connection& conn, const Selection& sel);
ConversationRef LoadConversation(db::Connection& conn, const std::string& id);

// The visible path, root first, with attachment names: in order of depth,
// except that API messages (kApiRowSql) follow the exported node they attach
// to, before exported messages a later import added after that same node.
std::vector<LocalMessage> LoadPath(db::Connection& conn, const std::string& conversation_id);

SyncState LoadState(db::Connection& conn, const std::string& conversation_id);

// state = 'creating' (before the create call).
void MarkCreating(db::Connection& conn, const std::string& conversation_id,
                  const std::string& empty_hash);
// state 'synced' -> 'appending' before items are sent to a synced
// conversation, so that a run that stops before recording the new position
// (killed, or the write gave up) is reconciled by the next run, not resent.
void MarkAppending(db::Connection& conn, const std::string& conversation_id);
// The remote id, the moment it is known: state 'appending', position 0.
void SaveRemoteId(db::Connection& conn, const std::string& conversation_id,
                  const std::string& remote_id, const std::string& empty_hash);
// Position after an accepted append / reconciliation; mirrors into
// conversations (openai_conversation_id, synced_at, synced_hash).
void SavePosition(db::Connection& conn, const std::string& conversation_id, int64_t items_synced,
                  const std::string& prefix_hash, const std::string& last_item_id,
                  const std::string& state);
void SaveStateError(db::Connection& conn, const std::string& conversation_id,
                    const std::string& state, const std::string& error);
void RecordUnknownRemote(db::Connection& conn, const std::string& conversation_id,
                         const std::string& reason, const std::string& request_id);
// Drops the mapping (sync_state row and the mirror columns).
void Forget(db::Connection& conn, const std::string& conversation_id);

// SQL condition (on table messages, unqualified columns) true for a message
// that came from the API (AppendApiMessages). No export has these: an import
// keeps them (never marks them absent) and keeps them on the visible path
// while the node they attach to stays on it.
inline constexpr const char* kApiRowSql = "(node_id LIKE 'api:%' AND author_name = 'openai_api')";

// Appends messages that came from the API to the local visible path, in one
// transaction: node ids "api:<item id>" (or "api:<key>:q" for a question),
// raw_json {"source":"openai_api",...}. Each has a role and text.
struct ApiMessage {
  std::string node_id;
  std::string role;
  std::string text;
  std::string raw_json;
};
void AppendApiMessages(db::Connection& conn, const std::string& conversation_id,
                       const std::vector<ApiMessage>& messages);

// A per-conversation claim: a named lock (GET_LOCK, timeout 0) held by the
// worker's connection, so it dies with the process or the connection.
class Claim {
 public:
  Claim(db::Connection& conn, const std::string& conversation_id);
  ~Claim();
  Claim(const Claim&) = delete;
  Claim& operator=(const Claim&) = delete;
  bool held() const { return held_; }

 private:
  db::Connection& conn_;
  std::string name_;
  bool held_ = false;
};

struct ThreadRow {
  std::string conversation_id, title, project, remote_id, state, created_at, last_synced_at,
      last_error;
  int64_t items_synced = 0;
  int64_t unknown_remotes = 0;
};
std::vector<ThreadRow> ListThreads(db::Connection& conn, const std::string& project,
                                   const std::string& conversation_id = "");

}  // namespace chatbeto::sync
