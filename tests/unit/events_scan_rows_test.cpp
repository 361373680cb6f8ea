// The pure parts of the scan's SQL (events/scan_rows.h): which rows the
// marking UPDATE selects. The UPDATE itself runs in the e2e scan tests.
#include <gtest/gtest.h>

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
