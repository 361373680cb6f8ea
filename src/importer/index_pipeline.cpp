#include "importer/index_pipeline.h"

#include "db/connection.h"
#include "db/retry.h"
#include "util/error.h"

namespace chatbeto::importer {

IndexPipeline::IndexPipeline(const db::DbConfig& config) {
  thread_ = std::thread([this, config] { Run(config); });
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return ready_ || error_; });
  if (error_) {
    lock.unlock();
    thread_.join();
    std::rethrow_exception(error_);
  }
}

IndexPipeline::~IndexPipeline() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void IndexPipeline::RethrowLocked() {
  if (error_) std::rethrow_exception(error_);
}

void IndexPipeline::Push(std::shared_ptr<DeferredIndex> index) {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return queue_.empty() || error_; });
  if (error_) return;  // Drain rethrows it; the batch's conversations stay pending
  queue_.push_back({std::move(index)});
  cv_.notify_all();
}

void IndexPipeline::Drain() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return (queue_.empty() && !busy_) || error_; });
  RethrowLocked();
}

void IndexPipeline::Run(db::DbConfig config) {
  std::unique_ptr<db::Connection> conn;
  try {
    conn = db::Connection::Open(config, /*create_database=*/false);
  } catch (...) {
    std::lock_guard<std::mutex> lock(mu_);
    error_ = std::current_exception();
    cv_.notify_all();
    return;
  }
  std::unique_lock<std::mutex> lock(mu_);
  ready_ = true;
  cv_.notify_all();
  for (;;) {
    cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
    if (stop_) return;
    Job job = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    cv_.notify_all();  // Push may queue the next batch now
    lock.unlock();
    std::exception_ptr failed;
    try {
      Write(*conn, job);
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    if (failed) error_ = failed;
    cv_.notify_all();
    if (failed) return;
  }
}

namespace {

bool BatchCommitted(const DeferredIndex& d) {
  try {
    return d.batch_committed.get();
  } catch (const std::future_error&) {
    return false;  // the batch's writer went away without saying
  }
}

}  // namespace

void IndexPipeline::Write(db::Connection& conn, Job& job) {
  DeferredIndex& d = *job.index;
  std::vector<search::PreparedDocs> parts;
  do parts.push_back(d.prepare->Next());
  while (!d.prepare->done());
  d.prepare.reset();
  d.keep.reset();  // the batch's conversations: no longer read
  db::RetryOnLockConflict(conn, "import search index", [&] {
    db::Transaction tx(conn);
    try {
      search::WriteRows(conn, d.ids, parts);
    } catch (const Error&) {
      // Rows the batch's own transaction refused too (it is then written
      // again a conversation at a time, each indexed with it).
      if (!BatchCommitted(d)) return;
      throw;
    }
    // Only now: until the batch has committed, its search_pending rows are
    // its own (unlisting them would wait for it, and it for nothing here).
    if (!BatchCommitted(d)) return;  // rolled back: so are these rows
    search::Unlist(conn, d.ids);
    tx.Commit();
  });
}

}  // namespace chatbeto::importer
