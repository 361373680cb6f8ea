// "Export chat" text (Android .txt, iOS _chat.txt) -> messages. Pure: works
// on the file's bytes in memory (the caller maps the file), two passes:
//   1. ScanExportText: the header layout and the date order, from the whole
//      file (O(1) memory);
//   2. ExportTextReader: one message at a time, multi-line bodies joined with
//      '\n', markers read (export_body.h), local times to UTC, and a stable
//      message_sid so re-imports and overlapping exports add nothing.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/sha256.h"
#include "whatsapp/date_order.h"
#include "whatsapp/export_header.h"
#include "whatsapp/local_time.h"
#include "whatsapp/message.h"

namespace chatbeto::whatsapp {

struct TextScan {
  int64_t headers = 0;     // message headers in the file's layout
  std::string layout;      // the first header's text: the file's layout (Layout)
  DateOrderEvidence::Verdict verdict;
};

// Pass 1. headers == 0 means the text is not an export. `done_upto`, when
// given, is told every few MB that the bytes before an offset were read (the
// caller can let go of them).
TextScan ScanExportText(std::string_view text,
                        const std::function<void(size_t)>& done_upto = nullptr);

// True when one of the first lines of `head` starts with an export header.
bool LooksLikeExportText(std::string_view head);

struct ExportTextOptions {
  std::string file;       // named in rejections and Message::source
  std::string chat_key;   // "export:<chat name>"
  std::string chat_name;
  std::string me;         // --me (compared by MatchKey); "" = nobody
  DateOrder order = DateOrder::kDmy;  // resolved: kDmy, kMdy or kYmd
  std::string layout;     // TextScan::layout
};

// The message_sid of an exported message: "x-" + SHA-256 over the chat key,
// the local wall-clock time, the sender, the body as written and the
// occurrence of that (time, sender, body) within the export.
std::string ExportMessageSid(std::string_view chat_key, std::string_view local_time,
                             std::string_view sender, std::string_view body, int occurrence);

class ExportTextReader {
 public:
  // `text` and `zone` must outlive the reader.
  ExportTextReader(std::string_view text, ExportTextOptions opts, ZoneConverter& zone);

  // The next message; false at the end. Lines that cannot be read (a header
  // with an impossible date, text before the first message) are recorded in
  // rejections() and skipped.
  bool Next(Message& out);
  const std::vector<Rejection>& rejections() const { return rejections_; }
  int64_t lines() const { return line_no_; }
  // Bytes before this offset will not be looked at again.
  size_t done_upto() const { return have_pending_ ? pending_.begin : pos_; }

 private:
  struct Pending {
    Header header;
    int64_t line = 0;
    size_t begin = 0;  // offset of the header line
    size_t rest = 0;   // offset of the text after the header
  };
  // Turns the pending span [begin, end) into `out`; false when rejected.
  bool Finish(const Pending& p, size_t end, Message& out);
  void Reject(int64_t line, std::string reason, std::string_view record);

  std::string_view text_;
  ExportTextOptions opts_;
  Layout layout_;
  ZoneConverter& zone_;
  std::string me_key_;
  size_t pos_ = 0;
  int64_t line_no_ = 0;
  bool have_pending_ = false;
  Pending pending_;
  size_t pending_end_ = 0;
  std::vector<Rejection> rejections_;
  // Occurrences of (sender, body) at the current local minute/second.
  std::string occ_time_;
  std::unordered_map<uint64_t, int> occurrences_;  // by hash of sender + body
  Sha256 hasher_;
};

}  // namespace chatbeto::whatsapp
