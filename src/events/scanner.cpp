#include "events/scanner.h"

#include <date/tz.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "db/connection.h"
#include "db/retry.h"
#include "events/event_store.h"
#include "events/extract.h"
#include "events/message_view.h"
#include "events/temporal_calendar.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::events {
namespace {

const date::time_zone* Zone(const std::string& name) {
  try {
    return date::locate_zone(name.empty() ? "UTC" : name);
  } catch (const std::exception&) {
    throw Error(ErrorKind::kUsage,
                "unknown time zone \"" + name + "\" (an IANA name such as Europe/Madrid)");
  }
}

// "2019-03-01 09:00:00[.ffffff]" UTC -> wall clock in `z`.
LocalTime ToLocal(const date::time_zone* z, const std::string& utc) {
  LocalTime t = ParseSqlDatetime(utc).value_or(LocalTime{1970, 1, 1, 0, 0, 0});
  date::sys_seconds sys{std::chrono::seconds(detail::ToSeconds(t))};
  return detail::AddSeconds(t, z->get_info(sys).offset.count());
}

struct Row {
  int64_t id = 0;
  std::string sender, body;
  std::string received;  // UTC "YYYY-MM-DD HH:MM:SS[.ffffff]", as the server prints DATETIME(6)
  bool system = false;
};

// Raw columns: formatting and ordering are done here, not by the server.
const char* kMessageColumns =
    "m.id, COALESCE(NULLIF(m.sender_name, ''), m.from_addr, m.direction), m.body, "
    "COALESCE(m.received_at, m.created_at), m.is_system OR m.direction = 'system'";

Row ReadRow(sql::ResultSet& rs, int first) {
  return {rs.getInt64(first), rs.getString(first + 1), rs.getString(first + 2),
          rs.getString(first + 3), rs.getInt(first + 4) != 0};
}

std::vector<Row> ReadRows(db::Connection& c, const std::string& where_order) {
  std::vector<Row> rows;
  auto rs = c.Query(std::string("SELECT ") + kMessageColumns + " FROM whatsapp_messages m " +
                    where_order);
  while (rs->next()) rows.push_back(ReadRow(*rs, 1));
  return rows;
}

// By time, then id (the server's DATETIME(6) text sorts as the time does).
void SortByTime(std::vector<Row>& rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    int c = a.received.compare(b.received);
    return c != 0 ? c < 0 : a.id < b.id;
  });
}

std::string IdList(const std::vector<int64_t>& ids) {
  std::string s;
  for (int64_t id : ids) (s += s.empty() ? "" : ",") += std::to_string(id);
  return s;
}

// Ends the implicit transaction of an autocommit-off session: COMMIT when
// asked, else ROLLBACK (an exception or an early return).
struct Tx {
  db::Connection& c;
  bool done = false;
  ~Tx() {
    if (!done) c.Rollback();
  }
  void Commit() {
    c.Commit();
    done = true;
  }
};

class Worker {
 public:
  Worker(db::Connection& c, const ScanOptions& o, int index)
      : c_(c), o_(o), index_(index), store_(c) {
    // Autocommit off: a conversation's transaction starts with its claim
    // (no START TRANSACTION round trip) and ends with COMMIT, or ROLLBACK
    // when anything fails (Tx below).
    c_.Execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
    c_.Execute("SET SESSION autocommit = 0");
  }
  ~Worker() {
    try {
      c_.Execute("SET SESSION autocommit = 1");  // also ends the listing's read-only transaction
    } catch (const Error&) {
    }
  }

  // Lists conversations with new messages in batches and scans each. The
  // workers of one run split the conversations by id (worker i of n takes
  // id % n == i) instead of racing for the same ones; other scanner
  // processes are kept apart by the claims.
  void Run(const std::atomic<bool>& stop) {
    int64_t cursor = 0;
    const std::string since =
        o_.since.empty() ? "" : " AND m.received_at >= " + db::Quote(o_.since);
    const int n = std::max(1, o_.workers);
    const std::string mine =
        n > 1 ? " AND conversation_id % " + std::to_string(n) + " = " + std::to_string(index_) : "";
    while (!stop) {
      std::vector<int64_t> batch;
      auto rs = c_.Query(
          "SELECT DISTINCT conversation_id FROM whatsapp_messages m WHERE processed = 0 AND "
          "conversation_id > " +
          std::to_string(cursor) + mine + since + " ORDER BY conversation_id LIMIT " +
          std::to_string(o_.batch_size));
      while (rs->next()) batch.push_back(rs->getInt64(1));
      if (batch.empty()) break;
      for (int64_t id : batch) {
        if (stop) return;
        ThrowIfInterrupted();
        // A deadlock or lock wait timeout rolls the conversation back; it is
        // read and extracted again from scratch (nothing carries over).
        ScanStats one =
            db::RetryOnLockConflict(c_, "whatsapp scan", [&] { return Conversation(id, since); });
        stats.Add(one);
        cursor = id;
      }
    }
  }

