#include "events/scanner.h"

#include <date/tz.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "db/connection.h"
#include "events/event_store.h"
#include "events/extract.h"
#include "events/message_view.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::events {
namespace {

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name.empty() ? "UTC" : name);
  } catch (const std::exception&) {
    throw Error(ErrorKind::kUsage, "unknown time zone \"" + name + "\" (an IANA name such as Europe/Madrid)");
  }
}

// "2019-03-01 09:00:00[.ffffff]" UTC -> wall clock in `z`.
LocalTime ToLocal(const date::time_zone* z, const std::string& utc) {
  LocalTime t = ParseSqlDatetime(utc).value_or(LocalTime{1970, 1, 1, 0, 0, 0});
  int64_t secs = DaysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
  date::sys_seconds sys{std::chrono::seconds(secs)};
  auto local = z->to_local(sys).time_since_epoch().count();
  int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  int64_t rem = local - days * 86400;
  LocalTime r = CivilFromDays(days);
  r.hour = static_cast<int>(rem / 3600);
  r.minute = static_cast<int>(rem / 60 % 60);
  r.second = static_cast<int>(rem % 60);
  return r;
}

struct Row {
  int64_t id = 0;
  std::string sender, body, received;
  bool system = false, processed = false;
};

const char* kMessageColumns =
    "id, COALESCE(NULLIF(sender_name, ''), from_addr, direction), COALESCE(body, ''), "
    "DATE_FORMAT(COALESCE(received_at, created_at), '%Y-%m-%d %H:%i:%s'), "
    "is_system OR direction = 'system', processed";

std::vector<Row> ReadRows(db::Connection& c, const std::string& where_order) {
  std::vector<Row> rows;
  auto rs = c.Query(std::string("SELECT ") + kMessageColumns + " FROM whatsapp_messages " + where_order);
  while (rs->next())
    rows.push_back({rs->getInt64(1), rs->getString(2), rs->getString(3), rs->getString(4),
                    rs->getInt(5) != 0, rs->getInt(6) != 0});
  return rows;
}

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) s += (s.empty() ? "" : ",") + std::to_string(id);
  return s;
}

