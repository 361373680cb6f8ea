// `whatsapp scan`: finds events in stored WhatsApp conversations.
//
// Each worker (own connection, READ COMMITTED, autocommit off) walks the
// conversations with a message above their mark (an unprocessed one, with --since)
// (whatsapp_conversations.scanned_through_id, schema/0015_scan_mark.sql) in
// batches (the workers of one run take runs of consecutive ids from one
// listing: events/scan_queue.h) and claims them, up to
// 96 per transaction (fewer when they are long: about 15,000 new messages per
// transaction): their rows FOR UPDATE SKIP LOCKED, then a plain read of the
// messages above their marks. A conversation another scanner holds gives no
// row and is skipped (that scanner does it); one it has finished has its
// mark moved past its messages; so every conversation is processed exactly
// once however many scanners run, on one machine or many. An import holds
// the row of a conversation it is writing messages into until it commits
// (whatsapp/store.h), so such a conversation is skipped too and its new
// messages, whatever their time, are above the mark for the next run.
// Per conversation: the new messages plus up to `context_messages` earlier
// ones, the events already stored for it seed the extractor (a later "mejor
// el lunes" moves an older plan). Per transaction: one INSERT of the new
// events (extracted_events), one UPDATE marking the new messages processed
// (by id range per conversation) and the events' sources event_extracted /
// event_id (written as event_ref, which event_id reads: schema/0021), one
// UPDATE of the marks and changed event counts, then COMMIT.
// --since scans only messages received from then on; the mark stops before
// the first one it leaves, which stays unprocessed for a later run. A deadlock or
// lock wait timeout rolls the transaction back and its conversations are
// read and extracted again from scratch (db::RetryOnLockConflict; after 5
// tries Error(kLocked), exit 5, when another chatbeto job holds its lock,
// else the database error). A transaction the database refuses otherwise (a
// value it cannot hold) is run again a conversation at a time: only the one at
// fault is rolled back, reported in ScanStats::refused and left for the next run
// (exit 4); a lost connection ends the run. Interrupted (SIGINT/SIGTERM): the current
// transaction rolls back (whole conversations only) and
// Error(kInterrupted) is thrown.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::events {

struct ScanOptions {
  int batch_size = 200;        // conversations listed per query
  int workers = 1;             // threads, each with its own connection
  bool reprocess = false;      // mark the messages in scope unprocessed (marks below them) first
  std::string since;           // UTC "YYYY-MM-DD[ HH:MM:SS]": only messages received from then on
  std::string default_zone = "UTC";  // for conversations stored without a time zone
  int context_messages = 30;   // earlier messages read as context
};

// A conversation whose writes the database refused (a value it cannot hold):
// rolled back and left unscanned for the next run; the others still go in.
struct RefusedConversation {
  int64_t conversation = 0;
  std::string error;
};

struct ScanStats {
  int64_t conversations = 0;     // processed (had new messages)
  int64_t messages = 0;          // new messages marked processed
  int64_t context_messages = 0;  // earlier messages read again as context
  int64_t events_new = 0;
  int64_t events_updated = 0;
  int64_t events_cancelled = 0;
  int64_t skipped_locked = 0;    // held by another scanner at the time
  std::vector<RefusedConversation> refused;
  void Add(const ScanStats& o);
};

using Connector = std::function<std::unique_ptr<db::Connection>()>;

// Runs the scan with `opts.workers` threads, each calling `connect` once.
// Throws Error (the first worker's failure; the others stop after their
// current conversation). Throws Error(kUsage) for an unknown default zone.
ScanStats RunScan(const Connector& connect, const ScanOptions& opts);

}  // namespace chatbeto::events
