// Fuzz target for ParseSidebar (JSON saved from the browser). Besides not
// crashing, checks (aborting on failure): failures are chatbeto::Error naming
// the file; every project returned has a valid id and name, ids are unique; and
// writing the result into an empty mapping file gives a file that validates.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "mapping/mapping_edit.h"
#include "mapping/mapping_file.h"
#include "mapping/sidebar.h"
#include "util/error.h"

using namespace chatbeto::mapping;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  SidebarDiagnostics diagnostics;
  std::vector<SidebarProject> projects;
  try {
    projects = ParseSidebar(json, "fuzz.json", &diagnostics);
  } catch (const chatbeto::Error& e) {
    CHECK(e.kind() == chatbeto::ErrorKind::kInvalidInput);
    CHECK(std::string_view(e.what()).rfind("fuzz.json: ", 0) == 0);
    return 0;
  }
  std::set<std::string> ids;
  std::vector<std::pair<std::string, std::string>> names;
  for (const SidebarProject& p : projects) {
    CHECK(GizmoKind(p.gizmo_id) != Kind::kInvalid);
    CHECK(!ProjectNameProblem(p.name));
    CHECK(ids.insert(p.gizmo_id).second);
    CHECK(p.where.rfind("fuzz.json: ", 0) == 0);
    names.emplace_back(p.gizmo_id, p.name);
  }
  for (const std::string& m : diagnostics.warnings) CHECK(m.rfind("fuzz.json: ", 0) == 0);
  for (const std::string& m : diagnostics.errors) CHECK(m.rfind("fuzz.json: ", 0) == 0);

  SetNamesReport report;
  const std::string file = SetProjectNames("", names, &report, "fuzz.csv");
  CHECK(report.added == static_cast<int>(names.size()));
  const MappingFile parsed = ParseMappingFile(file, "fuzz.csv");
  CHECK(names.empty() || parsed.ok());
  CHECK(parsed.rows.size() == names.size());
  for (size_t i = 0; i < names.size(); ++i) CHECK(parsed.rows[i].project == names[i].second);
  return 0;
}
