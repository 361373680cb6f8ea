#include "importer/chatgpt_import.h"

#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "chatgpt/export_reader.h"
#include "chatgpt/parse.h"
#include "chatgpt/zip_archive.h"
#include "db/connection.h"
#include "db/retry.h"
#include "importer/conversation_store.h"
#include "importer/import_record.h"
#include "importer/index_pipeline.h"
#include "importer/scan_ahead.h"
#include "search/index.h"
#include "util/error.h"
#include "util/log.h"
#include "util/progress.h"
#include "util/signals.h"

namespace chatbeto::importer {
namespace {

// Imports one file; counts go into `fc`, rejections into `summary`.
class FileImport {
 public:
  FileImport(db::Connection& conn, const ImportOptions& opts, ImportSummary& summary,
             FileCounts& fc, Progress& progress, uint64_t bytes_before, IndexPipeline* pipeline)
      : conn_(conn), store_(conn), opts_(opts), summary_(summary), fc_(fc), progress_(progress),
        bytes_before_(bytes_before), pipeline_(pipeline) {
    if (pipeline_)
      store_.set_defer_index([this](const std::shared_ptr<DeferredIndex>& d) {
        d->keep = current_batch_;
        pipeline_->Push(d);
        deferred_ = d;
      });
  }

  // `verified`: the file's VerifiedEntry. A damaged zip entry is found only
  // at its end (CRC); reading it once before anything is committed keeps its
  // records out entirely. A small enough entry is kept from that read, so it
  // is inflated only once.
  void Run(const chatgpt::ExportFile& file, VerifiedEntry verified) {
    fc_.import_id = BeginImportRow(conn_, summary_.run_id, file);
    std::unique_ptr<chatgpt::InflatedEntry> inflated = std::move(verified.inflated);
    if (const auto& zip_error = verified.error) {
      fc_.error = "zip entry " + file.entry_name + " of " + file.container_path +
                  " is damaged (" + *zip_error + "); nothing of it was imported";
      Reject({fc_.path, -1, "", 0, fc_.error});
      fc_.rejected--;  // a file error, reported as the file's error
      FinishImportRow("failed", fc_.error);
      return;
    }
    try {
      chatgpt::ScanResult result;
      {
        // The next records are parsed on another thread while this one writes.
        ScanAhead scan(file, opts_.batch_bytes * 2, inflated.get());
        for (bool more = true; more;) {
          auto ev = scan.Next();
          switch (ev.kind) {
            case ScanAhead::Event::Kind::kConversation:
              Add(std::move(ev.conversation), ev.pos);
              break;
            case ScanAhead::Event::Kind::kRejected:
              Reject({fc_.path, static_cast<int64_t>(ev.rejected.index),
                      ev.rejected.conversation_id, ev.rejected.byte_offset, ev.rejected.reason});
              break;
            case ScanAhead::Event::Kind::kEnd:
              result = std::move(ev.result);
              more = false;
              break;
          }
        }
      }
      FlushBatch();
      // The file's search rows may still be written: RunImport drains the
      // pipeline once, at the end (a conversation committed but not yet
      // indexed stays in search_pending until then).
      fc_.sha256 = result.sha256;
      fc_.bytes = result.bytes;
      if (result.fatal) {
        fc_.error = *result.fatal;
        Reject({fc_.path, -1, "", result.fatal_offset, *result.fatal});
        fc_.rejected--;  // the file error is not a record; it is reported as the file's error
      }
    } catch (const Error& e) {
      batch_.clear();
      FinishImportRow(e.kind() == ErrorKind::kInterrupted ? "interrupted" : "failed", e.what());
      throw;
    }
    FinishImportRow(!fc_.error.empty() ? "failed" : fc_.rejected ? "partial" : "ok", fc_.error);
  }

