// `chatbeto whatsapp messages CONVERSATION [--since DATE] [--limit N]`: the
// messages of one conversation (by id, chat key or name), oldest first.
#include <cppconn/resultset.h>
#include <optional>

#include "cli/validators.h"
#include "cli/whatsapp_commands.h"
#include "events/event_store.h"
#include "util/error.h"
#include "util/exit_codes.h"

namespace chatbeto::cli {
namespace {

struct WhatsappMessagesOptions {
  std::string conversation, since;
  int64_t limit = 0;
};

std::string Col(sql::ResultSet& rs, int i) {
  return rs.isNull(i) ? std::string() : std::string(rs.getString(i));
}

// The conversation's id: an id, a chat key ("export:Ana") or a unique name.
int64_t Resolve(db::Connection& conn, const std::string& what) {
  if (!what.empty() && what.find_first_not_of("0123456789") == std::string::npos &&
      what.size() < 19) {
    if (auto id = conn.QueryInt("SELECT id FROM whatsapp_conversations WHERE id = " + what))
      return *id;
  }
  if (auto id = conn.QueryInt("SELECT id FROM whatsapp_conversations WHERE chat_key = " +
                              db::Quote(what)))
    return *id;
  auto n = conn.QueryInt("SELECT COUNT(*) FROM whatsapp_conversations WHERE name = " +
                         db::Quote(what)).value_or(0);
  if (n > 1)
    throw Error(ErrorKind::kUsage, "conversation \"" + what + "\": " + std::to_string(n) +
                                       " conversations have this name; give the id (see "
                                       "'chatbeto whatsapp conversations')");
  if (n == 1)
    return *conn.QueryInt("SELECT id FROM whatsapp_conversations WHERE name = " + db::Quote(what));
  throw Error(ErrorKind::kUsage, "conversation \"" + what +
                                     "\": no such id, chat key or name (see 'chatbeto whatsapp "
                                     "conversations')");
}

int Run(Context& ctx, const WhatsappMessagesOptions& o) {
  // A real date and time: MariaDB would quietly compare "2025-13-45" as no date.
  std::optional<events::LocalTime> since;
  if (!o.since.empty() && !(since = events::ParseUserDate(o.since)))
    throw Error(ErrorKind::kUsage, "--since " + o.since + ": expected YYYY-MM-DD or "
                                                          "\"YYYY-MM-DD HH:MM[:SS]\" (UTC)");
  auto conn = ctx.OpenDb();
  int64_t id = Resolve(*conn, o.conversation);
  std::string sql =
      "SELECT id, message_sid, received_at, direction, sender_name, from_addr, to_addr, "
      "message_type, body, media_name, media_kind, media_mime, is_system, is_edited, is_deleted, "
      "processed, event_extracted, event_id, status, ref_sid FROM whatsapp_messages "
      "WHERE conversation_id = " + std::to_string(id);
  if (since) sql += " AND received_at >= " + db::Quote(events::SqlDatetime(*since));
  sql += " ORDER BY received_at, id";
  if (o.limit > 0) sql += " LIMIT " + std::to_string(o.limit);
  auto rs = conn->Query(sql);
  Json list = Json::array();
  std::string text;
  while (rs->next()) {
    Json m = {{"id", rs->getInt64(1)},       {"message_sid", Col(*rs, 2)},
              {"received_at", Col(*rs, 3)},  {"direction", Col(*rs, 4)},
              {"sender_name", Col(*rs, 5)},  {"from", Col(*rs, 6)},
              {"to", Col(*rs, 7)},           {"type", Col(*rs, 8)},
              {"body", Col(*rs, 9)},         {"is_system", rs->getInt(13) != 0},
              {"is_edited", rs->getInt(14) != 0}, {"is_deleted", rs->getInt(15) != 0},
              {"processed", rs->getInt(16) != 0}, {"event_extracted", rs->getInt(17) != 0}};
    m["event_id"] = rs->isNull(18) ? Json() : Json(rs->getInt64(18));
    if (!rs->isNull(10) || !rs->isNull(11))
      m["media"] = {{"name", Col(*rs, 10)}, {"kind", Col(*rs, 11)}, {"mime", Col(*rs, 12)}};
    if (!rs->isNull(19)) m["status"] = Col(*rs, 19);
    if (!rs->isNull(20)) m["ref_sid"] = Col(*rs, 20);
    std::string who = Col(*rs, 8) == "system" ? "*" : Col(*rs, 5).empty() ? Col(*rs, 6) : Col(*rs, 5);
    std::string flags;
    if (rs->getInt(14)) flags += " [edited]";
    if (rs->getInt(15)) flags += " [deleted]";
    if (!rs->isNull(10) || !rs->isNull(11))
      flags += " [" + Col(*rs, 11) + (rs->isNull(10) ? "" : ": " + Col(*rs, 10)) + "]";
    text += Col(*rs, 3).substr(0, 19) + "  " + who + ": " + Col(*rs, 9) + flags + "\n";
    list.push_back(std::move(m));
  }
  ctx.Emit({{"ok", true}, {"conversation_id", id}, {"count", list.size()}, {"messages", list}},
           text.empty() ? "no messages\n" : text);
  return kExitOk;
}

}  // namespace

void AddWhatsappMessagesCommand(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<WhatsappMessagesOptions>();
  auto* cmd = group.add_subcommand(
      "messages", "Messages of one conversation (id, chat key or name), oldest first, times UTC");
  cmd->add_option("conversation", o->conversation, "Conversation id, chat key or name")
      ->required();
  cmd->add_option("--since", o->since, "Only messages at or after this UTC date/time");
  cmd->add_option("--limit", o->limit, "At most N messages (1-1000000000)")
      ->check(WholeNumber(1, 1000000000));
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return Run(ctx, *o); }; });
}

}  // namespace chatbeto::cli
