// `whatsapp import`: each input (export text, export zip, Cloud API log,
// Twilio log, or "-" for standard input) is detected from its content, read
// by its reader into the one message model, and written in batches, each in
// its own transaction; then edits/revokes/reactions and statuses are applied
// and the touched conversations' figures refreshed. Messages already stored
// (same message_sid) are left alone, so re-running adds nothing.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "whatsapp/date_order.h"
#include "whatsapp/message.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::whatsapp {

struct ImportOptions {
  std::vector<std::string> paths;
  std::string chat;                   // --chat: the export's chat name
  DateOrder order = DateOrder::kAuto; // --date-order
  std::string tz;                     // --tz ("" = the system zone)
  std::string me;                     // --me: the exporting user's name
  size_t batch = 1000;                // messages per transaction
};

struct FileReport {
  std::string path, kind, chat;
  std::string time_zone;              // exports: the zone local times were read in
  std::string date_order;             // exports: dmy / mdy / ymd
  bool date_order_decided = true;
  std::string date_order_reason;
  size_t messages = 0, inserted = 0, existing = 0, rejected = 0;
  size_t statuses = 0, skipped = 0;  // Cloud API statuses read; Twilio status callbacks skipped
  std::vector<std::string> notes;     // e.g. "times taken from the file's modification time"
};

struct ImportSummary {
  std::vector<FileReport> files;
  std::vector<Rejection> rejections;
  // Files found in a directory given that are no chat export or webhook log.
  std::vector<std::string> skipped;
  size_t messages = 0, inserted = 0, existing = 0;
  size_t modified = 0;          // messages changed by edits / revokes / reaction removals
  size_t statuses_matched = 0;  // delivery statuses whose message is stored
  double seconds = 0;
  bool complete() const { return rejections.empty(); }
};

// A directory given stands for the .txt and .zip files directly in it
// (ExpandInputPaths); those of no known kind are skipped (ImportSummary::skipped).
// Throws Error(kUsage) for an input given that does not exist or is of no known
// kind (checked for every path before anything is written), kDatabase /
// kInterrupted from the batches (the batch in progress is rolled back).
// `conn` null: a dry run that reads and checks everything, writes nothing
// (FileReport::inserted then counts the messages that would be offered).
ImportSummary RunWhatsappImport(db::Connection* conn, const ImportOptions& opts);

}  // namespace chatbeto::whatsapp
