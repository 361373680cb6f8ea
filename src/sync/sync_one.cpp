// One conversation, live: claim, (pull), create or check, reconcile after
// an ambiguous failure, append in batches of at most 20 recording the
// position after each. Database writes are single short statements between
// network calls; the claim is a named lock, not a transaction.
#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "sync/syncer.h"
#include "util/log.h"

namespace chatbeto::sync {
namespace {

using openai::ApiError;
using openai::MessageItem;
using openai::Outcome;
using openai::RemoteItem;

class OneSync {
 public:
  OneSync(WorkerContext& w, const ConversationRef& conv) : w_(w), conv_(conv) {
    r_.id = conv.id;
    r_.title = conv.title;
  }

  ConversationResult Run() {
    Claim claim(w_.conn, conv_.id);
    if (!claim.held()) {
      r_.outcome = "busy";
      return r_;
    }
    try {
      Body();
    } catch (const ApiError& e) {
      Fail(e.outcome == Outcome::kWaitTooLong ? "skipped" : "failed", e.what());
      if (e.outcome == Outcome::kQuota) w_.quota_exhausted = true;
    } catch (const Error& e) {
      // A write that still met lock conflicts while another chatbeto job
      // holds its lock stops the run (exit 5); the state stays as last
      // recorded, and the next run reconciles from there.
      if (e.kind() == ErrorKind::kInterrupted || e.kind() == ErrorKind::kLocked) throw;
      Fail("failed", e.what());
    }
    return r_;
  }

 private:
  void Load() {
    st_ = LoadState(w_.conn, conv_.id);
    auto built = BuildItems(LoadPath(w_.conn, conv_.id), w_.options.max_item_bytes);
    items_ = std::move(built.items);
    r_.items_total = int64_t(items_.size());
    r_.skipped_hidden = built.skipped_hidden;
    r_.skipped_role = built.skipped_role;
    r_.skipped_empty = built.skipped_empty;
  }

  void Body() {
    Load();
    ConversationPlan plan = PlanConversation(items_, st_);
    bool created = false;
    if (plan.action == Action::kCreate) {
      Create(plan.maybe_orphan);
      created = true;
    } else if (plan.action == Action::kDiverged) {
      if (!w_.options.rewrite) {
        r_.remote_id = st_.remote_id;
        Fail("diverged", "the local conversation changed before the synced position (item " +
                             std::to_string(st_.items_synced) +
                             "); run again with --rewrite to replace the remote items");
        return;
      }
      Rewrite();
    } else if (plan.resume || w_.options.pull) {
      if (!Reconcile()) return;
    }
    r_.remote_id = st_.remote_id;
    Append();
    if (r_.outcome.empty())
      r_.outcome = created ? "created" : r_.items_sent > 0 || r_.items_pulled > 0 ? "appended" : "unchanged";
  }

  void Create(bool maybe_orphan) {
    std::string empty = PrefixHash(items_, 0);
    if (maybe_orphan) {
      Unknown("a previous run stopped during the create call; a remote conversation may exist "
              "without its id", "");
    }
    MarkCreating(w_.conn, conv_.id, empty);
    auto md = BuildMetadata(conv_.id, conv_.title, conv_.project);
    for (int attempt = 0;; ++attempt) {
      try {
        std::string id = w_.client.CreateConversation(md);
        try {
          SaveRemoteId(w_.conn, conv_.id, id, empty);
        } catch (const Error& e) {
          log::Warn("conversation " + conv_.id + ": remote conversation " + id +
                    " was created but its id could not be stored (" + e.what() +
                    "); the next run reports it as a remote that may exist");
          throw;
        }
        st_ = LoadState(w_.conn, conv_.id);
        return;
      } catch (const ApiError& e) {
        if (e.outcome != Outcome::kAmbiguous) throw;
        Unknown(std::string("create failed ambiguously: ") + e.what(), e.request_id);
        if (attempt + 1 >= w_.options.max_ambiguous) throw;
        openai::InterruptibleSleep(e.delay_s);
      }
    }
  }

  void Unknown(const std::string& reason, const std::string& request_id) {
    RecordUnknownRemote(w_.conn, conv_.id, reason, request_id);
    ++r_.unknown_remotes;
    log::Warn("conversation " + conv_.id + ": " + reason +
              " (reported in the summary; see 'chatbeto threads show " + conv_.id + "')");
  }

