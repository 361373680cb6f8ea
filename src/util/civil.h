// Proleptic Gregorian dates <-> days since 1970-01-01, by the date library
// (Howard Hinnant's date, date::sys_days). Pure. The one place chatbeto
// converts civil dates; the WhatsApp readers and the temporal parser use it.
#pragma once
#include <cstdint>

namespace chatbeto::util {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// Days since 1970-01-01 of year-month-day. Any month and day number are
// accepted and carried over as calendar arithmetic does (month 13 = January of
// the next year, day 0 = the last day of the month before, day 32 of a
// 31-day month = the 1st of the next), so callers may add before converting.
int64_t DaysFromCivil(int year, int month, int day);

// The date `days` days after 1970-01-01.
CivilDate CivilFromDays(int64_t days);

}  // namespace chatbeto::util
