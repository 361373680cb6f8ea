// What to do after one HTTP attempt: the retry rules of OpenAI's SDKs, plus
// the distinction chatbeto needs for "never a duplicate": a POST that failed
// after it may have been applied (timeout, dropped connection, 5xx, an
// unreadable body) is *ambiguous* and must not be resent blindly; the caller
// reconciles first. Pure: time and jitter are parameters.
#pragma once
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

#include "openai/http_client.h"

namespace chatbeto::openai {

struct RetryPolicy {
  int max_retries = 4;             // retries after the first attempt
  double max_retry_after_s = 120;  // a longer Retry-After skips instead of sleeping
  double base_s = 0.5, cap_s = 8;  // backoff min(base·2^n, cap) less up to 25 % jitter
  double scale = 1.0;              // multiplies every computed wait (tests shorten it)
};

enum class Outcome {
  kSuccess,        // 2xx
  kRetry,          // not applied (or safe to repeat): wait delay_s, send again
  kAmbiguous,      // a POST that may have been applied: reconcile before resending
  kFatal,          // 400/401/403/404/... or retries exhausted: do not repeat
  kQuota,          // 429 insufficient_quota: stop the whole run
  kWaitTooLong,    // Retry-After over the maximum: skip this conversation
};

struct Decision {
  Outcome outcome = Outcome::kFatal;
  double delay_s = 0;   // for kRetry / kAmbiguous / kWaitTooLong
  std::string reason;   // "HTTP 503", "timeout after 30 s", ...
};

// `retries_done` counts retries already made for this request; `idempotent`
// is true for GET/DELETE. `jitter01` is uniform in [0,1).
Decision Classify(const HttpResponse& r, int retries_done, bool idempotent,
                  const RetryPolicy& policy, double jitter01, std::time_t now);

// Wait asked for by the server: retry-after-ms, else Retry-After as seconds
// or an HTTP date (relative to `now`). nullopt when absent or unreadable.
std::optional<double> ServerRetryAfter(const HttpResponse& r, std::time_t now);

// min(base·2^n, cap) less up to 25 % jitter, times scale.
double Backoff(int retries_done, double jitter01, const RetryPolicy& policy);

// "6m0s", "17ms", "1.5s", "1h2m3s", "250us" -> seconds; nullopt otherwise.
std::optional<double> ParseDuration(std::string_view s);

// OpenAI's error body {"error":{"message","type","code"}}; fields "" when
// the body is not one.
struct ApiErrorBody {
  std::string message, type, code;
};
ApiErrorBody ParseErrorBody(std::string_view body);

}  // namespace chatbeto::openai
