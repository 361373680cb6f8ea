#include "events/scanner.h"

#include <date/tz.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "db/connection.h"
#include "db/retry.h"
#include "events/event_store.h"
#include "events/extract.h"
#include "events/message_view.h"
#include "events/scan_queue.h"
#include "events/scan_rows.h"
#include "events/temporal_calendar.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"
#include "util/workers.h"

namespace chatbeto::events {
namespace {

using Row = ScanRow;

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

// A claimed conversation: its row, its new messages and the rest above its
// mark (already processed, or before --since), and where the mark goes.
struct Claimed {
  ClaimedConversation row;
  bool has_processed = false;  // messages that are not new: read as context
  int64_t new_mark = 0;
  std::vector<Row> fresh, others;
};

// What the conversations of one transaction leave for its shared statements.
struct Writes {
  std::deque<std::vector<ExtractedEvent>> found;  // per conversation (new_events point here)
  std::vector<EventStore::NewEvent> new_events;
  std::vector<const std::vector<int64_t>*> new_sources;  // per new event
  std::vector<int64_t> fresh;  // every new message
  std::map<int64_t, int64_t> marks;  // conversation -> scanned_through_id, when moved
  std::map<int64_t, int64_t> event_of;  // message id -> its event's id
  std::map<int64_t, int64_t> counts;  // conversation -> event_count, when changed
};

// Up to this many conversations share a transaction and its statements (the
// claim, one INSERT of new events and the read of its first id, one UPDATE
// of the messages, one of the counts, COMMIT): round trips per message fall
// with the batch. Fewer when conversations are long: a transaction takes
// about kMessagesPerTransaction new messages (judged by the previous one's;
// the first takes one conversation), so memory and statement sizes stay
// those of one long conversation. 96 and 15,000 rather than 32 and 5,000:
// about 5 % less server CPU per message (bench/scan, 200,000 messages).
constexpr size_t kConversationsPerTransaction = 96;
constexpr int64_t kMessagesPerTransaction = 15000;

class Worker {
 public:
  Worker(db::Connection& c, const ScanOptions& o, ScanQueue& queue)
      : c_(c), o_(o), queue_(queue), store_(c) {
    // Autocommit off: a transaction starts with its claim (no START
    // TRANSACTION round trip) and ends with COMMIT, or ROLLBACK when
    // anything fails (Tx below).
    c_.Execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
    c_.Execute("SET SESSION autocommit = 0");
  }
  ~Worker() {
    try {
      c_.Execute("SET SESSION autocommit = 1");  // also ends the listing's read-only transaction
    } catch (const Error&) {
    }
  }

  // Takes runs of listed conversations from the run's queue and scans each
  // run in one transaction. Other scanner processes are kept apart by the
  // claims.
  void Run(const std::atomic<bool>& stop) {
    const std::string since = scope_.empty() ? "" : " AND " + scope_;
    // Conversations with a message above the mark: one step back along the
    // index (conversation_id, id) each; with --since, an unprocessed one in it.
    const std::string pending =
        since.empty()
            ? " AND (SELECT m.id FROM whatsapp_messages m WHERE m.conversation_id = c.id ORDER BY "
              "m.id DESC LIMIT 1) > c.scanned_through_id"
            : " AND EXISTS(SELECT 1 FROM whatsapp_messages m WHERE m.conversation_id = c.id AND "
              "m.id > c.scanned_through_id AND m.processed = 0" + since + ")";
    const ScanQueue::Lister list = [&](int64_t after) {
      std::vector<int64_t> batch;
      auto rs = c_.Query("SELECT c.id FROM whatsapp_conversations c WHERE c.id > " +
                         std::to_string(after) + pending + " ORDER BY c.id LIMIT " +
                         std::to_string(o_.batch_size));
      while (rs->next()) batch.push_back(rs->getInt64(1));
      return batch;
    };
    const size_t most = std::min<size_t>(kConversationsPerTransaction,
                                         static_cast<size_t>(std::max(1, o_.batch_size)));
    size_t per_tx = 1;
    while (!stop) {
      ThrowIfInterrupted();
      std::vector<int64_t> ids = queue_.Next(per_tx, list);
      if (ids.empty()) break;
      ScanStats one = Isolating(ids, since);
      stats.Add(one);
      if (one.conversations > 0) {
        const int64_t per_conversation = std::max<int64_t>(1, one.messages / one.conversations);
        per_tx = static_cast<size_t>(std::clamp<int64_t>(
            kMessagesPerTransaction / per_conversation, 1, static_cast<int64_t>(most)));
      }
    }
  }

