// `chatbeto search TERM... [options]`: every message whose text contains all
// the terms (search/query.h, search/fold.h), grouped by conversation, best
// first. Pipeline: parse -> make sure the index is complete -> search ->
// report.
#include <unistd.h>

#include <cstdlib>

#include "cli/commands.h"
#include "cli/validators.h"
#include "db/connection.h"
#include "db/job_lock.h"
#include "db/retry.h"
#include "search/index.h"
#include "search/search.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/log.h"
#include "util/progress.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> words;
  std::string project, role, since, sort = "relevance";
  int limit = 20;
  bool all_branches = false;
  bool reindex = false;
};

// "" when `s` is a real calendar date YYYY-MM-DD (years 1000-9999).
std::string CheckDate(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2))
    return "expected a date YYYY-MM-DD, got '" + s + "'";
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1000) return "year out of range in '" + s + "' (1000-9999)";
  if (m < 1 || m > 12) return "no month " + std::to_string(m) + " in '" + s + "'";
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  if (d < 1 || d > max) return "no day " + std::to_string(d) + " in month " + std::to_string(m) + " of '" + s + "'";
  return "";
}

std::string CheckRole(const std::string& s) {
  if (s.empty() || s.size() > 32) return "expected a role such as user, assistant, tool, system";
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
      return "expected a role such as user, assistant, tool, system, got '" + s + "'";
  return "";
}

bool ColorOutput(const Context& ctx) {
  return !ctx.opts.json && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

void EnsureIndex(Context& ctx, db::Connection& conn, search::Index& index, bool force) {
  if (!force && index.Built()) return;
  // No import may write while the whole index is rebuilt.
  db::JobLock lock(conn, "import");
  if (!force && index.Built()) return;
  log::Info(force ? "search: rebuilding the search index"
                  : "search: building the search index (once, for messages imported before it "
                    "existed)");
  Progress progress(ctx.ShowProgress(), "index", 0);
  index.Rebuild([&](size_t done, size_t) { progress.Update(done, done, "conversations"); });
  progress.Finish();
}

Json ResultJson(const search::ConversationResult& c) {
  Json marks = Json::array();
  for (const auto& [b, e] : c.snippet.marks) marks.push_back({b, e});
  return {{"conversation_id", c.id},
          {"title", c.title},
          {"project", c.project.empty() ? Json(nullptr) : Json(c.project)},
          {"hits", c.hits},
          {"score", std::round(c.score * 1000) / 1000},
          {"last_hit", c.last_hit.empty() ? Json(nullptr) : Json(c.last_hit)},
          {"best", {{"node_id", c.node_id},
                    {"role", c.role.empty() ? Json(nullptr) : Json(c.role)},
                    {"date", c.date.empty() ? Json(nullptr) : Json(c.date)},
                    {"snippet", c.snippet.text},
                    {"marks", marks}}}};
}

int RunSearch(Context& ctx, const SearchArgs& a) {
  if (a.words.empty() && !a.reindex)
    throw Error(ErrorKind::kUsage, "search: give the terms to find (or --reindex)");
  search::SearchOptions o;
  std::string text;
  for (const auto& w : a.words) text += (text.empty() ? "" : " ") + w;
  if (!a.words.empty()) o.query = search::ParseQuery(text);
  o.project = a.project;
  o.role = a.role;
  o.since = a.since;
  o.all_branches = a.all_branches;
  o.by_date = a.sort == "date";
  o.limit = static_cast<size_t>(a.limit);

  auto conn = ctx.OpenDb();
  // As `sync --project`: a misspelt project is said, not "no matches".
  if (!o.project.empty() &&
      !conn->QueryInt("SELECT (SELECT COUNT(*) FROM projects WHERE name = " + db::Quote(o.project) +
                      ") + (SELECT COUNT(*) FROM conversations WHERE gizmo_id = " +
                      db::Quote(o.project) + ")").value_or(0))
    throw Error(ErrorKind::kUsage, "--project \"" + o.project +
                                       "\": no such project name or gizmo id (see 'chatbeto projects')");
  // Building the fold table (first search, or a changed collation) writes.
  auto index = db::RetryOnLockConflict(*conn, "search", [&] { return search::Index(*conn); });
  EnsureIndex(ctx, *conn, index, a.reindex);
  index.CatchUp();  // conversations an import stored but had not indexed when it stopped
  if (a.words.empty()) {
    ctx.Emit({{"ok", true}, {"reindexed", true}}, "search index rebuilt\n");
    return kExitOk;
  }
  conn->Begin();  // one consistent snapshot for every read below
  auto r = search::Search(*conn, index, o);
  conn->Commit();

  Json terms = Json::array();
  for (const auto& t : o.query.terms) terms.push_back({{"text", t.text}, {"phrase", t.phrase}});
  Json convs = Json::array();
  bool color = ColorOutput(ctx);
  std::string out;
  if (r.conversations.empty()) {
    out = "no matches\n";
  } else {
    out = Counted(r.total_messages, "message") + " in " +
          Counted(r.total_conversations, "conversation") +
          (o.by_date ? " (newest first)" : " (best first)") +
          (r.conversations.size() < r.total_conversations
               ? ", showing " + std::to_string(r.conversations.size())
               : "") + "\n";
  }
  for (const auto& c : r.conversations) {
    convs.push_back(ResultJson(c));
    out += "\n" + (c.title.empty() ? std::string("(untitled)") : c.title) + "  [" + c.id + "]" +
           (c.project.empty() ? "" : "  project: " + c.project) + "\n";
    out += "  " + Counted(c.hits, "hit") + (c.last_hit.empty() ? "" : ", newest " + c.last_hit) + "\n";
    out += "  " + (c.role.empty() ? std::string("?") : c.role) +
           (c.date.empty() ? "" : " " + c.date) + ": " +
           (color ? search::MarkUp(c.snippet, "\x1b[1;33m", "\x1b[0m") : c.snippet.text) + "\n";
  }
  ctx.Emit({{"ok", true},
            {"query", text},
            {"terms", terms},
            {"sort", o.by_date ? "date" : "relevance"},
            {"all_branches", o.all_branches},
            {"total_messages", r.total_messages},
            {"total_conversations", r.total_conversations},
            {"shown", r.conversations.size()},
            {"conversations", convs}},
           out);
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<SearchArgs>();
  auto* cmd = app.add_subcommand(
      "search", "Find messages containing every term (any script, code, \"phrases\")");
  cmd->add_option("terms", a->words,
                  "Terms; all must occur. \"a phrase\" in quotes (quote it for the shell too: "
                  "'\"a phrase\"'); \\ makes the next character literal");
  cmd->add_option("--project", a->project, "Only this project (name or gizmo id)");
  cmd->add_option("--role", a->role, "Only messages of this role (user, assistant, tool, ...)")
      ->check(CheckRole);
  cmd->add_option("--since", a->since, "Only messages created on or after this date (YYYY-MM-DD)")
      ->check(CheckDate);
  cmd->add_option("--limit", a->limit, "Show at most this many conversations (1-1000)")
      ->check(WholeNumber(1, 1000));
  cmd->add_option("--sort", a->sort, "relevance (default) or date (newest hit first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  cmd->add_flag("--all-branches", a->all_branches,
                "Also search hidden messages and branches (edits, regenerations)");
  cmd->add_flag("--reindex", a->reindex, "Rebuild the search index from the stored messages");
  cmd->callback([&ctx, a] { ctx.run = [&ctx, a] { return RunSearch(ctx, *a); }; });
}

}  // namespace chatbeto::cli
