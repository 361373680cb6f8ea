// `chatbeto whatsapp conversations`: every WhatsApp conversation with its
// platform, message count, first/last message and events found.
#include <cppconn/resultset.h>

#include "cli/whatsapp_commands.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

std::string Col(sql::ResultSet& rs, int i) {
  return rs.isNull(i) ? std::string() : std::string(rs.getString(i));
}

int Run(Context& ctx) {
  auto conn = ctx.OpenDb();
  auto rs = conn->Query(
      "SELECT id, name, platform, chat_key, message_count, first_message_at, last_message_at, "
      "event_count, time_zone, participants FROM whatsapp_conversations "
      "ORDER BY last_message_at IS NULL, last_message_at DESC, id");
  Json list = Json::array();
  std::string text;
  char line[512];
  std::snprintf(line, sizeof line, "%6s  %-8s %9s  %-19s  %-19s  %6s  %s\n", "id", "platform",
                "messages", "first", "last", "events", "name");
  text += line;
  while (rs->next()) {
    auto first = Col(*rs, 6), last = Col(*rs, 7);
    Json participants = Json::parse(Col(*rs, 10).empty() ? "[]" : Col(*rs, 10), nullptr, false);
    list.push_back({{"id", rs->getInt64(1)},
                    {"name", Col(*rs, 2)},
                    {"platform", Col(*rs, 3)},
                    {"chat_key", Col(*rs, 4)},
                    {"messages", rs->getInt64(5)},
                    {"first_message_at", first},
                    {"last_message_at", last},
                    {"events", rs->getInt64(8)},
                    {"time_zone", Col(*rs, 9)},
                    {"participants", participants.is_discarded() ? Json::array() : participants}});
    std::snprintf(line, sizeof line, "%6lld  %-8s %9s  %-19.19s  %-19.19s  %6lld  ",
                  static_cast<long long>(rs->getInt64(1)), Col(*rs, 3).c_str(),
                  WithThousands(rs->getInt64(5)).c_str(), first.c_str(), last.c_str(),
                  static_cast<long long>(rs->getInt64(8)));
    text += line + Col(*rs, 2) + "\n";
  }
  if (list.empty()) text = "no WhatsApp conversations yet (chatbeto whatsapp import PATH)\n";
  ctx.Emit({{"ok", true}, {"count", list.size()}, {"conversations", list}}, text);
  return kExitOk;
}

}  // namespace

void AddWhatsappConversationsCommand(CLI::App& group, Context& ctx) {
  auto* cmd = group.add_subcommand(
      "conversations", "List WhatsApp conversations: id, name, platform, messages, first/last "
                       "message (UTC), events found");
  cmd->callback([&ctx] { ctx.run = [&ctx] { return Run(ctx); }; });
}

}  // namespace chatbeto::cli
