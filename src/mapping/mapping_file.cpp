#include "mapping/mapping_file.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>

#include "mapping/text.h"

namespace chatbeto::mapping {
namespace {

constexpr std::string_view kColumnNames[] = {"gizmo_id", "project", "assistant_id", "notes"};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsLowerHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

std::string Location(std::string_view file_name, int line, int column = 0) {
  std::string out(file_name);
  out += ':' + std::to_string(line);
  if (column > 0) out += ':' + std::to_string(column);
  return out + ": ";
}

// Unquoted values are trimmed because hand-edited files often have a space
// after the comma; quoted ones are exact because the writer quotes a name
// with outer spaces precisely to keep them.
std::string FieldText(const CsvField& field) {
  return field.quoted ? field.value : std::string(TrimBlanks(field.value));
}

class Validator {
 public:
  Validator(std::string_view file_name, MappingFile* out) : file_(file_name), out_(out) {}

  void Row(const CsvRecord& record) {
    const int line = record.line;
    const size_t columns = static_cast<size_t>(out_->columns);
    if (record.fields.size() != columns) {
      std::string message = std::to_string(record.fields.size()) + " fields, but the header has " +
                            std::to_string(columns) + " columns";
      if (record.fields.size() > columns)
        message += " (a value containing a comma must be in double quotes)";
      Error(line, message);
      return;
    }
    MappingRow row;
    row.line = line;
    row.gizmo_id = std::string(TrimBlanks(record.fields[0].value));
    row.project = FieldText(record.fields[1]);
    if (columns > 2) row.assistant_id = std::string(TrimBlanks(record.fields[2].value));
    if (columns > 3) row.notes = FieldText(record.fields[3]);
    if (!CheckValues(row)) return;
    if (!CheckAgainstEarlierRows(row)) return;
    by_gizmo_.emplace(row.gizmo_id, out_->rows.size());
    if (!row.assistant_id.empty()) assistant_of_project_.emplace(row.project, out_->rows.size());
    spelling_of_project_.emplace(ToLowerAscii(row.project), out_->rows.size());
    out_->rows.push_back(std::move(row));
  }

  void Error(int line, const std::string& message, int column = 0) {
    out_->errors.push_back({line, column, Location(file_, line, column) + message});
  }
  void Warning(int line, const std::string& message) {
    out_->warnings.push_back({line, 0, Location(file_, line) + message});
  }

 private:
  bool CheckValues(const MappingRow& row) {
    bool ok = true;
    if (row.gizmo_id.empty()) {
      Error(row.line, "gizmo id is empty");
      ok = false;
    } else if (GizmoKind(row.gizmo_id) == Kind::kInvalid) {
      Error(row.line, "gizmo id " + QuoteForMessage(row.gizmo_id) +
                          " is not a project id (g-p- followed by 32 hex digits) or a custom "
                          "GPT id (g- followed by letters and digits)");
      ok = false;
    }
    if (auto problem = ProjectNameProblem(row.project)) {
      Error(row.line, "project name " + *problem);
      ok = false;
    }
    if (!IsValidAssistantId(row.assistant_id)) {
      Error(row.line, "assistant id " + QuoteForMessage(row.assistant_id) +
                          " is not asst_ followed by letters and digits; leave it empty if the "
                          "project has no assistant");
      ok = false;
    }
    return ok;
  }

  bool CheckAgainstEarlierRows(const MappingRow& row) {
    if (auto it = by_gizmo_.find(row.gizmo_id); it != by_gizmo_.end()) {
      const MappingRow& earlier = out_->rows[it->second];
      const std::string on_line = " on line " + std::to_string(earlier.line);
      if (earlier.project != row.project) {
        Error(row.line, "gizmo id " + QuoteForMessage(row.gizmo_id) + " is mapped to " +
                            QuoteForMessage(earlier.project) + on_line + " and to " +
                            QuoteForMessage(row.project) +
                            " here; a gizmo belongs to one project, delete one of the rows");
      } else if (earlier.assistant_id != row.assistant_id) {
        Error(row.line, "gizmo id " + QuoteForMessage(row.gizmo_id) + " has assistant id " +
                            QuoteForMessage(earlier.assistant_id) + on_line + " and " +
                            QuoteForMessage(row.assistant_id) + " here");
      } else {
        Warning(row.line, "repeats the row" + on_line + "; ignored");
      }
      return false;
    }
    if (!row.assistant_id.empty()) {
      auto it = assistant_of_project_.find(row.project);
      if (it != assistant_of_project_.end()) {
        const MappingRow& earlier = out_->rows[it->second];
        if (earlier.assistant_id != row.assistant_id) {
          Error(row.line, "project " + QuoteForMessage(row.project) + " has assistant id " +
                              QuoteForMessage(earlier.assistant_id) + " on line " +
                              std::to_string(earlier.line) + " and " +
                              QuoteForMessage(row.assistant_id) +
                              " here; a project has one assistant");
          return false;
        }
      }
    }
    // The database compares names case-insensitively, so these would merge.
    if (auto it = spelling_of_project_.find(ToLowerAscii(row.project));
        it != spelling_of_project_.end()) {
      const MappingRow& earlier = out_->rows[it->second];
      if (earlier.project != row.project)
        Warning(row.line, "project " + QuoteForMessage(row.project) + " differs from " +
                              QuoteForMessage(earlier.project) + " on line " +
                              std::to_string(earlier.line) +
                              " only in letter case; the database treats them as one project");
    }
    return true;
  }