  ScanStats stats;

 private:
  // One conversation in one transaction; returns what it did (nothing when
  // another scanner holds it or has just finished it).
  ScanStats Conversation(int64_t id, const std::string& since) {
    ScanStats st;
    const std::string cid = std::to_string(id);
    Tx tx{c_};
    // The claim and the new messages in one locking read: the conversation
    // row is read first (a constant table), so when another scanner holds
    // it SKIP LOCKED gives no row at all; once it is ours the messages are
    // read as last committed. A message row another session is writing
    // (an import still open) is skipped too: it stays unprocessed for the
    // next run. The claim also says whether earlier messages or stored
    // events need reading.
    auto claim = c_.Query(
        "SELECT COALESCE(c.time_zone, ''), c.event_count, "
        "EXISTS(SELECT 1 FROM whatsapp_messages p WHERE p.conversation_id = " +
        cid +
        " AND p.processed = 1), "
        "EXISTS(SELECT 1 FROM extracted_events e WHERE e.conversation_id = " +
        cid + "), " + kMessageColumns +
        " FROM whatsapp_conversations c LEFT JOIN whatsapp_messages m ON m.conversation_id = c.id "
        "AND "
        "m.processed = 0" +
        since + " WHERE c.id = " + cid + " FOR UPDATE SKIP LOCKED");
    if (!claim->next()) {
      ++st.skipped_locked;
      return st;
    }
    std::string zone_name = claim->getString(1);
    const int64_t old_count = claim->getInt64(2);
    const bool has_processed = claim->getInt(3) != 0, has_events = claim->getInt(4) != 0;
    std::vector<Row> fresh;
    if (!claim->isNull(5)) do
        fresh.push_back(ReadRow(*claim, 5));
      while (claim->next());
    claim.reset();
    if (fresh.empty()) {  // another scanner finished it since we listed it
      tx.Commit();
      return st;
    }
    SortByTime(fresh);
    if (zone_name.empty()) zone_name = o_.default_zone;
    // Context: up to N earlier messages, then everything from the first new one on.
    const std::string at = "COALESCE(m.received_at, m.created_at)";
    const Row& first = fresh.front();
    const std::string t = db::Quote(first.received);
    const std::string earlier = "(" + at + " < " + t + " OR (" + at + " = " + t + " AND m.id < " +
                                std::to_string(first.id) + "))";
    std::vector<Row> window;
    if ((has_processed || !since.empty()) && o_.context_messages > 0) {
      auto before =
          ReadRows(c_, "WHERE m.conversation_id = " + cid + " AND " + earlier + " ORDER BY " + at +
                           " DESC, m.id DESC LIMIT " + std::to_string(o_.context_messages));
      window.assign(before.rbegin(), before.rend());
      st.context_messages += static_cast<int64_t>(before.size());
    }
    if (since.empty() || !has_processed) {
      window.insert(window.end(), fresh.begin(), fresh.end());
    } else {  // processed messages after the first new one are context too
      auto tail = ReadRows(c_, "WHERE m.conversation_id = " + cid + " AND NOT " + earlier);
      SortByTime(tail);
      window.insert(window.end(), tail.begin(), tail.end());
    }

    const date::time_zone* zone = CachedZone(zone_name);
    std::vector<ChatMessage> msgs;
    std::unordered_map<int64_t, const Row*> by_id;
    by_id.reserve(window.size());
    msgs.reserve(window.size());
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
      prior.push_back({s.title, s.start, s.end, s.all_day, s.status, s.confidence,
                       s.source_message_ids, s.origin_message_id, s.id});
    }
    std::vector<ExtractedEvent> found = ExtractEvents(msgs, prior);