  ScanStats stats;

 private:
  // Conversations `ids` in one transaction. A deadlock or lock wait timeout
  // rolls it back and its conversations are read and extracted again from
  // scratch; a refusal (the server still answering) runs them again one per
  // transaction, so only the one at fault is left out.
  ScanStats Isolating(const std::vector<int64_t>& ids, const std::string& since) {
    try {
      return db::RetryOnLockConflict(c_, "whatsapp scan", [&] { return Conversations(ids, since); });
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kDatabase || !c_.Answers()) throw;
      if (ids.size() == 1) {
        log::Warn("whatsapp scan: conversation " + std::to_string(ids[0]) +
                  " left unscanned, the database refused its events: " + e.what());
        ScanStats st;
        st.refused.push_back({ids[0], e.what()});
        return st;
      }
    }
    ScanStats st;
    for (int64_t id : ids) st.Add(Isolating({id}, since));
    return st;
  }

  // Conversations `ids` in one transaction; returns what it did (nothing for
  // those another scanner holds or has just finished).
  ScanStats Conversations(const std::vector<int64_t>& ids, const std::string& since) {
    ScanStats st;
    Tx tx{c_};
    std::vector<Claimed> claimed = Claim(ids);
    st.skipped_locked += static_cast<int64_t>(ids.size() - claimed.size());
    Writes w;
    for (Claimed& cl : claimed) {
      if (cl.new_mark != cl.row.mark) w.marks[cl.row.id] = cl.new_mark;
      if (cl.fresh.empty()) continue;  // another scanner finished it since we listed it
      Conversation(cl, since, st, w);
      ++st.conversations;
      st.messages += static_cast<int64_t>(cl.fresh.size());
    }
    if (w.fresh.empty()) {
      UpdateConversations(c_, w.marks, {});
      tx.Commit();
      return st;
    }
    std::vector<int64_t> new_ids = store_.InsertNewIds("rules", w.new_events);
    st.events_new += static_cast<int64_t>(new_ids.size());
    for (size_t i = 0; i < new_ids.size(); ++i)
      for (int64_t m : *w.new_sources[i]) w.event_of[m] = new_ids[i];
    MarkMessages(c_, std::move(w.fresh), w.event_of);
    UpdateConversations(c_, w.marks, w.counts);
    tx.Commit();
    return st;
  }

  // The claim, then the messages above the held conversations' marks: new
  // ones (unprocessed, in --since) and the rest. Where the mark goes: past
  // all of them, or up to the first one left for a scan without --since.
  std::vector<Claimed> Claim(const std::vector<int64_t>& ids) {
    std::vector<Claimed> claimed;
    std::unordered_map<int64_t, size_t> at;
    std::vector<ClaimedConversation> rows = ClaimConversations(c_, ids);
    for (ClaimedConversation& r : rows) {
      at[r.id] = claimed.size();
      Claimed& cl = claimed.emplace_back();
      cl.has_processed = r.has_earlier;
      cl.new_mark = r.mark;
      cl.row = std::move(r);
    }
    std::map<int64_t, int64_t> left;  // conversation -> first message left unprocessed
    for (AboveMark& a : ReadAboveMarks(c_, rows, scope_)) {
      Claimed& cl = claimed[at.at(a.conversation)];
      cl.new_mark = std::max(cl.new_mark, a.row.id);
      if (!a.processed && a.in_scope) {
        cl.fresh.push_back(std::move(a.row));
        continue;
      }
      if (a.processed) cl.has_processed = true;
      else if (auto [it, added] = left.try_emplace(cl.row.id, a.row.id); !added)
        it->second = std::min(it->second, a.row.id);
      cl.others.push_back(std::move(a.row));
    }
    for (const auto& [conv, first] : left) claimed[at.at(conv)].new_mark = first - 1;
    return claimed;
  }

