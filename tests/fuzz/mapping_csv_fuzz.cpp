// Fuzz target for the mapping file: CSV reader and writer, validation, and
// the two editors. Besides not crashing, checks (aborting on failure):
//  - records written with FormatCsvRecord read back identical (round trip);
//  - every record, comment and problem names a line inside the input;
//  - valid rows have valid gizmo ids and names, one row per gizmo id;
//  - MergeMappingFile keeps the input as a prefix, adds the new rows, and a
//    valid file stays valid;
//  - SetProjectNames leaves a readable file whose rows carry the new names.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "mapping/csv.h"
#include "mapping/mapping_edit.h"
#include "mapping/mapping_file.h"
#include "mapping/text.h"
#include "util/error.h"

using namespace chatbeto::mapping;

namespace {

const std::string kP1 = "g-p-0123456789abcdef0123456789abcdef";
const std::string kGpt = "g-fuzz42";

int CountLines(std::string_view s) {
  int lines = 1;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))) ++lines;
  return lines;
}

void CheckRoundTrip(const CsvDocument& doc) {
  std::string written;
  for (const CsvComment& c : doc.comments) written += c.text + "\n";
  for (const CsvRecord& r : doc.records) written += FormatCsvRecord(r.Values()) + "\n";
  const CsvDocument back = ReadCsv(written);
  CHECK(back.errors.empty());
  CHECK(back.comments.size() == doc.comments.size());
  for (size_t i = 0; i < doc.comments.size(); ++i)
    CHECK(back.comments[i].text == doc.comments[i].text);
  CHECK(back.records.size() == doc.records.size());
  for (size_t i = 0; i < doc.records.size(); ++i)
    CHECK(back.records[i].Values() == doc.records[i].Values());
}

void CheckMerge(std::string_view text, bool editable, bool valid) {
  const std::vector<NewEntry> additions = {{kP1, "Fuzz, \"Project\"", {"1 conversation"}},
                                           {kGpt, " spaced ", {}}};
  std::string merged;
  try {
    merged = MergeMappingFile(text, additions, "fuzz.csv");
  } catch (const chatbeto::Error&) {
    CHECK(!editable);
    return;
  }
  CHECK(editable);
  CHECK(merged.compare(0, text.size(), text) == 0);
  const CsvDocument doc = ReadCsv(merged);
  CHECK(doc.errors.empty());
  std::set<std::string> ids;
  for (const CsvRecord& r : doc.records) ids.insert(std::string(TrimBlanks(r.fields[0].value)));
  CHECK(ids.count(kP1) && ids.count(kGpt));
  if (valid) CHECK(ParseMappingFile(merged, "fuzz.csv").ok());
}

void CheckSetNames(std::string_view text, bool editable, const MappingFile& file) {
  std::vector<std::pair<std::string, std::string>> names = {{kP1, "Renamed, \"q\""},
                                                            {kGpt, " lead"}};
  if (!file.rows.empty() && file.rows.front().gizmo_id != kP1 &&
      file.rows.front().gizmo_id != kGpt)
    names.emplace_back(file.rows.front().gizmo_id, "First #1");
  SetNamesReport report;
  std::string out;
  try {
    out = SetProjectNames(text, names, &report, "fuzz.csv");
  } catch (const chatbeto::Error&) {
    CHECK(!editable);
    return;
  }
  CHECK(editable);
  CHECK(report.added + report.renamed + report.unchanged == static_cast<int>(names.size()));
  const CsvDocument doc = ReadCsv(out);
  CHECK(doc.errors.empty());
  for (size_t i = 1; i < doc.records.size(); ++i) {
    const CsvRecord& r = doc.records[i];
    if (r.fields.size() < 2) continue;
    const std::string id(TrimBlanks(r.fields[0].value));
    const CsvField& f = r.fields[1];
    const std::string_view project = f.quoted ? std::string_view(f.value) : TrimBlanks(f.value);
    for (const auto& [gizmo, name] : names)
      if (gizmo == id) CHECK(project == name);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const int lines = CountLines(text);

  const CsvDocument doc = ReadCsv(text);
  for (const CsvError& e : doc.errors) CHECK(e.line >= 1 && e.line <= lines && e.column >= 1);
  for (const CsvComment& c : doc.comments) CHECK(c.line >= 1 && c.line <= lines);
  for (const CsvRecord& r : doc.records) {
    CHECK(r.line >= 1 && r.line <= lines && !r.fields.empty());
    CHECK(r.begin <= r.end && r.end <= size);
    for (const CsvField& f : r.fields) {
      CHECK(r.begin <= f.begin && f.begin <= f.end && f.end <= r.end);
      if (!f.quoted) CHECK(text.substr(f.begin, f.end - f.begin) == f.value);
    }
  }
  CheckRoundTrip(doc);

  const MappingFile file = ParseMappingFile(text, "fuzz.csv");
  for (const MappingProblem& p : file.errors) {
    CHECK(p.line >= 1 && p.line <= lines);
    CHECK(p.message.rfind("fuzz.csv:", 0) == 0);
  }
  std::set<std::string> ids;
  for (const MappingRow& row : file.rows) {
    CHECK(GizmoKind(row.gizmo_id) != Kind::kInvalid);
    CHECK(!ProjectNameProblem(row.project));
    CHECK(IsValidAssistantId(row.assistant_id));
    CHECK(ids.insert(row.gizmo_id).second);
  }

  // The editors refuse exactly the files whose CSV or header is broken.
  const bool editable = doc.errors.empty() &&
                        (doc.records.empty() || MappingHeaderColumns(doc.records.front()));
  CheckMerge(text, editable, file.ok());
  CheckSetNames(text, editable, file);
  return 0;
}
