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

LocalTime ToLocal(const date::time_zone* z, const std::string& utc, int* offset_minutes) {
  LocalTime t = ParseSqlDatetime(utc).value_or(LocalTime{1970, 1, 1, 0, 0, 0});
  date::sys_seconds sys{std::chrono::seconds(detail::ToSeconds(t))};
  const auto offset = z->get_info(sys).offset.count();
  if (offset_minutes) *offset_minutes = static_cast<int>(offset / 60);
  return detail::AddSeconds(t, offset);
}

std::string SourceLine(const ScanRow& r, const date::time_zone* zone) {
  return SqlDatetime(ToLocal(zone, r.received)).substr(0, 16) + " " + r.sender + ": " + r.body +
         "\n";
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

void SortByTime(std::vector<const ScanRow*>& rows) {
  std::sort(rows.begin(), rows.end(), [](const ScanRow* a, const ScanRow* b) {
    int c = a->received.compare(b->received);
    return c != 0 ? c < 0 : a->id < b->id;
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
  // Not in the locking read: rows of a subquery need no lock. The messages
  // above each mark are counted in one pass along (conversation_id, id), a
  // join grouped by conversation (three subqueries took 1.6 times the CPU).
  // No correlated subquery at all: MariaDB runs one at 7-12 us per outer
  // row, more than the join costs for 50 messages. A conversation with a
  // mark has earlier messages (a mark is a message's id, or one below the
  // first message left for later, so at worst the context read finds
  // none), and the ones with events are one read of an index.
  std::vector<int64_t> held;
  std::map<int64_t, size_t> at;
  for (size_t i = 0; i < out.size(); ++i) {
    held.push_back(out[i].id);
    at[out[i].id] = i;
    out[i].has_earlier = out[i].mark > 0;
  }
  rs = c.Query(
      "SELECT c.id, MIN(p.id), MAX(p.id), COUNT(p.id) FROM whatsapp_conversations c "
      "LEFT JOIN whatsapp_messages p ON p.conversation_id = c.id AND p.id > c.scanned_through_id "
      "WHERE c.id IN (" + IdList(held) + ") GROUP BY c.id, c.scanned_through_id");
  while (rs->next()) {
    ClaimedConversation& cl = out[at.at(rs->getInt64(1))];
    cl.above_first = rs->isNull(2) ? 0 : rs->getInt64(2);
    cl.above_last = rs->isNull(3) ? 0 : rs->getInt64(3);
    cl.above_count = rs->getInt64(4);
  }
  rs = c.Query("SELECT DISTINCT conversation_id FROM extracted_events WHERE conversation_id IN (" +
               IdList(held) + ")");
  while (rs->next()) out[at.at(rs->getInt64(1))].has_events = true;
  return out;
}

std::vector<AboveMark> ReadAboveMarks(db::Connection& c,
                                      const std::vector<ClaimedConversation>& convs,
                                      const std::string& scope) {
  std::vector<AboveMark> out;
  if (convs.empty()) return out;
  // Conversations with the same mark share a condition (each one of its
  // own, evaluated for every row read, cost more than reading the row):
  // conversation_id IN (...) AND id > mark.
  std::map<int64_t, std::vector<int64_t>> by_mark;
  int64_t first = 0, last = 0, count = 0;
  for (const auto& cl : convs) {
    by_mark[cl.mark].push_back(cl.id);
    if (cl.above_count == 0) continue;
    first = first == 0 ? cl.above_first : std::min(first, cl.above_first);
    last = std::max(last, cl.above_last);
    count += cl.above_count;
  }
  std::string where;
  for (const auto& [mark, ids] : by_mark)
    (where += where.empty() ? "" : " OR ") += "(m.conversation_id IN (" + IdList(ids) +
                                              ") AND m.id > " + std::to_string(mark) + ")";
  // Along the primary key when the range holds few rows of other
  // conversations: no second lookup per row.
  if (count > 0 && last - first + 1 <= 2 * count + 64)
    where = "m.id BETWEEN " + std::to_string(first) + " AND " + std::to_string(last) + " AND (" +
            where + ")";
  // The flags in one column: bit 0 processed, bit 1 in scope (each column
  // read through Connector/C++ costs the scanner about 1 % of its CPU).
  auto rs =
      c.Query("SELECT m.conversation_id, (m.processed <> 0)" +
              (scope.empty() ? std::string(" + 2") : " + 2 * COALESCE((" + scope + ") <> 0, 0)") +
              ", " + kScanMessageColumns + " FROM whatsapp_messages m WHERE " + where);
  while (rs->next()) {
    AboveMark a;
    a.conversation = rs->getInt64(1);
    const int flags = rs->getInt(2);
    a.processed = (flags & 1) != 0;
    a.in_scope = (flags & 2) != 0;
    a.row = ReadScanRow(*rs, 3);
    out.push_back(std::move(a));
  }
  return out;
}

std::vector<std::pair<int64_t, int64_t>> IdRuns(std::vector<int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<std::pair<int64_t, int64_t>> runs;
  for (int64_t id : ids) {
    if (!runs.empty() && runs.back().second + 1 == id) runs.back().second = id;
    else runs.emplace_back(id, id);
  }
  return runs;
}

std::string IdRunsCondition(const std::vector<int64_t>& ids) {
  std::string ranges;
  std::vector<int64_t> singles;
  for (const auto& [first, last] : IdRuns(ids)) {
    if (first == last) {
      singles.push_back(first);
      continue;
    }
    (ranges += ranges.empty() ? "" : " OR ") +=
        "m.id BETWEEN " + std::to_string(first) + " AND " + std::to_string(last);
  }
  if (!singles.empty())
    (ranges += ranges.empty() ? "" : " OR ") += "m.id IN (" + IdList(singles) + ")";
  return "(" + ranges + ")";
}

// A single-table UPDATE, rows by primary key runs. An event's id is found by
// binary search, not by a CASE over the ids (one comparison per row and
// source): INTERVAL(id, s1, s2, ...) over the sorted constant source ids gives
// the position of `id` among them, ELT(position, e1, e2, ...) its event's id.
// Each condition evaluated per row is a sorted IN list or a few ranges: a
// condition per conversation (its id and range) cost more than the update.
void MarkMessages(db::Connection& c, std::vector<int64_t> fresh_ids,
                  const std::map<int64_t, int64_t>& event_of) {
  std::sort(fresh_ids.begin(), fresh_ids.end());
  // Sources outside the new messages (context messages) keep their processed flag.
  std::vector<int64_t> context;
  for (const auto& [m, e] : event_of)
    if (!std::binary_search(fresh_ids.begin(), fresh_ids.end(), m)) context.push_back(m);
  std::vector<int64_t> rows = fresh_ids;
  rows.insert(rows.end(), context.begin(), context.end());
  if (rows.empty()) return;
  std::string sql = "UPDATE whatsapp_messages m SET m.processed = ";
  sql += context.empty() ? std::string("1")
                         : fresh_ids.empty() ? std::string("m.processed")
                                             : "IF(m.id IN (" + IdList(context) + "), m.processed, 1)";
  if (!event_of.empty()) {
    // event_ref first: the session's sql_mode (db/connection.cpp) has no
    // SIMULTANEOUS_ASSIGNMENT, so the assignments run left to right and
    // event_extracted reads the new event_ref (MySQL always does so).
    const EventSteps steps = StepsOf(event_of);
    sql += ", m.event_ref = COALESCE(NULLIF(ELT(INTERVAL(m.id, " + IdList(steps.bounds) +
           ") + 1, " + IdList(steps.values) + "), 0), m.event_ref)" +
           ", m.event_extracted = IF(m.event_ref <> 0, 1, m.event_extracted)";
  }
  c.Execute(sql + " WHERE " + IdRunsCondition(rows));
}

EventSteps StepsOf(const std::map<int64_t, int64_t>& event_of) {
  EventSteps s;
  s.values.push_back(0);
  int64_t next = 0;  // the id after the current step's last source (0: none yet)
  for (const auto& [m, e] : event_of) {  // ascending message ids
    if (m == next && e == s.values.back()) {
      ++next;
      continue;
    }
    if (next != 0 && m != next) {  // a gap after the step: back to "no event"
      s.bounds.push_back(next);
      s.values.push_back(0);
    }
    s.bounds.push_back(m);
    s.values.push_back(e);
    next = m + 1;
  }
  if (next != 0) {
    s.bounds.push_back(next);
    s.values.push_back(0);
  }
  return s;
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
    c.Execute("UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_ref = 0");
  } else {
    const std::string from = "received_at >= " + db::Quote(since);
    c.Execute(
        "UPDATE whatsapp_conversations c SET scanned_through_id = LEAST(scanned_through_id, "
        "COALESCE((SELECT MIN(m.id) - 1 FROM whatsapp_messages m WHERE m.conversation_id = c.id "
        "AND m." + from + "), scanned_through_id))");
    c.Execute("UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_ref = 0 "
              "WHERE " + from);
  }
  tx.Commit();
}

}  // namespace chatbeto::events