  // One claimed conversation with new messages: reads its context and stored
  // events, extracts, updates stored events, and leaves the new events, the
  // marks and the count in `w`.
  void Conversation(Claimed& cl, const std::string& since, ScanStats& st, Writes& w) {
    std::vector<Row>& fresh = cl.fresh;
    const int64_t id = cl.row.id;
    const std::string cid = std::to_string(id);
    SortByTime(fresh);
    std::string zone_name = cl.row.zone.empty() ? o_.default_zone : cl.row.zone;
    // Context: up to N earlier messages, then everything from the first new one on.
    const std::string at = "COALESCE(m.received_at, m.created_at)";
    const Row& first = fresh.front();
    const std::string t = db::Quote(first.received);
    const std::string earlier = "(" + at + " < " + t + " OR (" + at + " = " + t + " AND m.id < " +
                                std::to_string(first.id) + "))";
    // The window points into the rows read (no copies of the texts).
    std::vector<Row> before, old;
    std::vector<const Row*> window;
    if ((cl.has_processed || !since.empty()) && o_.context_messages > 0) {
      before =
          ReadScanRows(c_, "WHERE m.conversation_id = " + cid + " AND " + earlier + " ORDER BY " + at +
                           " DESC, m.id DESC LIMIT " + std::to_string(o_.context_messages));
      for (auto it = before.rbegin(); it != before.rend(); ++it) window.push_back(&*it);
      st.context_messages += static_cast<int64_t>(before.size());
    }
    // Messages already scanned but later than the first new one (the new
    // ones were imported late, e.g. an earlier export of the chat) are
    // context too: events they hold are found again, not cancelled.
    std::vector<const Row*> tail;
    tail.reserve(fresh.size());
    for (const Row& r : fresh) tail.push_back(&r);
    if (cl.has_processed) {
      if (cl.row.has_earlier) {
        old = ReadScanRows(c_, "WHERE m.conversation_id = " + cid + " AND m.id <= " +
                                   std::to_string(cl.row.mark) + " AND (m.received_at >= " + t +
                                   " OR m.received_at IS NULL) AND NOT " + earlier);
        for (const Row& r : old) tail.push_back(&r);
      }
      for (const Row& r : cl.others)
        if (r.received > first.received || (r.received == first.received && r.id > first.id))
          tail.push_back(&r);
      SortByTime(tail);
    }
    window.insert(window.end(), tail.begin(), tail.end());
    for (const Row& r : fresh) w.fresh.push_back(r.id);

    const date::time_zone* zone = CachedZone(zone_name);
    std::vector<ChatMessage> msgs;
    msgs.reserve(window.size());
    for (const Row* r : window) {
      if (r->system || r->body.empty()) continue;
      msgs.push_back({r->id, r->sender, r->body, ToLocal(zone, r->received)});
    }
    // Stored events' origins are looked up among the window's messages.
    std::unordered_set<int64_t> window_ids;
    if (cl.row.has_events)
      for (const Row* r : window) window_ids.insert(r->id);
    const std::string tz = zone_name == "UTC" ? "" : zone_name;

    // Stored events: those opened before the window seed the extractor; those
    // opened inside it are found again (or were withdrawn: cancelled).
    std::vector<StoredEvent> stored;
    if (cl.row.has_events) stored = store_.ForConversation(id, "rules");
    std::vector<ExtractedEvent> prior;
    std::map<std::pair<int64_t, int>, StoredEvent*> in_window;  // by (origin, origin_seq)
    std::map<int64_t, StoredEvent*> by_stored_id;
    for (StoredEvent& s : stored) {
      by_stored_id[s.id] = &s;
      if (window_ids.count(s.origin_message_id)) {
        in_window[{s.origin_message_id, s.origin_seq}] = &s;
        continue;
      }
      prior.push_back({s.title, s.start, s.end, s.all_day, s.status, s.confidence,
                       s.source_message_ids, s.origin_message_id, s.id, s.origin_seq});
    }
    std::vector<ExtractedEvent>& found = w.found.emplace_back(ExtractEvents(msgs, prior));

    int64_t live = 0;
    std::vector<std::pair<int64_t, std::string>> assigned;  // existing events' sources
    for (const ExtractedEvent& e : found) {
      live += e.status != EventStatus::kCancelled;
      StoredEvent* existing = nullptr;
      if (e.stored_id) {
        existing = by_stored_id[e.stored_id];
      } else if (auto it = in_window.find({e.origin_message_id, e.origin_seq}); it != in_window.end()) {
        existing = it->second;
        in_window.erase(it);
      }
      if (!existing) {
        w.new_events.push_back({id, &e, tz});
        w.new_sources.push_back(&e.source_message_ids);
        continue;
      }
      auto saved = store_.Update(*existing, e, tz);
      if (saved.changed)
        ++(e.status == EventStatus::kCancelled && existing->status != EventStatus::kCancelled
               ? st.events_cancelled
               : st.events_updated);
      for (int64_t m : e.source_message_ids) w.event_of[m] = saved.id;
    }
    for (auto& [origin, s] : in_window)
      if (store_.Cancel(*s)) ++st.events_cancelled;
    for (const StoredEvent& s : stored)  // seeded events not returned cannot happen; count the rest
      if (!window_ids.count(s.origin_message_id) && s.status != EventStatus::kCancelled &&
          !Returned(found, s.id))
        ++live;
    if (cl.row.has_events)  // events of other detectors (whatsapp scan --llm) count too
      live += c_.QueryInt("SELECT COUNT(*) FROM extracted_events WHERE conversation_id = " + cid +
                          " AND detector <> 'rules' AND status <> 'cancelled'")
                  .value_or(0);
    if (live != cl.row.event_count) w.counts[id] = live;
  }

