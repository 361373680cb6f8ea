// `chatbeto events`: the events found in WhatsApp conversations, and
// `chatbeto events export --ics FILE` to put them in any calendar.
#include <chrono>

#include "cli/commands.h"
#include "db/connection.h"
#include "events/event_store.h"
#include "events/ics.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/files.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

struct EventsOptions {
  int64_t conversation = 0;
  std::string since;
  std::string ics;
};

events::EventStore::Filter MakeFilter(const EventsOptions& o) {
  events::EventStore::Filter f;
  if (o.conversation > 0) f.conversation_id = o.conversation;
  if (!o.since.empty()) {
    f.since = events::ParseUserDate(o.since);
    if (!f.since)
      throw Error(ErrorKind::kUsage, "--since: not a date: \"" + o.since + "\" (YYYY-MM-DD or YYYY-MM-DD HH:MM)");
  }
  return f;
}

// As `whatsapp messages`: a mistyped conversation id is an error, not "no events".
void CheckConversation(db::Connection& conn, const EventsOptions& o) {
  if (o.conversation > 0 &&
      !conn.QueryInt("SELECT COUNT(*) FROM whatsapp_conversations WHERE id = " +
                     std::to_string(o.conversation)).value_or(0))
    throw Error(ErrorKind::kUsage, "--conversation " + std::to_string(o.conversation) +
                                       ": no such WhatsApp conversation (see 'chatbeto whatsapp conversations')");
}

// "2019-03-08T10:00" (local), or "2019-03-08" for all-day events.
std::string Local(const events::LocalTime& t, bool all_day) {
  const std::string s = events::FormatLocalTime(t);  // "YYYY-MM-DDTHH:MM:SS"
  return s.substr(0, s.find('T') + (all_day ? 0 : 6));
}

int RunList(Context& ctx, const EventsOptions& o) {
  auto filter = MakeFilter(o);
  auto conn = ctx.OpenDb();
  CheckConversation(*conn, o);
  auto list = events::EventStore(*conn).List(filter);
  Json arr = Json::array();
  std::string text;
  for (const auto& e : list) {
    arr.push_back({{"id", e.id},
                   {"conversation", e.conversation_id},
                   {"title", e.title},
                   {"start", Local(e.start, e.all_day)},
                   {"end", e.end ? Json(Local(*e.end, e.all_day)) : Json(nullptr)},
                   {"all_day", e.all_day},
                   {"timezone", e.time_zone.empty() ? "UTC" : e.time_zone},
                   {"status", events::StatusName(e.status)},
                   {"confidence", e.confidence},
                   {"detector", e.detector},
                   {"sequence", e.sequence},
                   {"source_message_ids", e.source_message_ids}});
    text += Local(e.start, e.all_day) + (e.end ? " - " + Local(*e.end, e.all_day) : "") + "  " + e.title +
            "  [" + events::StatusName(e.status) + ", conversation " + std::to_string(e.conversation_id) +
            "]\n";
  }
  // "Not scanned yet" only when nothing filtered the list down to nothing.
  if (list.empty())
    text = o.conversation > 0 || !o.since.empty()
               ? "no events match --conversation/--since (" +
                     Counted(events::EventStore(*conn).List({}).size(), "event") + " in all)\n"
               : "no events yet: run 'chatbeto whatsapp scan'\n";
  // --json: the event objects themselves, one array.
  ctx.Emit(arr, text);
  return kExitOk;
}

int RunExport(Context& ctx, const EventsOptions& o) {
  RequireParentDirectory("--ics", o.ics);
  auto filter = MakeFilter(o);
  auto conn = ctx.OpenDb();
  CheckConversation(*conn, o);
  events::EventStore store(*conn);
  auto list = store.List(filter);
  store.FillSourceText(list);  // DESCRIPTION: the source messages' lines
  events::IcsOptions io;
  io.dtstamp_unix = std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch()).count();
  std::string ics = events::BuildIcs(list, io);
  WriteFileAtomic(o.ics, ics);
  size_t cancelled = 0;
  for (const auto& e : list) cancelled += e.status == events::EventStatus::kCancelled;
  ctx.Emit({{"ok", true}, {"file", o.ics}, {"events", list.size()}, {"cancelled", cancelled}, {"bytes", ics.size()}},
           "wrote " + Counted(list.size(), "event") + " to " + o.ics + "\n");
  return kExitOk;
}

}  // namespace

void AddEventsCommand(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EventsOptions>();
  auto* cmd = app.add_subcommand("events", "Events found in WhatsApp conversations (see 'whatsapp scan')");
  cmd->require_subcommand(0, 1);
  auto filters = [o](CLI::App* c) {
    c->add_option("--conversation", o->conversation, "Only this conversation (whatsapp_conversations.id)")
        ->check(CLI::Validator(
            [](std::string& v) {
              return v.find_first_not_of("0123456789") == std::string::npos && v.size() <= 18 &&
                             v.find_first_not_of('0') != std::string::npos
                         ? std::string()
                         : "expected a conversation id (a whole number from 1), got " + v;
            },
            "ID"));
    c->add_option("--since", o->since, "Only events starting on or after DATE (local, YYYY-MM-DD)");
  };
  filters(cmd);
  auto* exp = cmd->add_subcommand("export", "Write the events as an iCalendar (.ics) file");
  exp->add_option("--ics", o->ics,
                  "The .ics file to write (replaced atomically; its directory must exist)")
      ->required();
  filters(exp);
  exp->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunExport(ctx, *o); }; });
  cmd->callback([&ctx, o, exp] {
    if (!exp->parsed()) ctx.run = [&ctx, o] { return RunList(ctx, *o); };
  });
}

}  // namespace chatbeto::cli
