// `chatbeto ask CONVERSATION "question" [--model M] [--live]`: continues a
// synced conversation through POST /responses with `conversation`. OpenAI
// appends the question and the answer to the remote conversation itself, so
// chatbeto stores both as local messages (marked as coming from the API) and
// records them as synced: a later `sync` never sends them again. Without
// --live it prints the request it would send.
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "openai/client.h"
#include "openai/config.h"
#include "sync/sync_store.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/log.h"

namespace chatbeto::cli {
namespace {

struct AskCli {
  std::string id, question, model = "gpt-4.1", api_key_file;
  bool live = false;
};

int RunAsk(Context& ctx, AskCli& c) {
  if (c.question.find_first_not_of(" \t\r\n") == std::string::npos)
    throw Error(ErrorKind::kUsage, "the question is empty");
  auto conn = ctx.OpenDb();
  sync::LoadConversation(*conn, c.id);  // kUsage when unknown
  auto st = sync::LoadState(*conn, c.id);
  if (st.remote_id.empty())
    throw Error(ErrorKind::kUsage, "conversation " + c.id + " is not synced yet: run 'chatbeto "
                                   "sync --conversation " + c.id + " --live' first");
  std::string body = openai::ResponseBody(c.model, st.remote_id, c.question);
  if (!c.live) {
    Json doc = {{"ok", true}, {"live", false},
                {"request", {{"method", "POST"}, {"path", "/responses"}, {"body", Json::parse(body)}}}};
    ctx.Emit(doc, "dry run (nothing sent; add --live to send):\nPOST /responses\n" +
                      DumpJson(Json::parse(body)) + "\n");
    return kExitOk;
  }
  auto config = openai::ConfigFromEnv(c.api_key_file, true);
  sync::Claim claim(*conn, c.id);
  if (!claim.held())
    throw Error(ErrorKind::kLocked, "conversation " + c.id + " is being synced by another run");
  // Everything local must be on the remote first, else the answer would
  // sit between unsynced messages.
  auto items = sync::BuildItems(sync::LoadPath(*conn, c.id)).items;
  st = sync::LoadState(*conn, c.id);
  if (st.state != "synced" || size_t(st.items_synced) != items.size() ||
      sync::PrefixHash(items, items.size()) != st.prefix_hash)
    throw Error(ErrorKind::kUsage, "conversation " + c.id + " has unsynced changes (state " +
                                   st.state + "): run 'chatbeto sync --conversation " + c.id +
                                   " --live' first");
  openai::RateLimiter limiter;
  openai::CallStats stats;
  openai::Client client(config, &limiter, &stats, openai::PolicyFromEnv());
  // Marked 'appending' while the answer is on its way and until it is stored
  // locally: if this run stops in between (killed, or a database write that
  // gives up on lock conflicts, exit 5), the next sync compares the remote
  // items instead of sending the question and answer again.
  sync::MarkAppending(*conn, c.id);
  openai::ResponseResult res;
  try {
    res = client.CreateResponse(body);
  } catch (const openai::ApiError& e) {
    if (e.outcome == openai::Outcome::kAmbiguous)
      sync::SaveStateError(*conn, c.id, "appending",
                           std::string("ask failed ambiguously; the next sync checks the remote: ") + e.what());
    else  // not applied: back to the position it had
      sync::SavePosition(*conn, c.id, st.items_synced, st.prefix_hash, st.last_item_id, "synced");
    throw Error(ErrorKind::kNetwork, "conversation " + c.id + ": " + e.what());
  }
  std::vector<sync::ApiMessage> msgs;
  std::string key = res.id.empty() ? "response" : res.id;
  nlohmann::json q = {{"source", "openai_api"}, {"response_id", res.id}, {"input", c.question}};
  msgs.push_back({"api:" + key + ":q", "user", c.question, q.dump()});
  std::string last_id;
  for (const auto& it : res.output) {
    if (!it.id.empty()) last_id = it.id;
    if (!sync::Comparable(it) || it.text.empty()) continue;
    nlohmann::json raw = {{"source", "openai_api"}, {"response_id", res.id},
                          {"item", {{"id", it.id}, {"role", it.role}, {"content", it.text}}}};
    msgs.push_back({"api:" + (it.id.empty() ? key + ":a" : it.id), it.role, it.text, raw.dump()});
  }
  sync::AppendApiMessages(*conn, c.id, msgs);
  // The API appended these to the remote conversation: record them as synced.
  items = sync::BuildItems(sync::LoadPath(*conn, c.id)).items;
  sync::SavePosition(*conn, c.id, int64_t(items.size()), sync::PrefixHash(items, items.size()),
                     last_id.empty() ? st.last_item_id : last_id, "synced");
  Json doc = {{"ok", true}, {"live", true}, {"conversation", c.id}, {"remote_id", st.remote_id},
              {"response_id", res.id}, {"answer", res.output_text},
              {"messages_stored", msgs.size()}};
  ctx.Emit(doc, res.output_text + "\n");
  return kExitOk;
}

}  // namespace

void AddAskCommand(CLI::App& app, Context& ctx) {
  auto c = std::make_shared<AskCli>();
  auto* cmd = app.add_subcommand("ask", "Continue a synced conversation through the Responses "
                                        "API (prints the request without --live)");
  cmd->add_option("CONVERSATION", c->id, "Local conversation id")->required();
  cmd->add_option("QUESTION", c->question, "The question")->required();
  cmd->add_option("--model", c->model, "Model (default gpt-4.1)");
  cmd->add_flag("--live", c->live, "Really send (needs OPENAI_API_KEY or --api-key-file)");
  cmd->add_option("--api-key-file", c->api_key_file, "File holding the OpenAI API key");
  cmd->callback([&ctx, c] { ctx.run = [&ctx, c] { return RunAsk(ctx, *c); }; });
}

}  // namespace chatbeto::cli
