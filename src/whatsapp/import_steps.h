// Internal to the importer: the batch writer and one step per input kind.
// Each step reads its input with the pure reader and writes through
// BatchWriter (one transaction per batch).
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "whatsapp/importer.h"
#include "whatsapp/store.h"

namespace chatbeto::whatsapp {

class BatchWriter {
 public:
  // `store` null: a dry run (messages are counted, nothing is written).
  BatchWriter(db::Connection* conn, Store* store, FileReport& report, std::string platform,
              std::string time_zone, size_t batch);
  void Add(Message&& m);
  // A message to fill in place (its strings' memory is reused batch after
  // batch), then Commit() it. Slot() again without Commit() gives the same one.
  Message& Slot();
  void Commit();
  void Flush();  // checks for SIGINT first

 private:
  db::Connection* conn_;
  Store* store_;
  FileReport& report_;
  std::string platform_, time_zone_;
  size_t batch_;
  std::vector<Message> pending_;  // slots; the first used_ are this batch
  size_t used_ = 0;
};

struct StepContext {
  db::Connection* conn;  // both null in a dry run
  Store* store;
  const ImportOptions& opts;
  FileReport& report;
  std::vector<Rejection>& rejections;
};

// Export text (from a file, stdin or a zip entry). `media`: attachment file
// names found beside the chat (zip) -> their entry path. `release`, when
// given, is told which leading bytes are no longer needed (InputBytes).
void ImportExportText(StepContext& s, std::string_view text, const std::string& chat,
                      const std::map<std::string, std::string>& media,
                      const std::function<void(size_t)>& release = nullptr);
// Cloud API log; delivery statuses are collected for the end of the run.
void ImportCloudLog(StepContext& s, std::string_view text, std::vector<StatusUpdate>& statuses);
// Twilio log; `file_time_us` stands in for the times Twilio does not send
// (`time_source` says what it is, e.g. "the file's modification time").
void ImportTwilioLog(StepContext& s, std::string_view text, int64_t file_time_us,
                     const std::string& time_source);

}  // namespace chatbeto::whatsapp
