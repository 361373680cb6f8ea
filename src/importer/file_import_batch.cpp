// FileImport's batches: which records of a batch are written, and the
// batch's transaction.
#include "db/connection.h"
#include "db/retry.h"
#include "importer/file_import.h"
#include "importer/known_sources.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::importer {
namespace {

// Tells the index job the batch's writer handed over (`slot`, set during
// the write) how the transaction ended: rolled back unless Committed() was
// called (an exception, an interrupt, a retry).
class BatchOutcome {
 public:
  explicit BatchOutcome(std::shared_ptr<DeferredIndex>& slot) : slot_(slot) { slot_.reset(); }
  ~BatchOutcome() { Tell(false); }
  void Committed() { Tell(true); }

 private:
  void Tell(bool committed) {
    if (slot_) slot_->batch_outcome.set_value(committed);
    slot_.reset();
  }
  std::shared_ptr<DeferredIndex>& slot_;
};

}  // namespace

void FileImport::FlushBatch() {
  if (batch_.empty()) return;
  ThrowIfInterrupted();
  ResolveBatch();
  for (const auto& p : batch_)
    if (!seen_ids_.insert(p.conv.id).second)
      Repaired("duplicate_conversation_id", 1, p.conv.id, p.pos,
               "conversation id " + p.conv.id + " appears more than once in this file; the "
               "newest copy is kept");
  // Duplicate ids inside the batch: keep the winner by the same rule as
  // against the database.
  std::unordered_map<std::string, size_t> best;
  std::unordered_set<size_t> rejected_dup;  // a later copy in the file without nodes
  std::vector<std::string> ids;
  for (size_t i = 0; i < batch_.size(); ++i) {
    auto [it, fresh] = best.emplace(batch_[i].conv.id, i);
    if (fresh) {
      ids.push_back(batch_[i].conv.id);
    } else {
      switch (Decide(VersionOf(batch_[it->second].conv), VersionOf(batch_[i].conv))) {
        case Action::kUpdate:
        case Action::kUpdateSameTime: it->second = i; break;
        case Action::kRejectNoNodes: rejected_dup.insert(i); break;
        default: break;
      }
    }
  }
  auto stored = store_.LookUp(ids);
  std::vector<size_t> writes;
  std::vector<std::pair<std::string, std::string>> sources;  // unchanged, from other bytes
  for (size_t i = 0; i < batch_.size(); ++i) {
    const auto& c = batch_[i].conv;
    if (const auto& v = batch_[i].stored_from_source) {
      fc_.unchanged++;  // the only copy of its id in the batch: nothing to decide
      fc_.messages += v->message_count;
      continue;
    }
    if (rejected_dup.count(i)) {
      RejectNoNodes(batch_[i], VersionOf(batch_[best[c.id]].conv).message_count);
      continue;
    }
    if (best[c.id] != i) {
      fc_.older++;  // a duplicate id in this file, superseded by another copy
      continue;
    }
    auto s = stored.find(c.id);
    Action a = Decide(s == stored.end() ? std::nullopt : std::optional(s->second), VersionOf(c));
    switch (a) {
      case Action::kUnchanged:
        fc_.unchanged++;
        // Re-serialized, or stored before source hashes were: the next
        // import of these bytes skips the parse.
        if (!c.source_sha256.empty() && s->second.source_sha256 != c.source_sha256)
          sources.emplace_back(c.id, c.source_sha256);
        break;
      case Action::kOlder: fc_.older++; break;
      case Action::kRejectNoNodes: RejectNoNodes(batch_[i], s->second.message_count); break;
      case Action::kUpdateSameTime: same_time_.insert(i); writes.push_back(i); break;
      default: writes.push_back(i);
    }
  }
  store_.SetSources(sources);
  WriteAll(writes, stored);
  batch_.clear();
  same_time_.clear();
  batch_bytes_ = 0;
}

