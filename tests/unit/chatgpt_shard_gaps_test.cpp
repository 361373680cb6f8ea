#include <gtest/gtest.h>

#include "chatgpt/export_reader.h"

namespace chatbeto::chatgpt {
namespace {

ExportFile Zip(const std::string& entry) { return {"x.zip:" + entry, "x.zip", entry, 1}; }
ExportFile Plain(const std::string& path) { return {path, path, "", 1}; }

TEST(ChatgptShardGaps, ContiguousShardsHaveNoGap) {
  EXPECT_TRUE(ShardNumberingGaps({Zip("conversations-000.json"), Zip("conversations-001.json")}).empty());
  EXPECT_TRUE(ShardNumberingGaps({Plain("d/conversations.json")}).empty());
  EXPECT_TRUE(ShardNumberingGaps({Plain("d/conversations-000.json")}).empty());
}

TEST(ChatgptShardGaps, EachExportReportsItsOwnGaps) {
  auto gaps = ShardNumberingGaps({Zip("conversations-000.json"), Zip("conversations-005.json"),
                                  Plain("a/conversations-001.json"), Plain("b/conversations-000.json")});
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_NE(gaps[0].find("a: 1 shard(s) missing"), std::string::npos) << gaps[0];
  EXPECT_NE(gaps[0].find("conversations-000.json"), std::string::npos) << gaps[0];
  EXPECT_NE(gaps[1].find("x.zip: 4 shard(s) missing"), std::string::npos) << gaps[1];
  EXPECT_NE(gaps[1].find("conversations-001.json ... conversations-004.json"), std::string::npos);
}

}  // namespace
}  // namespace chatbeto::chatgpt
