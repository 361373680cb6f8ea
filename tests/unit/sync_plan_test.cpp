#include <gtest/gtest.h>

#include "sync/items.h"
#include "sync/plan.h"

namespace chatbeto::sync {
namespace {

using openai::MessageItem;
using openai::RemoteItem;

TEST(SyncItems, KeepsUserAndAssistantTextInOrderAndCountsTheRest) {
  std::vector<LocalMessage> path = {
      {"n0", "system", "you are", false},
      {"n1", "user", "hola", false},
      {"n2", "assistant", "", true},
      {"n3", "tool", "result", false},
      {"n4", "assistant", "buenas", false, {"plan.pdf"}},
      {"n5", "user", "  \n", false},
  };
  auto r = BuildItems(path);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_EQ(r.items[0], (MessageItem{"user", "hola"}));
  EXPECT_EQ(r.items[1], (MessageItem{"assistant", "buenas\n[file: plan.pdf]"}));
  EXPECT_EQ(r.skipped_role, 2);
  EXPECT_EQ(r.skipped_hidden, 1);
  EXPECT_EQ(r.skipped_empty, 1);
}

TEST(SyncItems, SplitsLongTextWithoutBreakingUtf8) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "ñ";  // 60 bytes
  auto r = BuildItems({{"n", "user", text, false}}, 25);
  ASSERT_EQ(r.items.size(), 3u);
  std::string joined;
  for (auto& it : r.items) {
    EXPECT_LE(it.text.size(), 25u);
    EXPECT_EQ(it.text.size() % 2, 0u);
    joined += it.text;
  }
  EXPECT_EQ(joined, text);
  EXPECT_EQ(r.split_messages, 1);
}

TEST(SyncItems, MetadataFitsTheLimits) {
  auto md = BuildMetadata("c1", std::string(600, 't'), "Infra");
  EXPECT_LE(md.size(), 16u);
  for (auto& [k, v] : md) EXPECT_LE(openai::Utf8Length(v), 512u);
  EXPECT_EQ(md[0], (std::pair<std::string, std::string>{"chatbeto_conversation_id", "c1"}));
}

std::vector<MessageItem> Items(int n) {
  std::vector<MessageItem> v;
  for (int i = 0; i < n; ++i) v.push_back({i % 2 ? "assistant" : "user", "m" + std::to_string(i)});
  return v;
}

TEST(SyncPlan, NewConversationIsCreatedThenAppendedInTwenties) {
  auto p = PlanConversation(Items(45), {});
  EXPECT_EQ(p.action, Action::kCreate);
  ASSERT_EQ(p.batches.size(), 3u);
  EXPECT_EQ(p.batches[2], (std::pair<size_t, size_t>{40, 45}));
  EXPECT_EQ(p.requests, 4);
  EXPECT_FALSE(p.maybe_orphan);
}

TEST(SyncPlan, InterruptedCreateIsAPossibleOrphan) {
  SyncState st;
  st.exists = true;
  st.state = "creating";
  EXPECT_TRUE(PlanConversation(Items(2), st).maybe_orphan);
}

TEST(SyncPlan, AppendsOnlyNewItemsUnchangedWhenComplete) {
  auto items = Items(5);
  SyncState st{true, "conv_1", 3, PrefixHash(items, 3), "msg_3", "synced"};
  auto p = PlanConversation(items, st);
  EXPECT_EQ(p.action, Action::kAppend);
  EXPECT_EQ(p.from, 3u);
  EXPECT_FALSE(p.resume);
  st.items_synced = 5;
  st.prefix_hash = PrefixHash(items, 5);
  EXPECT_EQ(PlanConversation(items, st).action, Action::kUnchanged);
}

TEST(SyncPlan, EditedMessageBeforeThePositionDiverges) {
  auto items = Items(5);
  SyncState st{true, "conv_1", 4, PrefixHash(items, 4), "msg_4", "synced"};
  items[1].text = "edited";
  EXPECT_EQ(PlanConversation(items, st).action, Action::kDiverged);
  items.resize(3);  // shorter than the synced position
  EXPECT_EQ(PlanConversation(items, st).action, Action::kDiverged);
}

TEST(SyncPlan, StoppedMidwayResumesWithReconciliation) {
  auto items = Items(5);
  SyncState st{true, "conv_1", 2, PrefixHash(items, 2), "msg_2", "appending"};
  EXPECT_TRUE(PlanConversation(items, st).resume);
}

RemoteItem Msg(std::string id, std::string role, std::string text) {
  return {std::move(id), "message", std::move(role), std::move(text)};
}

TEST(SyncReconcile, CountsWhatWasAppliedIgnoringReasoning) {
  auto pending = Items(4);
  std::vector<RemoteItem> remote = {Msg("a", "user", "m0"), {"rs", "reasoning", "", ""},
                                    Msg("b", "assistant", "m1")};
  auto m = MatchRemote(remote, pending);
  EXPECT_EQ(m.matched, 2u);
  EXPECT_FALSE(m.mismatch);
  EXPECT_TRUE(m.extra.empty());
  EXPECT_EQ(m.last_id, "b");
}

TEST(SyncReconcile, DifferentTextIsAMismatchExtraIsReported) {
  auto pending = Items(2);
  auto m = MatchRemote({Msg("a", "user", "other")}, pending);
  EXPECT_TRUE(m.mismatch);
  auto e = MatchRemote({Msg("a", "user", "m0"), Msg("b", "assistant", "m1"), Msg("c", "user", "new")}, pending);
  EXPECT_EQ(e.matched, 2u);
  ASSERT_EQ(e.extra.size(), 1u);
  EXPECT_EQ(e.extra[0].id, "c");
  EXPECT_EQ(e.last_matched_id, "b");
}

TEST(SyncReconcile, RewriteKeepsTheCommonPrefixDeletesTheRest) {
  auto local = Items(3);
  local[2].text = "edited";
  std::vector<RemoteItem> remote = {Msg("a", "user", "m0"), Msg("b", "assistant", "m1"),
                                    Msg("c", "user", "m2"), Msg("d", "assistant", "m3")};
  auto p = PlanRewrite(remote, local);
  EXPECT_EQ(p.common, 2u);
  EXPECT_EQ(p.last_kept_id, "b");
  EXPECT_EQ(p.delete_ids, (std::vector<std::string>{"c", "d"}));
}

}  // namespace
}  // namespace chatbeto::sync
