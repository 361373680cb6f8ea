// extracted_events (schema/0008_events.sql). Thin: SQL only. An event is
// identified by (conversation, detector, origin message), so saving the same
// plan again updates its row; any change bumps `sequence` (the iCalendar
// SEQUENCE), an unchanged save leaves the row as it is.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/extract.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::events {

struct StoredEvent {
  int64_t id = 0;
  int64_t conversation_id = 0;
  std::string detector;  // "rules" | "llm"
  int64_t origin_message_id = 0;
  std::string title;
  LocalTime start;
  std::optional<LocalTime> end;
  bool all_day = false;
  std::string time_zone;  // IANA; "" = UTC
  EventStatus status = EventStatus::kTentative;
  double confidence = 0;
  std::vector<int64_t> source_message_ids;
  // The source lines ("YYYY-MM-DD HH:MM sender: text"), the iCalendar
  // DESCRIPTION. Stored only by older versions (the column is NULL
  // for events saved since: the scan no longer writes 4 MB of copies per
  // 200,000 messages); FillSourceText builds it from the messages.
  std::string source_text;
  int sequence = 0;
  std::string updated_at;  // UTC, "YYYY-MM-DD HH:MM:SS"
  int origin_seq = 0;      // ExtractedEvent::origin_seq (schema/0022)
};

// "2019-03-01 09:00:00" (SQL DATETIME) and back; nullopt when malformed.
std::string SqlDatetime(const LocalTime& t);
std::optional<LocalTime> ParseSqlDatetime(std::string_view s);
EventStatus ParseStatus(std::string_view s);
// A date a user typed: "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]" or with "T";
// nullopt unless it is a real calendar date and time.
std::optional<LocalTime> ParseUserDate(std::string_view s);

class EventStore {
 public:
  explicit EventStore(db::Connection& conn) : conn_(conn) {}

  // The conversation's events of `detector`, by origin message.
  std::vector<StoredEvent> ForConversation(int64_t conversation_id, const std::string& detector);

  struct Saved {
    int64_t id = 0;
    bool inserted = false;
    bool changed = false;  // inserted or updated
  };
  // Inserts `e` or updates the stored row of its origin (`existing` when the
  // caller has it, else looked up). Call inside the caller's transaction.
  Saved Save(int64_t conversation_id, const std::string& detector, const ExtractedEvent& e,
             const std::string& time_zone, const StoredEvent* existing);
  // A new event for InsertNewIds: its conversation and zone ("" = UTC).
  struct NewEvent {
    int64_t conversation_id = 0;
    const ExtractedEvent* event = nullptr;
    std::string time_zone;
  };
  // Inserts new events (none of them stored yet; any conversations) in one
  // statement and returns their ids, in the order of `events`: from
  // LAST_INSERT_ID() when the server allocates a statement's ids
  // consecutively, else read back by (conversation, origin message).
  std::vector<int64_t> InsertNewIds(const std::string& detector,
                                    const std::vector<NewEvent>& events);
  // Updates stored event `s` to `e` when anything differs (sequence + 1).
  Saved Update(const StoredEvent& s, const ExtractedEvent& e, const std::string& time_zone);
  // Marks a stored event cancelled (bumping its sequence) unless it already is.
  bool Cancel(const StoredEvent& e);

  struct Filter {
    std::optional<int64_t> conversation_id;
    std::optional<LocalTime> since;  // events starting on or after this local time
  };
  // Events by start time, then id.
  std::vector<StoredEvent> List(const Filter& f);
  // Gives each event without stored source lines the lines of its source
  // messages as they are now, times in the event's zone (a message no
  // longer there is left out).
  void FillSourceText(std::vector<StoredEvent>& events);

 private:
  std::vector<StoredEvent> Select(const std::string& where_order);
  // Whether one INSERT ... VALUES of n rows gets ids first, first +
  // increment_, ... (asked of the server once).
  bool ConsecutiveIds();
  db::Connection& conn_;
  int lock_mode_ = -1;
  int64_t increment_ = 1;
};

}  // namespace chatbeto::events
