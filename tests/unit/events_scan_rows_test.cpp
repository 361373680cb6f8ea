// The pure parts of the scan's SQL (events/scan_rows.h): which rows the
// marking UPDATE selects. The UPDATE itself runs in the e2e scan tests. And
// the queue that hands listed conversations to the workers (scan_queue.h).
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <thread>

#include "events/scan_queue.h"
#include "events/scan_rows.h"

namespace chatbeto::events {
namespace {

using Runs = std::vector<std::pair<int64_t, int64_t>>;

TEST(IdRuns, GroupsConsecutiveIdsWhateverTheirOrderAndRepeats) {
  EXPECT_EQ(IdRuns({9, 3, 5, 4, 4}), (Runs{{3, 5}, {9, 9}}));
  EXPECT_EQ(IdRuns({1, 2, 3, 4}), (Runs{{1, 4}}));
  EXPECT_EQ(IdRuns({}), Runs{});
  // Interleaved chats (webhooks): every other id is another conversation's.
  EXPECT_EQ(IdRuns({10, 12, 14}), (Runs{{10, 10}, {12, 12}, {14, 14}}));
}

TEST(IdRunsCondition, NamesExactlyTheGivenIds) {
  // A run never spans an id that is not given: 6 and 7 are left out.
  EXPECT_EQ(IdRunsCondition({3, 4, 5, 8, 9, 12}),
            "(m.id BETWEEN 3 AND 5 OR m.id BETWEEN 8 AND 9 OR m.id IN (12))");
  EXPECT_EQ(IdRunsCondition({7}), "(m.id IN (7))");
  EXPECT_EQ(IdRunsCondition({20, 10, 30}), "(m.id IN (10,20,30))");
  EXPECT_EQ(IdRunsCondition({1, 2}), "(m.id BETWEEN 1 AND 2)");
}

}  // namespace
}  // namespace chatbeto::events

namespace chatbeto::events {
namespace {

// A listing of ids 1..last in batches of `batch`, recording where each began.
struct FakeListing {
  int64_t last;
  int64_t batch;
  std::vector<int64_t> afters;
  std::vector<int64_t> operator()(int64_t after) {
    afters.push_back(after);
    std::vector<int64_t> out;
    for (int64_t id = after + 1; id <= last && id <= after + batch; ++id) out.push_back(id);
    return out;
  }
};

TEST(ScanQueue, HandsOutConsecutiveRunsAndListsFromTheLastIdHandedOut) {
  FakeListing listing{7, 5, {}};
  ScanQueue q;
  auto list = [&](int64_t after) { return listing(after); };
  EXPECT_EQ(q.Next(3, list), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(q.Next(3, list), (std::vector<int64_t>{4, 5}));  // the batch's rest, not across batches
  EXPECT_EQ(q.Next(0, list), (std::vector<int64_t>{6}));     // at least one
  EXPECT_EQ(q.Next(9, list), (std::vector<int64_t>{7}));
  EXPECT_TRUE(q.Next(9, list).empty());
  EXPECT_TRUE(q.Next(9, list).empty());  // over: no listing after an empty one
  EXPECT_EQ(listing.afters, (std::vector<int64_t>{0, 5, 7}));
}

TEST(ScanQueue, WorkersTogetherTakeEveryIdExactlyOnce) {
  FakeListing listing{10000, 500, {}};
  ScanQueue q;
  std::mutex mu;
  std::map<int64_t, int> taken;
  std::atomic<bool> gaps{false};
  auto worker = [&](size_t n) {
    auto list = [&](int64_t after) { return listing(after); };  // under the queue's lock
    for (std::vector<int64_t> ids; !(ids = q.Next(n, list)).empty();) {
      for (size_t i = 1; i < ids.size(); ++i)
        if (ids[i] != ids[i - 1] + 1) gaps = true;
      std::lock_guard<std::mutex> lock(mu);
      for (int64_t id : ids) ++taken[id];
    }
  };
  std::thread a(worker, 32), b(worker, 7);
  a.join();
  b.join();
  EXPECT_FALSE(gaps);
  ASSERT_EQ(taken.size(), 10000u);
  for (const auto& [id, times] : taken) ASSERT_EQ(times, 1) << id;
}

}  // namespace
}  // namespace chatbeto::events
