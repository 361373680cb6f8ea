// `chatbeto threads [--project P]`, `threads show ID`, `threads forget ID
// [--remote]`: the synced conversations (one remote conversation per local
// one), one of them in detail, and dropping a mapping. --remote deletes the
// remote items one by one and then the remote conversation (deleting a
// conversation alone leaves its items on OpenAI).
#include <memory>

#include "cli/commands.h"
#include "db/connection.h"
#include "openai/client.h"
#include "openai/config.h"
#include "sync/sync_store.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct ThreadsCli {
  std::string project;
  std::string id;
  bool remote = false;
  std::string api_key_file;
};

Json RowJson(const sync::ThreadRow& t) {
  auto opt = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return {{"id", t.conversation_id},     {"title", opt(t.title)},
          {"project", opt(t.project)},   {"remote_id", opt(t.remote_id)},
          {"items_synced", t.items_synced}, {"created_at", opt(t.created_at)},
          {"last_synced_at", opt(t.last_synced_at)}, {"state", t.state},
          {"unknown_remotes", t.unknown_remotes}, {"last_error", opt(t.last_error)}};
}

std::string RowText(const sync::ThreadRow& t) {
  return t.conversation_id + "  " + (t.remote_id.empty() ? "-" : t.remote_id) + "  " +
         t.state + "  " + Counted(t.items_synced, "item") + "  " +
         (t.last_synced_at.empty() ? "-" : t.last_synced_at) + "  " + t.title + "\n";
}

int RunList(Context& ctx, ThreadsCli& c) {
  auto conn = ctx.OpenDb();
  // As `sync --project`: a misspelt name is an error, not an empty list.
  if (!c.project.empty() &&
      !conn->QueryInt("SELECT COUNT(*) FROM projects WHERE name = " + db::Quote(c.project)).value_or(0))
    throw Error(ErrorKind::kUsage,
                "--project \"" + c.project + "\": no such project (see 'chatbeto projects')");
  auto rows = sync::ListThreads(*conn, c.project);
  Json arr = Json::array();
  std::string text;
  for (const auto& t : rows) {
    arr.push_back(RowJson(t));
    text += RowText(t);
  }
  if (rows.empty()) text = "no synced conversations yet: see 'chatbeto sync --help'\n";
  ctx.Emit({{"ok", true}, {"count", rows.size()}, {"threads", arr}}, text);
  return kExitOk;
}

sync::ThreadRow One(db::Connection& conn, const std::string& id) {
  auto rows = sync::ListThreads(conn, "", id);
  if (rows.empty())
    throw Error(ErrorKind::kUsage, "conversation " + id + " has no sync state (see 'chatbeto threads')");
  return rows[0];
}

int RunShow(Context& ctx, ThreadsCli& c) {
  auto conn = ctx.OpenDb();
  auto t = One(*conn, c.id);
  Json doc = {{"ok", true}, {"thread", RowJson(t)}};
  Json unknown = Json::array();
  std::string text = "conversation   " + t.conversation_id + "\ntitle          " + t.title +
                     "\nproject        " + (t.project.empty() ? "-" : t.project) +
                     "\nremote id      " + (t.remote_id.empty() ? "-" : t.remote_id) +
                     "\nstate          " + t.state + "\nitems synced   " +
                     std::to_string(t.items_synced) + "\ncreated        " + (t.created_at.empty() ? "-" : t.created_at) +
                     "\nlast synced    " + (t.last_synced_at.empty() ? "-" : t.last_synced_at) + "\n";
  if (!t.last_error.empty()) text += "last error     " + t.last_error + "\n";
  auto rs = conn->Query(
      "SELECT DATE_FORMAT(noticed_at, '%Y-%m-%d %H:%i:%s'), reason, COALESCE(request_id, '') "
      "FROM sync_unknown_remotes WHERE conversation_id = " + db::Quote(c.id) + " ORDER BY id");
  while (rs->next()) {
    std::string at = rs->getString(1), reason = rs->getString(2), rid = rs->getString(3);
    unknown.push_back({{"noticed_at", at}, {"reason", reason}, {"request_id", rid}});
    text += "unknown remote " + at + ": " + reason + "\n";
  }
  doc["unknown_remotes"] = unknown;
  ctx.Emit(doc, text);
  return kExitOk;
}

int RunForget(Context& ctx, ThreadsCli& c) {
  auto conn = ctx.OpenDb();
  auto t = One(*conn, c.id);
  sync::Claim claim(*conn, c.id);
  if (!claim.held())
    throw Error(ErrorKind::kLocked, "conversation " + c.id + " is being synced by another run; "
                                    "try again when it has finished");
  int64_t deleted = 0;
  if (c.remote && !t.remote_id.empty()) {
    auto config = openai::ConfigFromEnv(c.api_key_file, true);
    openai::RateLimiter limiter;
    openai::CallStats stats;
    openai::Client client(config, &limiter, &stats, openai::PolicyFromEnv());
    for (const auto& it : client.ListItems(t.remote_id, "")) {
      client.DeleteItem(t.remote_id, it.id);
      ++deleted;
    }
    client.DeleteConversation(t.remote_id);
  }
  sync::Forget(*conn, c.id);
  Json doc = {{"ok", true}, {"id", c.id}, {"remote_id", t.remote_id.empty() ? Json(nullptr) : Json(t.remote_id)},
              {"remote_deleted", c.remote && !t.remote_id.empty()}, {"remote_items_deleted", deleted}};
  std::string text = "forgot " + c.id + (t.remote_id.empty() ? "" : " (remote " + t.remote_id + ")");
  text += c.remote ? "; deleted " + Counted(deleted, "remote item") + " and the remote conversation\n"
                   : "; the remote conversation was left on OpenAI (add --remote to delete it)\n";
  ctx.Emit(doc, text);
  return kExitOk;
}

}  // namespace

void AddThreadsCommand(CLI::App& app, Context& ctx) {
  auto c = std::make_shared<ThreadsCli>();
  auto* cmd = app.add_subcommand("threads", "Synced conversations: local id, title, remote id, "
                                            "items synced, created and last-synced time, state");
  cmd->add_option("--project", c->project, "Only this project's conversations");
  cmd->callback([&ctx, c, cmd] {
    if (cmd->get_subcommands().empty()) ctx.run = [&ctx, c] { return RunList(ctx, *c); };
  });
  auto* show = cmd->add_subcommand("show", "One synced conversation in detail");
  show->add_option("ID", c->id, "Local conversation id")->required();
  show->callback([&ctx, c] { ctx.run = [&ctx, c] { return RunShow(ctx, *c); }; });
  auto* forget = cmd->add_subcommand("forget", "Drop the mapping of a conversation");
  forget->add_option("ID", c->id, "Local conversation id")->required();
  forget->add_flag("--remote", c->remote, "Also delete the remote items and conversation");
  forget->add_option("--api-key-file", c->api_key_file, "File holding the OpenAI API key");
  forget->callback([&ctx, c] { ctx.run = [&ctx, c] { return RunForget(ctx, *c); }; });
}

}  // namespace chatbeto::cli
