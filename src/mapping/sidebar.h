// Project names from the JSON the ChatGPT web app loads for its project
// sidebar (GET /backend-api/gizmos/snorlax/sidebar), saved from the browser.
// Project names are not in the data export; this is where `map import-sidebar`
// gets them, exactly as ChatGPT shows them.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::mapping {

struct SidebarProject {
  std::string gizmo_id;  // valid per GizmoKind
  std::string name;      // exactly as in ChatGPT; valid per ProjectNameProblem
  std::string where;     // for messages, e.g. "sidebar-2.json: [1].items[4]"
};

struct SidebarDiagnostics {
  std::vector<std::string> warnings;  // items skipped (no id or name, bad id or name)
  std::vector<std::string> errors;    // one gizmo id with two different names
};

// Accepts one page {"items": [...], "cursor": ...} or an array of pages. For
// each item the id and name are items[i].gizmo.gizmo.id and
// items[i].gizmo.gizmo.display.name, or items[i].gizmo.id and
// items[i].gizmo.display.name. Items without them are skipped with a warning.
// Repeats (same id, same name) are dropped; an id with two names is an error
// and keeps its first name. Problems go to diagnostics when it is given;
// otherwise warnings are logged and errors thrown.
// Throws chatbeto::Error(kInvalidInput): "<file_name>: byte N: ..." for invalid
// JSON (N: 0-based offset where the parser found the problem), or when there is no
// "items" array at all.
std::vector<SidebarProject> ParseSidebar(std::string_view json, std::string_view file_name,
                                         SidebarDiagnostics* diagnostics = nullptr);

// Combines the results of several files (pages saved separately): keeps the
// first of each id, drops repeats, and appends an error to errors for each id
// given a different name. Order is kept.
std::vector<SidebarProject> DedupeSidebarProjects(const std::vector<SidebarProject>& projects,
                                                  std::vector<std::string>* errors);

}  // namespace chatbeto::mapping
