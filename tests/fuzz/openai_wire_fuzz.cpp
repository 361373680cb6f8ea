// Fuzz target for the parsers of OpenAI's answers (openai/wire.h) and the
// retry policy's header parsing: untrusted bytes from the network. Besides
// not crashing, checks: failures are Error(kNetwork); a parsed item list with
// has_more has a cursor; every parsed item has a type; a parsed conversation
// id is non-empty and at most 100 bytes; durations are finite and >= 0.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "openai/retry_policy.h"
#include "openai/wire.h"
#include "util/error.h"

using namespace chatbeto;
using namespace chatbeto::openai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  try {
    auto page = ParseItemList(body);
    CHECK(!page.has_more || !page.last_id.empty());
    for (const auto& it : page.data) CHECK(!it.type.empty());
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kNetwork);
  }
  try {
    auto id = ParseConversationId(body);
    CHECK(!id.empty() && id.size() <= 100);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kNetwork);
  }
  try {
    auto r = ParseResponse(body);
    for (const auto& it : r.output) CHECK(!it.type.empty());
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::kNetwork);
  }
  ParseErrorBody(body);
  std::string head(body.substr(0, 64));
  if (auto d = ParseDuration(head)) CHECK(std::isfinite(*d) && *d >= 0);
  HttpResponse r;
  r.status = 429;
  r.headers["retry-after"] = head;
  if (auto w = ServerRetryAfter(r, 1700000000)) CHECK(std::isfinite(*w) && *w >= 0);
  return 0;
}
