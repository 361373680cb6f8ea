// Proleptic Gregorian date arithmetic on LocalTime (no zones). Pure.
#pragma once
#include <cstdint>

#include "events/temporal.h"

namespace chatbeto::events::detail {

int64_t DaysFromCivil(int y, int m, int d);
LocalTime CivilFromDays(int64_t days);  // time of day 00:00:00
int DaysInMonth(int y, int m);
bool ValidDate(int y, int m, int d);
int Weekday(const LocalTime& t);  // 0 = Monday ... 6 = Sunday
LocalTime DateOnly(const LocalTime& t);
bool SameDay(const LocalTime& a, const LocalTime& b);  // same year, month and day
LocalTime AddDays(const LocalTime& t, int64_t days);
// t moved by n days from Monday to Friday (n < 0: back), skipping weekends; the day it
// reaches is always a weekday (n != 0). No public holidays: they depend on the country.
LocalTime AddWeekdays(const LocalTime& t, int64_t n);
LocalTime AddMonths(const LocalTime& t, int months);  // day clamped to the month's length
LocalTime AddSeconds(const LocalTime& t, int64_t seconds);
int64_t ToSeconds(const LocalTime& t);  // since 1970-01-01 00:00 (wall clock)
// Start of the `g` unit containing t (weeks start on Monday).
LocalTime Truncate(const LocalTime& t, Grain g);
// t + n units of g.
LocalTime AddGrain(const LocalTime& t, Grain g, int64_t n);

}  // namespace chatbeto::events::detail
