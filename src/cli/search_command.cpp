// `chatbeto search TEXT`: full-text search over visible message text
// (InnoDB FULLTEXT, boolean mode: every word must occur, prefixes match).
#include <cppconn/resultset.h>

#include "cli/commands.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct SearchOptions {
  std::string query;
  std::string project;
  std::string role;
  std::string since;
  int limit = 20;
};

// Words shorter than InnoDB's minimum token size (3) cannot use the index.
constexpr size_t kMinToken = 3;

int RunSearch(Context& ctx, const SearchOptions& o) {
  auto terms = QueryTerms(o.query);
  if (terms.empty()) throw Error(ErrorKind::kUsage, "search: the query has no words");
  std::string boolean;
  std::string like_clause;
  for (const auto& t : terms) {
    if (t.size() >= kMinToken) {
      // Operators inside a term would change the query's meaning.
      std::string clean;
      for (char c : t)
        if (c != '-' && c != '+' && c != '*' && c != '"') clean += c;
      if (!clean.empty()) boolean += "+" + clean + "* ";
    } else {
      like_clause += " AND m.text LIKE " + db::Quote("%" + t + "%");
    }
  }
  auto conn = ctx.OpenDb();
  std::string sql =
      "SELECT c.id, COALESCE(c.title, ''), DATE_FORMAT(COALESCE(m.create_time, c.create_time), "
      "'%Y-%m-%d %H:%i'), m.role, m.node_id, m.text, p.name FROM messages m "
      "JOIN conversations c ON c.id = m.conversation_id "
      "LEFT JOIN projects p ON p.id = c.project_id "
      "WHERE m.on_visible_path = 1 AND m.hidden = 0";
  if (!boolean.empty())
    sql += " AND MATCH(m.text) AGAINST (" + db::Quote(boolean) + " IN BOOLEAN MODE)";
  sql += like_clause;
  if (!o.project.empty())
    sql += " AND (p.name = " + db::Quote(o.project) + " OR c.gizmo_id = " + db::Quote(o.project) +
           ")";
  if (!o.role.empty()) sql += " AND m.role = " + db::Quote(o.role);
  if (!o.since.empty()) sql += " AND m.create_time >= " + db::Quote(o.since);
  sql += " ORDER BY m.create_time DESC, c.id, m.node_id LIMIT " + std::to_string(o.limit);

  Json hits = Json::array();
  std::string text;
  auto rs = conn->Query(sql);
  while (rs->next()) {
    std::string snippet = Snippet(std::string(rs->getString(6)), terms, 160);
    Json h = {{"conversation_id", std::string(rs->getString(1))},
              {"title", std::string(rs->getString(2))},
              {"date", rs->isNull(3) ? "" : std::string(rs->getString(3))},
              {"role", std::string(rs->getString(4))},
              {"node_id", std::string(rs->getString(5))},
              {"project", rs->isNull(7) ? Json(nullptr) : Json(std::string(rs->getString(7)))},
              {"snippet", snippet}};
    text += h["date"].get<std::string>() + "  " + h["title"].get<std::string>() + "  [" +
            h["conversation_id"].get<std::string>() + "]\n    " + h["role"].get<std::string>() +
            ": " + snippet + "\n";
    hits.push_back(std::move(h));
  }
  if (hits.empty()) text = "no matches\n";
  ctx.Emit({{"ok", true}, {"query", o.query}, {"count", hits.size()}, {"results", hits}}, text);
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SearchOptions>();
  auto* cmd = app.add_subcommand("search", "Full-text search over visible message text");
  cmd->add_option("query", o->query, "Words to find (all must occur; prefixes match)")->required();
  cmd->add_option("--project", o->project, "Only this project (name or gizmo id)");
  cmd->add_option("--role", o->role, "Only messages of this role (user, assistant, ...)");
  cmd->add_option("--since", o->since, "Only messages created on or after this date (YYYY-MM-DD)")
      ->check([](const std::string& s) {
        return s.size() == 10 && s[4] == '-' && s[7] == '-' ? std::string()
                                                            : std::string("expected YYYY-MM-DD");
      });
  cmd->add_option("--limit", o->limit, "At most this many results")->check(CLI::Range(1, 10000));
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunSearch(ctx, *o); }; });
}

}  // namespace chatbeto::cli
