#include "events/scan_rows.h"

#include <cppconn/resultset.h>
#include <date/tz.h>

#include <algorithm>

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
    "COALESCE(m.received_at, m.created_at), m.is_system OR m.direction = 'system'";

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

// A single-table UPDATE by primary key. An event's id is found by binary
// search, not by a CASE over the ids (one comparison per row and source):
// INTERVAL(id, s1, s2, ...) over the sorted constant source ids gives the
// position of `id` among them, ELT(position, e1, e2, ...) its event's id.
void MarkMessages(db::Connection& c, std::vector<int64_t> fresh,
                  const std::map<int64_t, EventRef>& event_of) {
  std::sort(fresh.begin(), fresh.end());
  std::vector<int64_t> all = fresh;
  bool context_sources = false;
  for (const auto& [m, e] : event_of)
    if (!std::binary_search(fresh.begin(), fresh.end(), m)) {
      all.push_back(m);
      context_sources = true;
    }
  if (all.empty()) return;
  std::string sql = "UPDATE whatsapp_messages SET processed = ";
  sql += context_sources ? "IF(id IN (" + IdList(fresh) + "), 1, processed)" : std::string("1");
  if (!event_of.empty()) {
    std::string sources, events;
    for (const auto& [m, e] : event_of) {  // ascending message ids
      (sources += sources.empty() ? "" : ",") += std::to_string(m);
      events += ',' + (e.relative ? "(LAST_INSERT_ID() + " + std::to_string(e.id) + ")"
                                  : std::to_string(e.id));
    }
    sql += ", event_extracted = IF(id IN (" + sources + "), 1, event_extracted), event_id = IF(id IN (" +
           sources + "), ELT(INTERVAL(id, " + sources + ")" + events + "), event_id)";
  }
  c.Execute(sql + " WHERE id IN (" + IdList(all) + ")");
}

}  // namespace chatbeto::events
