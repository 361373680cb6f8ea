// The search rows of the importer's batches, written on a second database
// connection while the next batch loads on the first (the index's LOAD DATA
// was a third of the import's time on the critical path).
//
// Consistency (schema/0017_search_pending.sql): a batch's transaction lists
// its new conversations in search_pending. Before its rows load, Push hands
// their search rows here while they are still being prepared (on a thread
// of their own, from the batch in memory, which the job keeps alive until
// then); the pipeline waits for them, and one transaction on the second
// connection writes them (search::IndexWriter, which replaces whatever the
// index held for them) while the batch loads on the first. That transaction
// then waits for the batch's (DeferredIndex::batch_committed): after a
// commit it unlists the conversations and commits; after a rollback it
// rolls back too (and an error writing the rows then does not count: the
// batch is written again a conversation at a time, each indexed in its own
// transaction). It touches search_pending only after the batch has ended,
// and the batch's transaction writes none of the other tables it writes, so
// the batch never waits for it. The last batch's rows thus no longer load
// alone after it. A batch that replaces stored conversations is indexed in
// its own transaction as before, after Drain, so that rows of an older
// version never land after those of a newer one. When the import stops in
// between, the conversations stay listed and the next import or search
// indexes them first (search::Index::CatchUp).
#pragma once
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "db/url.h"
#include "importer/conversation_store.h"
#include "search/index.h"

namespace chatbeto::importer {

class IndexPipeline {
 public:
  // Connects to `config` on its own thread. Throws Error(kDatabase) when it
  // cannot connect (the caller then indexes in the batch's transaction).
  explicit IndexPipeline(const db::DbConfig& config);
  // Stops after the job in progress; queued jobs stay listed as pending.
  ~IndexPipeline();
  IndexPipeline(const IndexPipeline&) = delete;
  IndexPipeline& operator=(const IndexPipeline&) = delete;

  // Queues the rows of a batch's conversations (`index->ids`, prepared from
  // exactly their messages with text by `index->prepare`), to be committed
  // once `index->batch_committed` says the batch was. Waits while a job is
  // already queued, so at most two batches' rows are held. Does not queue
  // after the worker failed (Drain rethrows its error; the conversations
  // stay listed as pending).
  void Push(std::shared_ptr<DeferredIndex> index);
  // Waits until every queued job is written. Rethrows the worker's error
  // (Error(kDatabase)); the conversations not written stay pending.
  void Drain();

 private:
  struct Job {
    std::shared_ptr<DeferredIndex> index;
  };
  void Run(db::DbConfig config);
  void Write(db::Connection& conn, Job& job);
  void RethrowLocked();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> queue_;
  bool busy_ = false, stop_ = false, ready_ = false;
  std::exception_ptr error_;
  std::thread thread_;
};

}  // namespace chatbeto::importer
