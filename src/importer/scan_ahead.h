// Reads, splits and parses one export file on a background thread while the
// caller writes earlier records to the database, so the JSON work overlaps
// the server's (the import is otherwise serial: parse, then wait for the
// database). Records come out in file order, exactly as ScanExportFile
// delivers them. At most ~`max_bytes` of JSON (parsed, not yet taken) are
// held ahead, which bounds memory; and a large record (parse.h) is parsed
// only once the consumer has taken every event and waits in Next() for more.
// A consumer that writes (and lets go of) each large conversation before it
// calls Next() again thus never holds two at once (one being written while
// the next is parsed); the large record's parse then does not overlap the
// writes. VerifyAhead reads the next zip entry through (its CRC) the same way.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "chatgpt/export_reader.h"
#include "chatgpt/zip_archive.h"

namespace chatbeto::importer {

class ScanAhead {
 public:
  struct Event {
    enum class Kind { kConversation, kRejected, kEnd };
    Kind kind = Kind::kEnd;
    chatgpt::Conversation conversation;  // kConversation
    chatgpt::RecordPos pos;              // kConversation
    chatgpt::Rejected rejected;          // kRejected
    chatgpt::ScanResult result;          // kEnd: the file's totals, sha256, fatal error
  };

  // What runs on the reader thread: ScanExportFile of one file, or a test's
  // stand-in. It calls `before_large` before it parses a large record
  // (ScanExportFile's argument of that name); the call returns once the
  // consumer is idle (see above).
  using Scanner = std::function<chatgpt::ScanResult(
      const chatgpt::OnConversation&, const chatgpt::OnRejected&,
      const std::function<void()>& before_large)>;

  // Starts reading `file` (or running `scan`) at once; from `inflated` when
  // given (chatgpt::VerifyZipEntry's copy, which must outlive this).
  // `known_source`: as for ScanExportFile (called on the reader thread).
  ScanAhead(const chatgpt::ExportFile& file, uint64_t max_bytes,
            chatgpt::InflatedEntry* inflated = nullptr,
            chatgpt::KnownSource known_source = nullptr);
  ScanAhead(Scanner scan, uint64_t max_bytes);
  // Stops the reader (if still running) and waits for it.
  ~ScanAhead();
  ScanAhead(const ScanAhead&) = delete;
  ScanAhead& operator=(const ScanAhead&) = delete;

  // The next event, blocking until there is one. After kEnd, do not call
  // again. Rethrows what the reader threw (e.g. Error(kIo) for an unreadable
  // file) once the events before it have been taken.
  Event Next();

 private:
  struct Cancelled {};
  void Push(Event&& e, uint64_t bytes);
  void WaitForIdleConsumer();
  void Read(const Scanner& scan);

  const uint64_t max_bytes_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::pair<Event, uint64_t>> queue_;
  uint64_t queued_bytes_ = 0;
  bool cancel_ = false;
  bool finished_ = false;  // the reader pushed kEnd or failed
  bool consumer_waiting_ = false;  // in Next() with nothing queued
  std::exception_ptr error_;
  Scanner scan_;
  std::thread reader_;  // last: starts after the members above exist
};

// A zip entry read once through before anything of it is written
// (chatgpt::VerifyZipEntry): the error that damaged it, else, when it is at
// most `keep_bytes`, its inflated bytes (so that it is inflated only once).
struct VerifiedEntry {
  std::optional<std::string> error;
  std::unique_ptr<chatgpt::InflatedEntry> inflated;
};
// Reads `file` (which must outlive the future) so on another thread: the
// importer reads the next file's entry while the current one imports.
std::future<VerifiedEntry> VerifyAhead(const chatgpt::ExportFile& file, uint64_t keep_bytes);

}  // namespace chatbeto::importer
