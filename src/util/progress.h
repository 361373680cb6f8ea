// A one-line progress indicator on stderr ("\r" updates, at most 10 per
// second): bytes done of total, items, rate and time left. Disabled (no
// output at all) unless stderr is a terminal and the user did not ask for
// --no-progress / -q / --json; see Context::ShowProgress.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

namespace chatbeto {

class Progress {
 public:
  Progress(bool enabled, std::string label, uint64_t total_bytes);
  ~Progress();
  void Update(uint64_t bytes_done, uint64_t items_done, const char* item_name);
  void Finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::string label_;
  uint64_t total_;
  bool started_ = false;
  std::chrono::steady_clock::time_point start_{}, last_{};
};

}  // namespace chatbeto
