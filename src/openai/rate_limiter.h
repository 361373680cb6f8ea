// Paces requests shared by all workers of a run: at most `rpm` request starts
// per minute, spread evenly (no bursts), plus slowing down on the server's
// x-ratelimit-remaining-requests / x-ratelimit-reset-requests headers before
// it has to answer 429. Thread-safe.
#pragma once
#include <chrono>
#include <mutex>

#include "openai/http_client.h"

namespace chatbeto::openai {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // rpm <= 0: no cap of our own (the headers still apply).
  explicit RateLimiter(double rpm = 0);

  // Blocks until this caller may start a request (interruptible: returns
  // early when SIGINT/SIGTERM arrived; the caller checks).
  void Acquire();
  // The start time the next Acquire() would get, and reserves it. Pure of
  // sleeping, for tests.
  Clock::time_point Reserve(Clock::time_point now);
  // Reads the rate-limit headers of a response.
  void Observe(const HttpResponse& r, Clock::time_point now);
  // Holds every caller until `until` (a 429's Retry-After applies to all).
  void PauseUntil(Clock::time_point until);

 private:
  std::mutex mu_;
  Clock::duration interval_{};
  Clock::time_point next_{};
  Clock::time_point paused_until_{};
  Clock::duration header_interval_{};  // spreading what the headers say is left
  Clock::time_point header_until_{};
};

// Sleeps `seconds`, waking early on SIGINT/SIGTERM.
void InterruptibleSleep(double seconds);

}  // namespace chatbeto::openai