 private:
  void Add(chatgpt::Conversation&& c, const chatgpt::RecordPos& pos) {
    ThrowIfInterrupted();
    fc_.conversations++;
    for (const auto& m : c.messages) fc_.messages += m.has_message;
    for (const auto& m : c.messages)
      if (!m.content_type.empty())
        for (const auto& t : c.unknown_content_types)
          if (t == m.content_type) summary_.unknown_content_types[t]++;
    for (const auto& w : c.warnings) log::Debug(fc_.path + ": conversation " + c.id + ": " + w);
    for (const auto& r : c.repairs) Repaired(r.kind, r.count, c.id, pos, r.detail);
    if (!seen_ids_.insert(c.id).second)
      Repaired("duplicate_conversation_id", 1, c.id, pos,
               "conversation id " + c.id + " appears more than once in this file; the newest "
               "copy is kept");
    batch_bytes_ += pos.byte_length;
    batch_.push_back({std::move(c), pos});
    progress_.Update(bytes_before_ + pos.byte_offset + pos.byte_length, fc_.conversations,
                     "conversations");
    // A large conversation is written before the next event is asked for:
    // ScanAhead parses the next large record only then (scan_ahead.h), so
    // two are never held at once.
    if (batch_.size() >= opts_.batch_conversations || batch_bytes_ >= opts_.batch_bytes ||
        pos.byte_length > chatgpt::ConversationParser::kLargeRecordBytes)
      FlushBatch();
  }

  // Every repair is counted by kind (summary, --json, import_repairs); the
  // first few of each kind are kept with their position.
  void Repaired(const std::string& kind, size_t count, const std::string& id,
                const chatgpt::RecordPos& pos, const std::string& detail) {
    fc_.repairs[kind] += count;
    size_t& shown = examples_per_kind_[kind];
    if (shown >= 3 || summary_.repair_examples.size() >= 100) return;
    ++shown;
    summary_.repair_examples.push_back(
        {fc_.path, static_cast<int64_t>(pos.index), id, pos.byte_offset, kind, detail});
  }

  void Reject(RejectedRecord r) {
    log::Warn(r.Describe());
    fc_.rejected++;
    if (summary_.rejections.size() < 1000) summary_.rejections.push_back(r);
    RecordRejection(conn_, fc_.import_id, rejection_seq_++, r);
  }

  struct Pending {
    chatgpt::Conversation conv;
    chatgpt::RecordPos pos;
  };

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

  void FlushBatch() {
    if (batch_.empty()) return;
    ThrowIfInterrupted();
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
    for (size_t i = 0; i < batch_.size(); ++i) {
      const auto& c = batch_[i].conv;
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
        case Action::kUnchanged: fc_.unchanged++; break;
        case Action::kOlder: fc_.older++; break;
        case Action::kRejectNoNodes: RejectNoNodes(batch_[i], s->second.message_count); break;
        case Action::kUpdateSameTime: same_time_.insert(i); writes.push_back(i); break;
        default: writes.push_back(i);
      }
    }
    WriteAll(writes, stored);
    batch_.clear();
    same_time_.clear();
    batch_bytes_ = 0;
  }

  // A version without nodes never replaces one with nodes (it would have
  // deleted every stored message): the record is refused, the stored one kept.
  void RejectNoNodes(const Pending& p, int stored_nodes) {
    const std::string& m = p.conv.mapping_state;
    Reject({fc_.path, static_cast<int64_t>(p.pos.index), p.conv.id, p.pos.byte_offset,
            "this newer version has no nodes (mapping is " +
                (m == "missing" ? std::string("missing") : m == "{}" ? "empty: {}" : m) +
                ") while the stored version has " + std::to_string(stored_nodes) +
                "; not imported, the stored messages are kept (an import never deletes them)"});
  }