class Worker {
 public:
  Worker(db::Connection& c, const ScanOptions& o) : c_(c), o_(o), store_(c) {
    c_.Execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  void Run(const std::atomic<bool>& stop) {
    int64_t cursor = 0;
    const std::string since = o_.since.empty() ? "" : " AND received_at >= " + db::Quote(o_.since);
    while (!stop) {
      std::vector<int64_t> batch;
      auto rs = c_.Query("SELECT DISTINCT conversation_id FROM whatsapp_messages WHERE processed = 0 AND "
                         "conversation_id > " + std::to_string(cursor) + since +
                         " ORDER BY conversation_id LIMIT " + std::to_string(o_.batch_size));
      while (rs->next()) batch.push_back(rs->getInt64(1));
      if (batch.empty()) break;
      for (int64_t id : batch) {
        if (stop) return;
        ThrowIfInterrupted();
        Conversation(id, since);
        cursor = id;
      }
    }
  }

  ScanStats stats;

 private:
  void Conversation(int64_t id, const std::string& since) {
    const std::string cid = std::to_string(id);
    db::Transaction tx(c_);
    // The claim also says whether there is earlier context or stored events
    // to read, so a first scan of a conversation costs few round trips.
    auto claim = c_.Query(
        "SELECT COALESCE(time_zone, ''), event_count, "
        "EXISTS(SELECT 1 FROM whatsapp_messages WHERE conversation_id = " + cid + " AND processed = 1), "
        "EXISTS(SELECT 1 FROM extracted_events WHERE conversation_id = " + cid + ") "
        "FROM whatsapp_conversations WHERE id = " + cid + " FOR UPDATE SKIP LOCKED");
    if (!claim->next()) {
      ++stats.skipped_locked;
      return;
    }
    std::string zone_name = claim->getString(1);
    const int64_t old_count = claim->getInt64(2);
    const bool has_processed = claim->getInt(3) != 0, has_events = claim->getInt(4) != 0;
    if (zone_name.empty()) zone_name = o_.default_zone;
    const std::string at = "COALESCE(received_at, created_at)";
    std::vector<Row> fresh = ReadRows(c_, "WHERE conversation_id = " + cid + " AND processed = 0" + since +
                                              " ORDER BY " + at + ", id");
    if (fresh.empty()) {  // another scanner finished it since we listed it
      tx.Commit();
      return;
    }
    // Context: up to N earlier messages, then everything from the first new one on.
    const Row& first = fresh.front();
    const std::string t = db::Quote(first.received);
    const std::string earlier =
        "(" + at + " < " + t + " OR (" + at + " = " + t + " AND id < " + std::to_string(first.id) + "))";
    std::vector<Row> window;
    if ((has_processed || !since.empty()) && o_.context_messages > 0) {
      auto before = ReadRows(c_, "WHERE conversation_id = " + cid + " AND " + earlier + " ORDER BY " + at +
                                     " DESC, id DESC LIMIT " + std::to_string(o_.context_messages));
      window.assign(before.rbegin(), before.rend());
      stats.context_messages += static_cast<int64_t>(before.size());
    }
    if (since.empty() || !has_processed) {
      window.insert(window.end(), fresh.begin(), fresh.end());
    } else {  // processed messages after the first new one are context too
      auto tail = ReadRows(c_, "WHERE conversation_id = " + cid + " AND NOT " + earlier + " ORDER BY " + at + ", id");
      window.insert(window.end(), tail.begin(), tail.end());
    }

    const date::time_zone* zone = CachedZone(zone_name);
    std::vector<ChatMessage> msgs;
    std::map<int64_t, const Row*> by_id;
    for (const Row& r : window) {
      by_id[r.id] = &r;
      if (r.system || r.body.empty()) continue;
      msgs.push_back({r.id, r.sender, r.body, ToLocal(zone, r.received)});
    }
    const std::string tz = zone_name == "UTC" ? "" : zone_name;

    // Stored events: those opened before the window seed the extractor; those
    // opened inside it are found again (or were withdrawn: cancelled).
    std::vector<StoredEvent> stored;
    if (has_events) stored = store_.ForConversation(id, "rules");
    std::vector<ExtractedEvent> prior;
    std::map<int64_t, StoredEvent*> in_window, by_stored_id;
    for (StoredEvent& s : stored) {
      by_stored_id[s.id] = &s;
      if (by_id.count(s.origin_message_id)) {
        in_window[s.origin_message_id] = &s;
        continue;
      }
      prior.push_back({s.title, s.start, s.end, s.all_day, s.status, s.confidence, s.source_message_ids,
                       s.origin_message_id, s.id});
    }
    std::vector<ExtractedEvent> found = ExtractEvents(msgs, prior);

    std::vector<const ExtractedEvent*> fresh_events;
    std::vector<std::string> fresh_texts;
    std::map<int64_t, int64_t> event_of;  // message id -> event id
    int64_t live = 0;
    for (const ExtractedEvent& e : found) {
      live += e.status != EventStatus::kCancelled;
      StoredEvent* existing = nullptr;
      if (e.stored_id) {
        existing = by_stored_id[e.stored_id];
      } else if (auto it = in_window.find(e.origin_message_id); it != in_window.end()) {
        existing = it->second;
        in_window.erase(it);
      }
      if (!existing) {
        fresh_events.push_back(&e);
        fresh_texts.push_back(SourceText(e, by_id, zone));
        continue;
      }
      auto saved = store_.Update(*existing, e, tz, SourceText(e, by_id, zone));
      if (saved.changed)
        ++(e.status == EventStatus::kCancelled && existing->status != EventStatus::kCancelled ? stats.events_cancelled
                                                                                               : stats.events_updated);
      for (int64_t m : e.source_message_ids) event_of[m] = saved.id;
    }
    auto ids = store_.InsertNew(id, "rules", fresh_events, tz, fresh_texts);
    stats.events_new += static_cast<int64_t>(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
      for (int64_t m : fresh_events[i]->source_message_ids) event_of[m] = ids[i];
    for (auto& [origin, s] : in_window)
      if (store_.Cancel(*s)) ++stats.events_cancelled;
    for (const StoredEvent& s : stored)  // seeded events not returned cannot happen; count the rest
      if (!by_id.count(s.origin_message_id) && s.status != EventStatus::kCancelled && !Returned(found, s.id)) ++live;

    MarkMessages(fresh, event_of);
    if (has_events)  // events of other detectors (whatsapp scan --llm) count too
      live += c_.QueryInt("SELECT COUNT(*) FROM extracted_events WHERE conversation_id = " + cid +
                          " AND detector <> 'rules' AND status <> 'cancelled'").value_or(0);
    if (live != old_count)
      c_.Execute("UPDATE whatsapp_conversations SET event_count = " + std::to_string(live) + " WHERE id = " + cid);
    tx.Commit();
    ++stats.conversations;
    stats.messages += static_cast<int64_t>(fresh.size());
  }

  static bool Returned(const std::vector<ExtractedEvent>& found, int64_t stored_id) {
    for (const auto& e : found)
      if (e.stored_id == stored_id) return true;
    return false;
  }

  // One statement: the new messages become processed; every source message
  // of an event gets event_extracted and its event id.
  void MarkMessages(const std::vector<Row>& fresh, const std::map<int64_t, int64_t>& event_of) {
    std::set<int64_t> all;
    std::string fresh_ids;
    for (const Row& r : fresh) {
      all.insert(r.id);
      fresh_ids += (fresh_ids.empty() ? "" : ",") + std::to_string(r.id);
    }
    std::string cases;
    for (const auto& [m, e] : event_of) {
      all.insert(m);
      cases += " WHEN " + std::to_string(m) + " THEN " + std::to_string(e);
    }
    std::vector<int64_t> ids(all.begin(), all.end());
    std::string sql = "UPDATE whatsapp_messages SET processed = IF(id IN (" + fresh_ids + "), 1, processed)";
    if (!cases.empty())
      sql += ", event_extracted = IF(event_id_new IS NULL, event_extracted, 1), event_id = COALESCE(event_id_new, event_id)";
    sql += " WHERE id IN (" + IdList(ids) + ")";
    if (!cases.empty()) {
      // MySQL has no per-row alias in UPDATE; spell the CASE out twice.
      std::string kase = "(CASE id" + cases + " ELSE NULL END)";
      size_t p;
      while ((p = sql.find("event_id_new")) != std::string::npos) sql.replace(p, 12, kase);
    }
    c_.Execute(sql);
  }

  // "2019-03-01 09:05 Ana: El viernes a las 10" per source message; messages
  // outside the window are read back.
  std::string SourceText(const ExtractedEvent& e, const std::map<int64_t, const Row*>& by_id,
                         const date::time_zone* zone) {
    std::vector<int64_t> missing;
    for (int64_t id : e.source_message_ids)
      if (!by_id.count(id)) missing.push_back(id);
    std::vector<Row> extra;
    if (!missing.empty()) extra = ReadRows(c_, "WHERE id IN (" + IdList(missing) + ")");
    std::map<int64_t, const Row*> all = by_id;
    for (const Row& r : extra) all[r.id] = &r;
    std::string text;
    for (int64_t id : e.source_message_ids) {
      auto it = all.find(id);
      if (it == all.end()) continue;
      LocalTime t = ToLocal(zone, it->second->received);
      text += SqlDatetime(t).substr(0, 16) + " " + it->second->sender + ": " + it->second->body + "\n";
    }
    return text;
  }

  const date::time_zone* CachedZone(const std::string& name) {
    auto it = zones_.find(name);
    if (it != zones_.end()) return it->second;
    return zones_[name] = Zone(name);
  }

  db::Connection& c_;
  const ScanOptions& o_;
  EventStore store_;
  std::map<std::string, const date::time_zone*> zones_;
};

}  // namespace

void ScanStats::Add(const ScanStats& o) {
  conversations += o.conversations;
  messages += o.messages;
  context_messages += o.context_messages;
  events_new += o.events_new;
  events_updated += o.events_updated;
  events_cancelled += o.events_cancelled;
  skipped_locked += o.skipped_locked;
}

ScanStats RunScan(const Connector& connect, const ScanOptions& opts) {
  Zone(opts.default_zone);  // an unknown zone is a usage error before anything runs
  std::vector<std::unique_ptr<db::Connection>> conns;
  for (int i = 0; i < std::max(1, opts.workers); ++i) conns.push_back(connect());
  if (opts.reprocess) {
    std::string where = opts.since.empty() ? "" : " WHERE received_at >= " + db::Quote(opts.since);
    conns[0]->Execute("UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_id = NULL" + where);
  }
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::optional<Error> failure;
  ScanStats total;
  auto body = [&](db::Connection& c) {
    Worker w(c, opts);
    try {
      w.Run(stop);
    } catch (const Error& e) {
      std::lock_guard<std::mutex> lock(mu);
      if (!failure) failure = e;
      stop = true;
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mu);
      if (!failure) failure = Error(ErrorKind::kInternal, std::string("scan: ") + e.what());
      stop = true;
    }
    std::lock_guard<std::mutex> lock(mu);
    total.Add(w.stats);
  };
  std::vector<std::thread> threads;
  for (size_t i = 1; i < conns.size(); ++i) threads.emplace_back(body, std::ref(*conns[i]));
  body(*conns[0]);
  for (auto& t : threads) t.join();
  if (failure) throw *failure;
  return total;
}

}  // namespace chatbeto::events
