#include "events/scan_rows.h"

#include <cppconn/resultset.h>
#include <date/tz.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "db/connection.h"
#include "events/event_store.h"
#include "events/temporal_calendar.h"
#include "util/error.h"

namespace chatbeto::events {

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name.empty() ? "UTC" : name);
  } catch (const std::exception&) {
    throw Error(ErrorKind::kUsage,
                "unknown time zone \"" + name + "\" (an IANA name such as Europe/Madrid)");
  }
}

LocalTime ToLocal(const date::time_zone* z, const std::string& utc) {
  LocalTime t = ParseSqlDatetime(utc).value_or(LocalTime{1970, 1, 1, 0, 0, 0});
  date::sys_seconds sys{std::chrono::seconds(detail::ToSeconds(t))};
  return detail::AddSeconds(t, z->get_info(sys).offset.count());
}

const char* const kScanMessageColumns =
    "m.id, COALESCE(NULLIF(m.sender_name, ''), m.from_addr, m.direction), m.body, "
    "COALESCE(m.received_at, m.created_at), m.is_system OR m.direction = 'system' OR "
    "m.message_type IN ('edit', 'revoke', 'reaction')";

ScanRow ReadScanRow(sql::ResultSet& rs, int first) {
  return {rs.getInt64(first), rs.getString(first + 1), rs.getString(first + 2),
          rs.getString(first + 3), rs.getInt(first + 4) != 0};
}

std::vector<ScanRow> ReadScanRows(db::Connection& c, const std::string& where_order) {
  std::vector<ScanRow> rows;
  auto rs = c.Query(std::string("SELECT ") + kScanMessageColumns + " FROM whatsapp_messages m " +
                    where_order);
  while (rs->next()) rows.push_back(ReadScanRow(*rs, 1));
  return rows;
}

void SortByTime(std::vector<ScanRow>& rows) {
  std::sort(rows.begin(), rows.end(), [](const ScanRow& a, const ScanRow& b) {
    int c = a.received.compare(b.received);
    return c != 0 ? c < 0 : a.id < b.id;
  });
}

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) (s += s.empty() ? "" : ",") += std::to_string(id);
  return s;
}

std::vector<ClaimedConversation> ClaimConversations(db::Connection& c,
                                                    const std::vector<int64_t>& ids) {
  std::vector<ClaimedConversation> out;
  if (ids.empty()) return out;
  auto rs = c.Query(
      "SELECT id, COALESCE(time_zone, ''), event_count, scanned_through_id FROM "
      "whatsapp_conversations WHERE id IN (" + IdList(ids) + ") FOR UPDATE SKIP LOCKED");
  while (rs->next())
    out.push_back({rs->getInt64(1), rs->getString(2), rs->getInt64(3), rs->getInt64(4)});
  rs.reset();
  if (out.empty()) return out;
  // Not in the locking read: rows of a subquery need no lock.
  std::vector<int64_t> held;
  for (const auto& cl : out) held.push_back(cl.id);
  rs = c.Query(
      "SELECT c.id, EXISTS(SELECT 1 FROM whatsapp_messages p WHERE p.conversation_id = c.id AND "
      "p.id <= c.scanned_through_id), EXISTS(SELECT 1 FROM extracted_events e WHERE "
      "e.conversation_id = c.id) FROM whatsapp_conversations c WHERE c.id IN (" + IdList(held) + ")");
  std::map<int64_t, std::pair<bool, bool>> flags;
  while (rs->next()) flags[rs->getInt64(1)] = {rs->getInt(2) != 0, rs->getInt(3) != 0};
  for (auto& cl : out) std::tie(cl.has_earlier, cl.has_events) = flags[cl.id];
  return out;
}

std::vector<AboveMark> ReadAboveMarks(db::Connection& c,
                                      const std::vector<ClaimedConversation>& convs,
                                      const std::string& scope) {
  std::vector<AboveMark> out;
  if (convs.empty()) return out;
  // One range of the index (conversation_id, id) per conversation.
  std::string where;
  for (const auto& cl : convs)
    (where += where.empty() ? "" : " OR ") += "(m.conversation_id = " + std::to_string(cl.id) +
                                              " AND m.id > " + std::to_string(cl.mark) + ")";
  auto rs = c.Query("SELECT m.conversation_id, m.processed, " +
                    (scope.empty() ? std::string("1") : "(" + scope + ")") + ", " +
                    kScanMessageColumns + " FROM whatsapp_messages m WHERE " + where);
  while (rs->next()) {
    AboveMark a;
    a.conversation = rs->getInt64(1);
    a.processed = rs->getInt(2) != 0;
    a.in_scope = !rs->isNull(3) && rs->getInt(3) != 0;
    a.row = ReadScanRow(*rs, 4);
    out.push_back(std::move(a));
  }
  return out;
}

