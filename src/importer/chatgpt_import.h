// `chatbeto import`: ChatGPT exports (zip, folder, conversations.json,
// shards) into the database. The pipeline per file:
//   stream -> split array -> parse conversation -> decide (new / changed /
//   unchanged / older) -> write in batched transactions -> record in imports.
// A conversation goes in whole or not at all. A record that cannot be read is
// rejected (named by file, index, id, byte offset) and the run goes on;
// invalid JSON stops that file, keeping what was committed before it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::importer {

struct ImportOptions {
  std::vector<std::string> paths;
  bool progress = false;
  size_t batch_conversations = 250;         // per transaction
  size_t batch_bytes = size_t{16} << 20;    // JSON bytes per transaction
  // A zip entry up to this size is inflated once, into memory (checked, then
  // parsed from there; the pages are given back as the parse moves on);
  // a larger one is inflated twice (a check pass, then the import), streamed.
  uint64_t inflate_in_memory_bytes = uint64_t{128} << 20;
};

struct RejectedRecord {
  std::string file;
  int64_t index = -1;  // position in the file's array; -1 for a whole-file error
  std::string conversation_id;
  uint64_t byte_offset = 0;
  std::string reason;
  std::string Describe() const;  // "file: record 3 (id x) at byte 120: reason"
};

// A repair the reader made so that a record could go in (chatgpt::Repair),
// where it was made. The summary keeps the first few of each kind.
struct RepairExample {
  std::string file;
  int64_t index = -1;
  std::string conversation_id;
  uint64_t byte_offset = 0;
  std::string kind;
  std::string detail;
};

struct FileCounts {
  std::string path;
  uint64_t bytes = 0;
  std::string sha256;
  int64_t import_id = 0;
  size_t conversations = 0, inserted = 0, updated = 0, unchanged = 0, older = 0, rejected = 0;
  size_t messages = 0, messages_written = 0;
  size_t updated_same_time = 0;  // of `updated`: same update_time, different content
  size_t nodes_kept_absent = 0;  // stored nodes a newer version lacks, kept (not deleted)
  std::map<std::string, size_t> repairs;  // kind -> count (chatgpt::Repair kinds,
                                          // plus duplicate_conversation_id)
  std::string status;  // ok, partial (rejections), failed (file stopped early)
  std::string error;   // why the file stopped early
};

struct ImportSummary {
  std::string run_id;
  std::vector<FileCounts> files;
  FileCounts totals;
  std::map<std::string, size_t> unknown_content_types;  // type -> messages
  std::vector<RejectedRecord> rejections;
  std::vector<RepairExample> repair_examples;  // up to 3 per kind
  std::vector<std::string> warnings;  // about the input as a whole (e.g. shard gaps)
  double seconds = 0;
  bool complete() const { return totals.rejected == 0 && totals.error.empty(); }
};

// Runs the import; the caller holds the "import" job lock (db/job_lock.h),
// so imports rows left 'running' by an earlier run are marked 'aborted'.
// Fills *summary as it goes: after a throw it holds what was committed.
// Throws, before writing anything, Error(kUsage) for a missing path or one
// that is no zip / folder / .json, Error(kInvalidInput) for a file that is
// not an export (empty, not a JSON array, unreadable, encrypted); then
// Error(kInterrupted) after rolling back the current batch on SIGINT/SIGTERM,
// Error(kDatabase) when the database fails as a whole.
// A zip entry failing its CRC check, or a file whose array breaks, is a
// file error (FileCounts::error); nothing of a damaged zip entry goes in.
void RunImport(db::Connection& conn, const ImportOptions& opts, ImportSummary* summary);

}  // namespace chatbeto::importer
