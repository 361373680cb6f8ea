#include "util/progress.h"

#include <cstdio>

namespace chatbeto {

Progress::Progress(bool enabled, std::string label, uint64_t total_bytes)
    : enabled_(enabled), label_(std::move(label)), total_(total_bytes) {}

Progress::~Progress() { Finish(); }

void Progress::Update(uint64_t bytes, uint64_t items, const char* item_name) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  double pct = total_ ? 100.0 * static_cast<double>(bytes) / static_cast<double>(total_) : 0;
  std::fprintf(stderr, "\r%s: %.1f/%.1f MB (%3.0f%%), %llu %s   ", label_.c_str(),
               static_cast<double>(bytes) / 1e6, static_cast<double>(total_) / 1e6, pct,
               static_cast<unsigned long long>(items), item_name);
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