// A single-table UPDATE, rows by primary key ranges. An event's id is found by binary
// search, not by a CASE over the ids (one comparison per row and source):
// INTERVAL(id, s1, s2, ...) over the sorted constant source ids gives the
// position of `id` among them, ELT(position, e1, e2, ...) its event's id.
void MarkMessages(db::Connection& c, const std::vector<FreshRange>& ranges,
                  std::vector<int64_t> fresh_ids, const std::string& scope,
                  const std::map<int64_t, EventRef>& event_of) {
  std::string fresh;
  for (const FreshRange& r : ranges)
    (fresh += fresh.empty() ? "" : " OR ") += "(m.id BETWEEN " + std::to_string(r.first) +
                                              " AND " + std::to_string(r.last) +
                                              " AND m.conversation_id = " +
                                              std::to_string(r.conversation) + ")";
  if (!fresh.empty()) fresh = "((" + fresh + ")" + (scope.empty() ? "" : " AND " + scope) + ")";
  // Sources outside the ranges (context messages) keep their processed flag.
  std::vector<int64_t> context;
  std::sort(fresh_ids.begin(), fresh_ids.end());
  for (const auto& [m, e] : event_of)
    if (!std::binary_search(fresh_ids.begin(), fresh_ids.end(), m)) context.push_back(m);
  std::string where = fresh;
  if (!context.empty())
    (where += where.empty() ? "" : " OR ") += "m.id IN (" + IdList(context) + ")";
  if (where.empty()) return;
  std::string sql = "UPDATE whatsapp_messages m SET m.processed = ";
  sql += context.empty() ? std::string("1")
                         : fresh.empty() ? std::string("m.processed")
                                         : "IF(" + fresh + ", 1, m.processed)";
  if (!event_of.empty()) {
    std::string sources, events;
    for (const auto& [m, e] : event_of) {  // ascending message ids
      (sources += sources.empty() ? "" : ",") += std::to_string(m);
      events += ',' + (e.relative ? "(LAST_INSERT_ID() + " + std::to_string(e.id) + ")"
                                  : std::to_string(e.id));
    }
    sql += ", m.event_extracted = IF(m.id IN (" + sources +
           "), 1, m.event_extracted), m.event_id = IF(m.id IN (" + sources +
           "), ELT(INTERVAL(m.id, " + sources + ")" + events + "), m.event_id)";
  }
  c.Execute(sql + " WHERE " + where);
}

void UpdateConversations(db::Connection& c, const std::map<int64_t, int64_t>& marks,
                         const std::map<int64_t, int64_t>& counts) {
  std::set<int64_t> ids;
  std::string mark_case, count_case;
  for (const auto& [id, mark] : marks) {
    ids.insert(id);
    mark_case += " WHEN " + std::to_string(id) + " THEN " + std::to_string(mark);
  }
  for (const auto& [id, count] : counts) {
    ids.insert(id);
    count_case += " WHEN " + std::to_string(id) + " THEN " + std::to_string(count);
  }
  if (ids.empty()) return;
  std::string set;
  if (!mark_case.empty())
    set = "scanned_through_id = CASE id" + mark_case + " ELSE scanned_through_id END";
  if (!count_case.empty())
    (set += set.empty() ? "" : ", ") += "event_count = CASE id" + count_case + " ELSE event_count END";
  c.Execute("UPDATE whatsapp_conversations SET " + set + " WHERE id IN (" +
            IdList(std::vector<int64_t>(ids.begin(), ids.end())) + ")");
}

void ResetScan(db::Connection& c, const std::string& since) {
  db::Transaction tx(c);
  if (since.empty()) {
    c.Execute("UPDATE whatsapp_conversations SET scanned_through_id = 0");
    c.Execute("UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_id = NULL");
  } else {
    const std::string from = "received_at >= " + db::Quote(since);
    c.Execute(
        "UPDATE whatsapp_conversations c SET scanned_through_id = LEAST(scanned_through_id, "
        "COALESCE((SELECT MIN(m.id) - 1 FROM whatsapp_messages m WHERE m.conversation_id = c.id "
        "AND m." + from + "), scanned_through_id))");
    c.Execute("UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_id = NULL "
              "WHERE " + from);
  }
  tx.Commit();
}

}  // namespace chatbeto::events
