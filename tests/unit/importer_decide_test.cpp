#include <gtest/gtest.h>

#include "importer/decide.h"

namespace chatbeto::importer {
namespace {

StoredVersion V(std::optional<int64_t> t, int n, std::string h) { return {t, n, std::move(h)}; }

struct Case {
  const char* name;
  std::optional<StoredVersion> stored;
  StoredVersion incoming;
  Action want;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class ImporterDecide : public ::testing::TestWithParam<Case> {};

TEST_P(ImporterDecide, Table) { EXPECT_EQ(Decide(GetParam().stored, GetParam().incoming), GetParam().want); }

INSTANTIATE_TEST_SUITE_P(
    Rules, ImporterDecide,
    ::testing::Values(
        Case{"new", std::nullopt, V(10, 3, "a"), Action::kInsert},
        Case{"same_hash", V(10, 3, "a"), V(10, 3, "a"), Action::kUnchanged},
        Case{"same_hash_even_if_time_differs", V(10, 3, "a"), V(99, 3, "a"), Action::kUnchanged},
        Case{"newer_export_updates", V(10, 3, "a"), V(11, 2, "b"), Action::kUpdate},
        Case{"older_export_never_overwrites", V(11, 3, "b"), V(10, 9, "a"), Action::kOlder},
        Case{"tie_more_messages_wins", V(10, 3, "b"), V(10, 4, "a"), Action::kUpdate},
        Case{"tie_fewer_messages_loses", V(10, 4, "a"), V(10, 3, "b"), Action::kOlder},
        Case{"tie_larger_hash_wins", V(10, 3, "a"), V(10, 3, "b"), Action::kUpdate},
        Case{"tie_smaller_hash_loses", V(10, 3, "b"), V(10, 3, "a"), Action::kOlder},
        Case{"missing_time_is_oldest", V(10, 1, "a"), V(std::nullopt, 9, "b"), Action::kOlder},
        Case{"time_beats_missing", V(std::nullopt, 9, "a"), V(1, 1, "b"), Action::kUpdate}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ImporterDecideOrder, OutcomeIndependentOfReadingOrder) {
  // Whatever order copies arrive in, the same copy ends up stored.
  std::vector<StoredVersion> copies = {V(10, 3, "a"), V(10, 3, "c"), V(9, 8, "z"), V(10, 2, "y")};
  std::vector<int> idx = {0, 1, 2, 3};
  std::string expected;
  do {
    std::optional<StoredVersion> stored;
    for (int i : idx)
      if (Action a = Decide(stored, copies[i]); a == Action::kInsert || a == Action::kUpdate)
        stored = copies[i];
    if (expected.empty()) expected = stored->content_hash;
    EXPECT_EQ(stored->content_hash, expected);
  } while (std::next_permutation(idx.begin(), idx.end()));
  EXPECT_EQ(expected, "c");
}

}  // namespace
}  // namespace chatbeto::importer
