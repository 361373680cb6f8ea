// `whatsapp scan --llm`: asks a model about each conversation's new messages
// (llm_request.h), checks its answer (llm_response.h) and merges the events
// into extracted_events with detector "llm".
//
// Incremental: whatsapp_llm_scan (schema/0014) keeps per conversation the
// highest message id the LLM pass has read; later messages are new to it
// (the rule scan's `processed` flag is its own). The new messages are cut
// into windows of at most `max_new_per_window`, each sent with up to
// `context_messages` earlier ones. Live, each conversation is one
// transaction holding its whatsapp_llm_scan row FOR UPDATE SKIP LOCKED
// while it is asked about (another scanner skips it), so a message is sent
// once and its events written once. Several workers share the list; a
// conversation's windows are sent `window_requests` at a time.
//
// Merging: an answer's event whose start is within 60 minutes of a rules
// event of the same conversation (the same day, for all-day events) is that
// event: nothing is added (counted matched_rules). One matching an earlier
// LLM event (same first source message, or the same start) updates it; a
// new one is inserted, unless it is cancelled (nothing to cancel).
//
// A refusal, an incomplete or failed response, and rejected events are
// counted, never fatal: the window counts as read. An API error (after the
// client's retries) rolls the conversation back and names it in `failed`
// (it is tried again next run); 401/403 and insufficient_quota stop the run
// (throws). Dry run (no `send`): no writes, no locks, no network: the bodies
// that would be sent are returned in `dry_run_bodies`.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "events/llm_request.h"
#include "events/scanner.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::events {

struct LlmScanOptions {
  LlmRequestOptions request;
  bool reprocess = false;            // read every message again
  std::string since;                 // UTC "YYYY-MM-DD HH:MM:SS": only messages received from then on
  std::string default_zone = "UTC";  // for conversations stored without a zone
  int context_messages = 30;
  int max_new_per_window = 40;
  int workers = 1;                   // live: threads, each with its own connection
  int window_requests = 4;           // live: a conversation's windows in flight at once (a client each)
};

struct LlmScanStats {
  int64_t conversations = 0;   // with new messages, read in full
  int64_t messages = 0;        // new messages read
  int64_t windows = 0;         // requests built (sent, or printed in a dry run)
  int64_t answers = 0;         // responses with output
  int64_t refusals = 0, incomplete = 0, failed_responses = 0;
  int64_t events_new = 0, events_updated = 0, matched_rules = 0, ignored_cancelled = 0;
  int64_t skipped_locked = 0;
  std::map<std::string, int64_t> rejected;  // reason -> events (or outputs) rejected
  std::vector<std::string> rejected_examples;  // the first 20: "conversation 3 (response resp_..) event 1: reason: detail"
  std::vector<std::string> failed;             // "conversation 3: why" (tried again next run)
  std::vector<std::string> dry_run_bodies;     // dry run: every request body, in order
  int64_t Rejected() const;
  void Add(const LlmScanStats& o);
};

// Sends one POST /responses body and returns the response body; throws
// (openai::ApiError or Error) when it gives up.
using LlmSend = std::function<std::string(const std::string& body)>;

// Runs the LLM pass with `o.workers` threads (one in a dry run), each
// calling `connect` once and `make_send` `o.window_requests` times (a sender
// per request in flight: the OpenAI client is not thread-safe); a
// conversation's windows are sent that many at a time and read in order. `make_send` empty = dry run. Throws
// Error(kUsage) for an unknown default zone; the first worker's failure (the
// others stop after their current conversation): the sender's ApiError for
// 401/403 and insufficient_quota, Error(kInterrupted) on SIGINT/SIGTERM (the
// current conversation rolls back).
LlmScanStats RunLlmScan(const Connector& connect, const LlmScanOptions& o, const std::function<LlmSend()>& make_send);

}  // namespace chatbeto::events
