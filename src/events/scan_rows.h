// The SQL side of `whatsapp scan` (scanner.cpp): the message rows it reads
// and the marks it writes back. Thin: SQL and row decoding only.
#pragma once
#include <cstdint>
#include <map>
#include <string>
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
// "2019-03-01 09:00:00[.ffffff]" UTC -> wall clock in `z`.
LocalTime ToLocal(const date::time_zone* z, const std::string& utc);

struct ScanRow {
  int64_t id = 0;
  std::string sender, body;
  std::string received;  // UTC "YYYY-MM-DD HH:MM:SS[.ffffff]", as the server prints DATETIME(6)
  bool system = false;
};

// The columns ReadScanRow decodes, of whatsapp_messages aliased `m`. Raw:
// formatting and ordering are done by the client, not the server.
extern const char* const kScanMessageColumns;

// The row at columns first .. first + 4 of `rs`.
ScanRow ReadScanRow(sql::ResultSet& rs, int first);
// SELECT kScanMessageColumns FROM whatsapp_messages m `where_order`.
std::vector<ScanRow> ReadScanRows(db::Connection& c, const std::string& where_order);
// By time, then id (the server's DATETIME(6) text sorts as the time does).
void SortByTime(std::vector<ScanRow>& rows);
// "1,2,3"
std::string IdList(const std::vector<int64_t>& ids);

// An event's id: stored (`id`), or new: LAST_INSERT_ID() + `id` on the
// connection when `relative`.
struct EventRef {
  int64_t id = 0;
  bool relative = false;
};

// One statement, rows by primary key: messages `fresh` become processed;
// every message of `event_of` gets event_extracted and its event's id (one
// outside `fresh`, a context message, keeps its processed flag).
void MarkMessages(db::Connection& c, std::vector<int64_t> fresh,
                  const std::map<int64_t, EventRef>& event_of);

}  // namespace chatbeto::events
