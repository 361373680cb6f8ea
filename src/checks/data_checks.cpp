#include "checks/data_checks.h"

#include <cppconn/resultset.h>

#include <cstdio>

#include "db/connection.h"
#include "whatsapp/stats.h"

namespace chatbeto::checks {
namespace {

CheckResult Named(std::string name, std::string description) {
  CheckResult r;
  r.name = std::move(name);
  r.description = std::move(description);
  return r;
}

// Runs `ids_sql` (one id column) and fills count + up to five examples.
CheckResult Collect(db::Connection& conn, std::string name, std::string description,
                    const std::string& ids_sql) {
  CheckResult r = Named(std::move(name), std::move(description));
  r.count = conn.QueryInt("SELECT COUNT(*) FROM (" + ids_sql + ") t").value_or(0);
  r.passed = r.count == 0;
  if (r.passed) return r;  // the sorted query can cost far more than the count
  auto rs = conn.Query(ids_sql + " ORDER BY 1 LIMIT 5");
  while (rs->next()) r.examples.push_back(rs->isNull(1) ? "(null)" : std::string(rs->getString(1)));
  return r;
}

}  // namespace

CheckResult CollectIds(db::Connection& conn, std::string name, std::string description,
                       const std::string& ids_sql) {
  return Collect(conn, std::move(name), std::move(description), ids_sql);
}

CheckResult OrphanRatioCheck(int64_t orphans, int64_t conversations,
                             std::optional<double> max_ratio) {
  CheckResult r = Named("orphan_ratio",
                        "conversations with a gizmo id but no project, as a share of all "
                        "conversations");
  r.count = orphans;
  double ratio = conversations ? static_cast<double>(orphans) / static_cast<double>(conversations) : 0;
  char buf[128];
  if (!max_ratio) {
    r.skipped = true;
    std::snprintf(buf, sizeof buf, "orphan ratio %.4f (no --max-orphan-ratio given)", ratio);
  } else {
    r.passed = ratio <= *max_ratio;
    std::snprintf(buf, sizeof buf, "orphan ratio %.4f %s %.4f", ratio, r.passed ? "<=" : ">",
                  *max_ratio);
  }
  r.detail = buf;
  return r;
}

const std::vector<std::string>& CheckNames() {
  static const std::vector<std::string> names = {
      "database_not_empty",             "unused_mapped_gizmos",
      "conversations_without_messages", "unreachable_current_node", "missing_parent",
      "unmapped_project_gizmos",        "orphan_ratio",             "sync_state",
      "dangling_project_ids"};
  static const std::vector<std::string> all = [] {
    auto v = names;
    v.insert(v.end(), whatsapp::CheckNames().begin(), whatsapp::CheckNames().end());
    return v;
  }();
  return all;
}

std::vector<CheckResult> RunChecks(db::Connection& conn, const CheckOptions& opts) {
  std::vector<CheckResult> out;
  // Runs `check` unless --skip names it (then its queries do not run either).
  auto add = [&](const std::string& name, const std::string& description, auto check) {
    if (opts.skip.count(name)) {
      CheckResult r = Named(name, description);
      r.skipped = true;
      r.detail = "--skip";
      out.push_back(std::move(r));
    } else {
      out.push_back(check(name, description));
    }
  };
  auto collect = [&](const std::string& ids_sql) {
    return [&conn, ids_sql](const std::string& name, const std::string& description) {
      return Collect(conn, name, description, ids_sql);
    };
  };
  // An import that silently did nothing must not leave a CI job green.
  add("database_not_empty", "the database holds at least one conversation",
      [&](const std::string& name, const std::string& description) {
        CheckResult r = Named(name, description);
        // ChatGPT or WhatsApp: a database of WhatsApp chats only is not empty.
        r.passed = conn.QueryInt("SELECT EXISTS (SELECT 1 FROM conversations) OR EXISTS "
                                 "(SELECT 1 FROM whatsapp_conversations)")
                       .value_or(0) == 1;
        if (!r.passed) {
          r.count = 1;
          r.detail = "no conversations: did the import run? (--skip database_not_empty for a "
                     "database that may be empty)";
        }
        return r;
      });
  // A mapping row whose gizmo id no conversation has is usually a typo.
  add("unused_mapped_gizmos", "every mapped gizmo id is used by at least one conversation",
      collect("SELECT pg.gizmo_id FROM project_gizmos pg LEFT JOIN conversations c ON "
              "c.gizmo_id = pg.gizmo_id WHERE c.id IS NULL"));
  add("conversations_without_messages", "every conversation has at least one message",
      // One short read of idx_messages_nodes (schema/0024) per conversation,
      // never the wide rows.
      collect("SELECT c.id FROM conversations c WHERE NOT EXISTS (SELECT 1 FROM messages m "
              "FORCE INDEX (idx_messages_nodes) WHERE m.conversation_id = c.id AND "
              "m.role IS NOT NULL)"));
  add("unreachable_current_node", "every conversation's current_node is one of its nodes",
      collect("SELECT c.id FROM conversations c LEFT JOIN messages m FORCE INDEX "
              "(idx_messages_nodes) ON m.conversation_id = c.id AND m.node_id = c.current_node "
              "WHERE c.message_count > 0 AND m.node_id IS NULL"));
  add("missing_parent", "no message points to a missing parent",
      collect("SELECT CONCAT(m.conversation_id, '/', m.node_id) FROM messages m FORCE INDEX "
              "(idx_messages_nodes) LEFT JOIN messages p FORCE INDEX (idx_messages_nodes) ON "
              "p.conversation_id = m.conversation_id AND p.node_id = m.parent_id "
              "WHERE m.parent_id IS NOT NULL AND p.node_id IS NULL"));
  add("unmapped_project_gizmos", "every ChatGPT Project gizmo id (g-p-) is mapped to a project",
      [&](const std::string& name, const std::string& description) {
        auto r = Collect(conn, name, description,
                         "SELECT DISTINCT c.gizmo_id FROM conversations c LEFT JOIN "
                         "project_gizmos pg ON pg.gizmo_id = c.gizmo_id WHERE c.gizmo_id LIKE "
                         "'g-p-%' AND pg.gizmo_id IS NULL");
        if (!opts.require_mapped_projects) {
          r.skipped = true;
          r.passed = true;
          r.detail = "not required (use --require-mapped-projects)";
        }
        return r;
      });
  add("orphan_ratio",
      "conversations with a gizmo id but no project, as a share of all conversations",
      [&](const std::string&, const std::string&) {
        int64_t conversations = conn.QueryInt("SELECT COUNT(*) FROM conversations").value_or(0);
        int64_t orphans = conn.QueryInt(
                                  "SELECT COUNT(*) FROM conversations WHERE gizmo_id IS NOT NULL "
                                  "AND project_id IS NULL")
                              .value_or(0);
        auto ratio = OrphanRatioCheck(orphans, conversations, opts.max_orphan_ratio);
        auto rs = conn.Query(
            "SELECT id FROM conversations WHERE gizmo_id IS NOT NULL AND project_id IS NULL "
            "ORDER BY id LIMIT 5");
        while (rs->next()) ratio.examples.push_back(rs->getString(1));
        return ratio;
      });
  add("sync_state", "nothing is marked synced without a remote conversation id",
      collect("SELECT id FROM conversations WHERE (synced_at IS NOT NULL OR synced_hash IS NOT "
              "NULL) AND openai_conversation_id IS NULL"));
  add("dangling_project_ids", "every conversations.project_id names an existing project",
      collect("SELECT c.id FROM conversations c LEFT JOIN projects p ON p.id = c.project_id "
              "WHERE c.project_id IS NOT NULL AND p.id IS NULL"));
  for (auto& r : whatsapp::RunChecks(conn, opts.skip)) out.push_back(std::move(r));
  return out;
}

}  // namespace chatbeto::checks
