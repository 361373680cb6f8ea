// Temporal expressions in Spanish and English chat text: finds phrases such as
// "el viernes a las 10", "pasado mañana", "18h", "Tuesday next week",
// "half past 11 in the morning", "from 2 to 4pm" and resolves them against the
// local time of the message that contains them. Pure: no I/O, no clock, no zone
// database; thread-safe (the tables are immutable after first use).
//
// Conventions (Duckling's "forward" reading, as people mean it in a chat):
//   - a bare weekday is the next one after today ("martes" said on a Tuesday is
//     a week later); "this Saturday" is the next one including today; "next
//     Monday"/"el próximo lunes" is that weekday of the following week (weeks
//     start on Monday); "el lunes pasado"/"last Monday" the one before today;
//   - a time without a day is the first one whose hour has not ended yet
//     ("a las tres" at 04:30 -> 15:00 today; "3 in the morning" -> tomorrow);
//     an hour of 1-12 without am/pm or a part of day is ambiguous: without a
//     day it takes the first of h / h+12 that fits; on a named day 1-6 means
//     13-18 ("el lunes a las 5") and 7-12 stays; `ambiguous_meridiem` says so;
//   - a day and month without a year that has passed is next year's;
//   - intervals ("de 2 a 4", "13-15 July") give `end` = the named end point at
//     the match's grain (16:00 for "from 2 to 4pm"; 15 July for "13-15 July"),
//     so an exclusive end is `end` + one grain;
//   - the end of a working day ("EOD", "COB", "end of day", "close of
//     business", "by the end of the day", "EOD Friday"), with or without "by",
//     is the day it ends with `deadline` set; AsDeadline (temporal_deadline.h)
//     shows it as Duckling's "by EOD": from the reference to the day's last second.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::events {

enum class Lang { kEs, kEn };
enum class Grain { kSecond, kMinute, kHour, kDay, kWeek, kMonth, kQuarter, kYear };

struct LocalTime {  // wall clock, no zone
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  friend bool operator==(const LocalTime&, const LocalTime&) = default;
};

// An open interval said with its bound ("before 5pm", "no later than Friday", "after
// Christmas", "a partir de las 3"): `start` is the bound, as Duckling's `to`/`from` value.
enum class OpenEnd { kNone, kBefore, kAfter };

struct TemporalMatch {
  size_t begin = 0, end = 0;          // byte offsets of the match in the input
  std::string text;                   // the matched text
  LocalTime start;                    // resolved start
  std::optional<LocalTime> end_time;  // end of an interval ("de 2 a 4", "from 2 to 4pm"), else
                                      // nullopt (named end_time: `end` is the byte offset)
  Grain grain = Grain::kDay;
  bool has_date = false;  // names a day (absolute or relative: mañana, el viernes, the 8th)
  bool has_time = false;  // names a time of day (a las 10, 3pm, mediodía)
  bool ambiguous_meridiem = false;  // "a las 5" with no am/pm nor part of day: 05:00 or 17:00
  bool past = false;                // says it is in the past ("ayer", "last week", "hace 2 días")
  bool deadline = false;  // names the end of its day: "EOD", "close of business Friday" (the day)
  OpenEnd open = OpenEnd::kNone;  // set by AsOpenInterval (temporal_open_bound.h), not FindTemporal
};

// Extra context for resolution.
struct TemporalOptions {
  // The reference time's offset from UTC in minutes (e.g. -120 for UTC-2).
  // When set, times with a zone ("4pm CET", "9:00 PST") are converted to it;
  // when unset such times keep their wall clock.
  std::optional<int> utc_offset_minutes;
};

// All date/time expressions in `text`, left to right, non-overlapping (the
// longest at each position), resolved against `reference` (the message's own
// local time), forward-looking as people mean it (a weekday or an hour that has
// passed means the next one). Never throws on any input (invalid UTF-8
// included); returns an empty vector when nothing is found.
std::vector<TemporalMatch> FindTemporal(std::string_view text, Lang lang,
                                        const LocalTime& reference);
std::vector<TemporalMatch> FindTemporal(std::string_view text, Lang lang,
                                        const LocalTime& reference, const TemporalOptions& options);

// "2013-02-12T04:30:00"
std::string FormatLocalTime(const LocalTime& t);
// "second" ... "year"
const char* GrainName(Grain g);

}  // namespace chatbeto::events
