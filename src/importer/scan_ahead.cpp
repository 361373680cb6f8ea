#include "importer/scan_ahead.h"

#include <utility>

namespace chatbeto::importer {

ScanAhead::ScanAhead(const chatgpt::ExportFile& file, uint64_t max_bytes,
                     chatgpt::InflatedEntry* inflated, chatgpt::KnownSource known_source)
    : ScanAhead(
          [file, inflated, known = std::move(known_source)](
              const chatgpt::OnConversation& on_conversation,
              const chatgpt::OnRejected& on_rejected, const std::function<void()>& before_large) {
            return chatgpt::ScanExportFile(file, on_conversation, on_rejected, inflated,
                                           before_large, known);
          },
          max_bytes) {}

ScanAhead::ScanAhead(Scanner scan, uint64_t max_bytes)
    : max_bytes_(max_bytes), scan_(std::move(scan)), reader_([this] { Read(scan_); }) {}

ScanAhead::~ScanAhead() {
  {
    std::lock_guard lock(mu_);
    cancel_ = true;
  }
  changed_.notify_all();
  reader_.join();
}

void ScanAhead::Read(const Scanner& scan) {
  try {
    auto result = scan(
        [&](chatgpt::Conversation&& c, const chatgpt::RecordPos& pos) {
          Event e;
          e.kind = Event::Kind::kConversation;
          e.conversation = std::move(c);
          e.pos = pos;
          Push(std::move(e), pos.byte_length);
        },
        [&](const chatgpt::Rejected& r) {
          Event e;
          e.kind = Event::Kind::kRejected;
          e.rejected = r;
          Push(std::move(e), 0);
        },
        [&] { WaitForIdleConsumer(); });
    Event end;
    end.kind = Event::Kind::kEnd;
    end.result = std::move(result);
    Push(std::move(end), 0);
  } catch (const Cancelled&) {
    return;  // the consumer is gone; nobody waits for more
  } catch (...) {
    std::lock_guard lock(mu_);
    error_ = std::current_exception();
  }
  std::lock_guard lock(mu_);
  finished_ = true;
  changed_.notify_all();
}

void ScanAhead::Push(Event&& e, uint64_t bytes) {
  std::unique_lock lock(mu_);
  // Always let one record through, however large, so a giant conversation
  // cannot block the reader forever.
  changed_.wait(lock,
                [&] { return cancel_ || queue_.empty() || queued_bytes_ + bytes <= max_bytes_; });
  if (cancel_) throw Cancelled{};
  queued_bytes_ += bytes;
  queue_.emplace_back(std::move(e), bytes);
  changed_.notify_all();
}

// The consumer takes events one at a time and writes a large conversation
// before it asks for the next event (chatgpt_import.cpp), so "waiting in
// Next() with nothing queued" means it holds no large conversation.
void ScanAhead::WaitForIdleConsumer() {
  std::unique_lock lock(mu_);
  changed_.wait(lock, [&] { return cancel_ || (queue_.empty() && consumer_waiting_); });
  if (cancel_) throw Cancelled{};
}

ScanAhead::Event ScanAhead::Next() {
  std::unique_lock lock(mu_);
  consumer_waiting_ = true;
  changed_.notify_all();
  changed_.wait(lock, [&] { return !queue_.empty() || finished_; });
  consumer_waiting_ = false;
  if (queue_.empty()) {
    if (error_) std::rethrow_exception(error_);
    // finished_ without kEnd or an error cannot happen; treat as the end.
    return Event{};
  }
  auto [event, bytes] = std::move(queue_.front());
  queue_.pop_front();
  queued_bytes_ -= bytes;
  changed_.notify_all();
  return std::move(event);
}

std::future<VerifiedEntry> VerifyAhead(const chatgpt::ExportFile& file, uint64_t keep_bytes) {
  return std::async(std::launch::async, [&file, keep_bytes] {
    VerifiedEntry v;
    v.error = chatgpt::VerifyZipEntry(file, keep_bytes, &v.inflated);
    return v;
  });
}

}  // namespace chatbeto::importer