  std::string_view file_;
  MappingFile* out_;
  // Each maps to the index in out_->rows of the first row with that key.
  std::map<std::string, size_t, std::less<>> by_gizmo_;
  std::map<std::string, size_t, std::less<>> assistant_of_project_;  // rows with an assistant
  std::map<std::string, size_t, std::less<>> spelling_of_project_;   // ASCII-lowercased name
};

}  // namespace

Kind GizmoKind(std::string_view id) {
  constexpr std::string_view kProjectPrefix = "g-p-";
  if (id.substr(0, kProjectPrefix.size()) == kProjectPrefix) {
    const std::string_view hex = id.substr(kProjectPrefix.size());
    if (hex.size() == 32 && std::all_of(hex.begin(), hex.end(), IsLowerHex))
      return Kind::kProject;
    return Kind::kInvalid;  // '-' is not alphanumeric, so not a custom GPT either
  }
  if (id.substr(0, 2) != "g-") return Kind::kInvalid;
  const std::string_view rest = id.substr(2);
  if (rest.empty() || rest.size() > 64 || !std::all_of(rest.begin(), rest.end(), IsAsciiAlnum))
    return Kind::kInvalid;
  return Kind::kCustomGpt;
}

std::optional<std::string> ProjectNameProblem(std::string_view name) {
  if (TrimBlanks(name).empty()) return "is empty";
  if (const size_t bad = FindInvalidUtf8(name); bad != std::string_view::npos)
    return "is not valid UTF-8 (byte " + std::to_string(bad + 1) + " of the name); save the "
           "file as UTF-8";
  char32_t cp;
  for (size_t i = 0; i < name.size();) {
    const size_t n = DecodeUtf8(name, i, &cp);  // > 0: validated above
    if (IsControl(cp)) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      return QuoteForMessage(name) + " contains a control character (" + code + ")";
    }
    i += n;
  }
  if (const size_t n = CountCodePoints(name); n > kMaxProjectNameChars)
    return "is " + std::to_string(n) + " characters long; the limit is " +
           std::to_string(kMaxProjectNameChars);
  return std::nullopt;
}

bool IsValidAssistantId(std::string_view id) {
  if (id.empty()) return true;
  constexpr std::string_view kPrefix = "asst_";
  if (id.size() <= kPrefix.size() || id.substr(0, kPrefix.size()) != kPrefix) return false;
  return std::all_of(id.begin() + kPrefix.size(), id.end(), IsAsciiAlnum);
}

std::optional<int> MappingHeaderColumns(const CsvRecord& record) {
  const size_t n = record.fields.size();
  if (n < 2 || n > 4) return std::nullopt;
  for (size_t i = 0; i < n; ++i)
    if (!EqualsIgnoreAsciiCase(TrimBlanks(record.fields[i].value), kColumnNames[i]))
      return std::nullopt;
  return static_cast<int>(n);
}

MappingFile ParseMappingFile(std::string_view text, std::string_view file_name) {
  CsvDocument csv = ReadCsv(text);
  MappingFile out;
  out.comments = std::move(csv.comments);
  Validator validator(file_name, &out);
  for (const CsvError& e : csv.errors) validator.Error(e.line, e.message, e.column);

  const bool header_unreadable = !csv.errors.empty() &&
      (csv.records.empty() || csv.errors.front().line < csv.records.front().line);
  if (header_unreadable) return out;  // the CSV error already says what is wrong
  if (csv.records.empty()) {
    validator.Error(1, "no header; the file must start with " + std::string(kMappingHeader) +
                           " (assistant_id and notes may be left out)");
    return out;
  }
  const CsvRecord& header = csv.records.front();
  if (auto columns = MappingHeaderColumns(header)) {
    out.columns = *columns;
  } else {
    const bool data_row = !header.fields.empty() &&
        GizmoKind(TrimBlanks(header.fields[0].value)) != Kind::kInvalid;
    validator.Error(header.line,
                    std::string(data_row ? "the header is missing" : "the header is wrong") +
                        "; the first row must be " + std::string(kMappingHeader) +
                        " (assistant_id and notes may be left out), in that order");
    return out;
  }
  for (size_t i = 1; i < csv.records.size(); ++i) validator.Row(csv.records[i]);

  auto by_line = [](const MappingProblem& a, const MappingProblem& b) { return a.line < b.line; };
  std::stable_sort(out.errors.begin(), out.errors.end(), by_line);
  std::stable_sort(out.warnings.begin(), out.warnings.end(), by_line);
  return out;
}

}  // namespace chatbeto::mapping
