// The conversations one `whatsapp scan` run lists, handed out to its workers
// in runs of consecutive ids (events/scanner.cpp). A worker's transaction
// thus holds neighbouring conversations, whose messages were mostly imported
// together: its marks name them by a few id ranges and its read goes along
// the primary key (events/scan_rows.h). Splitting by id % workers instead
// gave each transaction every other conversation, and the server about a
// quarter more CPU per message with 2 workers than with 1.
// Thread-safe; no I/O of its own (listing is the caller's function).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <vector>

namespace chatbeto::events {

class ScanQueue {
 public:
  // Lists conversation ids above `after` in ascending order, a batch at a
  // time; an empty list means there are no more.
  using Lister = std::function<std::vector<int64_t>(int64_t after)>;

  // The next up to `n` (at least 1) ids, ascending, none handed out before.
  // When the listed batch is used up, calls `list` with the last id handed
  // out (under the queue's lock, so one worker lists while the others
  // wait). Empty once a listing found nothing: the run is over.
  std::vector<int64_t> Next(size_t n, const Lister& list);

 private:
  std::mutex mu_;
  std::vector<int64_t> batch_;
  size_t pos_ = 0;
  int64_t cursor_ = 0;
  bool done_ = false;
};

}  // namespace chatbeto::events
