#include "openai/retry_policy.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace chatbeto::openai {
namespace {

std::optional<double> ParseNumber(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v) || v < 0)
    return std::nullopt;
  return v;
}

// RFC 7231 IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
std::optional<std::time_t> ParseHttpDate(const std::string& s) {
  std::tm tm{};
  char mon[4] = {};
  char wday[4] = {};
  if (sscanf(s.c_str(), "%3s, %d %3s %d %d:%d:%d GMT", wday, &tm.tm_mday, mon, &tm.tm_year,
             &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 7)
    return std::nullopt;
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  tm.tm_mon = -1;
  for (int i = 0; i < 12; ++i)
    if (std::string_view(mon) == kMonths[i]) tm.tm_mon = i;
  if (tm.tm_mon < 0 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
      tm.tm_sec > 60)
    return std::nullopt;
  tm.tm_year -= 1900;
  return timegm(&tm);
}

bool IsConnectionError(int curl_code) {
  return curl_code != CURLE_OK;
}

}  // namespace

std::optional<double> ParseDuration(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double total = 0;
  while (!s.empty()) {
    size_t n = 0;
    while (n < s.size() && (std::isdigit(static_cast<unsigned char>(s[n])) || s[n] == '.')) ++n;
    if (n == 0) return std::nullopt;
    auto v = ParseNumber(s.substr(0, n));
    if (!v) return std::nullopt;
    s.remove_prefix(n);
    double unit = 0;
    if (s.starts_with("ms")) unit = 1e-3, s.remove_prefix(2);
    else if (s.starts_with("us")) unit = 1e-6, s.remove_prefix(2);
    else if (s.starts_with("ns")) unit = 1e-9, s.remove_prefix(2);
    else if (s.starts_with("h")) unit = 3600, s.remove_prefix(1);
    else if (s.starts_with("m")) unit = 60, s.remove_prefix(1);
    else if (s.starts_with("s")) unit = 1, s.remove_prefix(1);
    else return std::nullopt;
    total += *v * unit;
  }
  return total;
}

std::optional<double> ServerRetryAfter(const HttpResponse& r, std::time_t now) {
  if (auto ms = ParseNumber(r.Header("retry-after-ms"))) return *ms / 1000.0;
  std::string ra = r.Header("retry-after");
  if (ra.empty()) return std::nullopt;
  if (auto secs = ParseNumber(ra)) return *secs;
  if (auto when = ParseHttpDate(ra)) return std::max(0.0, double(*when - now));
  return std::nullopt;
}

double Backoff(int retries_done, double jitter01, const RetryPolicy& p) {
  double wait = std::min(p.base_s * std::pow(2.0, std::min(retries_done, 30)), p.cap_s);
  return wait * (1.0 - 0.25 * std::clamp(jitter01, 0.0, 1.0)) * p.scale;
}

ApiErrorBody ParseErrorBody(std::string_view body) {
  ApiErrorBody e;
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("error") || !j["error"].is_object())
    return e;
  const auto& err = j["error"];
  auto str = [&](const char* k) {
    return err.contains(k) && err[k].is_string() ? err[k].get<std::string>() : std::string();
  };
  e.message = str("message");
  e.type = str("type");
  e.code = str("code");
  return e;
}

Decision Classify(const HttpResponse& r, int retries_done, bool idempotent,
                  const RetryPolicy& p, double jitter01, std::time_t now) {
  Decision d;
  if (r.transport_error == 0 && r.status >= 200 && r.status < 300) {
    d.outcome = Outcome::kSuccess;
    return d;
  }
  bool out_of_retries = retries_done >= p.max_retries;
  double backoff = Backoff(retries_done, jitter01, p);
  if (IsConnectionError(r.transport_error)) {
    d.reason = r.transport_message.empty() ? "connection error" : r.transport_message;
    d.delay_s = backoff;
    if (r.connect_failed || idempotent)
      d.outcome = out_of_retries ? Outcome::kFatal : Outcome::kRetry;
    else
      d.outcome = Outcome::kAmbiguous;
    return d;
  }
  d.reason = "HTTP " + std::to_string(r.status);
  std::string should = r.Header("x-should-retry");
  auto server_wait = ServerRetryAfter(r, now);
  bool retryable = r.status == 408 || r.status == 409 || r.status == 429 || r.status >= 500;
  if (should == "true") retryable = true;
  if (should == "false") retryable = false;
  if (r.status == 429) {
    auto err = ParseErrorBody(r.body);
    if (err.type == "insufficient_quota" || err.code == "insufficient_quota") {
      d.outcome = Outcome::kQuota;
      d.reason = "HTTP 429 insufficient_quota";
      return d;
    }
  }
  if (!retryable) {
    d.outcome = Outcome::kFatal;
    return d;
  }
  if (server_wait && *server_wait > p.max_retry_after_s) {
    d.outcome = Outcome::kWaitTooLong;
    d.delay_s = *server_wait;
    return d;
  }
  d.delay_s = server_wait ? *server_wait * p.scale : backoff;
  // 408/409/429 were refused before being applied; a 5xx after a POST may
  // have been applied all the same.
  bool may_be_applied = r.status >= 500 && !idempotent;
  if (may_be_applied) {
    d.outcome = Outcome::kAmbiguous;
  } else {
    d.outcome = out_of_retries ? Outcome::kFatal : Outcome::kRetry;
  }
  return d;
}

}  // namespace chatbeto::openai
