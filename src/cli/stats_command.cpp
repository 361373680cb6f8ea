// `chatbeto stats`: what is in the database. Definitions (also in --help):
//   messages        nodes that carry a message (the null root is not one);
//                   the four parts below add up to it:
//   visible         on the path current_node -> root and not hidden
//   hidden          hidden (system, tool calls, thoughts, ...), on or off the path
//   branch messages off the visible path, not hidden (regenerations, edits)
//   absent          kept from an earlier version, missing from the newest one
//   mapped %        conversations with a project_id / all conversations
//   orphans %       conversations with a gizmo_id but no project / all
#include <cppconn/resultset.h>

#include "cli/commands.h"
#include "util/exit_codes.h"
#include "util/text.h"
#include "whatsapp/stats.h"

namespace chatbeto::cli {
namespace {

double Pct(int64_t part, int64_t whole) {
  return whole ? static_cast<double>(part) * 100.0 / static_cast<double>(whole) : 0.0;
}

Json Breakdown(db::Connection& conn, const std::string& sql) {
  Json out = Json::object();
  auto rs = conn.Query(sql);
  while (rs->next())
    out[rs->isNull(1) ? std::string("(none)") : std::string(rs->getString(1))] = rs->getInt64(2);
  return out;
}

int RunStats(Context& ctx) {
  auto conn = ctx.OpenDb();
  auto one = [&](const std::string& sql) { return conn->QueryInt(sql).value_or(0); };
  int64_t conversations = one("SELECT COUNT(*) FROM conversations");
  // One pass over idx_messages_nodes (schema/0024), which covers every
  // column these counts read. Nodes a newer version no longer has are never
  // on the visible path; they are counted apart and taken out of hidden /
  // branch, so that the parts add up to the total.
  auto rs = conn->Query(
      "SELECT COUNT(*), COALESCE(SUM(on_visible_path AND NOT hidden), 0), "
      "COALESCE(SUM(hidden), 0), COALESCE(SUM(NOT on_visible_path), 0), "
      "COALESCE(SUM(on_visible_path AND hidden), 0), "
      "COALESCE(SUM(absent_since_import_id IS NOT NULL), 0), "
      "COALESCE(SUM(absent_since_import_id IS NOT NULL AND hidden), 0) "
      "FROM messages WHERE role IS NOT NULL");
  rs->next();
  int64_t messages = rs->getInt64(1), visible = rs->getInt64(2), hidden = rs->getInt64(3),
          branch = rs->getInt64(4) - rs->getInt64(3) + rs->getInt64(5);
  const int64_t absent = rs->getInt64(6), absent_hidden = rs->getInt64(7);
  hidden -= absent_hidden;
  branch -= absent - absent_hidden;
  int64_t with_project = one("SELECT COUNT(*) FROM conversations WHERE project_id IS NOT NULL");
  int64_t orphans = one(
      "SELECT COUNT(*) FROM conversations WHERE gizmo_id IS NOT NULL AND project_id IS NULL");
  int64_t gizmos = one("SELECT COUNT(DISTINCT gizmo_id) FROM conversations");
  int64_t project_gizmos =
      one("SELECT COUNT(DISTINCT gizmo_id) FROM conversations WHERE gizmo_id LIKE 'g-p-%'");
  int64_t projects = one("SELECT COUNT(*) FROM projects");
  Json by_model = Breakdown(*conn,
                            "SELECT model_slug, COUNT(*) FROM messages WHERE role = 'assistant' "
                            "GROUP BY model_slug ORDER BY COUNT(*) DESC, model_slug");
  Json by_month = Breakdown(*conn,
                            "SELECT DATE_FORMAT(create_time, '%Y-%m'), COUNT(*) FROM "
                            "conversations GROUP BY 1 ORDER BY 1");

  Json doc = {{"ok", true},
              {"conversations", conversations},
              {"messages", {{"total", messages}, {"visible", visible}, {"hidden", hidden},
                            {"branch", branch}, {"absent_from_newest", absent}}},
              {"projects", projects},
              {"project_gizmo_ids", project_gizmos},
              {"conversations_with_project", with_project},
              {"mapped_pct", Pct(with_project, conversations)},
              {"orphans", orphans},
              {"orphans_pct", Pct(orphans, conversations)},
              {"unique_gizmo_ids", gizmos},
              {"messages_by_model", by_model},
              {"conversations_by_month", by_month}};
  doc["whatsapp"] = whatsapp::StatsJson(*conn);
  char pct[128];
  std::snprintf(pct, sizeof pct, "mapped %.1f%%, orphans %.1f%%", Pct(with_project, conversations),
                Pct(orphans, conversations));
  std::string text = "conversations:      " + WithThousands(conversations) +
                     "\nmessages:           " + WithThousands(messages) + " (" +
                     WithThousands(visible) + " visible, " + WithThousands(hidden) + " hidden, " +
                     WithThousands(branch) + " on branches, " + WithThousands(absent) +
                     " absent from the newest version)\nprojects:           " +
                     WithThousands(projects) + " named, " + WithThousands(project_gizmos) +
                     " project ids seen\nwith a project:     " + WithThousands(with_project) +
                     " (" + pct + ")\nunique gizmo ids:   " + WithThousands(gizmos) +
                     "\nby model (assistant messages):\n";
  for (auto& [k, v] : by_model.items()) text += "  " + k + ": " + WithThousands(v.get<int64_t>()) + "\n";
  text += "by month (conversations created):\n";
  for (auto& [k, v] : by_month.items()) text += "  " + k + ": " + WithThousands(v.get<int64_t>()) + "\n";
  text += whatsapp::StatsText(doc["whatsapp"]);
  ctx.Emit(doc, text);
  return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "stats", "Totals: conversations, messages (visible/hidden/branch), projects, mapped % "
               "(conversations with a project), orphans % (gizmo id but no project), gizmo ids, "
               "by model, by month");
  cmd->callback([&ctx] { ctx.run = [&ctx] { return RunStats(ctx); }; });
}

}  // namespace chatbeto::cli
