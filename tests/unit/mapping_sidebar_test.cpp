#include "mapping/sidebar.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "util/error.h"

namespace chatbeto::mapping {
namespace {

const std::string P1 = "g-p-0123456789abcdef0123456789abcdef";
const std::string P2 = "g-p-fedcba9876543210fedcba9876543210";

// One item as the sidebar endpoint returns it (trimmed of unrelated keys).
std::string Item(const std::string& id, const std::string& name) {
  return R"({"gizmo":{"gizmo":{"id":")" + id +
         R"(","organization_id":"org-x","short_url":"x","display":{"name":")" + name +
         R"(","description":"","emoji":null,"theme":null},"gizmo_type":"snorlax"},"tools":[],)"
         R"("files":[]},"conversations":{"items":[{"id":"c1","title":"t"}],"cursor":null}})";
}

std::string Page(const std::vector<std::string>& items, const std::string& cursor = "null") {
  std::string out = R"({"items":[)";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
  return out + R"(],"cursor":)" + cursor + "}";
}

std::vector<std::pair<std::string, std::string>> Pairs(const std::vector<SidebarProject>& ps) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const SidebarProject& p : ps) out.emplace_back(p.gizmo_id, p.name);
  return out;
}

TEST(MappingSidebar, OnePage) {
  SidebarDiagnostics d;
  const auto projects = ParseSidebar(
      Page({Item(P1, "Kubernetes"), Item(P2, R"(Recetas \"caseras\" \u00f1 — 🍳)")}, "\"abc\""),
      "sidebar.json", &d);
  EXPECT_EQ(Pairs(projects), (std::vector<std::pair<std::string, std::string>>{
                                 {P1, "Kubernetes"}, {P2, "Recetas \"caseras\" ñ — 🍳"}}));
  EXPECT_EQ(projects[1].where, "sidebar.json: items[1]");
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_TRUE(d.errors.empty());
}

TEST(MappingSidebar, ArrayOfPagesAndOneLevelUp) {
  const std::string flat = R"({"gizmo":{"id":"g-2fkFE8rbu","display":{"name":"Data GPT"}}})";
  SidebarDiagnostics d;
  const auto projects = ParseSidebar(
      "\xEF\xBB\xBF[" + Page({Item(P1, "A")}) + "," + Page({Item(P1, "A"), flat}) + "]",
      "pages.json", &d);
  EXPECT_EQ(Pairs(projects), (std::vector<std::pair<std::string, std::string>>{
                                 {P1, "A"}, {"g-2fkFE8rbu", "Data GPT"}}));
  EXPECT_EQ(projects[1].where, "pages.json: [1].items[1]");
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_TRUE(d.errors.empty());
}

TEST(MappingSidebar, MissingFieldsAreWarnings) {
  SidebarDiagnostics d;
  const auto projects = ParseSidebar(
      Page({R"({"gizmo":{"gizmo":{"display":{"name":"no id"}}}})", R"({"conversations":{}})",
            R"(42)", Item("g-p-12", "bad id"), R"({"gizmo":{"gizmo":{"id":")" + P2 + R"("}}})",
            Item(P2, "   "), Item(P1, "Good")}),
      "s.json", &d);
  EXPECT_EQ(Pairs(projects), (std::vector<std::pair<std::string, std::string>>{{P1, "Good"}}));
  ASSERT_EQ(d.warnings.size(), 6u);
  EXPECT_EQ(d.warnings[0].rfind("s.json: items[0]: ", 0), 0u) << d.warnings[0];
  EXPECT_TRUE(d.errors.empty());
}

TEST(MappingSidebar, ConflictingNamesAreErrors) {
  SidebarDiagnostics d;
  const auto projects =
      ParseSidebar("[" + Page({Item(P1, "Old")}) + "," + Page({Item(P1, "New")}) + "]", "s.json",
                   &d);
  EXPECT_EQ(Pairs(projects), (std::vector<std::pair<std::string, std::string>>{{P1, "Old"}}));
  ASSERT_EQ(d.errors.size(), 1u);
  EXPECT_NE(d.errors[0].find("[1].items[0]"), std::string::npos) << d.errors[0];
  EXPECT_THROW(
      ParseSidebar("[" + Page({Item(P1, "Old")}) + "," + Page({Item(P1, "New")}) + "]", "s.json"),
      chatbeto::Error);
}

TEST(MappingSidebar, DedupeAcrossFiles) {
  std::vector<std::string> errors;
  const auto all = DedupeSidebarProjects(
      {{P1, "A", "a.json: items[0]"}, {P2, "B", "a.json: items[1]"}, {P1, "A", "b.json: items[0]"},
       {P2, "C", "b.json: items[1]"}},
      &errors);
  EXPECT_EQ(Pairs(all), (std::vector<std::pair<std::string, std::string>>{{P1, "A"}, {P2, "B"}}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("b.json: items[1]: ", 0), 0u) << errors[0];
}

TEST(MappingSidebar, EmptyItemsIsFine) {
  SidebarDiagnostics d;
  EXPECT_TRUE(ParseSidebar(R"({"items":[],"cursor":null})", "s.json", &d).empty());
}

std::string ErrorOf(const std::string& json) {
  try {
    ParseSidebar(json, "sidebar.json");
  } catch (const chatbeto::Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalidInput);
    return e.what();
  }
  return "(no error)";
}

TEST(MappingSidebar, InvalidJsonNamesTheByte) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"items":[1,]})", "sidebar.json: byte 12: "},
      {R"({"items": [)", "sidebar.json: byte 11: "},
      {"", "sidebar.json: byte 0: "},
      {"\xEF\xBB\xBF{\"items\" []}", "sidebar.json: byte 12: "},
      {"{\"items\":[\"\xFF\"]}", "sidebar.json: byte 11: "},
      {std::string(2000, '[') + std::string(2000, ']'), "sidebar.json: byte 1024: "},
  };
  for (const auto& [json, prefix] : cases) {
    const std::string message = ErrorOf(json);
    EXPECT_EQ(message.rfind(prefix, 0), 0u) << json.substr(0, 40) << " -> " << message;
  }
}

TEST(MappingSidebar, RejectsDocumentsWithoutItems) {
  for (const std::string json : {R"({"cursor":null})", R"([{"a":1},{"b":2}])", "[]", "42",
                                 R"("items")", R"({"items":{"0":1}})"}) {
    const std::string message = ErrorOf(json);
    EXPECT_EQ(message.rfind("sidebar.json: no \"items\" array", 0), 0u) << json << " -> " << message;
  }
}

}  // namespace
}  // namespace chatbeto::mapping
