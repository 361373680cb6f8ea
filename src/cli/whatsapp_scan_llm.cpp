#include "cli/whatsapp_scan_llm.h"

#include <memory>
#include <mutex>
#include <vector>

#include "events/llm_scan.h"
#include "openai/client.h"
#include "openai/config.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {

void CheckScanLlm(const ScanLlmCli& l) {
  if (l.live && !l.llm)
    throw Error(ErrorKind::kUsage, "whatsapp scan: --live only applies with --llm (the rule-based scan sends nothing)");
  if (l.model.find_first_not_of(" \t") == std::string::npos) throw Error(ErrorKind::kUsage, "--model: empty");
  if (l.llm && l.live) openai::ConfigFromEnv(l.api_key_file, true);  // no key: exit 2 before the scan
}

int RunScanLlm(Context& ctx, const ScanLlmCli& l, const events::ScanOptions& scan, const std::string& since,
               Json& doc, std::string& text) {
  events::LlmScanOptions o;
  o.request.model = l.model;
  o.reprocess = scan.reprocess;
  o.since = since;
  o.default_zone = scan.default_zone;
  o.context_messages = scan.context_messages;
  o.workers = scan.workers;
  auto connect = [&ctx] { return db::Connection::Open(ctx.ResolveDb()); };
  openai::CallStats calls;
  events::LlmScanStats s;
  if (l.live) {
    const openai::ClientConfig config = openai::ConfigFromEnv(l.api_key_file, true);
    const openai::RetryPolicy policy = openai::PolicyFromEnv();
    openai::RateLimiter limiter;  // shared: a 429 pauses every worker
    std::mutex mu;
    std::vector<std::unique_ptr<openai::Client>> clients;  // one per worker, alive for the run
    auto make_send = [&]() -> events::LlmSend {
      std::lock_guard<std::mutex> lock(mu);
      clients.push_back(std::make_unique<openai::Client>(config, &limiter, &calls, policy));
      openai::Client* client = clients.back().get();
      // store=false: nothing is kept remotely, so repeating a request after a
      // 5xx or a timeout is safe (idempotent) and only costs tokens.
      return [client](const std::string& body) { return client->Call({"POST", "/responses", body}, true).body; };
    };
    s = events::RunLlmScan(connect, o, make_send);
  } else {
    s = events::RunLlmScan(connect, o, {});
  }
  Json rejected = Json::object();
  for (const auto& [k, v] : s.rejected) rejected[k] = v;
  Json llm = {{"live", l.live},
              {"model", l.model},
              {"conversations", s.conversations},
              {"messages", s.messages},
              {"windows", s.windows},
              {"requests", calls.requests.load()},
              {"retries", calls.retries.load()},
              {"answers", s.answers},
              {"refusals", s.refusals},
              {"incomplete", s.incomplete},
              {"failed_responses", s.failed_responses},
              {"events_new", s.events_new},
              {"events_updated", s.events_updated},
              {"matched_rules", s.matched_rules},
              {"ignored_cancelled", s.ignored_cancelled},
              {"skipped_locked", s.skipped_locked},
              {"rejected", rejected},
              {"rejected_examples", s.rejected_examples},
              {"failed", s.failed}};
  if (!l.live) {
    Json bodies = Json::array();
    text += "dry run of --llm (nothing sent; add --live to send): " + Counted(s.windows, "request") + "\n";
    for (const auto& b : s.dry_run_bodies) {
      Json body = Json::parse(b);
      text += "POST /responses\n" + DumpJson(body) + "\n";
      bodies.push_back({{"method", "POST"}, {"path", "/responses"}, {"body", body}});
    }
    llm["request_bodies"] = bodies;
  } else {
    text += "llm: " + Counted(s.conversations, "conversation") + ", " + Counted(calls.requests.load(), "request") +
            ": " + WithThousands(s.events_new) + " new, " + WithThousands(s.events_updated) + " updated, " +
            WithThousands(s.matched_rules) + " already found by the rules; " + WithThousands(s.refusals) +
            " refused, " + WithThousands(s.incomplete) + " incomplete, " + WithThousands(s.Rejected()) +
            " rejected\n";
    for (const auto& f : s.failed) text += "failed: " + f + "\n";
  }
  doc["llm"] = llm;
  if (!s.failed.empty()) doc["ok"] = false;
  return s.failed.empty() ? kExitOk : kExitRejected;
}

}  // namespace chatbeto::cli
