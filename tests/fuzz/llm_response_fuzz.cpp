// Fuzz target for the checks of a model's answer (events/llm_response.h):
// untrusted bytes from the network and from the model. The input is read
// both as a whole POST /responses body and as the model's output text for a
// fixed window. Besides not crashing, checks: a body that cannot be read is
// Error(kNetwork); only an output answer carries output text; every accepted
// event cites window messages only (its origin the smallest), has a 1..200
// character title and a start not before the window's first message; no
// more than 20 events are read; every rejection has a reason name.
#include <cstdint>
#include <string>
#include <string_view>

#include "events/llm_request.h"
#include "events/llm_response.h"
#include "events/temporal_calendar.h"
#include "fuzz_check.h"
#include "openai/wire.h"
#include "util/error.h"

using namespace chatbeto;
using namespace chatbeto::events;

namespace {

const LlmWindow& Window() {
  static const LlmWindow w = [] {
    LlmWindow x;
    x.conversation_id = 1;
    const char* bodies[] = {"Quiero agendar una reunión", "El viernes a las 10", "Revisión del proyecto",
                            "Let's have lunch tomorrow at 1pm", "ayer a las 8 fuimos al cine"};
    for (int i = 0; i < 5; ++i) x.messages.push_back({i + 1, i % 2 ? "Ana" : "Luis", bodies[i], {2025, 3, 5, 9, i, 0}});
    return x;
  }();
  return w;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  try {
    LlmAnswer a = ParseLlmAnswer(in);
    CHECK(a.kind == LlmAnswerKind::kOutput || a.output_text.empty());
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kNetwork);
  }
  const LlmWindow& w = Window();
  LlmValidated v = ValidateLlmOutput(in, w);
  CHECK(v.events.size() <= kLlmMaxEvents);
  const int64_t first = detail::ToSeconds(detail::DateOnly(w.messages.front().local_time));
  for (const ExtractedEvent& e : v.events) {
    CHECK(!e.source_message_ids.empty());
    CHECK(e.origin_message_id == e.source_message_ids.front());
    for (int64_t id : e.source_message_ids) CHECK(id >= 1 && id <= 5);
    size_t chars = openai::Utf8Length(e.title);
    CHECK(chars >= 1 && chars <= kLlmMaxTitleChars);
    CHECK(detail::ToSeconds(e.start) >= first);
  }
  for (const LlmRejection& r : v.rejected) CHECK(std::string(LlmRejectName(r.reason)) != "unknown");
  return 0;
}