  static bool Returned(const std::vector<ExtractedEvent>& found, int64_t stored_id) {
    for (const auto& e : found)
      if (e.stored_id == stored_id) return true;
    return false;
  }


  const date::time_zone* CachedZone(const std::string& name) {
    auto it = zones_.find(name);
    if (it != zones_.end()) return it->second;
    return zones_[name] = Zone(name);
  }

  db::Connection& c_;
  const ScanOptions& o_;
  ScanQueue& queue_;
  EventStore store_;
  // --since as an SQL condition on the message `m` ("" = every message).
  const std::string scope_ =
      o_.since.empty() ? "" : "m.received_at >= " + db::Quote(o_.since);
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
  refused.insert(refused.end(), o.refused.begin(), o.refused.end());
}

ScanStats RunScan(const Connector& connect, const ScanOptions& opts) {
  Zone(opts.default_zone);  // an unknown zone is a usage error before anything runs
  std::vector<std::unique_ptr<db::Connection>> conns;
  for (int i = 0; i < std::max(1, opts.workers); ++i) conns.push_back(connect());
  if (opts.reprocess) {
    ResetScan(*conns[0], opts.since);
  }
  ScanQueue queue;
  return SumWorkers<ScanStats>(static_cast<int>(conns.size()), "scan",
                               [&](int index, const std::atomic<bool>& stop) {
                                 Worker w(*conns[index], opts, queue);
                                 w.Run(stop);
                                 return w.stats;
                               });
}

}  // namespace chatbeto::events
