// The project mapping file (mappings/projects.csv): which ChatGPT project or
// custom GPT (gizmo id) belongs to which named project.
//
// Format: CSV (see csv.h) with the header gizmo_id,project,assistant_id,notes;
// assistant_id and notes are optional trailing columns, so the header has 2, 3
// or 4 columns and every row must have as many. '#' lines are comments.
// Unquoted fields are trimmed of spaces and tabs; quoted project names and
// notes are kept exactly (a name may start or end with a space only in quotes).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mapping/csv.h"

namespace chatbeto::mapping {

inline constexpr std::string_view kMappingHeader = "gizmo_id,project,assistant_id,notes";
inline constexpr size_t kMaxProjectNameChars = 255;  // projects.name is VARCHAR(255)

enum class Kind {
  kInvalid,
  kProject,    // g-p- followed by exactly 32 lowercase hex digits
  kCustomGpt,  // g- followed by 1-64 ASCII letters and digits
};
Kind GizmoKind(std::string_view id);

// Why name cannot be a project name (empty after trimming, longer than 255
// code points, invalid UTF-8, or a control character), or nullopt if it can.
// The reason reads after "project name ", e.g. "is empty".
std::optional<std::string> ProjectNameProblem(std::string_view name);
// True for "" and for asst_ followed by one or more ASCII letters and digits.
bool IsValidAssistantId(std::string_view id);

struct MappingRow {
  int line = 0;
  std::string gizmo_id;
  std::string project;
  std::string assistant_id;  // "" when absent
  std::string notes;         // "" when absent
};

struct MappingProblem {
  int line = 0;
  int column = 0;       // 0 when the problem is about the whole row
  std::string message;  // complete, e.g. `projects.csv:7: gizmo id "g-p-12" is not ...`
};

struct MappingFile {
  int columns = 0;                 // the header's column count; 0 if it is unusable
  std::vector<MappingRow> rows;    // valid rows only; one per gizmo id
  std::vector<MappingProblem> errors;    // sorted by line
  std::vector<MappingProblem> warnings;  // duplicate rows, names differing in case
  std::vector<CsvComment> comments;

  bool ok() const { return errors.empty(); }
};

// Reads and validates a whole mapping file, collecting every problem instead
// of stopping at the first. file_name only prefixes messages. Errors: CSV
// syntax, missing or wrong header (then no rows are read), wrong field count,
// bad gizmo id, bad project name, bad assistant id, one gizmo mapped to two
// projects or two assistant ids, one project given two assistant ids. Rows
// repeating an earlier row are warnings and are dropped.
MappingFile ParseMappingFile(std::string_view text, std::string_view file_name);

// The header's column count (2-4) if record is a valid header, else nullopt.
std::optional<int> MappingHeaderColumns(const CsvRecord& record);

}  // namespace chatbeto::mapping
