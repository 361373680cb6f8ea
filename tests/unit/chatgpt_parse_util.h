// Hand-made ChatGPT records for the parser's unit tests (chatgpt_parse_test.cpp,
// chatgpt_parse_tree_test.cpp): a conversation from its nodes, a message, and
// what to look at in the parsed result.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "chatgpt/conversation.h"

namespace chatbeto::chatgpt::testing_parse {

struct N {
  std::string id;
  std::string parent;  // JSON: "null" or a quoted id
  std::vector<std::string> children;
  std::string message = "null";
};

inline std::string Q(std::string_view s) { return "\"" + std::string(s) + "\""; }

inline std::string Msg(std::string_view role, std::string_view content, std::string_view more = "") {
  std::string m = R"({"id":"m","author":{"role":)" + Q(role) + R"(,"name":null},"content":)" +
                  std::string(content);
  if (!more.empty()) m += "," + std::string(more);
  return m + "}";
}

inline std::string Text(std::string_view s) { return R"({"content_type":"text","parts":[)" + Q(s) + "]}"; }

inline std::string Conv(const std::vector<N>& nodes, std::string_view current = "",
                 std::string_view more = "") {
  std::string j = R"({"conversation_id":"c1","title":"t",)";
  if (!current.empty()) j += R"("current_node":)" + Q(current) + ",";
  if (!more.empty()) j += std::string(more) + ",";
  j += R"("mapping":{)";
  for (size_t i = 0; i < nodes.size(); ++i) {
    const N& n = nodes[i];
    if (i) j += ",";
    j += Q(n.id) + R"(:{"id":)" + Q(n.id) + R"(,"parent":)" + n.parent + R"(,"children":[)";
    for (size_t k = 0; k < n.children.size(); ++k) j += (k ? "," : "") + Q(n.children[k]);
    j += R"(],"message":)" + n.message + "}";
  }
  return j + "}}";
}

inline std::vector<std::string> Ids(const Conversation& c) {
  std::vector<std::string> ids;
  for (const Message& m : c.messages) ids.push_back(m.node_id);
  return ids;
}

inline std::vector<std::string> Visible(const Conversation& c) {
  std::vector<std::string> ids;
  for (const Message& m : c.messages) {
    if (m.on_visible_path) ids.push_back(m.node_id);
  }
  return ids;
}

inline const Message& Node(const Conversation& c, std::string_view id) {
  for (const Message& m : c.messages) {
    if (m.node_id == id) return m;
  }
  static const Message kNone;
  ADD_FAILURE() << "no node " << id;
  return kNone;
}

inline bool HasWarning(const Conversation& c, std::string_view part) {
  for (const std::string& w : c.warnings) {
    if (w.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace chatbeto::chatgpt::testing_parse
