#include <gtest/gtest.h>

#include "cli/app.h"

namespace chatbeto::cli {
namespace {

TEST(CliClosestName, SuggestsNearCommands) {
  std::vector<std::string> names = {"import", "doctor", "db", "stats", "search"};
  EXPECT_EQ(ClosestName("improt", names), "import");
  EXPECT_EQ(ClosestName("docter", names), "doctor");
  EXPECT_EQ(ClosestName("stat", names), "stats");
  EXPECT_EQ(ClosestName("zzzzzzzz", names), "");
}

}  // namespace
}  // namespace chatbeto::cli
