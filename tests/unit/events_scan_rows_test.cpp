// The pure parts of the scan's SQL (events/scan_rows.h): which rows the
// marking UPDATE selects. The UPDATE itself runs in the e2e scan tests. And
// the queue that hands listed conversations to the workers (scan_queue.h).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <random>
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

// What the marking UPDATE computes from the steps: ELT(INTERVAL(id, bounds) + 1, values).
int64_t StepValue(const EventSteps& s, int64_t id) {
  auto k = std::upper_bound(s.bounds.begin(), s.bounds.end(), id) - s.bounds.begin();
  return s.values[static_cast<size_t>(k)];
}

TEST(StepsOf, ConsecutiveSourcesOfOneEventAreOneStep) {
  // Messages 8, 10-14 of event 501; 15-16 of event 502, right after; 40 of 503.
  std::map<int64_t, int64_t> of{{8, 501},  {10, 501}, {11, 501}, {12, 501}, {13, 501},
                                {14, 501}, {15, 502}, {16, 502}, {40, 503}};
  EventSteps s = StepsOf(of);
  EXPECT_EQ(s.bounds, (std::vector<int64_t>{8, 9, 10, 15, 17, 40, 41}));
  EXPECT_EQ(s.values, (std::vector<int64_t>{0, 501, 0, 501, 502, 0, 503, 0}));
  EXPECT_TRUE(StepsOf({}).bounds.empty());
  EXPECT_EQ(StepsOf({}).values, std::vector<int64_t>{0});
}

TEST(StepsOf, EverySourceGetsItsEventAndNoOtherIdGetsOne) {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::map<int64_t, int64_t> of;
    int64_t event = 1000;
    for (int64_t id = 1; id < 300; ++id) {
      if (rng() % 3 == 0) continue;     // not a source
      if (rng() % 4 == 0) ++event;      // the next event's sources
      if (rng() % 2 == 0) of[id] = event;
    }
    EventSteps s = StepsOf(of);
    ASSERT_EQ(s.values.size(), s.bounds.size() + 1);
    ASSERT_TRUE(std::is_sorted(s.bounds.begin(), s.bounds.end()));
    ASSERT_EQ(std::adjacent_find(s.bounds.begin(), s.bounds.end()), s.bounds.end());
    for (int64_t id = 0; id < 310; ++id) {
      auto it = of.find(id);
      ASSERT_EQ(StepValue(s, id), it == of.end() ? 0 : it->second) << "round " << round << " id " << id;
    }
    EXPECT_LE(s.bounds.size(), 2 * of.size());
  }
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