  // Compares the remote items after the last known one with the local items
  // from the synced position; advances the position over what was applied.
  // Returns false when the conversation diverged.
  bool Reconcile() {
    ++r_.reconciliations;
    size_t base = st_.last_item_id.empty() ? 0 : size_t(st_.items_synced);
    auto remote = w_.client.ListItems(st_.remote_id, st_.last_item_id);
    std::vector<MessageItem> pending(items_.begin() + std::min(base, items_.size()), items_.end());
    MatchResult m = MatchRemote(remote, pending);
    size_t synced = base + m.matched;
    if (synced != size_t(st_.items_synced)) r_.items_reconciled += int64_t(synced) - st_.items_synced;
    std::string last = m.extra.empty() && !m.mismatch ? m.last_id : m.last_matched_id;
    if (last.empty()) last = st_.last_item_id;
    if (m.mismatch || (!m.extra.empty() && (!w_.options.pull || synced < items_.size()))) {
      SavePosition(w_.conn, conv_.id, int64_t(synced), PrefixHash(items_, synced), last, "diverged");
      r_.remote_id = st_.remote_id;
      Fail("diverged", m.mismatch ? m.detail
                                  : std::to_string(m.extra.size()) +
                                        " remote items were added by someone else after item " +
                                        std::to_string(synced) + "; run 'chatbeto sync --pull'");
      return false;
    }
    if (!m.extra.empty()) {
      Pull(m.extra);
      synced += m.extra.size();  // they came from the remote: synced by definition
    }
    std::string state = synced == items_.size() ? "synced" : "appending";
    SavePosition(w_.conn, conv_.id, int64_t(synced), PrefixHash(items_, synced),
                 m.extra.empty() ? last : m.extra.back().id, state);
    st_ = LoadState(w_.conn, conv_.id);
    return true;
  }

  // Stores remote items added by others as local messages; they are synced.
  void Pull(const std::vector<RemoteItem>& extra) {
    std::vector<ApiMessage> msgs;
    for (const auto& it : extra) {
      nlohmann::json raw = {{"source", "openai_api"},
                            {"remote_conversation_id", st_.remote_id},
                            {"item", {{"id", it.id}, {"role", it.role}, {"content", it.text}}}};
      msgs.push_back({"api:" + it.id, it.role, it.text, raw.dump()});
    }
    AppendApiMessages(w_.conn, conv_.id, msgs);
    r_.items_pulled += int64_t(extra.size());
    Load();  // the path now ends with the pulled messages
  }

  void Rewrite() {
    auto all = w_.client.ListItems(st_.remote_id, "");
    RewritePlan p = PlanRewrite(all, items_);
    for (const auto& id : p.delete_ids) w_.client.DeleteItem(st_.remote_id, id);
    SavePosition(w_.conn, conv_.id, int64_t(p.common), PrefixHash(items_, p.common),
                 p.last_kept_id, "appending");
    st_ = LoadState(w_.conn, conv_.id);
    log::Info("conversation " + conv_.id + ": rewrite kept " + std::to_string(p.common) +
              " items, deleted " + std::to_string(p.delete_ids.size()) + " remote items");
  }

  void Append() {
    int ambiguous = 0;
    if (st_.state == "synced" && size_t(st_.items_synced) < items_.size()) {
      MarkAppending(w_.conn, conv_.id);
      st_.state = "appending";
    }
    while (size_t(st_.items_synced) < items_.size()) {
      size_t from = size_t(st_.items_synced);
      size_t to = std::min(items_.size(), from + openai::kMaxItemsPerRequest);
      std::vector<MessageItem> batch(items_.begin() + from, items_.begin() + to);
      try {
        auto created = w_.client.AppendItems(st_.remote_id, batch);
        std::string state = to == items_.size() ? "synced" : "appending";
        SavePosition(w_.conn, conv_.id, int64_t(to), PrefixHash(items_, to), created.back().id, state);
        st_.items_synced = int64_t(to);
        st_.last_item_id = created.back().id;
        st_.state = state;
        r_.items_sent += int64_t(batch.size());
      } catch (const ApiError& e) {
        if (e.outcome != Outcome::kAmbiguous || ++ambiguous >= w_.options.max_ambiguous) throw;
        log::Info("conversation " + conv_.id + ": " + e.what() +
                  "; listing the remote items before sending again");
        openai::InterruptibleSleep(e.delay_s);
        if (!Reconcile()) return;
      }
    }
    if (st_.state != "synced" && size_t(st_.items_synced) == items_.size())
      SavePosition(w_.conn, conv_.id, st_.items_synced, PrefixHash(items_, items_.size()),
                   st_.last_item_id, "synced");
  }

  void Fail(const std::string& outcome, const std::string& message) {
    r_.outcome = outcome;
    r_.error = "conversation " + conv_.id + ": " + message;
    try {
      SaveStateError(w_.conn, conv_.id, outcome == "diverged" ? "diverged" : "failed", message);
    } catch (...) {
    }
  }

  WorkerContext& w_;
  const ConversationRef& conv_;
  ConversationResult r_;
  SyncState st_;
  std::vector<MessageItem> items_;
};

}  // namespace

ConversationResult SyncOne(WorkerContext& w, const ConversationRef& conv) {
  return OneSync(w, conv).Run();
}

}  // namespace chatbeto::sync
