// TreeBuilder on its own: ordering, repairs and the visible path.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chatgpt/tree.h"

namespace chatbeto::chatgpt {
namespace {

struct Spec {
  std::string id, parent;
  std::vector<std::string> children;
};

struct Built {
  std::vector<std::string> order;  // "id@depth.sibling" (+ '*' when visible)
  std::vector<std::string> warnings;
};

Built Build(const std::vector<Spec>& specs, std::string_view current) {
  TreeInput in;
  for (const Spec& s : specs) {
    in.AddNode(s.id, s.parent);
    for (const std::string& c : s.children) in.AddChild(c);
  }
  in.current_node = current;
  TreeBuilder builder;
  TreeLayout layout;
  builder.Build(in, &layout);
  Built b;
  std::vector<bool> seen(specs.size());
  for (const TreeNode& t : layout.order) {
    b.order.push_back(specs[t.node].id + "@" + std::to_string(t.depth) + "." +
                      std::to_string(t.sibling_index) + (t.on_visible_path ? "*" : ""));
    EXPECT_TRUE(t.parent < 0 || seen[t.parent]) << "parent after child";
    seen[t.node] = true;
  }
  b.warnings = layout.warnings;
  return b;
}

using V = std::vector<std::string>;

TEST(ChatgptTree, Layouts) {
  struct Case {
    const char* name;
    std::vector<Spec> specs;
    std::string current;
    V want;
    size_t warnings;
  };
  const std::vector<Case> cases = {
      {"empty", {}, "", {}, 0},
      {"single root", {{"r", "", {}}}, "r", {"r@0.0*"}, 0},
      {"branches in listed order",
       {{"r", "", {"b", "a"}}, {"a", "r", {}}, {"b", "r", {"b1"}}, {"b1", "b", {}}},
       "a",
       {"r@0.0*", "b@1.0", "b1@2.0", "a@1.1*"},
       0},
      {"children rebuilt, listed first",
       {{"x", "r", {}}, {"r", "", {"y"}}, {"y", "r", {}}},
       "y",
       {"r@0.0*", "y@1.0*", "x@1.1"},
       1},
      {"listed twice counts once",
       {{"r", "", {"a", "a"}}, {"a", "r", {}}},
       "a",
       {"r@0.0*", "a@1.0*"},
       0},
      {"listed by the wrong parent",
       {{"r", "", {"a", "b"}}, {"a", "r", {"b"}}, {"b", "r", {}}},
       "b",
       {"r@0.0*", "a@1.0", "b@1.1*"},
       1},
      {"null parent adopted by lister",
       {{"r", "", {"a"}}, {"a", "", {}}},
       "a",
       {"r@0.0*", "a@1.0*"},
       1},
      {"missing parent adopted by lister",
       {{"r", "", {"a"}}, {"a", "gone", {}}},
       "a",
       {"r@0.0*", "a@1.0*"},
       1},
      {"missing parent, not listed: root",
       {{"r", "", {}}, {"a", "gone", {}}},
       "r",
       {"r@0.0*", "a@0.1"},
       1},
      {"two-cycle (children unlisted: rebuilt)",
       {{"a", "b", {}}, {"b", "a", {}}},
       "b",
       {"a@0.0*", "b@1.0*"},
       2},
      {"three-cycle hanging off a tail",
       {{"t", "c", {}}, {"a", "c", {}}, {"b", "a", {}}, {"c", "b", {}}},
       "t",
       {"a@0.0*", "b@1.0*", "c@2.0*", "t@3.0*"},
       2},
      {"self parent", {{"s", "s", {"s"}}}, "s", {"s@0.0*"}, 2},
      // "" as a parent means null: a node with an empty id cannot be anyone's
      // parent, so it does not adopt the nodes it lists (fuzz finding).
      {"empty id does not adopt",
       {{"", "", {"k"}}, {"k", "", {}}},
       "k",
       {"@0.0", "k@0.1*"},
       1},
      {"duplicates dropped",
       {{"r", "", {"a"}}, {"a", "r", {}}, {"a", "r", {"z"}}, {"r", "", {}}},
       "a",
       {"r@0.0*", "a@1.0*"},
       1},
      {"no current node: last child path of the first true root",
       {{"o", "gone", {}}, {"r", "", {"a", "b"}}, {"a", "r", {}}, {"b", "r", {}}},
       "",
       {"o@0.0", "r@0.1*", "a@1.0", "b@1.1*"},
       2},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const Built b = Build(c.specs, c.current);
    EXPECT_EQ(b.order, c.want);
    EXPECT_EQ(b.warnings.size(), c.warnings) << (b.warnings.empty() ? "" : b.warnings[0]);
  }
}

TEST(ChatgptTree, BuilderIsReusable) {
  TreeBuilder builder;
  TreeLayout layout;
  for (int round = 0; round < 3; ++round) {
    TreeInput in;
    in.AddNode("r", "");
    in.AddChild("a");
    in.AddNode("a", "r");
    in.current_node = "a";
    builder.Build(in, &layout);
    ASSERT_EQ(layout.order.size(), 2u);
    EXPECT_TRUE(layout.order[1].on_visible_path);
    EXPECT_TRUE(layout.warnings.empty());
  }
}

TEST(ChatgptTree, LongChainAndCycleAreLinear) {
  constexpr int kN = 200000;
  std::vector<std::string> ids(kN);
  for (int i = 0; i < kN; ++i) ids[i] = "n" + std::to_string(i);
  TreeInput in;
  // A ring: every node's parent is the previous one, and n0's is the last.
  for (int i = 0; i < kN; ++i) in.AddNode(ids[i], ids[(i + kN - 1) % kN]);
  in.current_node = ids[kN - 1];
  TreeBuilder builder;
  TreeLayout layout;
  builder.Build(in, &layout);
  ASSERT_EQ(layout.order.size(), static_cast<size_t>(kN));
  EXPECT_EQ(layout.order.back().depth, kN - 1);
  EXPECT_EQ(layout.order.front().node, 0u);
  EXPECT_EQ(layout.warnings.size(), 2u);  // the broken cycle, children rebuilt
}

}  // namespace
}  // namespace chatbeto::chatgpt
