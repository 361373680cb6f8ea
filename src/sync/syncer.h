// Runs a sync: for each selected conversation, plan (dry run: no network at
// all) or send (live) with --jobs workers, each with its own database
// connection and HTTP connection, sharing one rate limiter. A conversation is
// claimed by one worker of one run at a time (sync_store.h Claim); a claimed
// one is reported "busy" and left to the run that holds it.
#pragma once
#include <atomic>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "db/url.h"
#include "openai/client.h"
#include "sync/sync_store.h"

namespace chatbeto::sync {

struct SyncOptions {
  bool live = false;
  bool rewrite = false;     // diverged: delete remote items after the common prefix, resend
  bool keep_going = false;  // a failed conversation does not stop the run
  bool pull = false;        // store remote items added by others (ask, API users) locally
  int jobs = 1;
  double rpm = 0;
  size_t max_item_bytes = kDefaultMaxItemBytes;
  int max_ambiguous = 6;    // reconciliations per conversation before giving up
};

// What happened to one conversation.
struct ConversationResult {
  std::string id, title, remote_id;
  std::string outcome;  // created, appended, unchanged, diverged, failed, busy, skipped, planned
  std::string action;   // the plan's action (dry run)
  int64_t items_total = 0, items_sent = 0, items_pulled = 0, items_reconciled = 0;
  int64_t requests = 0;       // planned (dry run)
  int64_t est_tokens = 0;     // planned input tokens (dry run)
  int skipped_hidden = 0, skipped_role = 0, skipped_empty = 0;
  int unknown_remotes = 0;
  int reconciliations = 0;  // remote listings after an ambiguous failure or a stopped run
  std::string error;
  nlohmann::ordered_json bodies;  // dry run: the exact requests
};

struct SyncSummary {
  std::vector<ConversationResult> conversations;
  int64_t requests = 0, retries = 0;
  bool quota_exhausted = false;
  bool stopped = false;      // a failure stopped the run (no --keep-going)
  bool interrupted = false;
  double seconds = 0;
};

// Runs the sync of `convs`. `client` is used only when options.live.
SyncSummary RunSync(const db::DbConfig& db, const std::vector<ConversationRef>& convs,
                    const SyncOptions& options, const openai::ClientConfig& client,
                    const openai::RetryPolicy& policy, bool want_bodies);

// One conversation, live (sync_one.cpp). `stop` is set by the caller's
// other workers; this sets it on a quota error.
struct WorkerContext {
  db::Connection& conn;
  openai::Client& client;
  const SyncOptions& options;
  std::atomic<bool>& quota_exhausted;
};
ConversationResult SyncOne(WorkerContext& w, const ConversationRef& conv);

}  // namespace chatbeto::sync
