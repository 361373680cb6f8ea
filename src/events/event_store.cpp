#include "events/event_store.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "events/scan_rows.h"

namespace chatbeto::events {
namespace {

const char* kColumns =
    "id, conversation_id, detector, origin_message_id, title, start_local, end_local, all_day, "
    "COALESCE(time_zone, ''), status, confidence, source_message_ids, COALESCE(source_text, ''), "
    "sequence, DATE_FORMAT(updated_at, '%Y-%m-%d %H:%i:%s'), origin_seq";

std::string IdsJson(const std::vector<int64_t>& ids) { return nlohmann::json(ids).dump(); }

std::vector<int64_t> ParseIds(const std::string& s) {
  std::vector<int64_t> out;
  auto j = nlohmann::json::parse(s, nullptr, false);
  if (j.is_array())
    for (const auto& v : j)
      if (v.is_number_integer()) out.push_back(v.get<int64_t>());
  return out;
}

bool SameTime(const std::optional<LocalTime>& a, const std::optional<LocalTime>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || SqlDatetime(*a) == SqlDatetime(*b);
}

std::string OptDatetime(const std::optional<LocalTime>& t) {
  return t ? db::Quote(SqlDatetime(*t)) : "NULL";
}

std::string Confidence(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", std::min(1.0, std::max(0.0, c)));
  return buf;
}

}  // namespace

std::string SqlDatetime(const LocalTime& t) {
  std::string s = FormatLocalTime(t);  // "YYYY-MM-DDTHH:MM:SS"
  s[s.find('T')] = ' ';
  return s;
}

std::optional<LocalTime> ParseSqlDatetime(std::string_view s) {
  // By hand: called for every message a scan reads (sscanf was a visible
  // share of the scanner's time).
  if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
    return std::nullopt;
  int v[6];
  static const int kAt[] = {0, 5, 8, 11, 14, 17}, kLen[] = {4, 2, 2, 2, 2, 2};
  for (int k = 0; k < 6; ++k) {
    int n = 0;
    for (int i = 0; i < kLen[k]; ++i) {
      char c = s[kAt[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + (c - '0');
    }
    v[k] = n;
  }
  return LocalTime{v[0], v[1], v[2], v[3], v[4], v[5]};
}

std::optional<LocalTime> ParseUserDate(std::string_view s) {
  std::string t(s);
  if (t.size() > 10 && t[10] == 'T') t[10] = ' ';
  if (t.size() == 10) t += " 00:00:00";
  if (t.size() == 16) t += ":00";
  if (t.size() != 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
    return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  auto p = ParseSqlDatetime(t);
  if (!p || p->year < 1000 || p->month < 1 || p->month > 12 || p->day < 1 || p->hour > 23 ||
      p->minute > 59 || p->second > 59)
    return std::nullopt;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (p->year % 4 == 0 && p->year % 100 != 0) || p->year % 400 == 0;
  int max_day = p->month == 2 && !leap ? 28 : kDays[p->month - 1];
  if (p->day > max_day) return std::nullopt;
  return p;
}

EventStatus ParseStatus(std::string_view s) {
  if (s == "confirmed") return EventStatus::kConfirmed;
  if (s == "cancelled") return EventStatus::kCancelled;
  return EventStatus::kTentative;
}

std::vector<StoredEvent> EventStore::Select(const std::string& where_order) {
  std::vector<StoredEvent> out;
  auto rs =
      conn_.Query(std::string("SELECT ") + kColumns + " FROM extracted_events " + where_order);
  while (rs->next()) {
    StoredEvent e;
    e.id = rs->getInt64(1);
    e.conversation_id = rs->getInt64(2);
    e.detector = rs->getString(3);
    e.origin_message_id = rs->getInt64(4);
    e.title = rs->getString(5);
    e.start = ParseSqlDatetime(std::string(rs->getString(6))).value_or(LocalTime{});
    if (!rs->isNull(7)) e.end = ParseSqlDatetime(std::string(rs->getString(7)));
    e.all_day = rs->getInt(8) != 0;
    e.time_zone = rs->getString(9);
    e.status = ParseStatus(std::string(rs->getString(10)));
    e.confidence = rs->getDouble(11);
    e.source_message_ids = ParseIds(rs->getString(12));
    e.source_text = rs->getString(13);
    e.sequence = rs->getInt(14);
    e.updated_at = rs->getString(15);
    e.origin_seq = rs->getInt(16);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<StoredEvent> EventStore::ForConversation(int64_t conversation_id,
                                                     const std::string& detector) {
  return Select("WHERE conversation_id = " + std::to_string(conversation_id) +
                " AND detector = " + db::Quote(detector) + " ORDER BY origin_message_id, origin_seq");
}

EventStore::Saved EventStore::Save(int64_t conversation_id, const std::string& detector,
                                   const ExtractedEvent& e, const std::string& time_zone,
                                   const StoredEvent* existing) {
  std::vector<StoredEvent> found;
  if (!existing) {
    found = Select("WHERE conversation_id = " + std::to_string(conversation_id) +
                   " AND detector = " + db::Quote(detector) +
                   " AND origin_message_id = " + std::to_string(e.origin_message_id) +
                   " AND origin_seq = " + std::to_string(e.origin_seq));
    if (!found.empty()) existing = &found[0];
  }
  if (!existing) {
    return {InsertNewIds(detector, {{conversation_id, &e, time_zone}}).at(0), true, true};
  }
  return Update(*existing, e, time_zone);
}

EventStore::Saved EventStore::Update(const StoredEvent& s, const ExtractedEvent& e,
                                     const std::string& time_zone) {
  const std::string tz = time_zone.empty() ? "NULL" : db::Quote(time_zone);
  bool same = s.title == e.title && SqlDatetime(s.start) == SqlDatetime(e.start) &&
              SameTime(s.end, e.end) && s.all_day == e.all_day && s.status == e.status &&
              s.source_message_ids == e.source_message_ids && s.time_zone == time_zone;
  if (same) return {s.id, false, false};
  conn_.Execute("UPDATE extracted_events SET title = " + db::Quote(e.title) +
                ", start_local = " + db::Quote(SqlDatetime(e.start)) +
                ", end_local = " + OptDatetime(e.end) + ", all_day = " + (e.all_day ? "1" : "0") +
                ", time_zone = " + tz + ", status = " + db::Quote(StatusName(e.status)) +
                ", confidence = " + Confidence(e.confidence) +
                ", source_message_ids = " + db::Quote(IdsJson(e.source_message_ids)) +
                ", source_text = NULL" +
                ", sequence = sequence + 1, updated_at = UTC_TIMESTAMP(6) WHERE id = " +
                std::to_string(s.id));
  return {s.id, false, true};
}

std::vector<int64_t> EventStore::InsertNewIds(const std::string& detector,
                                              const std::vector<NewEvent>& events) {
  std::vector<int64_t> out;
  if (events.empty()) return out;
  const std::string det = db::Quote(detector);
  std::string sql =
      "INSERT INTO extracted_events (conversation_id, detector, origin_message_id, title, "
      "start_local, end_local, all_day, time_zone, status, confidence, source_message_ids, "
      "sequence, created_at, updated_at, origin_seq) VALUES ";
  std::string keys;
  for (size_t i = 0; i < events.size(); ++i) {
    const ExtractedEvent& e = *events[i].event;
    const std::string cid = std::to_string(events[i].conversation_id);
    sql += (i ? ", (" : "(") + cid + ", " + det + ", " + std::to_string(e.origin_message_id) +
           ", " + db::Quote(e.title) + ", " + db::Quote(SqlDatetime(e.start)) + ", " +
           OptDatetime(e.end) + ", " + (e.all_day ? "1" : "0") + ", " +
           (events[i].time_zone.empty() ? "NULL" : db::Quote(events[i].time_zone)) + ", " +
           db::Quote(StatusName(e.status)) + ", " + Confidence(e.confidence) + ", " +
           db::Quote(IdsJson(e.source_message_ids)) + ", 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), " +
           std::to_string(e.origin_seq) + ")";
    keys += (i ? ",(" : "(") + cid + "," + std::to_string(e.origin_message_id) + "," +
            std::to_string(e.origin_seq) + ")";
  }
  conn_.Execute(sql);
  if (ConsecutiveIds()) {
    // One multi-row INSERT ... VALUES got consecutive ids from LAST_INSERT_ID() on.
    const int64_t first = conn_.QueryInt("SELECT LAST_INSERT_ID()").value_or(0);
    for (size_t i = 0; i < events.size(); ++i)
      out.push_back(first + static_cast<int64_t>(i) * increment_);
    return out;
  }
  // Ids by (conversation, origin, origin_seq) (auto-increment ids of one statement need
  // not be consecutive).
  std::map<std::tuple<int64_t, int64_t, int>, int64_t> by_key;
  auto rs = conn_.Query(
      "SELECT conversation_id, origin_message_id, origin_seq, id FROM extracted_events WHERE detector = " +
      det + " AND (conversation_id, origin_message_id, origin_seq) IN (" + keys + ")");
  while (rs->next()) by_key[{rs->getInt64(1), rs->getInt64(2), rs->getInt(3)}] = rs->getInt64(4);
  for (const NewEvent& e : events)
    out.push_back(by_key.at({e.conversation_id, e.event->origin_message_id, e.event->origin_seq}));
  return out;
}

bool EventStore::ConsecutiveIds() {
  if (lock_mode_ < 0) {
    auto rs = conn_.Query("SELECT @@innodb_autoinc_lock_mode, @@auto_increment_increment");
    lock_mode_ = 2;
    if (rs->next()) {
      lock_mode_ = rs->getInt(1);
      increment_ = std::max<int64_t>(1, rs->getInt64(2));
    }
  }
  // 0 "traditional" and 1 "consecutive" give an INSERT ... VALUES one
  // consecutive block; 2 "interleaved" (MySQL 8's default) may not.
  return lock_mode_ <= 1;
}

bool EventStore::Cancel(const StoredEvent& e) {
  if (e.status == EventStatus::kCancelled) return false;
  conn_.Execute(
      "UPDATE extracted_events SET status = 'cancelled', sequence = sequence + 1, "
      "updated_at = UTC_TIMESTAMP(6) WHERE id = " +
      std::to_string(e.id));
  return true;
}

std::vector<StoredEvent> EventStore::List(const Filter& f) {
  std::string where = "WHERE 1 = 1";
  if (f.conversation_id) where += " AND conversation_id = " + std::to_string(*f.conversation_id);
  if (f.since) where += " AND start_local >= " + db::Quote(SqlDatetime(*f.since));
  return Select(where + " ORDER BY start_local, id");
}

void EventStore::FillSourceText(std::vector<StoredEvent>& events) {
  std::vector<int64_t> ids;
  for (const StoredEvent& e : events)
    if (e.source_text.empty()) ids.insert(ids.end(), e.source_message_ids.begin(), e.source_message_ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::unordered_map<int64_t, ScanRow> rows;
  constexpr size_t kPerQuery = 1000;
  for (size_t at = 0; at < ids.size(); at += kPerQuery) {
    std::vector<int64_t> part(ids.begin() + at, ids.begin() + std::min(ids.size(), at + kPerQuery));
    for (ScanRow& r : ReadScanRows(conn_, "WHERE m.id IN (" + IdList(part) + ")"))
      rows.emplace(r.id, std::move(r));
  }
  for (StoredEvent& e : events) {
    if (!e.source_text.empty()) continue;
    const date::time_zone* zone = Zone(e.time_zone);
    for (int64_t id : e.source_message_ids)
      if (auto it = rows.find(id); it != rows.end()) e.source_text += SourceLine(it->second, zone);
  }
}

}  // namespace chatbeto::events
