// `chatbeto whatsapp scan`: finds calendar events in the stored WhatsApp
// conversations (rule-based, Spanish and English); see events/scanner.h.
#include <chrono>

#include "cli/commands.h"
#include "cli/validators.h"
#include "cli/whatsapp_scan_llm.h"
#include "events/event_store.h"
#include "events/scanner.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/heap.h"
#include "util/log.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct ScanCliOptions {
  events::ScanOptions scan;
  std::string since;
  ScanLlmCli llm;  // --llm [--live]: whatsapp_scan_llm.h
};

int RunScan(Context& ctx, ScanCliOptions& o) {
  CheckScanLlm(o.llm);
  if (!o.since.empty()) {
    auto since = events::ParseUserDate(o.since);
    if (!since)
      throw Error(ErrorKind::kUsage, "--since: not a date: \"" + o.since + "\" (YYYY-MM-DD or YYYY-MM-DD HH:MM)");
    o.scan.since = events::SqlDatetime(*since);
  }
  // Each transaction's rows and statements are buffers of a few MB: kept
  // for reuse (200,000 messages: 17,000 page faults -> 1,400, client CPU
  // about -0.2 s).
  util::KeepFreedMemoryForReuse();
  auto first = ctx.OpenDb();  // starts the embedded server and migrates once
  bool handed = false;
  auto connect = [&]() -> std::unique_ptr<db::Connection> {
    if (!handed) {
      handed = true;
      return std::move(first);
    }
    return db::Connection::Open(ctx.ResolveDb());
  };
  auto t0 = std::chrono::steady_clock::now();
  events::ScanStats s = events::RunScan(connect, o.scan);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  Json doc = {{"ok", true},
              {"detector", "rules"},
              {"workers", o.scan.workers},
              {"conversations", s.conversations},
              {"messages", s.messages},
              {"context_messages", s.context_messages},
              {"events_new", s.events_new},
              {"events_updated", s.events_updated},
              {"events_cancelled", s.events_cancelled},
              {"skipped_locked", s.skipped_locked},
              {"seconds", secs}};
  std::string text = "scanned " + Counted(s.conversations, "conversation") + " (" +
                     Counted(s.messages, "new message") + "): " + WithThousands(s.events_new) +
                     " new, " + WithThousands(s.events_updated) + " updated, " +
                     WithThousands(s.events_cancelled) + " cancelled events\n";
  // Conversations the database refused: the rest went in; exit 4 says so.
  Json refused = Json::array();
  for (const auto& r : s.refused) refused.push_back({{"conversation", r.conversation}, {"error", r.error}});
  doc["refused"] = refused;
  if (!s.refused.empty())
    text += Counted(s.refused.size(), "conversation") + " left unscanned (the database refused their events; see the warnings)\n";
  int rc = o.llm.llm ? RunScanLlm(ctx, o.llm, o.scan, o.scan.since, doc, text) : kExitOk;
  if (!s.refused.empty() && rc == kExitOk) rc = kExitRejected;
  ctx.Emit(doc, text);
  return rc;
}

}  // namespace

void AddWhatsappScanCommand(CLI::App& app, Context& ctx) {
  CLI::App* group = nullptr;
  try {
    group = app.get_subcommand("whatsapp");
  } catch (const CLI::OptionNotFound&) {
    group = app.add_subcommand("whatsapp", "WhatsApp conversations");
    group->require_subcommand(1);
  }
  auto o = std::make_shared<ScanCliOptions>();
  auto* cmd = group->add_subcommand(
      "scan", "Find calendar events (meetings, appointments, bookings) in the conversations' new "
              "messages, in Spanish and English; several scanners may run at once");
  cmd->add_option("--batch-size", o->scan.batch_size, "Conversations listed per query")
      ->check(WholeNumber(1, 100000));
  cmd->add_option("--workers", o->scan.workers, "Parallel workers, each with its own connection")
      ->check(WholeNumber(1, 64));
  cmd->add_flag("--reprocess", o->scan.reprocess,
                "Scan every message again (events are updated in place, never duplicated)");
  cmd->add_option("--since", o->since, "Only messages received from DATE on (UTC, YYYY-MM-DD)");
  cmd->add_option("--time-zone", o->scan.default_zone,
                  "Zone for conversations stored without one (webhooks); default UTC");
  cmd->add_option("--context", o->scan.context_messages,
                  "Earlier messages read as context for the new ones")
      ->check(WholeNumber(0, 10000));
  cmd->add_flag("--llm", o->llm.llm, "Also ask an LLM (prints the requests; sends them with --live)");
  cmd->add_flag("--live", o->llm.live, "With --llm: really send them (needs OPENAI_API_KEY or --api-key-file)");
  cmd->add_option("--model", o->llm.model, "With --llm: the model (default gpt-4.1-mini)");
  cmd->add_option("--api-key-file", o->llm.api_key_file, "File holding the OpenAI API key");
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunScan(ctx, *o); }; });
}

}  // namespace chatbeto::cli
