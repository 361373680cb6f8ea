#include "events/llm_scan.h"

#include <date/tz.h>

#include <algorithm>
#include <cstdlib>
#include <atomic>
#include <optional>
#include <map>

#include "db/connection.h"
#include "db/retry.h"
#include "events/event_store.h"
#include "events/llm_response.h"
#include "events/llm_send_all.h"
#include "events/scan_rows.h"
#include "events/temporal_calendar.h"
#include "openai/client.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"
#include "util/workers.h"

namespace chatbeto::events {
namespace {

constexpr int64_t kNearSeconds = 60 * 60;  // a rules event this close is the same event
constexpr size_t kMaxExamples = 20;

struct Row {
  int64_t id = 0;
  std::string sender, body, received;  // received: UTC SQL datetime
  bool system = false;
  std::string label;  // the sender as sent: the name, never a phone number or address
};

const char* kColumns =
    "id, COALESCE(NULLIF(sender_name, ''), from_addr, direction), COALESCE(body, ''), "
    "DATE_FORMAT(COALESCE(received_at, created_at), '%Y-%m-%d %H:%i:%s'), is_system OR direction = 'system', "
    "COALESCE(NULLIF(sender_name, ''), IF(direction = 'outbound', 'Business', 'Contact'))";

std::vector<Row> ReadRows(db::Connection& c, const std::string& where_order) {
  std::vector<Row> rows;
  auto rs = c.Query(std::string("SELECT ") + kColumns + " FROM whatsapp_messages " + where_order);
  while (rs->next())
    rows.push_back({rs->getInt64(1), rs->getString(2), rs->getString(3), rs->getString(4), rs->getInt(5) != 0,
                    rs->getString(6)});
  return rows;
}

int64_t Distance(const LocalTime& a, const LocalTime& b) { return std::llabs(detail::ToSeconds(a) - detail::ToSeconds(b)); }

bool Near(const StoredEvent& s, const ExtractedEvent& e) {
  if (s.all_day || e.all_day)
    return s.start.year == e.start.year && s.start.month == e.start.month && s.start.day == e.start.day;
  return Distance(s.start, e.start) <= kNearSeconds;
}

// The conversations with messages the LLM pass has not read; live, each gets
// its whatsapp_llm_scan row (the claim's target) when it has none yet. Rows
// that exist are not touched: another scanner may hold them for minutes.
std::vector<int64_t> ListTodo(db::Connection& c, const LlmScanOptions& o, bool live) {
  if (live && o.reprocess) c.Execute("UPDATE whatsapp_llm_scan SET last_message_id = 0");
  const std::string since = o.since.empty() ? "" : " AND m.received_at >= " + db::Quote(o.since);
  const std::string mark = o.reprocess ? "0" : "COALESCE(s.last_message_id, 0)";
  std::vector<int64_t> todo, missing;
  auto rs = c.Query("SELECT m.conversation_id, MAX(s.conversation_id IS NULL) FROM whatsapp_messages m "
                    "LEFT JOIN whatsapp_llm_scan s ON s.conversation_id = m.conversation_id WHERE m.id > " + mark +
                    since + " GROUP BY m.conversation_id ORDER BY m.conversation_id");
  while (rs->next()) {
    todo.push_back(rs->getInt64(1));
    if (rs->getInt(2)) missing.push_back(todo.back());
  }
  if (live)
    for (size_t i = 0; i < missing.size(); i += 500) {
      std::string values;
      for (size_t k = i; k < missing.size() && k < i + 500; ++k)
        values += (values.empty() ? "(" : ", (") + std::to_string(missing[k]) + ", 0)";
      c.Execute("INSERT IGNORE INTO whatsapp_llm_scan (conversation_id, last_message_id) VALUES " + values);
    }
  return todo;
}

class Pass {
 public:
  Pass(db::Connection& c, const LlmScanOptions& o, const std::vector<LlmSend>& senders)
      : c_(c), o_(o), senders_(senders), store_(c) {
    c_.Execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  LlmScanStats stats;

  void Conversation(int64_t id) {
    const bool live = !senders_.empty();
    const std::string cid = std::to_string(id);
    std::optional<db::Transaction> tx;
    int64_t mark = 0;
    if (live) {
      tx.emplace(c_);
      auto claim = c_.Query("SELECT last_message_id FROM whatsapp_llm_scan WHERE conversation_id = " + cid +
                            " FOR UPDATE SKIP LOCKED");
      if (!claim->next()) {
        ++stats.skipped_locked;
        return;
      }
      mark = claim->getInt64(1);
    } else if (!o_.reprocess) {
      mark = c_.QueryInt("SELECT last_message_id FROM whatsapp_llm_scan WHERE conversation_id = " + cid).value_or(0);
    }
    std::string zone_name = c_.QueryString("SELECT COALESCE(time_zone, '') FROM whatsapp_conversations WHERE id = " + cid)
                                .value_or("");
    if (zone_name.empty()) zone_name = o_.default_zone;
    const std::string since = o_.since.empty() ? "" : " AND received_at >= " + db::Quote(o_.since);
    const std::string at = "COALESCE(received_at, created_at)";
    std::vector<Row> fresh = ReadRows(c_, "WHERE conversation_id = " + cid + " AND id > " + std::to_string(mark) +
                                              since + " ORDER BY " + at + ", id");
    if (fresh.empty()) return;  // another scanner read them since we listed it (tx rolls back: nothing written)
    int64_t high = mark;
    for (const Row& r : fresh) high = std::max(high, r.id);
    std::vector<Row> before;
    if (o_.context_messages > 0) {
      const std::string t = db::Quote(fresh.front().received);
      before = ReadRows(c_, "WHERE conversation_id = " + cid + " AND (" + at +
                                " < " + t + " OR (" + at + " = " + t + " AND id < " + std::to_string(fresh.front().id) +
                                ")) ORDER BY " + at + " DESC, id DESC LIMIT " + std::to_string(o_.context_messages));
      std::reverse(before.begin(), before.end());
    }
    const date::time_zone* zone = Zone(zone_name);
    auto sendable = [](const Row& r) { return !r.system && !r.body.empty(); };
    std::vector<ChatMessage> context, news;
    std::map<int64_t, const Row*> rows;
    int offset = 0;
    for (const Row& r : before)
      if (sendable(r)) context.push_back({r.id, r.label, r.body, ToLocal(zone, r.received)}), rows[r.id] = &r;
    for (const Row& r : fresh)
      if (sendable(r)) news.push_back({r.id, r.label, r.body, ToLocal(zone, r.received, &offset)}), rows[r.id] = &r;

    std::vector<ExtractedEvent> found;
    int64_t refusals = 0, incomplete = 0, rejected = 0, requests = 0;
    std::string last_response;
    const size_t step = size_t(std::max(1, o_.max_new_per_window));
    std::vector<LlmWindow> windows;
    std::vector<std::string> bodies;
    for (size_t i = 0; i < news.size(); i += step) {
      LlmWindow w{id, zone_name, offset, {}};
      // Context: the messages just before this window's first new one.
      std::vector<ChatMessage> all = context;
      all.insert(all.end(), news.begin(), news.begin() + i);
      size_t from = all.size() > size_t(o_.context_messages) ? all.size() - o_.context_messages : 0;
      w.messages.assign(all.begin() + from, all.end());
      w.messages.insert(w.messages.end(), news.begin() + i, news.begin() + std::min(news.size(), i + step));
      std::string body = LlmRequestBody(w, o_.request);
      ++stats.windows;
      if (!live) {
        stats.dry_run_bodies.push_back(std::move(body));
        continue;
      }
      windows.push_back(std::move(w));
      bodies.push_back(std::move(body));
    }
    // The windows do not depend on each other's answers: they are sent
    // several at a time (SendAll) and read in order. A reason to stop the
    // run comes first, whichever window met it.
    const std::vector<LlmReply> replies = live ? SendAll(senders_, bodies) : std::vector<LlmReply>{};
    for (const LlmReply& r : replies) {
      if (!r.error) continue;
      try {
        std::rethrow_exception(r.error);
      } catch (const openai::ApiError& e) {
        if (e.outcome == openai::Outcome::kQuota || e.status == 401 || e.status == 403) throw;
      } catch (const Error& e) {
        if (e.kind() == ErrorKind::kInterrupted || e.kind() == ErrorKind::kUsage) throw;
      }
    }
    for (size_t k = 0; k < replies.size(); ++k) {
      const LlmWindow& w = windows[k];
      LlmAnswer a;
      try {
        ++requests;
        if (replies[k].error) std::rethrow_exception(replies[k].error);
        a = ParseLlmAnswer(replies[k].body);
      } catch (const Error& e) {
        stats.failed.push_back("conversation " + cid + ": " + e.what());
        return;  // rolls back: tried again next run
      }
      if (!a.response_id.empty()) last_response = a.response_id;
      const std::string who = "conversation " + cid + " (response " + (a.response_id.empty() ? "?" : a.response_id) + ")";
      if (a.kind == LlmAnswerKind::kRefusal) {
        ++refusals;
        log::Warn(who + ": the model refused: " + a.detail);
        continue;
      }
      if (a.kind == LlmAnswerKind::kIncomplete) {
        ++incomplete;
        log::Warn(who + ": incomplete response (" + a.detail + "); its events are not read");
        continue;
      }
      if (a.kind == LlmAnswerKind::kFailed) {
        ++stats.failed_responses;
        log::Warn(who + ": the response failed: " + a.detail);
        continue;
      }
      ++stats.answers;
      LlmValidated v = ValidateLlmOutput(a.output_text, w);
      for (const LlmRejection& r : v.rejected) {
        ++rejected;
        ++stats.rejected[LlmRejectName(r.reason)];
        std::string line = who + (r.index >= 0 ? " event " + std::to_string(r.index) : std::string(" output")) +
                           ": " + LlmRejectName(r.reason) + ": " + r.detail;
        log::Warn("rejected: " + line);
        if (stats.rejected_examples.size() < kMaxExamples) stats.rejected_examples.push_back(line);
      }
      for (auto& e : v.events) found.push_back(std::move(e));
    }
    ++stats.conversations;
    stats.messages += int64_t(fresh.size());
    stats.refusals += refusals;
    stats.incomplete += incomplete;
    if (!live) return;
    auto write = [&](LlmScanStats& delta) {
      Merge(id, zone_name, zone, found, rows, delta);
      c_.Execute("UPDATE whatsapp_llm_scan SET last_message_id = " + std::to_string(high) +
                 ", requests = requests + " + std::to_string(requests) + ", refusals = refusals + " +
                 std::to_string(refusals) + ", incomplete = incomplete + " + std::to_string(incomplete) +
                 ", rejected = rejected + " + std::to_string(rejected) +
                 (last_response.empty() ? "" : ", last_response_id = " + db::Quote(last_response)) +
                 ", updated_at = UTC_TIMESTAMP(6) WHERE conversation_id = " + cid);
    };
    LlmScanStats delta;
    try {
      write(delta);
      tx->Commit();
    } catch (const Error& e) {
      if (!db::IsLockConflict(e)) throw;
      // The answers are paid for: keep them and write them again in a new
      // transaction (never send again), unless another scanner has read
      // these messages since the claim was lost.
      tx.reset();
      const std::string what = "whatsapp scan --llm: conversation " + cid;
      db::OnLockConflict(c_, what, e, 1, db::kLockConflictAttempts);
      bool written = db::RetryOnLockConflict(c_, what, [&] {
        delta = LlmScanStats{};
        db::Transaction t(c_);
        auto now = c_.QueryInt("SELECT last_message_id FROM whatsapp_llm_scan WHERE conversation_id = " + cid +
                               " FOR UPDATE");
        if (now.value_or(-1) != mark) return false;
        write(delta);
        t.Commit();
        return true;
      });
      if (!written) return;
    }
    stats.events_new += delta.events_new;
    stats.events_updated += delta.events_updated;
    stats.matched_rules += delta.matched_rules;
    stats.ignored_cancelled += delta.ignored_cancelled;
  }

  // Writes the answers' events (counted in `out`); see the header for the rules.
  void Merge(int64_t id, const std::string& zone_name, const date::time_zone* zone,
             std::vector<ExtractedEvent>& found, const std::map<int64_t, const Row*>& rows, LlmScanStats& out) {
    if (found.empty()) return;
    const std::string tz = zone_name == "UTC" ? "" : zone_name;
    std::vector<StoredEvent> rules = store_.ForConversation(id, "rules");
    std::vector<StoredEvent> llm = store_.ForConversation(id, "llm");
    std::map<int64_t, int64_t> event_of;
    for (ExtractedEvent& e : found) {
      bool by_rules = false;
      for (const StoredEvent& s : rules) by_rules = by_rules || Near(s, e);
      if (by_rules) {
        ++out.matched_rules;
        continue;
      }
      const StoredEvent* same = nullptr;
      for (const StoredEvent& s : llm)
        if (s.origin_message_id == e.origin_message_id) same = &s;
      for (const StoredEvent& s : llm)
        if (!same && Near(s, e) && s.status != EventStatus::kCancelled) same = &s;
      if (same) {
        e.origin_message_id = same->origin_message_id;
        auto saved = store_.Update(*same, e, tz);
        out.events_updated += saved.changed;
        for (int64_t m : e.source_message_ids) event_of[m] = saved.id;
        continue;
      }
      if (e.status == EventStatus::kCancelled) {
        ++out.ignored_cancelled;
        continue;
      }
      auto saved = store_.Save(id, "llm", e, tz, nullptr);
      ++out.events_new;
      llm.push_back(StoredEvent{saved.id, id, "llm", e.origin_message_id, e.title, e.start, e.end, e.all_day, tz,
                                e.status, e.confidence, e.source_message_ids, "", 0, ""});
      for (int64_t m : e.source_message_ids) event_of[m] = saved.id;
    }
    // The conversation's count: its live events of every detector (as the rule scan counts).
    c_.Execute("UPDATE whatsapp_conversations SET event_count = (SELECT COUNT(*) FROM extracted_events WHERE "
               "conversation_id = " + std::to_string(id) + " AND status <> 'cancelled') WHERE id = " +
               std::to_string(id));
    // Source messages point at their event unless the rules gave them one.
    for (const auto& [m, ev] : event_of)
      c_.Execute("UPDATE whatsapp_messages SET event_extracted = 1, event_ref = IF(event_ref = 0, " +
                 std::to_string(ev) + ", event_ref) WHERE id = " + std::to_string(m));
  }

  db::Connection& c_;
  const LlmScanOptions& o_;
  const std::vector<LlmSend>& senders_;  // live: one per request in flight; none in a dry run
  EventStore store_;
};

}  // namespace

int64_t LlmScanStats::Rejected() const {
  int64_t n = 0;
  for (const auto& [k, v] : rejected) n += v;
  return n;
}

void LlmScanStats::Add(const LlmScanStats& o) {
  conversations += o.conversations;
  messages += o.messages;
  windows += o.windows;
  answers += o.answers;
  refusals += o.refusals;
  incomplete += o.incomplete;
  failed_responses += o.failed_responses;
  events_new += o.events_new;
  events_updated += o.events_updated;
  matched_rules += o.matched_rules;
  ignored_cancelled += o.ignored_cancelled;
  skipped_locked += o.skipped_locked;
  for (const auto& [k, v] : o.rejected) rejected[k] += v;
  for (const auto& e : o.rejected_examples)
    if (rejected_examples.size() < kMaxExamples) rejected_examples.push_back(e);
  failed.insert(failed.end(), o.failed.begin(), o.failed.end());
  dry_run_bodies.insert(dry_run_bodies.end(), o.dry_run_bodies.begin(), o.dry_run_bodies.end());
}

LlmScanStats RunLlmScan(const Connector& connect, const LlmScanOptions& o, const std::function<LlmSend()>& make_send) {
  Zone(o.default_zone);  // an unknown zone is a usage error before anything runs
  const bool live = static_cast<bool>(make_send);
  const int workers = live ? std::max(1, o.workers) : 1;  // a dry run prints in order
  std::vector<std::unique_ptr<db::Connection>> conns;
  for (int i = 0; i < workers; ++i) conns.push_back(connect());
  const std::vector<int64_t> todo = ListTodo(*conns[0], o, live);
  std::atomic<size_t> next{0};
  return SumWorkers<LlmScanStats>(static_cast<int>(conns.size()), "scan --llm",
                                  [&](int index, const std::atomic<bool>& stop) {
                                    std::vector<LlmSend> senders;
                                    for (int k = 0; live && k < std::max(1, o.window_requests); ++k)
                                      senders.push_back(make_send());
                                    Pass p(*conns[index], o, senders);
                                    for (size_t i; !stop && (i = next++) < todo.size();) {
                                      ThrowIfInterrupted();
                                      p.Conversation(todo[i]);
                                    }
                                    return p.stats;
                                  });
}

}  // namespace chatbeto::events
