// Deciding what one conversation needs, from its items and its stored sync
// state, and comparing listed remote items with local ones after an
// ambiguous failure. Pure.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "openai/wire.h"

namespace chatbeto::sync {

// sync_state of one conversation (exists == false: never sent).
struct SyncState {
  bool exists = false;
  std::string remote_id;
  int64_t items_synced = 0;
  std::string prefix_hash;
  std::string last_item_id;
  std::string state;  // creating, appending, synced, diverged, failed
};

enum class Action {
  kCreate,     // no remote conversation yet: create, then append everything
  kAppend,     // append items[from..]
  kUnchanged,  // nothing to send
  kDiverged,   // the local path changed before the synced position
};
const char* ActionName(Action a);

struct ConversationPlan {
  Action action = Action::kUnchanged;
  size_t from = 0;             // first item to send
  size_t to = 0;               // one past the last
  bool resume = false;         // a run stopped mid-way: reconcile with the remote first
  bool maybe_orphan = false;   // a run stopped during a create: a remote may exist unknown
  std::vector<std::pair<size_t, size_t>> batches;  // [begin, end) of at most 20
  int requests = 0;            // create + appends (not counting reconciliation)
};

ConversationPlan PlanConversation(const std::vector<openai::MessageItem>& items,
                                  const SyncState& state);

// [from, to) in slices of at most `per` items.
std::vector<std::pair<size_t, size_t>> Batches(size_t from, size_t to,
                                               size_t per = openai::kMaxItemsPerRequest);

// Remote items that count for comparison: messages from user or assistant
// (reasoning and tool items of `ask` answers are not local messages).
bool Comparable(const openai::RemoteItem& it);

// After an ambiguous failure: `remote` lists the items after the last item
// known to be synced; `pending` are the local items from the synced position
// on. The comparable remote items must be a prefix of `pending` (role and
// text). `extra` are comparable remote items beyond `pending` (added by
// someone else: to pull, or a divergence).
struct MatchResult {
  size_t matched = 0;
  bool mismatch = false;          // a remote item differs from the local one there
  std::string detail;             // what differs, for the report
  std::vector<openai::RemoteItem> extra;
  std::string last_id;            // id of the last remote item seen ("" if none)
  std::string last_matched_id;    // id of the last remote item up to the last match
};
MatchResult MatchRemote(const std::vector<openai::RemoteItem>& remote,
                        const std::vector<openai::MessageItem>& pending);

// For --rewrite: the longest common prefix of the remote conversation (all
// its items) and the local items, and the remote items after it to delete
// (comparable or not), in order.
struct RewritePlan {
  size_t common = 0;
  std::string last_kept_id;  // "" when nothing is kept
  std::vector<std::string> delete_ids;
};
RewritePlan PlanRewrite(const std::vector<openai::RemoteItem>& all_remote,
                        const std::vector<openai::MessageItem>& local);

}  // namespace chatbeto::sync
