// One file of an import (RunImport, chatgpt_import.h): reads its records on
// another thread (ScanAhead), decides per batch which ones replace what is
// stored (decide.h; duplicate ids within the file by the same rule) and
// writes them in one transaction per batch, each alone when a batch fails so
// that only the record at fault is rejected. Counts go into `fc`,
// rejections into `summary`. Internal to the importer.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "chatgpt/export_reader.h"
#include "chatgpt/parse.h"
#include "importer/chatgpt_import.h"
#include "importer/conversation_store.h"
#include "importer/decide.h"
#include "importer/index_pipeline.h"
#include "importer/scan_ahead.h"
#include "util/progress.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::importer {

class FileImport {
 public:
  FileImport(db::Connection& conn, const ImportOptions& opts, ImportSummary& summary,
             FileCounts& fc, Progress& progress, uint64_t bytes_before, IndexPipeline* pipeline);

  // `verified`: the file's VerifiedEntry. A damaged zip entry is found only
  // at its end (CRC); reading it once before anything is committed keeps its
  // records out entirely. A small enough entry is kept from that read, so it
  // is inflated only once.
  void Run(const chatgpt::ExportFile& file, VerifiedEntry verified);

 private:
  struct Pending {
    chatgpt::Conversation conv;
    chatgpt::RecordPos pos;
    // Unparsed, and the database holds it as read from the same bytes.
    std::optional<StoredVersion> stored_from_source;
  };

  // Takes the next record of the file; writes the batch when it is full or
  // the record is large.
  void Add(chatgpt::Conversation&& c, const chatgpt::RecordPos& pos);

  // A parsed conversation's messages, content types, warnings and repairs.
  void Account(const chatgpt::Conversation& c, const chatgpt::RecordPos& pos);

  // Parses a record the reader left unparsed (ResolveUnparsed); false when
  // it is rejected.
  bool ParseNow(Pending& p);

  // Every repair is counted by kind (summary, --json, import_repairs); the
  // first few of each kind are kept with their position.
  void Repaired(const std::string& kind, size_t count, const std::string& id,
                const chatgpt::RecordPos& pos, const std::string& detail);

  void Reject(RejectedRecord r);

  // Decides what each record of the batch does (duplicate ids in it first)
  // and writes those that replace or add a conversation.
  void FlushBatch();

  // Unparsed records: confirmed unchanged, else parsed now; rejected ones
  // leave the batch.
  void ResolveBatch();

  // A version without nodes never replaces one with nodes (it would have
  // deleted every stored message): the record is refused, the stored one kept.
  void RejectNoNodes(const Pending& p, int stored_nodes);

  // One transaction for the batch; when it fails, each conversation alone so
  // that only the one at fault is rejected.
  void WriteAll(const std::vector<size_t>& writes,
                const std::unordered_map<std::string, StoredVersion>& stored);

  // A write the database refused is the record's fault only while the
  // server still answers; a lost connection or a server going away ends the
  // run (exit 1) instead of rejecting every record that follows.
  bool ConnectionAlive();

  void FinishImportRow(const std::string& status, const std::string& error);

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
  std::unique_ptr<chatgpt::ConversationParser> parser_;  // for ParseNow, made on first use
  size_t batch_bytes_ = 0;
  int rejection_seq_ = 0;
};

}  // namespace chatbeto::importer
