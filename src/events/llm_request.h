// The request `whatsapp scan --llm` sends for one conversation window:
// POST /responses with a strict JSON-schema structured output. Pure: no I/O,
// no clock; the same window always gives the same bytes.
//
// What is sent (and nothing else): the model, the instructions, the
// conversation's zone and UTC offset, the reference time (the window's last
// message) with its weekday, and each message as "[id] weekday date time
// sender: text". `store` is false, so OpenAI keeps no copy as a stored
// response. The model is asked for, per event: the title, the date/time
// expression copied verbatim (one fragment per message it comes from), the
// language, the status and the source message ids. chatbeto resolves the
// expression with its own parser (llm_response.h), never the model's dates.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/extract.h"

namespace chatbeto::events {

struct LlmWindow {
  int64_t conversation_id = 0;
  std::string time_zone = "UTC";   // IANA name
  int utc_offset_minutes = 0;      // of the zone at the reference time
  std::vector<ChatMessage> messages;  // by time; context first, then the new ones
};

struct LlmRequestOptions {
  std::string model = "gpt-4.1-mini";
  int max_output_tokens = 2000;    // a longer answer is cut: status "incomplete"
  size_t max_body_chars = 2000;    // each message's text is cut to this many characters
};

// Limits the validator enforces (and the instructions state).
inline constexpr size_t kLlmMaxEvents = 20;
inline constexpr size_t kLlmMaxTitleChars = 200;

// The JSON schema of the answer (strict: every property required,
// additionalProperties false at every level), as a JSON text.
std::string LlmEventsSchema();

// The text of the user turn: zone, reference time, messages.
std::string LlmWindowText(const LlmWindow& w, const LlmRequestOptions& o);

// The whole POST /responses body. Throws Error(kInternal) for an empty window.
std::string LlmRequestBody(const LlmWindow& w, const LlmRequestOptions& o);

// "Wednesday 2025-03-05 09:06"
std::string LlmFormatTime(const LocalTime& t);
// "+01:00" / "-03:30"
std::string LlmFormatOffset(int minutes);

}  // namespace chatbeto::events
