#include "mapping/mapping_edit.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "mapping/mapping_file.h"
#include "util/error.h"

namespace chatbeto::mapping {
namespace {

const std::string P1 = "g-p-0123456789abcdef0123456789abcdef";
const std::string P2 = "g-p-fedcba9876543210fedcba9876543210";
const std::string P3 = "g-p-00000000000000000000000000abc123";

TEST(MappingMerge, EmptyFileGetsHeaderAndComments) {
  const std::string out = MergeMappingFile(
      "", {{P1, "Kubernetes Helm", {"12 conversations, 2025-01-03..2025-06-30"}}});
  EXPECT_EQ(out, "gizmo_id,project,assistant_id,notes\n"
                 "# 12 conversations, 2025-01-03..2025-06-30\n" +
                     P1 + ",Kubernetes Helm,,\n");
  EXPECT_TRUE(ParseMappingFile(out, "p.csv").ok());
}

TEST(MappingMerge, KeepsExistingBytesAndSkipsPresentIds) {
  // Odd but valid: CRLF, comments, quoting, padding, no final newline.
  const std::string existing = "# mine\r\nGizmo_Id, project\r\n\r\n \"" + P1 +
                               "\" , \"Old, name\"\r\n#trailing comment";
  const std::string out = MergeMappingFile(
      existing, {{P1, "Ignored", {"x"}}, {P2, "Smith, Jones", {"# 3 conversations", "two\nlines"}},
                 {P2, "Dup", {}}, {"g-2fkFE8rbu", "GPT g-2fkFE8rbu", {}}});
  ASSERT_EQ(out.substr(0, existing.size()), existing);
  EXPECT_EQ(out.substr(existing.size()), "\r\n# 3 conversations\r\n# two lines\r\n" + P2 +
                                             ",\"Smith, Jones\"\r\ng-2fkFE8rbu,GPT g-2fkFE8rbu\r\n");
  const MappingFile f = ParseMappingFile(out, "p.csv");
  ASSERT_TRUE(f.ok()) << f.errors.front().message;
  EXPECT_EQ(f.rows.size(), 3u);
}

TEST(MappingMerge, NothingToAddReturnsInputUnchanged) {
  const std::string existing = "gizmo_id,project\n" + P1 + ",A";
  EXPECT_EQ(MergeMappingFile(existing, {{P1, "B", {}}}), existing);
  EXPECT_EQ(MergeMappingFile("", {}), "");
}

TEST(MappingMerge, OnlyCommentsGetsHeaderAfterThem) {
  EXPECT_EQ(MergeMappingFile("# hi", {{P1, "A", {}}}),
            "# hi\ngizmo_id,project,assistant_id,notes\n" + P1 + ",A,,\n");
}

TEST(MappingMerge, RefusesBrokenFilesAndBadEntries) {
  EXPECT_THROW(MergeMappingFile("gizmo_id,project\n" + P1 + ",\"open\n", {{P2, "A", {}}}),
               chatbeto::Error);
  EXPECT_THROW(MergeMappingFile(P1 + ",A\n", {{P2, "A", {}}}), chatbeto::Error);
  EXPECT_THROW(MergeMappingFile("", {{"g-p-12", "A", {}}}), chatbeto::Error);
  EXPECT_THROW(MergeMappingFile("", {{P1, " ", {}}}), chatbeto::Error);
  try {
    MergeMappingFile("gizmo_id,project\nx\"y\n", {}, "projects.csv");
    FAIL();
  } catch (const chatbeto::Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInvalidInput);
    EXPECT_EQ(std::string(e.what()).rfind("projects.csv:2:2: ", 0), 0u) << e.what();
  }
}

TEST(MappingSetNames, RenamesInPlaceAndAppends) {
  const std::string existing = "# keep me\ngizmo_id,project,assistant_id,notes\n" + P1 +
                               ", Old ,asst_x,\"note, kept\"\n" + P2 + ",Same,,\n" + P1 +
                               ",\"Old\",asst_x,dup\n";
  SetNamesReport report;
  const std::string out = SetProjectNames(
      existing, {{P1, "New, Name"}, {P2, "Same"}, {P3, "Fresh"}, {P3, "Fresh"}}, &report);
  EXPECT_EQ(out, "# keep me\ngizmo_id,project,assistant_id,notes\n" + P1 +
                     ",\"New, Name\",asst_x,\"note, kept\"\n" + P2 + ",Same,,\n" + P1 +
                     ",\"New, Name\",asst_x,dup\n" + P3 + ",Fresh,,\n");
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.renamed, 1);
  EXPECT_EQ(report.unchanged, 1);
  ASSERT_EQ(report.changes.size(), 2u);
  EXPECT_EQ(report.changes[0].line, 3);
  EXPECT_EQ(report.changes[0].old_name, "Old");
  EXPECT_EQ(report.changes[0].new_name, "New, Name");
  EXPECT_EQ(report.changes[1].line, 5);
}

// A row holding only the gizmo id gets the name added in place, not a
// second row for the same id (fuzz review).
TEST(MappingSetNames, RowWithTheIdAloneGetsItsName) {
  const std::string existing = "gizmo_id,project\n" + P1 + "\n" + P2 + ",Kept\n";
  SetNamesReport report;
  const std::string out = SetProjectNames(existing, {{P1, "Named, now"}}, &report);
  EXPECT_EQ(out, "gizmo_id,project\n" + P1 + ",\"Named, now\"\n" + P2 + ",Kept\n");
  EXPECT_EQ(report.renamed, 1);
  EXPECT_EQ(report.added, 0);
  ASSERT_EQ(report.changes.size(), 1u);
  EXPECT_EQ(report.changes[0].line, 2);
  EXPECT_EQ(report.changes[0].old_name, "");
  EXPECT_TRUE(ParseMappingFile(out, "projects.csv").ok());
}

TEST(MappingSetNames, UnchangedFileIsByteIdentical) {
  const std::string existing = "gizmo_id,project\r\n" + P1 + ",\"Exact\"\r\n";
  SetNamesReport report;
  EXPECT_EQ(SetProjectNames(existing, {{P1, "Exact"}}, &report), existing);
  EXPECT_EQ(report.unchanged, 1);
  EXPECT_EQ(report.renamed + report.added, 0);
}

TEST(MappingSetNames, NameWithOuterSpacesSurvivesApply) {
  const std::string out = SetProjectNames("", {{P1, " Spaced "}}, nullptr);
  const MappingFile f = ParseMappingFile(out, "p.csv");
  ASSERT_EQ(f.rows.size(), 1u);
  EXPECT_EQ(f.rows[0].project, " Spaced ");
}

TEST(MappingSetNames, RefusesConflictingNames) {
  EXPECT_THROW(SetProjectNames("", {{P1, "A"}, {P1, "B"}}, nullptr), chatbeto::Error);
}

}  // namespace
}  // namespace chatbeto::mapping
