// ParseConversation on broken trees: children rebuilt from parents, missing
// parents, cycles, duplicate ids, the current node's fallback, and trees of
// 50,000 nodes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chatgpt_parse_util.h"
#include "chatgpt/parse.h"

namespace chatbeto::chatgpt {
namespace {

using namespace testing_parse;

TEST(ChatgptParse, IncompleteChildrenAreRebuiltFromParents) {
  // r lists only b; a and c name r as parent. Order: listed first, then mapping order.
  const Conversation c = ParseConversation(
      Conv({{"a", Q("r"), {}}, {"r", "null", {"b"}}, {"b", Q("r"), {}}, {"c", Q("r"), {}}}, "c"));
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"r", "b", "a", "c"}));
  EXPECT_EQ(Node(c, "b").sibling_index, 0);
  EXPECT_EQ(Node(c, "a").sibling_index, 1);
  EXPECT_EQ(Node(c, "c").sibling_index, 2);
  EXPECT_EQ(Visible(c), (std::vector<std::string>{"r", "c"}));
  EXPECT_TRUE(HasWarning(c, "rebuilt from parent links"));
}

TEST(ChatgptParse, ChildrenNamingMissingNodesAreIgnored) {
  const Conversation c =
      ParseConversation(Conv({{"r", "null", {"ghost", "a"}}, {"a", Q("r"), {}}}, "a"));
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"r", "a"}));
  EXPECT_EQ(Node(c, "a").sibling_index, 0);
  EXPECT_TRUE(HasWarning(c, "children entries ignored"));
  EXPECT_TRUE(HasWarning(c, "(e.g. 'ghost')"));
}

TEST(ChatgptParse, MissingParentMakesARoot) {
  const Conversation c = ParseConversation(
      Conv({{"r", "null", {"a"}}, {"a", Q("r"), {}}, {"orphan", Q("gone"), {}}}, "a"));
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"r", "a", "orphan"}));
  EXPECT_TRUE(Node(c, "orphan").parent_id.empty());
  EXPECT_EQ(Node(c, "orphan").depth, 0);
  EXPECT_EQ(Node(c, "orphan").sibling_index, 1);
  EXPECT_FALSE(Node(c, "orphan").on_visible_path);
  EXPECT_TRUE(HasWarning(c, "name a parent that is not in the mapping"));
}

TEST(ChatgptParse, CyclesAreBrokenWithoutHanging) {
  // a -> b -> a, and a self-parent; every node still appears once.
  const Conversation c = ParseConversation(Conv(
      {{"a", Q("b"), {"b"}}, {"b", Q("a"), {"a"}}, {"s", Q("s"), {"s"}}, {"r", "null", {}}}, "b"));
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"a", "b", "s", "r"}));
  EXPECT_TRUE(Node(c, "a").parent_id.empty());
  EXPECT_EQ(Node(c, "b").parent_id, "a");
  EXPECT_TRUE(Node(c, "s").parent_id.empty());
  EXPECT_EQ(Visible(c), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(HasWarning(c, "2 parent cycle(s) broken"));
}

TEST(ChatgptParse, EmptyNodeIdIsNeverAParent) {
  // An empty parent_id means "root", so a node keyed "" must not become a
  // parent by adopting what it lists (fuzz: empty_node_id_adopts.json).
  const Conversation c = ParseConversation(R"({"id":"z","mapping":{"":{"children":["k"]},"k":{}}})");
  EXPECT_EQ(Ids(c), (std::vector<std::string>{"", "k"}));
  for (const Message& m : c.messages) {
    EXPECT_TRUE(m.parent_id.empty()) << m.node_id;
    EXPECT_EQ(m.depth, 0) << m.node_id;
  }
  EXPECT_TRUE(HasWarning(c, "children entries ignored"));
}

