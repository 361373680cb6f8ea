#include <gtest/gtest.h>

#include "openai/rate_limiter.h"
#include "openai/retry_policy.h"

namespace chatbeto::openai {
namespace {

HttpResponse Status(int status, std::map<std::string, std::string> headers = {}, std::string body = "") {
  HttpResponse r;
  r.status = status;
  r.headers = std::move(headers);
  r.body = std::move(body);
  return r;
}

HttpResponse Transport(int code, bool connect_failed) {
  HttpResponse r;
  r.transport_error = code;
  r.transport_message = "boom";
  r.connect_failed = connect_failed;
  return r;
}

TEST(OpenaiRetry, BackoffDoublesToEightSecondsLessJitter) {
  RetryPolicy p;
  EXPECT_DOUBLE_EQ(Backoff(0, 0, p), 0.5);
  EXPECT_DOUBLE_EQ(Backoff(1, 0, p), 1.0);
  EXPECT_DOUBLE_EQ(Backoff(4, 0, p), 8.0);
  EXPECT_DOUBLE_EQ(Backoff(10, 0, p), 8.0);
  EXPECT_DOUBLE_EQ(Backoff(4, 0.999999, p), 8.0 * (1 - 0.25 * 0.999999));
}

TEST(OpenaiRetry, Table) {
  RetryPolicy p;
  std::time_t now = 1445412480;  // Wed, 21 Oct 2015 07:28:00 GMT
  struct Case {
    const char* name;
    HttpResponse r;
    bool idempotent;
    Outcome want;
    double delay;  // -1: not checked
  } cases[] = {
      {"200", Status(200), false, Outcome::kSuccess, -1},
      {"400 not retried", Status(400), true, Outcome::kFatal, -1},
      {"401 not retried", Status(401), false, Outcome::kFatal, -1},
      {"403", Status(403), false, Outcome::kFatal, -1},
      {"404", Status(404), true, Outcome::kFatal, -1},
      {"408 retried", Status(408), false, Outcome::kRetry, 0.5},
      {"409 retried", Status(409), false, Outcome::kRetry, 0.5},
      {"429 Retry-After seconds", Status(429, {{"retry-after", "3"}}), false, Outcome::kRetry, 3},
      {"429 retry-after-ms wins", Status(429, {{"retry-after-ms", "250"}, {"retry-after", "3"}}), false, Outcome::kRetry, 0.25},
      {"429 Retry-After date", Status(429, {{"retry-after", "Wed, 21 Oct 2015 07:28:07 GMT"}}), false, Outcome::kRetry, 7},
      {"429 without Retry-After backs off", Status(429), false, Outcome::kRetry, 0.5},
      {"429 Retry-After over 120 s skips", Status(429, {{"retry-after", "121"}}), false, Outcome::kWaitTooLong, 121},
      {"429 insufficient_quota stops", Status(429, {}, R"({"error":{"message":"quota","type":"insufficient_quota","code":"insufficient_quota"}})"), false, Outcome::kQuota, -1},
      {"500 GET retried", Status(500), true, Outcome::kRetry, 0.5},
      {"503 POST is ambiguous", Status(503), false, Outcome::kAmbiguous, 0.5},
      {"x-should-retry false", Status(503, {{"x-should-retry", "false"}}), true, Outcome::kFatal, -1},
      {"x-should-retry true on 400", Status(400, {{"x-should-retry", "true"}}), true, Outcome::kRetry, 0.5},
      {"connect failed POST retried", Transport(7, true), false, Outcome::kRetry, 0.5},
      {"timeout POST ambiguous", Transport(28, false), false, Outcome::kAmbiguous, 0.5},
      {"recv error GET retried", Transport(56, false), true, Outcome::kRetry, 0.5},
  };
  for (const auto& c : cases) {
    Decision d = Classify(c.r, 0, c.idempotent, p, 0, now);
    EXPECT_EQ(int(d.outcome), int(c.want)) << c.name;
    if (c.delay >= 0) {
      EXPECT_NEAR(d.delay_s, c.delay, 1e-9) << c.name;
    }
  }
}

TEST(OpenaiRetry, GivesUpAfterMaxRetries) {
  RetryPolicy p;
  p.max_retries = 2;
  EXPECT_EQ(Classify(Status(500), 1, true, p, 0, 0).outcome, Outcome::kRetry);
  EXPECT_EQ(Classify(Status(500), 2, true, p, 0, 0).outcome, Outcome::kFatal);
}

TEST(OpenaiRetry, ParsesRateLimitDurations) {
  EXPECT_DOUBLE_EQ(*ParseDuration("6m0s"), 360);
  EXPECT_DOUBLE_EQ(*ParseDuration("17ms"), 0.017);
  EXPECT_DOUBLE_EQ(*ParseDuration("1.5s"), 1.5);
  EXPECT_DOUBLE_EQ(*ParseDuration("1h2m3s"), 3723);
  for (const char* bad : {"", "s", "5", "5x", "-1s", "1s2"}) EXPECT_FALSE(ParseDuration(bad)) << bad;
}

TEST(OpenaiRateLimiter, SpacesStartsEvenly) {
  RateLimiter lim(600);  // one every 100 ms
  auto t0 = RateLimiter::Clock::now();
  auto a = lim.Reserve(t0), b = lim.Reserve(t0), c = lim.Reserve(t0);
  EXPECT_EQ(a, t0);
  EXPECT_EQ(b - a, std::chrono::milliseconds(100));
  EXPECT_EQ(c - b, std::chrono::milliseconds(100));
}

TEST(OpenaiRateLimiter, HeadersSlowItDownAndPause) {
  RateLimiter lim(0);
  auto t0 = RateLimiter::Clock::now();
  HttpResponse r = Status(200, {{"x-ratelimit-remaining-requests", "2"}, {"x-ratelimit-reset-requests", "1s"}});
  lim.Observe(r, t0);
  auto a = lim.Reserve(t0), b = lim.Reserve(t0);
  EXPECT_EQ(b - a, std::chrono::milliseconds(500));
  RateLimiter empty(0);
  empty.Observe(Status(200, {{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "6m0s"}}), t0);
  EXPECT_EQ(empty.Reserve(t0) - t0, std::chrono::minutes(6));
}

}  // namespace
}  // namespace chatbeto::openai
