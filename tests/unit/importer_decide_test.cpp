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
        Case{"same_time_incoming_wins", V(10, 4, "b"), V(10, 3, "a"), Action::kUpdateSameTime},
        Case{"same_time_incoming_wins_either_way", V(10, 3, "a"), V(10, 4, "b"),
             Action::kUpdateSameTime},
        Case{"newer_without_nodes_is_refused", V(10, 3, "a"), V(11, 0, "b"), Action::kRejectNoNodes},
        Case{"same_time_without_nodes_is_refused", V(10, 3, "a"), V(10, 0, "b"),
             Action::kRejectNoNodes},
        Case{"older_without_nodes_is_just_older", V(10, 3, "a"), V(9, 0, "b"), Action::kOlder},
        Case{"without_nodes_over_without_nodes", V(10, 0, "a"), V(11, 0, "b"), Action::kUpdate},
        Case{"new_without_nodes_goes_in", std::nullopt, V(11, 0, "b"), Action::kInsert},
        Case{"missing_time_is_oldest", V(10, 1, "a"), V(std::nullopt, 9, "b"), Action::kOlder},
        Case{"time_beats_missing", V(std::nullopt, 9, "a"), V(1, 1, "b"), Action::kUpdate}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ImporterDecideOrder, NewestWinsWhateverTheReadingOrder) {
  // Copies with distinct times: whatever order they arrive in, the newest ends up stored.
  std::vector<StoredVersion> copies = {V(10, 3, "a"), V(12, 3, "c"), V(9, 8, "z"), V(11, 2, "y")};
  std::vector<int> idx = {0, 1, 2, 3};
  do {
    std::optional<StoredVersion> stored;
    for (int i : idx) {
      Action a = Decide(stored, copies[i]);
      if (a == Action::kInsert || a == Action::kUpdate || a == Action::kUpdateSameTime)
        stored = copies[i];
    }
    EXPECT_EQ(stored->content_hash, "c");
  } while (std::next_permutation(idx.begin(), idx.end()));
}

}  // namespace
}  // namespace chatbeto::importer
