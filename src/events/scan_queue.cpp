#include "events/scan_queue.h"

#include <algorithm>

namespace chatbeto::events {

std::vector<int64_t> ScanQueue::Next(size_t n, const Lister& list) {
  std::lock_guard<std::mutex> lock(mu_);
  if (pos_ == batch_.size() && !done_) {
    batch_ = list(cursor_);
    pos_ = 0;
    done_ = batch_.empty();
  }
  const size_t take = std::min(std::max<size_t>(n, 1), batch_.size() - pos_);
  std::vector<int64_t> out(batch_.begin() + static_cast<std::ptrdiff_t>(pos_),
                           batch_.begin() + static_cast<std::ptrdiff_t>(pos_ + take));
  pos_ += take;
  if (!out.empty()) cursor_ = out.back();
  return out;
}

}  // namespace chatbeto::events
