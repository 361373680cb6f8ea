// Projects in the database: gizmo ids seen in conversations, the mapping of
// gizmo ids to named projects (`map apply`), and per-project figures. SQL
// only; the mapping file's syntax and validation live in mapping/.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "mapping/mapping_file.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::projects {

struct GizmoInfo {
  std::string gizmo_id;
  std::string kind;  // "project", "gpt" or "unknown"
  int64_t conversations = 0;
  std::string first_date, last_date;  // YYYY-MM-DD, "" when unknown
  std::vector<std::string> sample_titles;  // up to 3, most recent first
  std::vector<std::string> all_titles;     // only when asked for (suggestions)
  std::string project;  // mapped project name, "" when unmapped
};

// Every gizmo id in conversations, most conversations first.
std::vector<GizmoInfo> ListGizmos(db::Connection& conn, bool unmapped_only, bool with_all_titles);
// Every conversation title (for document frequencies).
std::vector<std::string> AllTitles(db::Connection& conn);

struct ApplyReport {
  int projects_created = 0;
  int projects_updated = 0;      // assistant id, ChatGPT project id or notes changed
  int gizmos_mapped = 0;         // new gizmo -> project rows
  int gizmos_moved = 0;          // gizmo now points to another project
  int gizmos_unmapped = 0;       // removed with --prune
  int64_t conversations_set = 0;    // project_id set or changed
  int64_t conversations_cleared = 0;  // project_id cleared by --prune
  std::vector<std::string> changes;   // human lines, e.g. "create project \"Infra\""
  bool changed() const {
    return projects_created || projects_updated || gizmos_mapped || gizmos_moved ||
           gizmos_unmapped || conversations_set || conversations_cleared;
  }
};

// Makes the database match `rows` (already validated) in one transaction:
// upserts projects by name, maps gizmo ids, sets conversations.project_id.
// Gizmo ids mapped in the database but absent from rows are unmapped only
// with prune. With dry_run everything is computed and rolled back.
ApplyReport ApplyMapping(db::Connection& conn, const std::vector<mapping::MappingRow>& rows,
                         bool prune, bool dry_run);

struct ProjectInfo {
  int64_t id = 0;
  std::string name;
  std::string chatgpt_project_id, openai_assistant_id;
  std::vector<std::string> gizmo_ids;
  int64_t conversations = 0, messages = 0, synced = 0;
  std::string first_activity, last_activity;  // "YYYY-MM-DD HH:MM", "" when none
};

std::vector<ProjectInfo> ListProjects(db::Connection& conn);

}  // namespace chatbeto::projects