    std::vector<const ExtractedEvent*> fresh_events;
    std::vector<std::string> fresh_texts;
    std::map<int64_t, std::string> event_of;  // message id -> its event's id (SQL)
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
        ++(e.status == EventStatus::kCancelled && existing->status != EventStatus::kCancelled
               ? st.events_cancelled
               : st.events_updated);
      for (int64_t m : e.source_message_ids) event_of[m] = std::to_string(saved.id);
    }
    auto ids = store_.InsertNewIds(id, "rules", fresh_events, tz, fresh_texts);
    st.events_new += static_cast<int64_t>(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
      for (int64_t m : fresh_events[i]->source_message_ids) event_of[m] = ids[i];
    for (auto& [origin, s] : in_window)
      if (store_.Cancel(*s)) ++st.events_cancelled;
    for (const StoredEvent& s : stored)  // seeded events not returned cannot happen; count the rest
      if (!by_id.count(s.origin_message_id) && s.status != EventStatus::kCancelled &&
          !Returned(found, s.id))
        ++live;

    MarkMessages(fresh, event_of);
    if (has_events)  // events of other detectors (whatsapp scan --llm) count too
      live += c_.QueryInt("SELECT COUNT(*) FROM extracted_events WHERE conversation_id = " + cid +
                          " AND detector <> 'rules' AND status <> 'cancelled'")
                  .value_or(0);
    if (live != old_count)
      c_.Execute("UPDATE whatsapp_conversations SET event_count = " + std::to_string(live) +
                 " WHERE id = " + cid);
    tx.Commit();
    ++st.conversations;
    st.messages += static_cast<int64_t>(fresh.size());
    return st;
  }

  static bool Returned(const std::vector<ExtractedEvent>& found, int64_t stored_id) {
    for (const auto& e : found)
      if (e.stored_id == stored_id) return true;
    return false;
  }

  // One statement by primary key: the new messages become processed; every
  // source message of an event gets event_extracted and its event id. A
  // source message outside the new ones (context) keeps its processed flag.
  void MarkMessages(const std::vector<Row>& fresh, const std::map<int64_t, std::string>& event_of) {
    std::vector<int64_t> ids;
    ids.reserve(fresh.size() + event_of.size());
    for (const Row& r : fresh) ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    const size_t n_fresh = ids.size();
    bool context_sources = false;
    for (const auto& [m, e] : event_of)
      if (!std::binary_search(ids.begin(), ids.begin() + n_fresh, m)) {
        ids.push_back(m);
        context_sources = true;
      }
    std::string sql = "UPDATE whatsapp_messages SET processed = ";
    if (context_sources) {
      std::vector<int64_t> only_fresh(ids.begin(), ids.begin() + n_fresh);
      sql += "IF(id IN (" + IdList(only_fresh) + "), 1, processed)";
    } else {
      sql += "1";
    }
    if (!event_of.empty()) {
      std::vector<int64_t> sources;
      std::string kase = "CASE id";
      for (const auto& [m, e] : event_of) {
        sources.push_back(m);
        kase += " WHEN " + std::to_string(m) + " THEN " + e;
      }
      sql += ", event_extracted = IF(id IN (" + IdList(sources) +
             "), 1, event_extracted), event_id = " + kase + " ELSE event_id END";
    }
    c_.Execute(sql + " WHERE id IN (" + IdList(ids) + ")");
  }

  // "2019-03-01 09:05 Ana: El viernes a las 10" per source message; messages
  // outside the window are read back.
  std::string SourceText(const ExtractedEvent& e,
                         const std::unordered_map<int64_t, const Row*>& by_id,
                         const date::time_zone* zone) {
    std::vector<int64_t> missing;
    for (int64_t id : e.source_message_ids)
      if (!by_id.count(id)) missing.push_back(id);
    std::vector<Row> extra;
    if (!missing.empty()) extra = ReadRows(c_, "WHERE m.id IN (" + IdList(missing) + ")");
    std::string text;
    for (int64_t id : e.source_message_ids) {
      const Row* r = nullptr;
      if (auto it = by_id.find(id); it != by_id.end()) r = it->second;
      for (const Row& x : extra)
        if (x.id == id) r = &x;
      if (!r) continue;
      LocalTime t = ToLocal(zone, r->received);
      text += SqlDatetime(t).substr(0, 16) + " " + r->sender + ": " + r->body + "\n";
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
  const int index_;
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
    conns[0]->Execute(
        "UPDATE whatsapp_messages SET processed = 0, event_extracted = 0, event_id = NULL" + where);
  }
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::optional<Error> failure;
  ScanStats total;
  auto body = [&](db::Connection& c, int index) {
    Worker w(c, opts, index);
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
  for (size_t i = 1; i < conns.size(); ++i)
    threads.emplace_back(body, std::ref(*conns[i]), static_cast<int>(i));
  body(*conns[0], 0);
  for (auto& t : threads) t.join();
  if (failure) throw *failure;
  return total;
}

}  // namespace chatbeto::events
