// The public fixtures under shared/fixtures/chatgpt, split and parsed as the
// importer does, with what each one is there to show.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "chatgpt/array_splitter.h"
#include "chatgpt/parse.h"
#include "util/sha256.h"

namespace chatbeto::chatgpt {
namespace {

std::vector<Conversation> ParseFixture(const std::string& relative) {
  const std::string path = CHATBETO_TEST_DATA_DIR "/fixtures/chatgpt/" + relative;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Conversation> out;
  ArraySplitter splitter;
  ConversationParser parser;
  splitter.Feed(bytes, [&](const ArraySplitter::Element& e) {
    out.push_back(parser.Parse(e.bytes));
    // The content hash is of the data, not of its spelling: pretty-printed
    // with ASCII escapes, the same record hashes the same.
    const std::string respelled =
        nlohmann::ordered_json::parse(e.bytes).dump(1, ' ', /*ensure_ascii=*/true);
    EXPECT_EQ(out.back().content_hash, ConversationParser().Parse(respelled).content_hash);
  });
  splitter.Finish();
  return out;
}

const Message& Node(const Conversation& c, std::string_view id) {
  for (const Message& m : c.messages) {
    if (m.node_id == id) return m;
  }
  static const Message kNone;
  ADD_FAILURE() << "no node " << id;
  return kNone;
}

std::vector<std::string> VisiblePath(const Conversation& c) {
  std::vector<std::string> ids;
  for (const Message& m : c.messages) {
    if (m.on_visible_path) ids.push_back(m.node_id);
  }
  return ids;
}

// Every fixture parses; parents come before children and the visible path
// is one root-to-node chain.
TEST(ChatgptParseFixtures, AllParseWithConsistentTrees) {
  const std::vector<std::pair<std::string, size_t>> fixtures = {
      {"librechat/chatgpt-tree.json", 1},
      {"librechat/chatgpt-modern-export.json", 3},
      {"mitkury-chatgpt-export-parser/example-conversation.json", 1},
  };
  for (const auto& [file, count] : fixtures) {
    SCOPED_TRACE(file);
    const auto convs = ParseFixture(file);
    ASSERT_EQ(convs.size(), count);
    for (const Conversation& c : convs) {
      std::map<std::string, int> depth_of;
      int visible_leaf_depth = -1, visible = 0;
      for (const Message& m : c.messages) {
        if (m.parent_id.empty()) {
          EXPECT_EQ(m.depth, 0);
        } else {
          ASSERT_TRUE(depth_of.count(m.parent_id)) << m.node_id << " before its parent";
          EXPECT_EQ(m.depth, depth_of[m.parent_id] + 1);
        }
        depth_of[m.node_id] = m.depth;
        if (m.on_visible_path)
          visible_leaf_depth = std::max(visible_leaf_depth, m.depth), ++visible;
        if (!m.has_message) {
          EXPECT_EQ(m.raw_json, "null");
        }
        EXPECT_EQ(m.raw_json.front(), m.has_message ? '{' : 'n');
      }
      if (!c.messages.empty()) {
        EXPECT_EQ(visible, visible_leaf_depth + 1);
      }
      EXPECT_TRUE(c.warnings.empty()) << c.warnings.front();
      EXPECT_EQ(c.extra_json.front(), '{');
      EXPECT_EQ(c.extra_json.find("\"mapping\""), std::string::npos);
    }
  }
}

TEST(ChatgptParseFixtures, May2024TreeWithBranches) {
  const auto convs = ParseFixture("librechat/chatgpt-tree.json");
  ASSERT_EQ(convs.size(), 1u);
  const Conversation& c = convs[0];
  EXPECT_EQ(c.id, "d5dc5307-6807-41a0-8b04-4acee626eeb7");
  EXPECT_EQ(c.title, "Assist user with summary");
  EXPECT_DOUBLE_EQ(*c.create_time, 1714585031.148505);
  EXPECT_EQ(c.default_model_slug, "text-davinci-002-render-sha");
  EXPECT_EQ(c.is_archived, std::optional<bool>(false));
  EXPECT_FALSE(c.is_starred.has_value());
  EXPECT_TRUE(c.gizmo_id.empty());
  EXPECT_EQ(c.current_node, "f63b8e17-aa5c-4ca6-a1bf-d4d285e269b8");
  EXPECT_NE(c.extra_json.find("\"moderation_results\":[]"), std::string::npos) << c.extra_json;
  EXPECT_NE(c.extra_json.find("\"plugin_ids\":null"), std::string::npos);
  EXPECT_NE(c.extra_json.find("\"safe_urls\":"), std::string::npos);
  EXPECT_EQ(c.extra_json.find("\"title\""), std::string::npos);
  EXPECT_EQ(c.extra_json.find("\"id\""), std::string::npos);

  ASSERT_EQ(c.messages.size(), 13u);
  std::vector<std::string> order;
  for (const Message& m : c.messages) order.push_back(m.node_id.substr(0, 8));
  EXPECT_EQ(order,
            (std::vector<std::string>{"aaa1f70c", "d38605d2", "aaa297ba", "bda8a275", "aaa24023",
                                      "23afbea9", "aaa292cc", "ada93f81", "aaa236a3", "db88eddf",
                                      "aaa20127", "d0d2a7df", "f63b8e17"}));
  std::vector<std::string> visible;
  for (const std::string& id : VisiblePath(c)) visible.push_back(id.substr(0, 8));
  EXPECT_EQ(visible, (std::vector<std::string>{"aaa1f70c", "d38605d2", "aaa297ba", "bda8a275",
                                               "aaa236a3", "db88eddf", "aaa20127", "f63b8e17"}));

  const Message& root = c.messages[0];
  EXPECT_FALSE(root.has_message);
  EXPECT_TRUE(root.hidden);
  const Message& system = Node(c, "d38605d2-7b2c-43de-b044-22ce472c749b");
  EXPECT_EQ(system.role, "system");
  EXPECT_TRUE(system.hidden);
  EXPECT_FALSE(system.create_time.has_value());
  EXPECT_TRUE(system.model_slug.empty());
  // The edited user turn and the regenerated answer are second siblings.
  EXPECT_EQ(Node(c, "aaa24023-b02f-4d49-b568-5856b41750c0").sibling_index, 0);
  EXPECT_EQ(Node(c, "aaa236a3-cdfc-4eb1-b5c5-790c6641f880").sibling_index, 1);
  EXPECT_EQ(Node(c, "d0d2a7df-d2fc-4df9-bf0a-1c5121e227ae").sibling_index, 0);
  const Message& current = Node(c, "f63b8e17-aa5c-4ca6-a1bf-d4d285e269b8");
  EXPECT_EQ(current.sibling_index, 1);
  EXPECT_EQ(current.depth, 7);
  EXPECT_EQ(current.model_slug, "text-davinci-002-render-sha");
  EXPECT_FALSE(current.hidden);
  const Message& interrupted = Node(c, "ada93f81-f59e-4b31-933d-1357efd68bfc");
  EXPECT_EQ(interrupted.status, "in_progress");
  EXPECT_FALSE(interrupted.on_visible_path);
  EXPECT_NE(interrupted.raw_json.find("\"interrupted\""), std::string::npos);
  const Message& user = Node(c, "aaa297ba-e2da-440e-84f4-e62e7be8b003");
  EXPECT_EQ(user.role, "user");
  EXPECT_TRUE(user.model_slug.empty());
  EXPECT_FALSE(user.text.empty());
  EXPECT_EQ(user.content_type, "text");
  EXPECT_DOUBLE_EQ(*user.create_time, 1714585031.150442);
  EXPECT_TRUE(c.unknown_content_types.empty());
}

TEST(ChatgptParseFixtures, ModernExport2025) {
  const auto convs = ParseFixture("librechat/chatgpt-modern-export.json");
  ASSERT_EQ(convs.size(), 3u);
  const Conversation& c = convs[0];
  EXPECT_EQ(c.id, "6b0f0d9c-0000-4000-8000-000000000001");
  EXPECT_DOUBLE_EQ(*c.create_time, 1756000000.123456);
  EXPECT_DOUBLE_EQ(*c.update_time, 1756000400.654321);
  EXPECT_EQ(c.memory_scope, "global_enabled");
  EXPECT_FALSE(c.is_starred.has_value());
  EXPECT_EQ(c.default_model_slug, "gpt-5-thinking");
  for (const char* key : {"\"is_do_not_remember\":false", "\"async_status\":null", "\"voice\":null",
                          "\"blocked_urls\":[]", "\"conversation_origin\":null"}) {
    EXPECT_NE(c.extra_json.find(key), std::string::npos) << key << " in " << c.extra_json;
  }
  ASSERT_EQ(c.messages.size(), 6u);
  EXPECT_EQ(c.messages[0].node_id, "client-created-root");
  EXPECT_FALSE(c.messages[0].has_message);
  const Message& ctx = Node(c, "ctx-node");
  EXPECT_TRUE(ctx.hidden);
  EXPECT_EQ(ctx.content_type, "user_editable_context");
  EXPECT_EQ(ctx.text, "The user is an SRE.\nAnswer concisely.");
  EXPECT_TRUE(Node(c, "user-1").model_slug.empty());
  EXPECT_FALSE(Node(c, "user-1").hidden);
  EXPECT_EQ(Node(c, "user-1").text, "How do I roll back the deploy?");
  EXPECT_EQ(Node(c, "assistant-1").model_slug, "gpt-5-thinking");  // conversation default
  EXPECT_EQ(Node(c, "assistant-1").channel, "final");
  EXPECT_TRUE(Node(c, "user-2").channel.empty());
  EXPECT_EQ(Node(c, "assistant-2").model_slug, "o4-mini");  // its own slug wins
  EXPECT_EQ(VisiblePath(c).size(), 6u);

  const Conversation& no_mapping = convs[1];
  EXPECT_EQ(no_mapping.title, "Corrupted entry");
  EXPECT_TRUE(no_mapping.messages.empty());
  EXPECT_EQ(no_mapping.extra_json, "{}");

  const Conversation& sparse = convs[2];
  ASSERT_EQ(sparse.messages.size(), 3u);
  EXPECT_EQ(Node(sparse, "assistant-3").model_slug, "gpt-5");
  EXPECT_FALSE(Node(sparse, "assistant-3").hidden);  // no weight: visible
  EXPECT_FALSE(Node(sparse, "user-3").update_time.has_value());
  EXPECT_EQ(VisiblePath(sparse), (std::vector<std::string>{"root-2", "user-3", "assistant-3"}));
}

TEST(ChatgptParseFixtures, SyntheticEditBranchWithIntegerTimes) {
  const auto convs = ParseFixture("mitkury-chatgpt-export-parser/example-conversation.json");
  ASSERT_EQ(convs.size(), 1u);
  const Conversation& c = convs[0];
  EXPECT_EQ(c.id, "conv-123");  // only "id", no conversation_id
  EXPECT_DOUBLE_EQ(*c.create_time, 1704067200.0);
  EXPECT_DOUBLE_EQ(*c.update_time, 1704067500.0);
  EXPECT_TRUE(c.default_model_slug.empty());
  ASSERT_EQ(c.messages.size(), 6u);
  EXPECT_EQ(VisiblePath(c),
            (std::vector<std::string>{"msg-1", "msg-2", "msg-3", "msg-4", "msg-6"}));
  EXPECT_TRUE(Node(c, "msg-1").hidden);  // system
  EXPECT_TRUE(Node(c, "msg-1").has_message);
  EXPECT_EQ(Node(c, "msg-4").sibling_index, 0);
  EXPECT_EQ(Node(c, "msg-5").sibling_index, 1);
  EXPECT_EQ(Node(c, "msg-5").status, "finished");
  EXPECT_EQ(Node(c, "msg-3").model_slug, "gpt-4");
  EXPECT_DOUBLE_EQ(*Node(c, "msg-6").create_time, 1704067500.0);
  EXPECT_NE(Node(c, "msg-6").text.find("function greet(name)"), std::string::npos);
}

}  // namespace
}  // namespace chatbeto::chatgpt