  // One transaction for the batch; when it fails, each conversation alone so
  // that only the one at fault is rejected.
  void WriteAll(const std::vector<size_t>& writes,
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

  // A write the database refused is the record's fault only while the
  // server still answers; a lost connection or a server going away ends the
  // run (exit 1) instead of rejecting every record that follows.
  bool ConnectionAlive() {
    try {
      return conn_.QueryInt("SELECT 1").value_or(0) == 1;
    } catch (const Error&) {
      return false;
    }
  }

  void FinishImportRow(const std::string& status, const std::string& error) {
    fc_.status = status;
    importer::FinishImportRow(conn_, fc_, summary_.repair_examples, status, error);
  }

  db::Connection& conn_;
  ConversationStore store_;
  const ImportOptions& opts_;
  ImportSummary& summary_;
  FileCounts& fc_;
  Progress& progress_;
  uint64_t bytes_before_;
  IndexPipeline* pipeline_;  // null: each batch indexes in its own transaction
  std::vector<Pending> batch_;
  std::shared_ptr<std::vector<Pending>> current_batch_;  // the batch being written
  std::shared_ptr<DeferredIndex> deferred_;  // its index job, once handed to the pipeline
  std::unordered_set<std::string> seen_ids_;  // conversation ids read from this file
  std::unordered_map<std::string, size_t> examples_per_kind_;
  std::unordered_set<size_t> same_time_;  // batch_ entries replacing a version of equal time
  size_t batch_bytes_ = 0;
  int rejection_seq_ = 0;
};

}  // namespace

void RunImport(db::Connection& conn, const ImportOptions& opts, ImportSummary* out) {
  auto start = std::chrono::steady_clock::now();
  ImportSummary& summary = *out;
  summary = ImportSummary{};
  summary.run_id = NewRunId();
  std::vector<chatgpt::ExportFile> files = chatgpt::FindExportFiles(opts.paths);
  // A file that cannot be an export fails the run before anything is written.
  for (const auto& f : files) chatgpt::CheckIsExport(f);
  // The first file is inflated and checked (another thread) while the
  // database is made ready below.
  auto verify = [&opts](const chatgpt::ExportFile& f) {
    return VerifyAhead(f, opts.inflate_in_memory_bytes);
  };
  std::future<VerifiedEntry> next;
  if (!files.empty()) next = verify(files[0]);
  for (auto& gap : chatgpt::ShardNumberingGaps(files)) {
    log::Warn(gap);
    summary.warnings.push_back(std::move(gap));
  }
  // Under the job lock no other import runs, so a row still 'running' is
  // from a run that was killed or lost its connection before it could say so.
  int64_t stale = MarkAbandonedImports(conn);
  if (stale > 0)
    log::Info("marked " + std::to_string(stale) + " unfinished earlier import row(s) as aborted");
  // Conversations an earlier import committed but did not index yet.
  db::RetryOnLockConflict(conn, "import", [&] { return search::Index(conn); }).CatchUp();
  // The search rows go in on a second connection while the next batch loads.
  std::unique_ptr<IndexPipeline> pipeline;
  try {
    pipeline = std::make_unique<IndexPipeline>(conn.config());
  } catch (const Error& e) {
    log::Debug(std::string("no second connection (") + e.what() +
               "); each batch is indexed in its own transaction");
  }
  uint64_t total_bytes = 0;
  for (const auto& f : files) total_bytes += f.size;
  Progress progress(opts.progress, "import", total_bytes);
  uint64_t done_bytes = 0;
  auto finish = [&] {
    summary.totals.status = summary.complete() ? "ok" : "partial";
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& f = files[i];
    log::Debug("importing " + f.display_name);
    FileCounts& fc = summary.files.emplace_back();
    fc.path = f.display_name;
    try {
      VerifiedEntry verified = next.get();
      if (i + 1 < files.size()) next = verify(files[i + 1]);
      FileImport(conn, opts, summary, fc, progress, done_bytes, pipeline.get())
          .Run(f, std::move(verified));
    } catch (...) {
      AddCounts(summary.totals, fc);  // what this file committed before the end
      finish();
      throw;
    }
    done_bytes += f.size;
    AddCounts(summary.totals, fc);
  }
  try {
    if (pipeline) pipeline->Drain();  // every conversation is searchable
  } catch (...) {
    finish();
    throw;
  }
  progress.Finish();
  finish();
}

}  // namespace chatbeto::importer
