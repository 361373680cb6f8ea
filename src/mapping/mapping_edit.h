// Edits of a mapping file (mapping_file.h) that keep what the user wrote:
// every existing line is kept byte for byte (comments, blank lines, quoting,
// line endings) except rows this code is asked to change, and new rows are
// appended at the end using the file's own line ending.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatbeto::mapping {

struct NewEntry {
  std::string gizmo_id;
  std::string project;
  // Written before the row; a '#' is added to lines that lack one, e.g.
  // "12 conversations, 2025-01-03..2025-06-30". Line breaks become spaces.
  std::vector<std::string> comment_lines;
};

// `map suggest`: returns existing_text with a row appended for each addition
// whose gizmo id has no row yet (later duplicates in additions are skipped too).
// An empty existing_text (or one with only comments/blank lines) gets the
// header gizmo_id,project,assistant_id,notes first. Returns existing_text
// unchanged when nothing is added.
// Throws chatbeto::Error(kInvalidInput) naming file_name and the line when
// existing_text has a CSV syntax error or a wrong header (appending would make
// it worse), or naming the entry when an addition has an invalid gizmo id or
// project name (filter them with GizmoKind / ProjectNameProblem first).
std::string MergeMappingFile(std::string_view existing_text, const std::vector<NewEntry>& additions,
                             std::string_view file_name = "mapping file");

struct NameChange {
  int line = 0;  // line of the row that was rewritten
  std::string gizmo_id;
  std::string old_name;
  std::string new_name;
};

struct SetNamesReport {
  int added = 0;      // gizmo ids that had no row: appended
  int renamed = 0;    // gizmo ids whose row(s) had another project name
  int unchanged = 0;  // gizmo ids whose row(s) already had this name
  std::vector<NameChange> changes;  // one per rewritten row
};

// `map import-sidebar`: names are (gizmo id, project name) pairs, e.g. from
// ParseSidebar. For a gizmo id that already has rows, only the project field
// of those rows is rewritten (other fields and lines stay byte for byte); new
// gizmo ids are appended in the order given. report may be null.
// Throws chatbeto::Error(kInvalidInput) like MergeMappingFile, and when names
// gives one gizmo id two different names.
std::string SetProjectNames(std::string_view existing_text,
                            const std::vector<std::pair<std::string, std::string>>& names,
                            SetNamesReport* report, std::string_view file_name = "mapping file");

}  // namespace chatbeto::mapping
