// Every repair the parser makes is counted by kind (issue 7 item 4).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>

#include "chatgpt/parse.h"

namespace chatbeto::chatgpt {
namespace {

struct Case {
  const char* name;
  std::string json;
  std::string kind;  // "" = no repair expected
  size_t count;
};

size_t CountOf(const Conversation& c, const std::string& kind) {
  size_t n = 0;
  for (const auto& r : c.repairs)
    if (r.kind == kind) n += r.count;
  return n;
}

const std::string kNode = R"("n":{"id":"n","parent":null,"children":[],"message":{"id":"n","author":{"role":"user"},"content":{"content_type":"text","parts":["hi"]}}})";

TEST(ChatgptRepairs, EachRepairIsCountedByKind) {
  const std::vector<Case> cases = {
      {"clean", R"({"id":"a","current_node":"n","mapping":{)" + kNode + "}}", "", 0},
      {"invalid_utf8", "{\"id\":\"a\",\"title\":\"x\xff\xfe\"}", "invalid_utf8", 2},
      {"title_number", R"({"id":"a","title":12345})", "wrong_type", 1},
      {"archived_string", R"({"id":"a","is_archived":"yes","gizmo_id":7})", "wrong_type", 2},
      {"time_too_big", R"({"id":"a","update_time":1e20})", "time_out_of_range", 1},
      {"time_text", R"({"id":"a","create_time":"soon"})", "time_out_of_range", 1},
      {"time_object", R"({"id":"a","create_time":{}})", "wrong_type", 1},
      {"message_time", R"({"id":"a","current_node":"n","mapping":{"n":{"message":{"create_time":-1e300}}}})",
       "time_out_of_range", 1},
      {"mapping_string", R"({"id":"a","mapping":"oops"})", "mapping_not_object", 1},
      {"mapping_entry_number", R"({"id":"a","mapping":{"x":5}})", "mapping_entry_not_object", 1},
      {"cycle", R"({"id":"a","current_node":"p","mapping":{"p":{"parent":"q","children":["q"]},"q":{"parent":"p","children":["p"]}}})",
       "parent_cycle", 1},
      {"orphan", R"({"id":"a","current_node":"c","mapping":{"r":{"parent":null,"children":["c"]},"c":{"parent":null}}})",
       "orphan_reattached", 1},
      {"missing_parent", R"({"id":"a","current_node":"c","mapping":{"c":{"parent":"gone"}}})", "missing_parent", 1},
      {"no_current_node", R"({"id":"a","mapping":{"c":{"parent":null}}})", "visible_path_guessed", 1},
  };
  for (const auto& c : cases) {
    Conversation conv = ParseConversation(c.json);
    if (c.kind.empty()) {
      EXPECT_TRUE(conv.repairs.empty()) << c.name << ": " << conv.repairs[0].detail;
    } else {
      EXPECT_EQ(CountOf(conv, c.kind), c.count) << c.name;
      for (const auto& r : conv.repairs) EXPECT_FALSE(r.detail.empty()) << c.name;
    }
  }
}

// What a lossy repair replaced is kept (Conversation::repair_originals):
// the invalid bytes with their offset in the record, unpaired surrogate
// escapes, and the parent the export gave a node that a repair moved.
TEST(ChatgptRepairs, OriginalsOfLossyRepairsAreKept) {
  const std::string bad = "{\"id\":\"a\",\"title\":\"x\xff\xfe y \xc3\",\"t\":\"\\ud800\"}";
  const Conversation c = ParseConversation(bad);
  EXPECT_EQ(c.title, "x\xef\xbf\xbd\xef\xbf\xbd y \xef\xbf\xbd");
  auto o = nlohmann::json::parse(c.repair_originals);
  ASSERT_EQ(o["invalid_utf8"].size(), 2u) << c.repair_originals;  // one run, then one byte
  EXPECT_EQ(o["invalid_utf8"][0]["bytes_hex"], "fffe");
  EXPECT_EQ(bad.substr(o["invalid_utf8"][0]["offset"].get<size_t>(), 2), "\xff\xfe");
  EXPECT_EQ(o["invalid_utf8"][1]["bytes_hex"], "c3");
  EXPECT_EQ(bad.substr(o["invalid_utf8"][1]["offset"].get<size_t>(), 1), "\xc3");
  ASSERT_EQ(o["surrogate_escapes"].size(), 1u);
  EXPECT_EQ(o["surrogate_escapes"][0]["escape"], "\\ud800");
  EXPECT_EQ(bad.substr(o["surrogate_escapes"][0]["offset"].get<size_t>(), 6), "\\ud800");

  const Conversation moved = ParseConversation(
      R"({"id":"a","current_node":"c","mapping":{"p":{"parent":"q","children":["q"]},)"
      R"("q":{"parent":"p","children":["p"]},"r":{"parent":null,"children":["c"]},)"
      R"("c":{"parent":null},"g":{"parent":"gone"},"ok":{"parent":"r"}}})");
  auto parents = nlohmann::json::parse(moved.repair_originals)["parents"];
  std::map<std::string, nlohmann::json> by_node;
  for (const auto& p : parents) by_node[p["node"]] = p["exported_parent"];
  EXPECT_EQ(by_node.size(), 3u) << moved.repair_originals;
  EXPECT_EQ(by_node["p"], "q");      // the cycle was broken at p: now a root
  EXPECT_TRUE(by_node["c"].is_null());  // an orphan, re-attached under r
  EXPECT_EQ(by_node["g"], "gone");   // its parent does not exist: now a root
  EXPECT_EQ(ParseConversation(R"({"id":"a","mapping":{)" + kNode + "}}").repair_originals, "");
}

TEST(ChatgptRepairs, WrongTypedValuesStayInExtraJson) {
  Conversation c = ParseConversation(R"({"id":"a","title":12345,"update_time":1e20})");
  EXPECT_TRUE(c.title.empty());
  EXPECT_FALSE(c.update_time.has_value());
  EXPECT_NE(c.extra_json.find("\"title\":12345"), std::string::npos) << c.extra_json;
  EXPECT_NE(c.extra_json.find("\"update_time\":1"), std::string::npos) << c.extra_json;
}

TEST(ChatgptRepairs, MappingStateNamesWhatTheMappingWas) {
  EXPECT_EQ(ParseConversation(R"({"id":"a"})").mapping_state, "missing");
  EXPECT_EQ(ParseConversation(R"({"id":"a","mapping":null})").mapping_state, "null");
  EXPECT_EQ(ParseConversation(R"({"id":"a","mapping":{}})").mapping_state, "{}");
  EXPECT_EQ(ParseConversation(R"({"id":"a","mapping":[]})").mapping_state, "an array");
  EXPECT_EQ(ParseConversation(R"({"id":"a","mapping":{"n":{}}})").mapping_state, "");
}

}  // namespace
}  // namespace chatbeto::chatgpt