void FileImport::ResolveBatch() {
  std::vector<chatgpt::Conversation*> convs;
  for (auto& p : batch_) convs.push_back(&p.conv);
  std::vector<bool> dropped;
  auto known = ResolveUnparsed(
      convs, store_, [this](size_t i) { return ParseNow(batch_[i]); }, &dropped);
  std::vector<Pending> kept;
  kept.reserve(batch_.size());
  for (size_t i = 0; i < batch_.size(); ++i) {
    if (dropped[i]) continue;
    batch_[i].stored_from_source = std::move(known[i]);
    kept.push_back(std::move(batch_[i]));
  }
  batch_ = std::move(kept);
}

void FileImport::RejectNoNodes(const Pending& p, int stored_nodes) {
  const std::string& m = p.conv.mapping_state;
  Reject({fc_.path, static_cast<int64_t>(p.pos.index), p.conv.id, p.pos.byte_offset,
          "this newer version has no nodes (mapping is " +
              (m == "missing" ? std::string("missing") : m == "{}" ? "empty: {}" : m) +
              ") while the stored version has " + std::to_string(stored_nodes) +
              "; not imported, the stored messages are kept (an import never deletes them)"});
}

void FileImport::WriteAll(const std::vector<size_t>& writes,
              const std::unordered_map<std::string, StoredVersion>& stored) {
  if (writes.empty()) return;
  // Owned here and by the batch's index job, which prepares its rows from
  // these conversations on other threads (moving the vector keeps every
  // element where it is).
  auto owned = std::make_shared<std::vector<Pending>>(std::move(batch_));
  batch_.clear();
  current_batch_ = owned;
  std::vector<Pending>& batch = *owned;
  auto count = [&](size_t i) {
    stored.count(batch[i].conv.id) ? fc_.updated++ : fc_.inserted++;
    fc_.updated_same_time += same_time_.count(i);
  };
  std::vector<const chatgpt::Conversation*> convs;
  std::vector<std::string> replace;
  for (size_t i : writes) {
    convs.push_back(&batch[i].conv);
    if (stored.count(batch[i].conv.id)) replace.push_back(batch[i].conv.id);
  }
  // Rows of an older version must not be indexed after a newer one's.
  if (pipeline_ && !replace.empty()) pipeline_->Drain();
  std::optional<WriteResult> committed;
  try {
    // A deadlock with another writer (e.g. `map apply`) rolls the batch
    // back; it is run again rather than split into rejected records.
    WriteResult n = db::RetryOnLockConflict(conn_, "import batch", [&] {
      db::Transaction tx(conn_);
      // The search rows load on the second connection while this batch
      // does, and commit after it (or roll back with it).
      BatchOutcome outcome(deferred_);
      WriteResult w = store_.Write(convs, replace, fc_.import_id);
      ThrowIfInterrupted();
      tx.Commit();
      outcome.Committed();
      return w;
    });
    fc_.messages_written += n.messages;
    fc_.nodes_kept_absent += n.nodes_kept_absent;
    for (size_t i : writes) count(i);
    committed = std::move(n);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kDatabase || !ConnectionAlive()) throw;
    if (writes.size() > 1) log::Debug("batch failed, retrying one by one: " + std::string(e.what()));
  }
  current_batch_.reset();  // the index job holds it as long as it needs it
  if (committed) return;
  for (size_t i : writes) {
    const auto& p = batch[i];
    try {
      std::vector<std::string> one;
      if (stored.count(p.conv.id)) one.push_back(p.conv.id);
      WriteResult n = db::RetryOnLockConflict(conn_, "import", [&] {
        db::Transaction tx(conn_);
        WriteResult w = store_.Write({&p.conv}, one, fc_.import_id, /*bulk=*/false);
        ThrowIfInterrupted();
        tx.Commit();
        return w;
      });
      fc_.messages_written += n.messages;
      fc_.nodes_kept_absent += n.nodes_kept_absent;
      count(i);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kDatabase || !ConnectionAlive()) throw;
      Reject({fc_.path, static_cast<int64_t>(p.pos.index), p.conv.id, p.pos.byte_offset,
              std::string("the database refused it: ") + e.what()});
    }
  }
}

}  // namespace chatbeto::importer
