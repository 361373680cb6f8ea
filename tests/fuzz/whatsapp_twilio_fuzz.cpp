// Fuzz target for Twilio logs (RecordSplitter + ReadTwilioLine, ParseForm,
// ParseTimestamp). Besides not crashing, checks: a rejected line says why; a
// message has its MessageSid, a "twilio:" conversation, a time, and its line
// as raw; times parsed from text are inside DATETIME's range.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "whatsapp/records.h"
#include "whatsapp/twilio.h"

using namespace chatbeto::whatsapp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  RecordSplitter split(text);
  Record rec;
  const int64_t file_time = 1700000000LL * 1000000;
  while (split.Next(rec)) {
    TwilioRecord r = ReadTwilioLine(rec.text, file_time, "fuzz:" + std::to_string(rec.line));
    switch (r.kind) {
      case TwilioRecord::Kind::kRejected: CHECK(!r.reason.empty()); break;
      case TwilioRecord::Kind::kStatus: break;
      case TwilioRecord::Kind::kMessage:
        CHECK(!r.message.sid.empty());
        CHECK(r.message.chat_key.rfind("twilio:", 0) == 0 && r.message.chat_key.size() > 7);
        CHECK(r.message.received_at_us.has_value());
        if (r.untimed) CHECK(*r.message.received_at_us == file_time);
        CHECK(r.message.raw == rec.text);
        break;
    }
    if (auto f = ParseForm(rec.text)) CHECK(!f->empty());
  }
  if (auto t = ParseTimestamp(text)) {
    CHECK(*t > -62167219200LL * 1000000);           // after year 0
    CHECK(*t < 253402300800LL * 1000000 + 86400000000LL * 2);  // before 10000
  }
  return 0;
}
