// search/hits.h: grouping documents by conversation range, and the shown order.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "search/hits.h"

namespace chatbeto::search {
namespace {

TEST(SearchHits, GroupsByRangeAndDropsDocumentsOutsideEveryRange) {
  // Conversations at 10..15, 20..21 and 40..49; 30..39 was replaced.
  std::vector<DocRange> ranges = {{10, 15}, {20, 21}, {40, 49}};
  Grouped g = GroupByRange({3, 10, 11, 15, 16, 21, 30, 35, 41, 49, 50, 99}, ranges);
  EXPECT_EQ(g.live, (DocList{10, 11, 15, 21, 41, 49}));
  ASSERT_EQ(g.groups.size(), 3u);
  EXPECT_EQ(g.groups[0].range, 0u);
  EXPECT_EQ(g.groups[0].end - g.groups[0].begin, 3u);
  EXPECT_EQ(g.groups[1].range, 1u);
  EXPECT_EQ(g.live[g.groups[1].begin], 21u);
  EXPECT_EQ(g.groups[2].range, 2u);
  EXPECT_EQ(g.groups[2].end, g.live.size());
}

TEST(SearchHits, RangesWithoutHitsAndEmptyInputs) {
  std::vector<DocRange> ranges = {{2, 3}, {4, 9}, {10, 11}};
  Grouped g = GroupByRange({10}, ranges);
  ASSERT_EQ(g.groups.size(), 1u);
  EXPECT_EQ(g.groups[0].range, 2u);
  EXPECT_TRUE(GroupByRange({}, ranges).groups.empty());
  EXPECT_TRUE(GroupByRange({1, 5}, {}).live.empty());
  // Length of a range: documents, visible (odd) or not.
  EXPECT_EQ(RangeDocs({(7u << 1), (9u << 1) | 1u}), 3u);
}

TEST(SearchHits, TopByScoreAsksTieDataOnlyForWhatCanBeShown) {
  std::vector<double> score = {1.0, 3.0, 2.0, 2.0, 2.0, 0.5};
  std::vector<int> newest = {9, 1, 5, 7, 6, 8};  // tie data: higher is newer
  std::vector<size_t> asked;
  auto fill = [&](const std::vector<size_t>& need) { asked = need; };
  auto tie = [&](size_t a, size_t b) {
    EXPECT_TRUE(std::count(asked.begin(), asked.end(), a) && std::count(asked.begin(), asked.end(), b));
    return newest[a] > newest[b];
  };
  // Two shown: 1 (3.0), then the newest of the three tied at 2.0 (3).
  EXPECT_EQ(TopByScore(score, 2, fill, tie), (std::vector<size_t>{1, 3}));
  EXPECT_EQ(std::set<size_t>(asked.begin(), asked.end()), (std::set<size_t>{1, 2, 3, 4}));
  // All shown when the limit is larger; all scores equal: the tie order alone.
  EXPECT_EQ(TopByScore(score, 10, fill, tie), (std::vector<size_t>{1, 3, 4, 2, 0, 5}));
  EXPECT_EQ(TopByScore(std::vector<double>(6, 0.0), 3, fill, tie), (std::vector<size_t>{0, 5, 3}));
  EXPECT_EQ(asked.size(), 6u);
  EXPECT_TRUE(TopByScore({}, 3, fill, tie).empty());
}

}  // namespace
}  // namespace chatbeto::search
