#include "mapping/mapping_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace chatbeto::mapping {
namespace {

constexpr char kP1[] = "g-p-0123456789abcdef0123456789abcdef";
constexpr char kP2[] = "g-p-fedcba9876543210fedcba9876543210";

struct IdCase {
  std::string id;
  Kind kind;
};

TEST(MappingGizmoId, Table) {
  const std::vector<IdCase> cases = {
      {kP1, Kind::kProject},
      {"g-p-67a8e1f2c3d44b8e9f0a1b2c3d4e5f6a", Kind::kProject},
      {"g-2fkFE8rbu", Kind::kCustomGpt},
      {"g-HMNcP6w7d", Kind::kCustomGpt},
      {"g-a", Kind::kCustomGpt},
      {"g-" + std::string(64, 'Z'), Kind::kCustomGpt},
      {"g-pmuQfob8d", Kind::kCustomGpt},  // starts with p, but no second dash
      {"g-p", Kind::kCustomGpt},
      {"", Kind::kInvalid},
      {"g-", Kind::kInvalid},
      {"g-p-", Kind::kInvalid},
      {"g-p-12", Kind::kInvalid},
      {"g-p-0123456789abcdef0123456789abcde", Kind::kInvalid},    // 31 hex
      {"g-p-0123456789abcdef0123456789abcdef0", Kind::kInvalid},  // 33 hex
      {"g-p-0123456789ABCDEF0123456789ABCDEF", Kind::kInvalid},   // ids are lowercase
      {"g-p-0123456789abcdef0123456789abcdeg", Kind::kInvalid},
      {"g-" + std::string(65, 'Z'), Kind::kInvalid},
      {"g-abc_def", Kind::kInvalid},
      {"g-abc-def", Kind::kInvalid},
      {"g-abc ", Kind::kInvalid},
      {" g-abc", Kind::kInvalid},
      {"G-abc", Kind::kInvalid},
      {"gpt-4o", Kind::kInvalid},
      {"g-ñandu", Kind::kInvalid},
      {std::string("g-ab\0c", 6), Kind::kInvalid},
  };
  for (const IdCase& c : cases) EXPECT_EQ(GizmoKind(c.id), c.kind) << '"' << c.id << '"';
}

TEST(MappingProjectName, Table) {
  EXPECT_EQ(ProjectNameProblem("Kubernetes"), std::nullopt);
  EXPECT_EQ(ProjectNameProblem(" padded "), std::nullopt);
  EXPECT_EQ(ProjectNameProblem("Recetas de cocina — España 🍳"), std::nullopt);
  EXPECT_EQ(ProjectNameProblem(std::string(255, 'x')), std::nullopt);
  std::string accented;
  for (int i = 0; i < 255; ++i) accented += "é";  // 510 bytes, 255 characters
  EXPECT_EQ(ProjectNameProblem(accented), std::nullopt);
  EXPECT_EQ(ProjectNameProblem(""), "is empty");
  EXPECT_EQ(ProjectNameProblem(" \t "), "is empty");
  EXPECT_NE(ProjectNameProblem(std::string(256, 'x')), std::nullopt);
  EXPECT_NE(ProjectNameProblem(accented + "é"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("bad \xC3"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("overlong \xC0\xAF"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("surrogate \xED\xA0\x80"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("tab\tinside"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("new\nline"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("del\x7F"), std::nullopt);
  EXPECT_NE(ProjectNameProblem("c1 \xC2\x85"), std::nullopt);
}

TEST(MappingAssistantId, Table) {
  EXPECT_TRUE(IsValidAssistantId(""));
  EXPECT_TRUE(IsValidAssistantId("asst_abc123DEF"));
  EXPECT_FALSE(IsValidAssistantId("asst_"));
  EXPECT_FALSE(IsValidAssistantId("asst-abc"));
  EXPECT_FALSE(IsValidAssistantId("asst_abc def"));
  EXPECT_FALSE(IsValidAssistantId("thread_abc"));
}

TEST(MappingFile, ParsesRowsCommentsAndOptionalColumns) {
  const std::string text = std::string("# comment\n") +
                           "GIZMO_ID , Project\n" + kP1 + ", Kubernetes \n" +
                           "g-2fkFE8rbu,\"  Spaced  \"\n";
  const MappingFile f = ParseMappingFile(text, "projects.csv");
  ASSERT_TRUE(f.ok()) << f.errors.front().message;
  EXPECT_EQ(f.columns, 2);
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].line, 3);
  EXPECT_EQ(f.rows[0].gizmo_id, kP1);
  EXPECT_EQ(f.rows[0].project, "Kubernetes");  // unquoted: trimmed
  EXPECT_EQ(f.rows[1].project, "  Spaced  ");  // quoted: exact
  ASSERT_EQ(f.comments.size(), 1u);
  EXPECT_EQ(f.comments[0].line, 1);
}

TEST(MappingFile, FourColumns) {
  const std::string text = std::string("gizmo_id,project,assistant_id,notes\n") + kP1 +
                           ",K8s,asst_abc,\"old, merged\"\n" + kP2 + ",K8s,,\n";
  const MappingFile f = ParseMappingFile(text, "p.csv");
  ASSERT_TRUE(f.ok()) << f.errors.front().message;
  ASSERT_EQ(f.rows.size(), 2u);
  EXPECT_EQ(f.rows[0].assistant_id, "asst_abc");
  EXPECT_EQ(f.rows[0].notes, "old, merged");
  EXPECT_EQ(f.rows[1].assistant_id, "");
  EXPECT_TRUE(f.warnings.empty());
}

TEST(MappingFile, ExactMessage) {
  const std::string text = "gizmo_id,project\n\n\n\n\n\ng-p-12,X\n";
  const MappingFile f = ParseMappingFile(text, "projects.csv");
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_EQ(f.errors[0].message,
            "projects.csv:7: gizmo id \"g-p-12\" is not a project id (g-p- followed by 32 hex "
            "digits) or a custom GPT id (g- followed by letters and digits)");
}

TEST(MappingFile, ConflictNamesTheEarlierLine) {
  const std::string text = std::string("gizmo_id,project\n") + kP1 + ",A\n" + kP2 + ",B\n" +
                           kP1 + ",C\n";
  const MappingFile f = ParseMappingFile(text, "projects.csv");
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_EQ(f.errors[0].line, 4);
  EXPECT_NE(f.errors[0].message.find("on line 2"), std::string::npos) << f.errors[0].message;
  EXPECT_EQ(f.rows.size(), 2u);
}

TEST(MappingFile, IdenticalDuplicateIsAWarning) {
  const std::string text = std::string("gizmo_id,project\n") + kP1 + ",A\n" + kP1 + ", A\n";
  const MappingFile f = ParseMappingFile(text, "projects.csv");
  EXPECT_TRUE(f.ok());
  ASSERT_EQ(f.warnings.size(), 1u);
  EXPECT_EQ(f.warnings[0].line, 3);
  EXPECT_EQ(f.rows.size(), 1u);
}

TEST(MappingFile, NamesDifferingOnlyInCaseWarn) {
  const std::string text = std::string("gizmo_id,project\n") + kP1 + ",Kubernetes\n" + kP2 +
                           ",kubernetes\n";
  const MappingFile f = ParseMappingFile(text, "projects.csv");
  EXPECT_TRUE(f.ok());
  ASSERT_EQ(f.warnings.size(), 1u);
  EXPECT_EQ(f.warnings[0].line, 3);
}

// Files `map apply` must reject, with the line of every error.
struct RejectCase {
  const char* name;
  std::string text;
  std::vector<int> error_lines;
};

void PrintTo(const RejectCase& c, std::ostream* os) { *os << c.name; }

class MappingFileRejects : public testing::TestWithParam<RejectCase> {};

TEST_P(MappingFileRejects, ReportsEveryBadLine) {
  const MappingFile f = ParseMappingFile(GetParam().text, "projects.csv");
  std::vector<int> lines;
  std::string all;
  for (const MappingProblem& e : f.errors) {
    lines.push_back(e.line);
    all += e.message + "\n";
    EXPECT_EQ(e.message.rfind("projects.csv:" + std::to_string(e.line) + ":", 0), 0u) << e.message;
  }
  EXPECT_EQ(lines, GetParam().error_lines) << all;
}

const std::string H = "gizmo_id,project,assistant_id,notes\n";
const std::string P1 = kP1;
const std::string P2 = kP2;

INSTANTIATE_TEST_SUITE_P(
    Mapping, MappingFileRejects,
    testing::Values(
        RejectCase{"Empty", "", {1}},
        RejectCase{"OnlyComments", "# nothing\n", {1}},
        RejectCase{"NoHeader", P1 + ",A\n", {1}},
        RejectCase{"WrongHeaderName", "gizmo,project\n" + P1 + ",A\n", {1}},
        RejectCase{"HeaderWrongOrder", "project,gizmo_id\n", {1}},
        RejectCase{"HeaderOneColumn", "gizmo_id\n", {1}},
        RejectCase{"HeaderFiveColumns", "gizmo_id,project,assistant_id,notes,x\n", {1}},
        RejectCase{"HeaderAfterComments", "# c\n# d\nid,name\n", {3}},
        RejectCase{"BadIds", H + "g-p-12,A,,\n" + P1 + ",A,,\ng-x_y,B,,\n,C,,\n", {2, 4, 5}},
        RejectCase{"UppercaseProjectId", H + "g-p-0123456789ABCDEF0123456789ABCDEF,A,,\n", {2}},
        RejectCase{"EmptyName", H + P1 + ",,,\n" + P2 + ",\"  \",,\n", {2, 3}},
        RejectCase{"NameTooLong", H + P1 + "," + std::string(256, 'n') + ",,\n", {2}},
        RejectCase{"NameInvalidUtf8", H + P1 + ",Caf\xE9,,\n", {2}},
        RejectCase{"NameWithNewline", H + P1 + ",\"two\nlines\",,\n" + P2 + ",B,,\n", {2}},
        RejectCase{"TooFewFields", H + P1 + ",A\n", {2}},
        RejectCase{"TooManyFields", H + P1 + ",Smith, Jones,,\n", {2}},
        RejectCase{"TwoColumnsHeaderThreeFields", "gizmo_id,project\n" + P1 + ",A,asst_x\n", {2}},
        RejectCase{"BadAssistant", H + P1 + ",A,assistant_1,\n", {2}},
        RejectCase{"GizmoToTwoProjects", H + P1 + ",A,,\n" + P2 + ",B,,\n" + P1 + ",B,,\n", {4}},
        RejectCase{"GizmoToTwoAssistants", H + P1 + ",A,asst_a,\n" + P1 + ",A,asst_b,\n", {3}},
        RejectCase{"ProjectToTwoAssistants", H + P1 + ",A,asst_a,\n" + P2 + ",A,asst_b,\n", {3}},
        RejectCase{"UnterminatedQuote", H + P1 + ",\"A,,\n" + P2 + ",B,,\n", {2}},
        RejectCase{"GarbageAfterQuote", H + P1 + ",\"A\"x,,\n", {2}},
        RejectCase{"BareQuote", H + P1 + ",A \"B\",,\n", {2}},
        RejectCase{"BrokenHeaderQuote", "\"gizmo_id,project\n" + P1 + ",A\n", {1}},
        RejectCase{"MultilineRecordKeepsStartLine",
                   H + "# c\n" + P1 + ",\"A\nB\",,\ng-p-1,C,,\n", {3, 5}},
        RejectCase{"SeveralProblemsOneRow", H + "g-p-1,,bad,\n", {2, 2, 2}},
        RejectCase{"Crlf", "gizmo_id,project\r\n" + P1 + ",A\r\ng-,B\r\n", {3}}),
    [](const testing::TestParamInfo<RejectCase>& info) { return std::string(info.param.name); });

TEST(MappingFile, ExampleFileIsValid) {
  std::ifstream in(std::string(CHATBETO_SOURCE_DIR) + "/mappings/projects.example.csv",
                   std::ios::binary);
  ASSERT_TRUE(in) << "mappings/projects.example.csv missing";
  std::stringstream buf;
  buf << in.rdbuf();
  const MappingFile f = ParseMappingFile(buf.str(), "projects.example.csv");
  for (const MappingProblem& e : f.errors) ADD_FAILURE() << e.message;
  for (const MappingProblem& w : f.warnings) ADD_FAILURE() << w.message;
  EXPECT_EQ(f.columns, 4);
  EXPECT_GE(f.rows.size(), 5u);
  bool comma_name = false;
  for (const MappingRow& r : f.rows) comma_name |= r.project.find(',') != std::string::npos;
  EXPECT_TRUE(comma_name);
}

}  // namespace
}  // namespace chatbeto::mapping
