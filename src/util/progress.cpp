#include "util/progress.h"

#include <cstdio>

#include "util/text.h"

namespace chatbeto {

Progress::Progress(bool enabled, std::string label, uint64_t total_bytes)
    : enabled_(enabled), label_(std::move(label)), total_(total_bytes) {}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t bytes, uint64_t items, const char* item_name) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!started_) {
    started_ = true;
    start_ = now;
  }
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  double pct = total_ ? 100.0 * static_cast<double>(bytes) / static_cast<double>(total_) : 0;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0.5 ? static_cast<double>(bytes) / secs : 0;  // bytes/s, once it means something
  char eta[32] = "";
  if (rate > 0 && total_ > bytes)
    std::snprintf(eta, sizeof eta, ", %.0f s left", static_cast<double>(total_ - bytes) / rate);
  std::fprintf(stderr, "\r%s: %.1f/%.1f MB (%3.0f%%), %s %s, %.1f MB/s%s\033[K", label_.c_str(),
               static_cast<double>(bytes) / 1e6, static_cast<double>(total_) / 1e6, pct,
               WithThousands(items).c_str(), item_name, rate / 1e6, eta);
  std::fflush(stderr);
}

void Progress::Finish() {
  if (enabled_ && drawn_) {
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
  }
  drawn_ = false;
}

}  // namespace chatbeto