TEST(ChatgptParse, DuplicateNodeIdsKeepTheFirst) {
  const Conversation c = ParseConversation(
      R"({"id":"x","current_node":"a","mapping":{"r":{"parent":null,"children":["a"]},)"
      R"("a":{"parent":"r","message":)" +
      Msg("user", Text("first")) +
      R"(},)"
      R"("a":{"parent":"r","message":)" +
      Msg("user", Text("second")) + "}}}");
  ASSERT_EQ(c.messages.size(), 2u);
  EXPECT_EQ(Node(c, "a").text, "first");
  EXPECT_TRUE(HasWarning(c, "1 duplicate node id(s)"));
}

TEST(ChatgptParse, CurrentNodeFallbackFollowsLastChildFromFirstRoot) {
  const std::vector<N> nodes = {{"orphan", Q("gone"), {}}, {"r", "null", {"a", "b"}},
                                {"a", Q("r"), {}},         {"b", Q("r"), {"b1", "b2"}},
                                {"b1", Q("b"), {}},        {"b2", Q("b"), {}}};
  for (std::string_view current : {"", "nowhere"}) {
    SCOPED_TRACE(current);
    const Conversation c = ParseConversation(Conv(nodes, current));
    EXPECT_EQ(Visible(c), (std::vector<std::string>{"r", "b", "b2"}));
    EXPECT_TRUE(HasWarning(c, "visible path = last child"));
  }
}

// 50,000-node trees: parsed without recursion (no stack overflow) and right.
// How the time grows with the tree is measured by bench/giant, not here: a
// wall-clock bound fails on a loaded CI machine or under the sanitizers.
void ParseBig(const std::string& json, size_t expect_messages, Conversation* out) {
  *out = ParseConversation(json);
  EXPECT_EQ(out->messages.size(), expect_messages);
}

TEST(ChatgptParse, FiftyThousandDeepChainIsStackSafe) {
  constexpr int kN = 50000;
  std::string j = R"({"id":"deep","current_node":"n49999","mapping":{)";
  for (int i = 0; i < kN; ++i) {
    j += (i ? "," : "") + Q("n" + std::to_string(i)) + R"(:{"parent":)" +
         (i ? Q("n" + std::to_string(i - 1)) : "null") + R"(,"children":[)" +
         (i + 1 < kN ? Q("n" + std::to_string(i + 1)) : "") + R"(],"message":)" +
         Msg(i % 2 ? "assistant" : "user", Text("turn")) + "}";
  }
  j += "}}";
  Conversation c;
  ParseBig(j, kN, &c);
  EXPECT_EQ(c.messages.back().node_id, "n49999");
  EXPECT_EQ(c.messages.back().depth, kN - 1);
  EXPECT_TRUE(c.messages.back().on_visible_path);
  EXPECT_TRUE(c.messages.front().on_visible_path);
  EXPECT_TRUE(c.warnings.empty());
}

TEST(ChatgptParse, FiftyThousandWideFanOutKeepsItsOrder) {
  constexpr int kN = 50000;
  std::string j =
      R"({"id":"wide","current_node":"c49999","mapping":{"r":{"parent":null,"children":[)";
  for (int i = 0; i < kN; i += 2) j += (i ? "," : "") + Q("c" + std::to_string(i));  // half listed
  j += "]}";
  for (int i = 0; i < kN; ++i) {
    j += "," + Q("c" + std::to_string(i)) + R"(:{"parent":"r","message":)" +
         Msg("user", Text("x")) + "}";
  }
  j += "}}";
  Conversation c;
  ParseBig(j, kN + 1, &c);
  EXPECT_EQ(c.messages[1].node_id, "c0");
  EXPECT_EQ(c.messages[kN / 2 + 1].node_id, "c1");  // unlisted ones follow the listed
  EXPECT_EQ(Node(c, "c49999").sibling_index, kN - 1);
  EXPECT_EQ(Node(c, "c49999").depth, 1);
  EXPECT_TRUE(HasWarning(c, "rebuilt from parent links"));
}

}  // namespace
}  // namespace chatbeto::chatgpt
