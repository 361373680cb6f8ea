// Runs a fixed number of workers to completion, the first one on the calling
// thread, and reports the first failure. Used where each worker owns its
// own database connection and claims work by itself (whatsapp scan, scan --llm).
#pragma once
#include <atomic>
#include <functional>
#include <mutex>
#include <string>

namespace chatbeto {

// Calls work(index, stop) for index 0..n-1 (n < 1 counts as 1): index 0 on
// the calling thread, the others each on a thread of their own, and returns
// once every call has returned.
// When a call throws, `stop` is set so that the others can end early (they
// should check it between units of work); after all have returned, the first
// exception is rethrown: a chatbeto::Error as it is, any other std::exception
// as Error(kInternal, "<what>: " + its what()).
// A thread that cannot be started counts as a failure (Error(kInternal)):
// `stop` is set and the calls already under way still return first.
void RunWorkers(int n, const std::string& what,
                const std::function<void(int index, const std::atomic<bool>& stop)>& work);

// RunWorkers where each call returns its own statistics: returns their sum
// (Stats::Add, in the order the calls return). On a failure the statistics
// are dropped with the rethrow.
template <typename Stats, typename Work>
Stats SumWorkers(int n, const std::string& what, Work&& work) {
  std::mutex mu;
  Stats total;
  RunWorkers(n, what, [&](int index, const std::atomic<bool>& stop) {
    Stats s = work(index, stop);
    std::lock_guard<std::mutex> lock(mu);
    total.Add(s);
  });
  return total;
}

}  // namespace chatbeto
