#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "util/error.h"
#include "util/workers.h"

namespace chatbeto {
namespace {

struct Counts {
  int calls = 0, units = 0;
  void Add(const Counts& o) {
    calls += o.calls;
    units += o.units;
  }
};

TEST(UtilWorkers, EveryWorkerRunsOnceAndTheirStatsAreSummed) {
  for (int n : {1, 2, 5}) {
    std::atomic<int> next{0};
    Counts total = SumWorkers<Counts>(n, "test", [&](int, const std::atomic<bool>& stop) {
      Counts c{1, 0};
      while (!stop && next++ < 100) c.units++;
      return c;
    });
    EXPECT_EQ(total.calls, n);
    EXPECT_EQ(total.units, 100);  // every unit claimed exactly once
  }
}

TEST(UtilWorkers, WorkerZeroRunsOnTheCallingThreadTheOthersNot) {
  const auto caller = std::this_thread::get_id();
  std::mutex mu;
  std::set<int> on_caller, elsewhere;
  RunWorkers(3, "test", [&](int index, const std::atomic<bool>&) {
    std::lock_guard<std::mutex> lock(mu);
    (std::this_thread::get_id() == caller ? on_caller : elsewhere).insert(index);
  });
  EXPECT_EQ(on_caller, std::set<int>{0});
  EXPECT_EQ(elsewhere, (std::set<int>{1, 2}));
  int calls = 0;
  RunWorkers(0, "test", [&](int index, const std::atomic<bool>&) { calls += index == 0; });
  EXPECT_EQ(calls, 1);  // fewer than one worker counts as one
}

TEST(UtilWorkers, TheFirstErrorIsRethrownAfterTheOthersStop) {
  std::atomic<int> stopped{0}, started{0};
  try {
    RunWorkers(3, "test", [&](int index, const std::atomic<bool>& stop) {
      // Worker 1 fails once the others run (a failure before a worker is
      // started means it is never started: RunWorkers stops starting them).
      if (index == 1) {
        while (started < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        throw Error(ErrorKind::kDatabase, "worker 1 failed");
      }
      started++;
      // The others run until asked to stop: RunWorkers must not return before.
      while (!stop) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      stopped++;
    });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kDatabase);
    EXPECT_STREQ(e.what(), "worker 1 failed");
  }
  EXPECT_EQ(stopped, 2);
}

TEST(UtilWorkers, AnotherExceptionBecomesAnInternalErrorNamingTheRun) {
  try {
    (void)SumWorkers<Counts>(2, "scan", [](int index, const std::atomic<bool>&) -> Counts {
      if (index == 0) throw std::runtime_error("boom");
      return {};
    });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInternal);
    EXPECT_STREQ(e.what(), "scan: boom");
  }
}

}  // namespace
}  // namespace chatbeto
