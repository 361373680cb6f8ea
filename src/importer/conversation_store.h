// Writes ChatGPT conversations to the database (conversations, messages,
// attachments) with multi-row statements. Knows SQL, not JSON: its input
// is the parsed model of chatgpt/conversation.h. All writes happen in the
// caller's transaction, so a batch goes in whole or not at all.
#pragma once
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chatgpt/conversation.h"
#include "db/batch_insert.h"
#include "db/bulk_load.h"
#include "importer/decide.h"
#include "search/index.h"
#include "search/prepare_ahead.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::importer {

// The search rows of a batch of new conversations, still being prepared on
// another thread (search::PrepareAhead) from the conversations in memory,
// for IndexPipeline to wait for and write once the batch has committed, so
// that the batch's writer goes on to the next batch meanwhile. `convs` point
// into the caller's batch, which `keep` must own (set by the caller before
// it lets go of the batch) until the rows are prepared.
struct DeferredIndex {
  DeferredIndex() : batch_committed(batch_outcome.get_future().share()) {}
  std::vector<std::string> ids;  // listed in search_pending in the batch's transaction
  std::shared_ptr<const search::FoldTable> fold;
  std::vector<const chatgpt::Conversation*> convs;
  std::shared_ptr<void> keep;
  // The batch's writer sets it once the batch's transaction has ended: true
  // when it committed. The rows are written meanwhile and committed only
  // after the batch (rolled back with it). A promise destroyed unset means
  // rolled back.
  std::promise<bool> batch_outcome;
  std::shared_future<bool> batch_committed;
  std::unique_ptr<search::PrepareAhead> prepare;  // last: destroyed (joined) first
};

struct WriteResult {
  size_t messages = 0;           // nodes with a message written
  size_t nodes_kept_absent = 0;  // stored nodes the new versions lack, now marked absent
};

class ConversationStore {
 public:
  // The search rows of new conversations are prepared (on another thread)
  // and written this much message text at a time: one part for an ordinary
  // batch, prepared while its messages load; a giant conversation's in
  // several, so they are never all held at once. (Tests make it small.)
  static constexpr size_t kIndexPartTextBytes = size_t{16} << 20;
  explicit ConversationStore(db::Connection& conn,
                             size_t index_part_text_bytes = kIndexPartTextBytes);

  // Messages and attachments go in through prepared statements in chunks of
  // about 8 MB (db::BatchInsert). A message bigger than a chunk, or holding a
  // value over half the server's max_allowed_packet, goes alone: streamed
  // with LOAD DATA LOCAL when the server allows it, else in one INSERT.
  // `bulk == false` forces multi-row INSERTs, whose errors name the row
  // (used when retrying one by one).
  // New conversations written in bulk whose text fits in one index part are
  // listed in search_pending and their rows handed to `to` while still being
  // prepared, before the batch's rows load, instead of written in the
  // transaction: the caller writes them on another connection
  // (IndexPipeline) and tells the job how the transaction ended
  // (DeferredIndex::batch_outcome). Off by default.
  using DeferTo = std::function<void(const std::shared_ptr<DeferredIndex>&)>;
  void set_defer_index(DeferTo to) { defer_to_ = std::move(to); }

  // The stored version of each of `ids` that exists.
  std::unordered_map<std::string, StoredVersion> LookUp(const std::vector<std::string>& ids);

  // The first 64 bits (SourcePrefix, known_sources.h) of every stored
  // source_sha256, in no order: for KnownSourceFilter, a cheap first test
  // that LookUpSources confirms. 8 bytes per stored conversation.
  std::vector<uint64_t> SourcePrefixes();
  struct SourceMatch {
    std::string id;
    StoredVersion version;
  };
  // The conversation stored from each of `hashes` (SourceHash) that has one.
  std::unordered_map<std::string, SourceMatch> LookUpSources(
      const std::vector<std::string>& hashes);
  // Sets conversations.source_sha256 (id -> hash) of stored conversations.
  void SetSources(const std::vector<std::pair<std::string, std::string>>& id_hash);

  // Inserts or replaces each conversation with its whole tree. Nodes of a
  // stored version that the incoming one lacks are never deleted: they stay
  // with messages.absent_since_import_id = the first import without them,
  // off the visible path (a later version that has them again clears it).
  // Messages that came from the API (sync::kApiRowSql) are kept as they
  // are, on the visible path while the node they attach to is on it. Sync
  // state is kept on update; project_id is set from the gizmo's mapping in
  // project_gizmos when there is one, else kept. Returns the
  // number of messages written (nodes with a message; every node is stored).
  // Throws Error(kDatabase).
  // `replace` lists the ids already stored.
  WriteResult Write(const std::vector<const chatgpt::Conversation*>& convs,
                    const std::vector<std::string>& replace, int64_t import_id, bool bulk = true);

 private:
  size_t KeepAbsentNodes(const std::vector<const chatgpt::Conversation*>& convs,
                       const std::vector<std::string>& replace, int64_t import_id);
  void KeepApiMessages(const std::vector<const chatgpt::Conversation*>& convs,
                       const std::vector<std::string>& replace);
  void AssignProjects(const std::vector<const chatgpt::Conversation*>& convs);

  db::Connection& conn_;
  db::BulkLoader bulk_;
  db::BatchInsert messages_, attachments_;
  size_t index_part_text_bytes_;
  DeferTo defer_to_;
};

}  // namespace chatbeto::importer
