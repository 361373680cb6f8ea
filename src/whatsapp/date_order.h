// Which date field is the day, month and year in an export's headers. The
// phone's locale decides it, so it is inferred from the whole file:
//  - a 4-digit year first always means year-month-day;
//  - a day/month field over 12 can only be a day;
//  - in a chronological file the day falls only when the month rises;
//  - the day changes far more often than the month.
// When none of these decides, the file is read day-first and the verdict says
// it was not decided (the caller tells the user; --date-order settles it).
// Pure; Add() is O(1) so a pass over a huge file keeps constant memory.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "whatsapp/export_header.h"

namespace chatbeto::whatsapp {

enum class DateOrder { kAuto, kDmy, kMdy, kYmd };
const char* DateOrderName(DateOrder o);                     // "auto", "dmy", "mdy", "ymd"
std::optional<DateOrder> ParseDateOrder(std::string_view s);  // inverse; nullopt if unknown

class DateOrderEvidence {
 public:
  // `line` (1-based) is quoted in the verdict's reason.
  void Add(const Header& h, int64_t line);

  struct Verdict {
    DateOrder order = DateOrder::kDmy;  // never kAuto
    bool decided = false;
    std::string reason;
  };
  Verdict Decide() const;

 private:
  int64_t headers_ = 0, year_first_ = 0;
  int64_t first_over_ = 0, second_over_ = 0;      // p > 12, q > 12
  int64_t first_over_line_ = 0, second_over_line_ = 0;
  int64_t first_drops_ = 0, second_drops_ = 0;    // p fell as q rose (same year), and vice versa
  int64_t first_changes_ = 0, second_changes_ = 0;
  bool have_prev_ = false;
  int prev_year_ = 0, prev_p_ = 0, prev_q_ = 0;
};

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// The header's date read in `order` (kDmy, kMdy or kYmd; a 4-digit year
// anywhere is the year, and year-first always means year-month-day). 2-digit
// years are 20yy. nullopt when it is not a real calendar date.
std::optional<CivilDate> ResolveDate(const Header& h, DateOrder order);

// The header's time as hour 0-23 (12-hour clocks converted); nullopt when
// out of range.
std::optional<int> ResolveHour(const Header& h);

}  // namespace chatbeto::whatsapp
