#include "projects/project_store.h"

#include <cppconn/resultset.h>

#include <map>
#include <set>

#include "db/connection.h"
#include "db/retry.h"

namespace chatbeto::projects {
namespace {

std::string Str(sql::ResultSet& rs, int col) {
  return rs.isNull(col) ? std::string() : std::string(rs.getString(col));
}

std::string KindOf(const std::string& id) {
  switch (mapping::GizmoKind(id)) {
    case mapping::Kind::kProject: return "project";
    case mapping::Kind::kCustomGpt: return "gpt";
    default: return "unknown";
  }
}

}  // namespace

std::vector<GizmoInfo> ListGizmos(db::Connection& conn, bool unmapped_only, bool with_all_titles) {
  std::vector<GizmoInfo> out;
  std::map<std::string, size_t> index;
  auto rs = conn.Query(
      "SELECT c.gizmo_id, COUNT(*), DATE_FORMAT(MIN(c.create_time), '%Y-%m-%d'), "
      "DATE_FORMAT(MAX(COALESCE(c.update_time, c.create_time)), '%Y-%m-%d'), MAX(p.name) "
      "FROM conversations c LEFT JOIN project_gizmos pg ON pg.gizmo_id = c.gizmo_id "
      "LEFT JOIN projects p ON p.id = pg.project_id WHERE c.gizmo_id IS NOT NULL "
      "GROUP BY c.gizmo_id ORDER BY COUNT(*) DESC, c.gizmo_id");
  while (rs->next()) {
    GizmoInfo g;
    g.gizmo_id = Str(*rs, 1);
    g.kind = KindOf(g.gizmo_id);
    g.conversations = rs->getInt64(2);
    g.first_date = Str(*rs, 3);
    g.last_date = Str(*rs, 4);
    g.project = Str(*rs, 5);
    if (unmapped_only && !g.project.empty()) continue;
    index[g.gizmo_id] = out.size();
    out.push_back(std::move(g));
  }
  auto titles = conn.Query(
      "SELECT gizmo_id, title, rn FROM (SELECT gizmo_id, title, ROW_NUMBER() OVER (PARTITION BY "
      "gizmo_id ORDER BY COALESCE(update_time, create_time) DESC, id) AS rn FROM conversations "
      "WHERE gizmo_id IS NOT NULL AND title IS NOT NULL AND title <> '') t" +
      std::string(with_all_titles ? "" : " WHERE rn <= 3") + " ORDER BY gizmo_id, rn");
  while (titles->next()) {
    auto it = index.find(Str(*titles, 1));
    if (it == index.end()) continue;
    auto& g = out[it->second];
    std::string title = Str(*titles, 2);
    if (g.sample_titles.size() < 3) g.sample_titles.push_back(title);
    if (with_all_titles) g.all_titles.push_back(std::move(title));
  }
  return out;
}

std::vector<std::string> AllTitles(db::Connection& conn) {
  std::vector<std::string> out;
  auto rs = conn.Query("SELECT title FROM conversations WHERE title IS NOT NULL ORDER BY id");
  while (rs->next()) out.push_back(Str(*rs, 1));
  return out;
}

namespace {
ApplyReport ApplyMappingOnce(db::Connection& conn, const std::vector<mapping::MappingRow>& rows,
                             bool prune, bool dry_run) {
  ApplyReport r;
  // The desired state, per project name (first row of a project sets its
  // ChatGPT project id and notes; the assistant id is the one given).
  struct Wanted {
    std::string chatgpt_project_id, assistant_id, notes;
  };
  std::map<std::string, Wanted> wanted;
  std::map<std::string, std::string> gizmo_to_project;
  for (const auto& row : rows) {
    auto& w = wanted[row.project];
    if (w.chatgpt_project_id.empty() && mapping::GizmoKind(row.gizmo_id) == mapping::Kind::kProject)
      w.chatgpt_project_id = row.gizmo_id;
    if (!row.assistant_id.empty()) w.assistant_id = row.assistant_id;
    if (w.notes.empty()) w.notes = row.notes;
    gizmo_to_project[row.gizmo_id] = row.project;
  }

  db::Transaction tx(conn);
  std::map<std::string, int64_t> project_ids;
  {
    // Lock what we compare against so a concurrent apply cannot interleave.
    auto rs = conn.Query(
        "SELECT id, name, COALESCE(chatgpt_project_id, ''), COALESCE(openai_assistant_id, ''), "
        "COALESCE(notes, '') FROM projects FOR UPDATE");
    std::map<std::string, Wanted> have;
    while (rs->next()) {
      project_ids[Str(*rs, 2)] = rs->getInt64(1);
      have[Str(*rs, 2)] = {Str(*rs, 3), Str(*rs, 4), Str(*rs, 5)};
    }
    for (const auto& [name, w] : wanted) {
      auto h = have.find(name);
      auto nullable = [](const std::string& s) { return s.empty() ? std::string("NULL") : db::Quote(s); };
      if (h == have.end()) {
        conn.Execute(
            "INSERT INTO projects (name, chatgpt_project_id, openai_assistant_id, notes, "
            "created_at, updated_at) VALUES (" + db::Quote(name) + "," +
            nullable(w.chatgpt_project_id) + "," + nullable(w.assistant_id) + "," +
            nullable(w.notes) + ", UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        project_ids[name] = conn.QueryInt("SELECT LAST_INSERT_ID()").value_or(0);
        r.projects_created++;
        r.changes.push_back("create project \"" + name + "\"");
      } else if (h->second.chatgpt_project_id != w.chatgpt_project_id ||
                 h->second.assistant_id != w.assistant_id || h->second.notes != w.notes) {
        conn.Execute("UPDATE projects SET chatgpt_project_id = " + nullable(w.chatgpt_project_id) +
                     ", openai_assistant_id = " + nullable(w.assistant_id) +
                     ", notes = " + nullable(w.notes) +
                     ", updated_at = UTC_TIMESTAMP(6) WHERE id = " +
                     std::to_string(project_ids[name]));
        r.projects_updated++;
        r.changes.push_back("update project \"" + name + "\"");
      }
    }
  }
  std::map<std::string, int64_t> mapped;
  {
    auto rs = conn.Query("SELECT gizmo_id, project_id FROM project_gizmos FOR UPDATE");
    while (rs->next()) mapped[Str(*rs, 1)] = rs->getInt64(2);
  }
  std::vector<std::string> pruned;
  for (const auto& [gizmo, project] : gizmo_to_project) {
    int64_t pid = project_ids.at(project);
    std::string kind = KindOf(gizmo);
    auto m = mapped.find(gizmo);
    if (m == mapped.end()) {
      conn.Execute("INSERT INTO project_gizmos (gizmo_id, project_id, kind) VALUES (" +
                   db::Quote(gizmo) + "," + std::to_string(pid) + "," + db::Quote(kind) + ")");
      r.gizmos_mapped++;
      r.changes.push_back("map " + gizmo + " -> \"" + project + "\"");
    } else if (m->second != pid) {
      conn.Execute("UPDATE project_gizmos SET project_id = " + std::to_string(pid) +
                   " WHERE gizmo_id = " + db::Quote(gizmo));
      r.gizmos_moved++;
      r.changes.push_back("move " + gizmo + " -> \"" + project + "\"");
    }
  }
  if (prune) {
    for (const auto& [gizmo, pid] : mapped) {
      if (gizmo_to_project.count(gizmo)) continue;
      conn.Execute("DELETE FROM project_gizmos WHERE gizmo_id = " + db::Quote(gizmo));
      pruned.push_back(gizmo);
      r.gizmos_unmapped++;
      r.changes.push_back("unmap " + gizmo + " (--prune)");
    }
    r.conversations_cleared = conn.Execute(
        "UPDATE conversations c LEFT JOIN project_gizmos pg ON pg.gizmo_id = c.gizmo_id "
        "SET c.project_id = NULL WHERE c.project_id IS NOT NULL AND pg.gizmo_id IS NULL");
  }
  r.conversations_set = conn.Execute(
      "UPDATE conversations c JOIN project_gizmos pg ON pg.gizmo_id = c.gizmo_id "
      "SET c.project_id = pg.project_id WHERE NOT (c.project_id <=> pg.project_id)");
  if (dry_run) return r;  // the transaction rolls back
  tx.Commit();
  return r;
}
}  // namespace

ApplyReport ApplyMapping(db::Connection& conn, const std::vector<mapping::MappingRow>& rows,
                         bool prune, bool dry_run) {
  // An import writing conversations at the same time can deadlock with the
  // UPDATE of conversations.project_id: the server rolls back, we run again.
  return db::RetryOnLockConflict(conn, "map apply",
                                 [&] { return ApplyMappingOnce(conn, rows, prune, dry_run); });
}

std::vector<ProjectInfo> ListProjects(db::Connection& conn) {
  std::vector<ProjectInfo> out;
  std::map<int64_t, size_t> index;
  auto rs = conn.Query(
      "SELECT p.id, p.name, p.chatgpt_project_id, p.openai_assistant_id, "
      "(SELECT COUNT(*) FROM conversations c WHERE c.project_id = p.id), "
      "(SELECT COUNT(*) FROM messages m FORCE INDEX (idx_messages_nodes) JOIN conversations c "
      "ON c.id = m.conversation_id "
      "  WHERE c.project_id = p.id AND m.role IS NOT NULL), "
      "(SELECT COUNT(*) FROM conversations c WHERE c.project_id = p.id "
      "  AND c.openai_conversation_id IS NOT NULL), "
      "(SELECT DATE_FORMAT(MIN(c.create_time), '%Y-%m-%d %H:%i') FROM conversations c "
      "  WHERE c.project_id = p.id), "
      "(SELECT DATE_FORMAT(MAX(COALESCE(c.update_time, c.create_time)), '%Y-%m-%d %H:%i') "
      "  FROM conversations c WHERE c.project_id = p.id) "
      "FROM projects p ORDER BY p.name");
  while (rs->next()) {
    ProjectInfo p;
    p.id = rs->getInt64(1);
    p.name = Str(*rs, 2);
    p.chatgpt_project_id = Str(*rs, 3);
    p.openai_assistant_id = Str(*rs, 4);
    p.conversations = rs->getInt64(5);
    p.messages = rs->getInt64(6);
    p.synced = rs->getInt64(7);
    p.first_activity = Str(*rs, 8);
    p.last_activity = Str(*rs, 9);
    index[p.id] = out.size();
    out.push_back(std::move(p));
  }
  auto g = conn.Query("SELECT project_id, gizmo_id FROM project_gizmos ORDER BY gizmo_id");
  while (g->next())
    if (auto it = index.find(g->getInt64(1)); it != index.end())
      out[it->second].gizmo_ids.push_back(Str(*g, 2));
  return out;
}

}  // namespace chatbeto::projects
