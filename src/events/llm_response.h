// Reading what the model answered to an llm_request.h request. The answer is
// untrusted input: every event is checked against the window it came from
// and rejected, with a named reason, unless
//   - the output is a JSON object holding exactly the schema's fields with
//     the right types (strict mode should guarantee it; we do not rely on it);
//   - its source ids are window messages (at least one, at most 50);
//   - the title is 1..200 characters of UTF-8 without control characters;
//   - each `when` fragment occurs verbatim (ASCII case aside) in a window
//     message, and chatbeto's own parser (temporal.h), given the fragments
//     joined by spaces and the time of the earliest message holding one,
//     finds a day or a time in them that is not in the past.
// A refusal part or a response with status "incomplete" / "failed" is an
// outcome, not an error. Pure.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/extract.h"
#include "events/llm_request.h"

namespace chatbeto::events {

enum class LlmAnswerKind { kOutput, kRefusal, kIncomplete, kFailed };

struct LlmAnswer {
  LlmAnswerKind kind = LlmAnswerKind::kFailed;
  std::string response_id;
  std::string output_text;  // kOutput: the output_text parts joined
  std::string detail;       // refusal text, incomplete reason or error message (cut to 300 bytes)
};

// Reads a POST /responses body. Throws Error(kNetwork) when it is not a
// response object (not JSON, no "output" array), like openai/wire.h.
LlmAnswer ParseLlmAnswer(std::string_view body);

// Reasons an event (or the whole output) is rejected; names are stable
// (they appear in --json).
enum class LlmReject {
  kNotJson,           // the output text is not a JSON object
  kSchema,            // missing, extra or wrongly typed field
  kTooManyEvents,     // more than kLlmMaxEvents: the rest are dropped
  kNoSourceIds,
  kUnknownMessageId,  // a source id that is not a window message
  kBadTitle,          // empty, too long, control characters
  kWhenNotVerbatim,   // a fragment found in no message
  kWhenUnresolved,    // our parser finds no day or time in it
  kInThePast,         // it resolves to a time before its message
  kDuplicate,         // same start and title as an earlier event of the answer
};
const char* LlmRejectName(LlmReject r);

struct LlmRejection {
  LlmReject reason;
  int index = -1;      // the event's position in the answer, -1 for the whole output
  std::string detail;  // what was wrong (cut, never the whole answer)
};

struct LlmValidated {
  std::vector<ExtractedEvent> events;  // origin = the smallest source id
  std::vector<LlmRejection> rejected;
};

// Checks and resolves the model's output for window `w`.
LlmValidated ValidateLlmOutput(std::string_view output_text, const LlmWindow& w);

}  // namespace chatbeto::events
