// Twilio WhatsApp inbound webhooks, as a receiver saved them: one request
// body per line, form-encoded (MessageSid=SM…&From=whatsapp%3A%2B…) or a JSON
// object of the same fields. Pure.
//  - From / To lose their "whatsapp:" prefix; the conversation is the
//    contact's number ("twilio:+34…");
//  - Twilio sends no time: a line's own received_at (ISO 8601 or Unix
//    seconds) is used, else the caller's default (the file's time), and the
//    message counts as untimed;
//  - status callbacks (MessageStatus / SmsStatus other than "received") are
//    skipped and counted; unknown fields stay in the raw line.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "whatsapp/message.h"

namespace chatbeto::whatsapp {

// "a=1&b=x+y%21" -> {a: "1", b: "x y!"}. nullopt when a %-escape is broken
// or there is no '='.
std::optional<std::map<std::string, std::string>> ParseForm(std::string_view line);

// ISO 8601 ("2024-01-20T10:15:00Z", "+01:00", fractions; no zone = UTC) or
// Unix seconds -> UTC microseconds; nullopt when neither.
std::optional<int64_t> ParseTimestamp(std::string_view s);

struct TwilioRecord {
  enum class Kind { kMessage, kStatus, kRejected } kind = Kind::kRejected;
  Message message;
  bool untimed = false;  // received_at came from `default_time_us`
  std::string reason;    // kRejected
};

// One line of a Twilio log. `source` names it ("file:line").
TwilioRecord ReadTwilioLine(std::string_view line, int64_t default_time_us,
                            const std::string& source);

}  // namespace chatbeto::whatsapp
