#include "mapping/mapping_edit.h"

#include <map>
#include <set>

#include "mapping/csv.h"
#include "mapping/mapping_file.h"
#include "mapping/text.h"
#include "util/error.h"

namespace chatbeto::mapping {
namespace {

// existing_text read just enough to edit it safely.
struct EditableFile {
  CsvDocument csv;
  int columns = 4;         // header's column count; 4 when a header must be added
  bool has_header = false;
};

[[noreturn]] void Fail(const std::string& message) {
  throw Error(ErrorKind::kInvalidInput, message);
}

EditableFile ReadEditable(std::string_view text, std::string_view file_name) {
  EditableFile file;
  file.csv = ReadCsv(text);
  if (!file.csv.errors.empty()) {
    const CsvError& e = file.csv.errors.front();
    Fail(std::string(file_name) + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) +
         ": " + e.message + "; fix the file before adding to it");
  }
  if (file.csv.records.empty()) return file;
  const CsvRecord& header = file.csv.records.front();
  const auto columns = MappingHeaderColumns(header);
  if (!columns)
    Fail(std::string(file_name) + ":" + std::to_string(header.line) +
         ": the first row must be the header " + std::string(kMappingHeader) +
         " (assistant_id and notes may be left out); fix the file before adding to it");
  file.columns = *columns;
  file.has_header = true;
  return file;
}

void CheckEntry(std::string_view gizmo_id, std::string_view project) {
  if (GizmoKind(gizmo_id) == Kind::kInvalid)
    Fail("cannot add gizmo id " + QuoteForMessage(gizmo_id) +
         " to the mapping file: it is not a project or custom GPT id");
  if (auto problem = ProjectNameProblem(project))
    Fail("cannot add gizmo id " + std::string(gizmo_id) + " to the mapping file: project name " +
         *problem);
}

// Appends rows to text, which is existing_text or an edited copy of it.
class Appender {
 public:
  Appender(const EditableFile& file, std::string* text) : file_(file), text_(text) {}

  void Comment(std::string_view line) {
    std::string clean(line);
    for (char& c : clean)
      if (c == '\r' || c == '\n') c = ' ';
    if (clean.empty() || clean.front() != '#') clean.insert(0, "# ");
    Line(clean);
  }

  void Row(const std::string& gizmo_id, const std::string& project) {
    std::vector<std::string> values = {gizmo_id, project};
    values.resize(static_cast<size_t>(file_.columns));
    Line(FormatCsvRecord(values));
  }

 private:
  void Line(std::string_view line) {
    if (!started_) {
      // The last line may lack its terminator; the new one must not join it.
      if (!text_->empty() && text_->back() != '\n' && text_->back() != '\r')
        *text_ += file_.csv.line_ending;
      if (!file_.has_header) *text_ += std::string(kMappingHeader) + file_.csv.line_ending;
      started_ = true;
    }
    *text_ += line;
    *text_ += file_.csv.line_ending;
  }

  const EditableFile& file_;
  std::string* text_;
  bool started_ = false;
};

}  // namespace

std::string MergeMappingFile(std::string_view existing_text, const std::vector<NewEntry>& additions,
                             std::string_view file_name) {
  const EditableFile file = ReadEditable(existing_text, file_name);
  std::set<std::string, std::less<>> present;
  for (size_t i = 1; i < file.csv.records.size(); ++i)
    present.emplace(TrimBlanks(file.csv.records[i].fields[0].value));

  std::string text(existing_text);
  Appender append(file, &text);
  for (const NewEntry& entry : additions) {
    CheckEntry(entry.gizmo_id, entry.project);
    if (!present.insert(entry.gizmo_id).second) continue;
    for (const std::string& line : entry.comment_lines) append.Comment(line);
    append.Row(entry.gizmo_id, entry.project);
  }
  return text;
}

std::string SetProjectNames(std::string_view existing_text,
                            const std::vector<std::pair<std::string, std::string>>& names,
                            SetNamesReport* report, std::string_view file_name) {
  SetNamesReport local;
  SetNamesReport& r = report ? *report : local;
  r = SetNamesReport{};
  const EditableFile file = ReadEditable(existing_text, file_name);

  std::map<std::string, std::string, std::less<>> wanted;  // gizmo id -> name
  for (const auto& [gizmo_id, name] : names) {
    CheckEntry(gizmo_id, name);
    auto [it, inserted] = wanted.emplace(gizmo_id, name);
    if (!inserted && it->second != name)
      Fail("gizmo id " + gizmo_id + " is given two names, " + QuoteForMessage(it->second) +
           " and " + QuoteForMessage(name) + "; which one is current?");
  }

  // Rewrite the project field in place, copying everything between edits.
  std::string text;
  size_t copied = 0;
  std::map<std::string, bool, std::less<>> seen;  // gizmo id -> some row was renamed
  for (size_t i = 1; i < file.csv.records.size(); ++i) {
    const CsvRecord& record = file.csv.records[i];
    const std::string gizmo_id(TrimBlanks(record.fields[0].value));
    auto it = wanted.find(gizmo_id);
    if (it == wanted.end()) continue;
    if (record.fields.size() < 2) {
      // A row with the id alone gets its name added (instead of a second row
      // for the same id after it).
      const CsvField& id_field = record.fields[0];
      text.append(existing_text.substr(copied, id_field.end - copied));
      text += "," + FormatCsvField(it->second);
      copied = id_field.end;
      seen[gizmo_id] = true;
      r.changes.push_back({record.line, gizmo_id, "", it->second});
      continue;
    }
    const CsvField& field = record.fields[1];
    const std::string current = field.quoted ? field.value : std::string(TrimBlanks(field.value));
    bool& renamed = seen[gizmo_id];
    if (current == it->second) continue;
    text.append(existing_text.substr(copied, field.begin - copied));
    text += FormatCsvField(it->second);
    copied = field.end;
    renamed = true;
    r.changes.push_back({record.line, gizmo_id, current, it->second});
  }
  text.append(existing_text.substr(copied));

  Appender append(file, &text);
  std::set<std::string, std::less<>> appended;
  for (const auto& [gizmo_id, name] : names) {
    if (auto s = seen.find(gizmo_id); s != seen.end()) {
      if (appended.insert(gizmo_id).second) ++(s->second ? r.renamed : r.unchanged);
      continue;
    }
    if (!appended.insert(gizmo_id).second) continue;
    append.Row(gizmo_id, name);
    ++r.added;
  }
  return text;
}

}  // namespace chatbeto::mapping
