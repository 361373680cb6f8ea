#include "sync/syncer.h"

#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include "db/connection.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::sync {
namespace {

using Json = nlohmann::ordered_json;

// The dry run: the plan and the exact bodies, from the database alone.
ConversationResult PlanOne(db::Connection& conn, const ConversationRef& conv,
                           const SyncOptions& o, bool want_bodies) {
  ConversationResult r;
  r.id = conv.id;
  r.title = conv.title;
  SyncState st = LoadState(conn, conv.id);
  auto built = BuildItems(LoadPath(conn, conv.id), o.max_item_bytes);
  const auto& items = built.items;
  r.items_total = int64_t(items.size());
  r.skipped_hidden = built.skipped_hidden;
  r.skipped_role = built.skipped_role;
  r.skipped_empty = built.skipped_empty;
  r.remote_id = st.remote_id;
  ConversationPlan p = PlanConversation(items, st);
  r.action = ActionName(p.action);
  r.outcome = "planned";
  r.requests = p.requests;
  r.items_sent = int64_t(p.to - p.from);
  if (p.action == Action::kDiverged) {
    r.items_sent = 0;
    r.error = o.rewrite ? "diverged: --rewrite would list the remote items, delete those after the "
                          "common prefix and append the rest"
                        : "diverged: the local conversation changed before the synced position";
  }
  r.est_tokens = EstimateTokens(items, p.from, p.to);
  if (!want_bodies) return r;
  Json reqs = Json::array();
  if (p.action == Action::kCreate)
    reqs.push_back({{"method", "POST"},
                    {"path", "/conversations"},
                    {"body", Json::parse(openai::CreateConversationBody(
                                 BuildMetadata(conv.id, conv.title, conv.project)))}});
  std::string target = st.remote_id.empty() ? "{created id}" : st.remote_id;
  for (auto [b, e] : p.batches) {
    std::vector<openai::MessageItem> batch(items.begin() + b, items.begin() + e);
    reqs.push_back({{"method", "POST"},
                    {"path", "/conversations/" + target + "/items"},
                    {"body", Json::parse(openai::AppendItemsBody(batch))}});
  }
  r.bodies = reqs;
  return r;
}

}  // namespace

SyncSummary RunSync(const db::DbConfig& db, const std::vector<ConversationRef>& convs,
                    const SyncOptions& o, const openai::ClientConfig& client_config,
                    const openai::RetryPolicy& policy, bool want_bodies) {
  SyncSummary s;
  auto t0 = std::chrono::steady_clock::now();
  s.conversations.resize(convs.size());
  std::vector<bool> done(convs.size(), false);
  std::atomic<size_t> next{0};
  std::atomic<bool> stop{false};
  std::atomic<bool> quota{false};
  std::atomic<bool> interrupted{false};
  openai::RateLimiter limiter(o.rpm);
  openai::CallStats stats;
  std::mutex mu;
  std::optional<Error> first_fatal;  // a worker's error that is not a conversation's (e.g. database)

  auto worker = [&] {
    try {
      auto conn = db::Connection::Open(db, false);
      std::unique_ptr<openai::Client> client;
      if (o.live) client = std::make_unique<openai::Client>(client_config, &limiter, &stats, policy);
      while (!stop && !quota && !Interrupted()) {
        size_t i = next++;
        if (i >= convs.size()) break;
        ConversationResult r;
        if (o.live) {
          WorkerContext w{*conn, *client, o, quota};
          r = SyncOne(w, convs[i]);
          if (!r.error.empty()) log::Warn(r.error);
          if ((r.outcome == "failed" || r.outcome == "skipped") && !o.keep_going) stop = true;
        } else {
          r = PlanOne(*conn, convs[i], o, want_bodies);
        }
        std::lock_guard<std::mutex> lock(mu);
        s.conversations[i] = std::move(r);
        done[i] = true;
      }
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::kInterrupted) {
        interrupted = true;
      } else {
        std::lock_guard<std::mutex> lock(mu);
        if (!first_fatal) first_fatal = e;
      }
      stop = true;
    }
  };
  int jobs = std::max(1, std::min<int>(o.jobs, int(std::max<size_t>(1, convs.size()))));
  if (!o.live) jobs = 1;
  std::vector<std::thread> threads;
  for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
  for (auto& t : threads) t.join();

  // Conversations never reached (the run stopped) are listed as not attempted.
  std::vector<ConversationResult> kept;
  for (size_t i = 0; i < convs.size(); ++i)
    if (done[i]) kept.push_back(std::move(s.conversations[i]));
  s.conversations = std::move(kept);
  s.requests = stats.requests;
  s.retries = stats.retries;
  s.quota_exhausted = quota;
  s.interrupted = interrupted || Interrupted();
  s.stopped = stop && !s.interrupted;
  s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // A lock conflict that persisted while another job held its lock exits 5.
  if (first_fatal && first_fatal->kind() == ErrorKind::kLocked) throw *first_fatal;
  if (first_fatal) throw Error(ErrorKind::kDatabase, first_fatal->what());
  if (s.interrupted) throw Error(ErrorKind::kInterrupted, "interrupted; the synced position of "
                                 "every conversation is recorded, run again to continue");
  return s;
}

}  // namespace chatbeto::sync
