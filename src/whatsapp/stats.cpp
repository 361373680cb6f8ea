#include "whatsapp/stats.h"

#include <cppconn/resultset.h>

#include "db/connection.h"
#include "util/text.h"

namespace chatbeto::whatsapp {

nlohmann::ordered_json StatsJson(db::Connection& conn) {
  nlohmann::ordered_json by_platform = nlohmann::ordered_json::object();
  int64_t conversations = 0, events = 0;
  auto rs = conn.Query(
      "SELECT platform, COUNT(*), COALESCE(SUM(event_count), 0) FROM whatsapp_conversations "
      "GROUP BY platform ORDER BY platform");
  while (rs->next()) {
    by_platform[std::string(rs->getString(1))] = rs->getInt64(2);
    conversations += rs->getInt64(2);
    events += rs->getInt64(3);
  }
  auto m = conn.Query(
      "SELECT COUNT(*), COALESCE(SUM(direction = 'inbound'), 0), "
      "COALESCE(SUM(direction = 'outbound'), 0), COALESCE(SUM(is_system), 0), "
      "COALESCE(SUM(media_kind IS NOT NULL), 0), COALESCE(SUM(is_edited), 0), "
      "COALESCE(SUM(is_deleted), 0), COALESCE(SUM(processed), 0), "
      "COALESCE(SUM(event_extracted), 0) FROM whatsapp_messages");
  m->next();
  const char* names[] = {"total", "inbound", "outbound", "system", "media",
                         "edited", "deleted", "processed", "event_extracted"};
  nlohmann::ordered_json messages = nlohmann::ordered_json::object();
  for (int i = 0; i < 9; ++i) messages[names[i]] = m->getInt64(i + 1);
  return {{"conversations", conversations},
          {"by_platform", by_platform},
          {"messages", messages},
          {"events", events}};
}

std::string StatsText(const nlohmann::ordered_json& s) {
  const auto& m = s["messages"];
  auto n = [&](const char* k) { return WithThousands(m[k].get<int64_t>()); };
  std::string platforms;
  for (auto& [k, v] : s["by_platform"].items())
    platforms += (platforms.empty() ? "" : ", ") + WithThousands(v.get<int64_t>()) + " " + k;
  return "whatsapp:           " + Counted(s["conversations"].get<int64_t>(), "conversation") +
         (platforms.empty() ? "" : " (" + platforms + ")") + ", " +
         Counted(m["total"].get<int64_t>(), "message") + " (" + n("inbound") + " in, " + n("outbound") + " out, " +
         n("system") + " system, " + n("media") + " media, " + n("edited") + " edited, " +
         n("deleted") + " deleted), " + n("processed") + " scanned, " +
         Counted(s["events"].get<int64_t>(), "event") + "\n";
}

const std::vector<std::string>& CheckNames() {
  static const std::vector<std::string> names = {"whatsapp_messages_without_conversation",
                                                 "whatsapp_conversation_counts",
                                                 "whatsapp_messages_without_time"};
  return names;
}

std::vector<checks::CheckResult> RunChecks(db::Connection& conn,
                                           const std::set<std::string>& skip) {
  const std::pair<const char*, const char*> kChecks[] = {
      {"every WhatsApp message belongs to a stored conversation",
       "SELECT m.message_sid FROM whatsapp_messages m LEFT JOIN whatsapp_conversations c ON "
       "c.id = m.conversation_id WHERE c.id IS NULL"},
      {"each WhatsApp conversation's message_count matches its messages",
       "SELECT c.chat_key FROM whatsapp_conversations c LEFT JOIN (SELECT conversation_id, "
       "COUNT(*) n FROM whatsapp_messages GROUP BY conversation_id) m ON m.conversation_id = "
       "c.id WHERE c.message_count <> COALESCE(m.n, 0)"},
      {"every WhatsApp message has a time",
       "SELECT message_sid FROM whatsapp_messages WHERE received_at IS NULL"},
  };
  std::vector<checks::CheckResult> out;
  for (size_t i = 0; i < CheckNames().size(); ++i) {
    const std::string& name = CheckNames()[i];
    if (skip.count(name)) {
      checks::CheckResult r;
      r.name = name;
      r.description = kChecks[i].first;
      r.skipped = true;
      r.detail = "--skip";
      out.push_back(std::move(r));
    } else {
      out.push_back(checks::CollectIds(conn, name, kChecks[i].first, kChecks[i].second));
    }
  }
  return out;
}

}  // namespace chatbeto::whatsapp
