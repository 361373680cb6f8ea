// `chatbeto whatsapp import PATH... [--chat NAME] [--date-order auto|dmy|mdy|ymd]
// [--tz ZONE] [--me NAME]`. Exit 0 when everything went in, 4 when some lines
// or payloads were rejected (each named with file:line), 5 when another
// import holds the lock, 130 on SIGINT (the batch in progress rolled back).
#include "cli/validators.h"
#include "cli/whatsapp_commands.h"
#include "db/job_lock.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/log.h"
#include "util/text.h"
#include "whatsapp/importer.h"

namespace chatbeto::cli {
namespace {

struct WhatsappImportOptions {
  std::vector<std::string> paths;
  std::string chat, date_order = "auto", tz, me;
  size_t batch = 1000;
  bool dry_run = false;
};

Json FileJson(const whatsapp::FileReport& f) {
  Json j = {{"path", f.path},         {"kind", f.kind},         {"chat", f.chat},
            {"messages", f.messages}, {"new", f.inserted},      {"existing", f.existing},
            {"rejected", f.rejected}};
  if (!f.date_order.empty()) {
    j["date_order"] = f.date_order;
    j["date_order_decided"] = f.date_order_decided;
    j["date_order_reason"] = f.date_order_reason;
  }
  if (!f.time_zone.empty()) j["time_zone"] = f.time_zone;
  if (f.statuses) j["statuses"] = f.statuses;
  if (f.skipped) j["skipped"] = f.skipped;
  j["notes"] = f.notes;
  return j;
}

std::string Human(const whatsapp::ImportSummary& s) {
  std::string text;
  for (const auto& f : s.files) {
    text += f.path + " (" + f.kind + (f.chat.empty() ? "" : ", chat \"" + f.chat + "\"") +
            "): " + Counted(f.messages, "message") + ", " + WithThousands(f.inserted) + " new, " +
            WithThousands(f.existing) + " already stored";
    if (f.rejected) text += ", " + WithThousands(f.rejected) + " rejected";
    if (f.statuses) text += ", " + Counted(f.statuses, "delivery status");
    if (!f.date_order.empty())
      text += "; dates " + f.date_order + (f.date_order_decided ? "" : " (guessed)") + " in " +
              f.time_zone;
    text += "\n";
    for (const auto& n : f.notes) text += "  note: " + n + "\n";
  }
  if (s.modified) text += Counted(s.modified, "message") + " changed by edits, revokes or reactions\n";
  if (!s.rejections.empty())
    text += WithThousands(s.rejections.size()) + " lines rejected (listed on stderr)\n";
  return text;
}

int Run(Context& ctx, const WhatsappImportOptions& o) {
  whatsapp::ImportOptions opts;
  opts.paths = o.paths;
  opts.chat = o.chat;
  opts.order = *whatsapp::ParseDateOrder(o.date_order);
  opts.tz = o.tz;
  opts.me = o.me;
  opts.batch = o.batch;
  std::unique_ptr<db::Connection> conn;
  std::unique_ptr<db::JobLock> lock;
  if (!o.dry_run) {
    conn = ctx.OpenDb();
    lock = std::make_unique<db::JobLock>(*conn, "whatsapp-import");
  }
  auto s = whatsapp::RunWhatsappImport(conn.get(), opts);
  // Each rejected line on stderr (the first 100; all of them in --json).
  for (size_t i = 0; i < s.rejections.size() && i < 100; ++i) {
    const auto& r = s.rejections[i];
    log::Warn("rejected " + r.file + ":" + std::to_string(r.line) + ": " + r.reason + ": " +
              r.record);
  }
  if (s.rejections.size() > 100)
    log::Warn(std::to_string(s.rejections.size() - 100) + " more rejected lines (see --json)");

  Json files = Json::array();
  for (const auto& f : s.files) files.push_back(FileJson(f));
  Json rejections = Json::array();
  for (const auto& r : s.rejections)
    rejections.push_back(
        {{"file", r.file}, {"line", r.line}, {"reason", r.reason}, {"record", r.record}});
  Json doc = {{"ok", s.complete()},     {"status", s.complete() ? "ok" : "partial"},
              {"dry_run", o.dry_run},
              {"messages", s.messages}, {"new", s.inserted},
              {"existing", s.existing}, {"rejected", s.rejections.size()},
              {"modified", s.modified}, {"statuses_matched", s.statuses_matched},
              {"seconds", s.seconds},   {"files", files},
              {"rejections", rejections}, {"skipped", s.skipped}};
  ctx.Emit(doc, (o.dry_run ? "dry run: nothing written; \"new\" counts messages read\n" : "") +
                    Human(s));
  return s.complete() ? kExitOk : kExitRejected;
}

}  // namespace

void AddWhatsappImportCommand(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<WhatsappImportOptions>();
  auto* cmd = group.add_subcommand(
      "import", "Import WhatsApp chat exports (.txt or .zip, Android or iOS, any locale), Cloud "
                "API webhook logs or Twilio webhook logs; '-' reads standard input. Re-running, "
                "or importing overlapping exports of one chat, adds nothing twice");
  cmd->add_option("paths", o->paths,
                  "Export .txt/.zip, webhook log (JSON lines/array, form lines), a directory (its .txt and "
                  ".zip exports), or -")
      ->required();
  cmd->add_option("--chat", o->chat,
                  "The chat's name for an export (default: from the file name, e.g. "
                  "\"WhatsApp Chat with NAME.txt\"); required for standard input");
  cmd->add_option("--date-order", o->date_order,
                  "Export dates: auto (inferred from the whole file), dmy, mdy or ymd")
      ->check(CLI::IsMember({"auto", "dmy", "mdy", "ymd"}));
  cmd->add_option("--tz", o->tz,
                  "IANA zone the export's local times were written in (default: the system zone)");
  cmd->add_option("--me", o->me, "Your name as it appears in the export: your messages are outbound");
  cmd->add_flag("--dry-run", o->dry_run,
                "Read and check everything, report what was found, write nothing (no database)");
  cmd->add_option("--batch-size", o->batch, "Messages per transaction")
      ->check(WholeNumber(1, 100000));
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return Run(ctx, *o); }; });
}

}  // namespace chatbeto::cli
