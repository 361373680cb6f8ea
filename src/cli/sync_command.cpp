// `chatbeto sync`: send conversations to OpenAI stored conversations. A dry
// run (no network at all) unless --live: it prints the plan, and with --json
// the exact request bodies. Live: claim -> create/reconcile -> append ->
// record, per conversation, on --jobs workers capped at --rpm.
#include "cli/commands.h"
#include "cli/validators.h"
#include "events/event_store.h"
#include "openai/config.h"
#include "sync/syncer.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct SyncCli {
  sync::Selection sel;
  sync::SyncOptions opt;
  std::string api_key_file;
};

Json ResultJson(const sync::ConversationResult& r, bool live) {
  Json j = {{"id", r.id}, {"title", r.title}, {"outcome", r.outcome}};
  j["remote_id"] = r.remote_id.empty() ? Json(nullptr) : Json(r.remote_id);
  j["items_total"] = r.items_total;
  if (live) {
    j["items_sent"] = r.items_sent;
    j["items_pulled"] = r.items_pulled;
    j["items_reconciled"] = r.items_reconciled;
    j["unknown_remotes"] = r.unknown_remotes;
    j["reconciliations"] = r.reconciliations;
  } else {
    j["action"] = r.action;
    j["items_to_send"] = r.items_sent;
    j["requests"] = r.requests;
    j["estimated_input_tokens"] = r.est_tokens;
    if (!r.bodies.is_null()) j["requests_to_send"] = r.bodies;
  }
  j["skipped_messages"] = {{"hidden", r.skipped_hidden}, {"role", r.skipped_role},
                           {"empty", r.skipped_empty}};
  if (!r.error.empty()) j["error"] = r.error;
  return j;
}

int RunSyncCommand(Context& ctx, SyncCli& c) {
  int chosen = !c.sel.project.empty() + !c.sel.conversation.empty() + c.sel.all;
  if (chosen != 1)
    throw Error(ErrorKind::kUsage, "choose what to sync: exactly one of --project NAME, "
                                   "--conversation ID or --all");
  // A real calendar date: MariaDB would quietly compare "2025-13-45" as no date at all.
  if (!c.sel.since.empty() && (c.sel.since.size() != 10 || !events::ParseUserDate(c.sel.since)))
    throw Error(ErrorKind::kUsage, "--since " + c.sel.since + ": expected a date YYYY-MM-DD");
  openai::ClientConfig client;
  openai::RetryPolicy policy;
  if (c.opt.live) {
    client = openai::ConfigFromEnv(c.api_key_file, true);
    policy = openai::PolicyFromEnv();
  }
  auto conn = ctx.OpenDb();
  auto convs = sync::SelectConversations(*conn, c.sel);
  auto s = sync::RunSync(conn->config(), convs, c.opt, client, policy, ctx.opts.json);

  std::map<std::string, int64_t> by;
  int64_t sent = 0, pulled = 0, tokens = 0, planned_requests = 0, unknown = 0;
  Json list = Json::array();
  Json unknown_list = Json::array();
  std::string details;
  for (const auto& r : s.conversations) {
    ++by[c.opt.live ? r.outcome : r.action];
    sent += r.items_sent;
    pulled += r.items_pulled;
    tokens += r.est_tokens;
    planned_requests += r.requests;
    unknown += r.unknown_remotes;
    if (r.unknown_remotes)
      unknown_list.push_back({{"conversation", r.id}, {"count", r.unknown_remotes}});
    list.push_back(ResultJson(r, c.opt.live));
    if (!r.error.empty()) details += "  " + r.error + "\n";
  }
  auto n = [&](const char* k) { return by.count(k) ? by[k] : 0; };
  Json doc = {{"ok", true}, {"live", c.opt.live}};
  std::string text;
  int rc = kExitOk;
  if (!c.opt.live) {
    doc["plan"] = {{"conversations", s.conversations.size()}, {"create", n("create")},
                   {"append", n("append")}, {"unchanged", n("unchanged")},
                   {"diverged", n("diverged")}, {"items", sent}, {"requests", planned_requests},
                   {"estimated_input_tokens", tokens}};
    text = "dry run (nothing sent; add --live to send): " +
           Counted(s.conversations.size(), "conversation") + ": " + WithThousands(n("create")) +
           " to create, " + WithThousands(n("append")) + " to append to, " +
           WithThousands(n("unchanged")) + " unchanged, " + WithThousands(n("diverged")) +
           " diverged; " + Counted(sent, "item") + " in " + Counted(planned_requests, "request") +
           ", about " + WithThousands(tokens) + " input tokens\n" + details;
    if (n("diverged")) rc = kExitRejected;
  } else {
    doc["summary"] = {{"conversations", s.conversations.size()}, {"created", n("created")},
                      {"appended", n("appended")}, {"unchanged", n("unchanged")},
                      {"diverged", n("diverged")}, {"failed", n("failed")},
                      {"skipped", n("skipped")}, {"busy", n("busy")},
                      {"items_sent", sent}, {"items_pulled", pulled},
                      {"requests", s.requests}, {"retries", s.retries},
                      {"seconds", s.seconds},
                      {"requests_per_minute", s.seconds > 0 ? s.requests * 60.0 / s.seconds : 0.0}};
    doc["unknown_remote_conversations"] = unknown_list;
    doc["quota_exhausted"] = s.quota_exhausted;
    doc["stopped"] = s.stopped;
    text = Counted(s.conversations.size(), "conversation") + ": " + WithThousands(n("created")) +
           " created, " + WithThousands(n("appended")) + " appended, " +
           WithThousands(n("unchanged")) + " unchanged, " + WithThousands(n("diverged")) +
           " diverged, " + WithThousands(n("failed") + n("skipped")) + " failed" +
           (n("busy") ? ", " + WithThousands(n("busy")) + " busy in another run" : "") + "; " +
           Counted(sent, "item") + " sent" + (pulled ? ", " + Counted(pulled, "item") + " pulled" : "") +
           " in " + Counted(s.requests, "request") + " (" + WithThousands(s.retries) + (s.retries == 1 ? " retry" : " retries") +
           ")\n" + details;
    if (unknown)
      text += "warning: " + Counted(unknown, "create call") +
              " failed ambiguously: a remote conversation may exist that chatbeto does not know "
              "(the API cannot list conversations); see 'chatbeto threads show ID'\n";
    if (s.quota_exhausted) text += "stopped: the OpenAI account has no quota left (429 insufficient_quota)\n";
    else if (s.stopped) text += "stopped at the first failure (use --keep-going to go on)\n";
    if (s.quota_exhausted || s.stopped) rc = kExitFailure;
    else if (n("diverged") || n("failed") || n("skipped")) rc = kExitRejected;
  }
  doc["ok"] = rc == kExitOk;
  doc["exit_code"] = rc;
  doc["conversations"] = list;
  ctx.Emit(doc, text);
  return rc;
}

}  // namespace

