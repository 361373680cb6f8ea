#include "openai/rate_limiter.h"

#include <algorithm>
#include <charconv>
#include <thread>

#include "openai/retry_policy.h"
#include "util/signals.h"

namespace chatbeto::openai {

RateLimiter::RateLimiter(double rpm) {
  if (rpm > 0)
    interval_ = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(60.0 / rpm));
}

RateLimiter::Clock::time_point RateLimiter::Reserve(Clock::time_point now) {
  std::lock_guard<std::mutex> lock(mu_);
  Clock::time_point slot = std::max({now, next_, paused_until_});
  Clock::duration step = interval_;
  if (slot < header_until_) step = std::max(step, header_interval_);
  next_ = slot + step;
  return slot;
}

void RateLimiter::Acquire() {
  auto slot = Reserve(Clock::now());
  while (!Interrupted()) {
    auto now = Clock::now();
    if (now >= slot) return;
    std::this_thread::sleep_for(std::min<Clock::duration>(slot - now, std::chrono::milliseconds(100)));
  }
}

void RateLimiter::Observe(const HttpResponse& r, Clock::time_point now) {
  std::string rem = r.Header("x-ratelimit-remaining-requests");
  auto reset = ParseDuration(r.Header("x-ratelimit-reset-requests"));
  if (rem.empty() || !reset) return;
  long remaining = -1;
  auto [p, ec] = std::from_chars(rem.data(), rem.data() + rem.size(), remaining);
  if (ec != std::errc() || remaining < 0) return;
  auto until = now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(*reset));
  std::lock_guard<std::mutex> lock(mu_);
  if (remaining == 0) {
    paused_until_ = std::max(paused_until_, until);
    return;
  }
  // Spread what is left over the time to the reset, so the window never runs dry.
  header_interval_ = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(*reset / double(remaining)));
  header_until_ = until;
}

void RateLimiter::PauseUntil(Clock::time_point until) {
  std::lock_guard<std::mutex> lock(mu_);
  paused_until_ = std::max(paused_until_, until);
}

void InterruptibleSleep(double seconds) {
  auto end = std::chrono::steady_clock::now() +
             std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                 std::chrono::duration<double>(seconds));
  while (!Interrupted()) {
    auto now = std::chrono::steady_clock::now();
    if (now >= end) return;
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
        end - now, std::chrono::milliseconds(100)));
  }
}

}  // namespace chatbeto::openai
