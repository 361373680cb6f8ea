// The SQL side of `whatsapp scan` (scanner.cpp): the message rows it reads
// and the marks it writes back. Thin: SQL and row decoding only.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "events/temporal.h"

namespace date {
class time_zone;
}
namespace sql {
class ResultSet;
}
namespace chatbeto::db {
class Connection;
}

namespace chatbeto::events {

// The zone of an IANA name ("" = UTC); Error(kUsage) naming it when unknown.
const date::time_zone* Zone(const std::string& name);
// "2019-03-01 09:00:00[.ffffff]" UTC -> wall clock in `z`; `offset_minutes`, when
// given, receives the zone's offset then.
LocalTime ToLocal(const date::time_zone* z, const std::string& utc,
                  int* offset_minutes = nullptr);

struct ScanRow {
  int64_t id = 0;
  std::string sender, body;
  std::string received;  // UTC "YYYY-MM-DD HH:MM:SS[.ffffff]", as the server prints DATETIME(6)
  bool system = false;   // a system line, or an edit / revoke / reaction row: not read for events
};

// "YYYY-MM-DD HH:MM sender: body\n", the time in `zone`: a line of an
// event's source text (its iCalendar DESCRIPTION).
std::string SourceLine(const ScanRow& r, const date::time_zone* zone);

// The columns ReadScanRow decodes, of whatsapp_messages aliased `m`. Raw:
// formatting and ordering are done by the client, not the server.
extern const char* const kScanMessageColumns;

// The row at columns first .. first + 4 of `rs`.
ScanRow ReadScanRow(sql::ResultSet& rs, int first);
// SELECT kScanMessageColumns FROM whatsapp_messages m `where_order`.
std::vector<ScanRow> ReadScanRows(db::Connection& c, const std::string& where_order);
// By time, then id (the server's DATETIME(6) text sorts as the time does).
void SortByTime(std::vector<ScanRow>& rows);
void SortByTime(std::vector<const ScanRow*>& rows);
// "1,2,3"
std::string IdList(const std::vector<int64_t>& ids);

// A conversation row a scan holds (ClaimConversations).
struct ClaimedConversation {
  int64_t id = 0;
  std::string zone;         // "" when none is stored
  int64_t event_count = 0;
  int64_t mark = 0;         // scanned_through_id: every message up to it is processed
  bool has_earlier = false; // it may have messages at or below the mark (it has one)
  bool has_events = false;  // extracted_events holds events of it (any detector)
  // Its messages above the mark when claimed: the smallest and largest id
  // (0 when none) and how many (ReadAboveMarks reads them by id range when
  // few other rows lie between).
  int64_t above_first = 0, above_last = 0, above_count = 0;
};

// Locks the rows of conversations `ids` FOR UPDATE SKIP LOCKED and reads
// them: one another session holds (a scanner, or an import writing messages
// into it, schema/0015_scan_mark.sql) is left out. In the caller's
// transaction; the locks last until it ends.
std::vector<ClaimedConversation> ClaimConversations(db::Connection& c,
                                                    const std::vector<int64_t>& ids);

// A committed message above its conversation's mark.
struct AboveMark {
  int64_t conversation = 0;
  bool processed = false;  // an edit / revoke / reaction row, or done by a --since scan
  bool in_scope = true;    // `scope` holds for it
  ScanRow row;
};
// The messages above the marks of `convs` (a plain read: their rows are
// held). `scope` is an SQL condition on the message `m` ("" = every one).
// Read along the primary key from the first to the last of them when that
// range holds at most about as many other rows as theirs (chats imported
// whole), else along the index (conversation_id, id) (webhook chats,
// interleaved).
std::vector<AboveMark> ReadAboveMarks(db::Connection& c,
                                      const std::vector<ClaimedConversation>& convs,
                                      const std::string& scope);

// Runs of consecutive integers in `ids` (sorted and distinct), as
// [first, last] pairs: {3, 4, 5, 9} -> {3, 5}, {9, 9}. Pure.
std::vector<std::pair<int64_t, int64_t>> IdRuns(std::vector<int64_t> ids);

// The WHERE condition on message `m` that holds for exactly `ids` (not
// empty): each run of consecutive ids as a BETWEEN (ids are unique in the
// table, so a run holds no other row), single ids in one IN list. Pure.
std::string IdRunsCondition(const std::vector<int64_t>& ids);

// The event of each message as a step function of its id, for INTERVAL and
// ELT: `bounds` ascending; ids below bounds[0] map to values[0], ids from
// bounds[i] up to the next bound to values[i + 1]. 0 means "no event here"
// (the row keeps its own). Consecutive sources of one event are one step,
// so a statement names a few steps per event instead of every source. Pure.
struct EventSteps {
  std::vector<int64_t> bounds, values;  // values.size() == bounds.size() + 1
};
EventSteps StepsOf(const std::map<int64_t, int64_t>& event_of);

// One statement: the new messages `fresh_ids` (those the claim read in held
// conversations and found in scope, as nothing else can be written into a
// held conversation) become processed; every message of `event_of` gets
// event_extracted and its event's id (one not in `fresh_ids`, a context
// message, keeps its processed flag). The id goes into event_ref, which the
// virtual event_id reads (schema/0021: a NOT NULL column is updated in
// place). Rows are found by primary key runs (IdRunsCondition): a scan of
// imported chats, whose ids are consecutive, marks a whole transaction's
// messages with one range.
void MarkMessages(db::Connection& c, std::vector<int64_t> fresh_ids,
                  const std::map<int64_t, int64_t>& event_of);

// One statement: the marks (conversation -> scanned_through_id) and the
// changed event counts (conversation -> event_count).
void UpdateConversations(db::Connection& c, const std::map<int64_t, int64_t>& marks,
                         const std::map<int64_t, int64_t>& counts);

// --reprocess: the messages received from `since` on ("" = all) become
// unprocessed, without events, and the marks move below them. One transaction.
void ResetScan(db::Connection& c, const std::string& since);

}  // namespace chatbeto::events