void AddSyncCommand(CLI::App& app, Context& ctx) {
  auto c = std::make_shared<SyncCli>();
  auto* cmd = app.add_subcommand("sync", "Send conversations to OpenAI stored conversations "
                                         "(a dry run without --live)");
  cmd->add_option("--project", c->sel.project, "Conversations of this project");
  cmd->add_option("--conversation", c->sel.conversation, "One conversation id");
  cmd->add_flag("--all", c->sel.all, "Every conversation");
  cmd->add_option("--limit", c->sel.limit,
                  "At most N conversations (1-1000000), those never synced first")
      ->check(WholeNumber(1, 1000000));
  cmd->add_option("--since", c->sel.since, "Conversations updated on or after DATE (YYYY-MM-DD)");
  cmd->add_flag("--live", c->opt.live, "Really send (needs OPENAI_API_KEY or --api-key-file)");
  cmd->add_option("--jobs", c->opt.jobs, "Conversations sent in parallel (default 1)")
      ->check(WholeNumber(1, 64));
  cmd->add_option("--rpm", c->opt.rpm, "At most N requests per minute (default: no cap)")
      ->check(CLI::Validator(
          [](std::string& v) {
            char* end = nullptr;
            double d = std::strtod(v.c_str(), &end);
            return d > 0 && end && !*end ? std::string() : "expected a number above 0, got " + v;
          },
          "NUMBER>0"));
  cmd->add_flag("--keep-going", c->opt.keep_going, "Go on after a failed conversation");
  cmd->add_flag("--rewrite", c->opt.rewrite,
                "Diverged conversations: delete the remote items after the common prefix and "
                "send the new path");
  cmd->add_flag("--pull", c->opt.pull, "Store remote items added since the last sync locally");
  cmd->add_option("--api-key-file", c->api_key_file, "File holding the OpenAI API key");
  cmd->callback([&ctx, c] { ctx.run = [&ctx, c] { return RunSyncCommand(ctx, *c); }; });
}

}  // namespace chatbeto::cli
