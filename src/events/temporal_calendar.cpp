#include "events/temporal_calendar.h"

#include "util/civil.h"

namespace chatbeto::events::detail {

int64_t DaysFromCivil(int y, int m, int d) { return util::DaysFromCivil(y, m, d); }

LocalTime CivilFromDays(int64_t z) {
  const util::CivilDate c = util::CivilFromDays(z);
  LocalTime t;
  t.year = c.year;
  t.month = c.month;
  t.day = c.day;
  return t;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool ValidDate(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

int Weekday(const LocalTime& t) {
  int64_t z = DaysFromCivil(t.year, t.month, t.day);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

LocalTime DateOnly(const LocalTime& t) { return LocalTime{t.year, t.month, t.day, 0, 0, 0}; }

bool SameDay(const LocalTime& a, const LocalTime& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

LocalTime AddDays(const LocalTime& t, int64_t days) {
  LocalTime r = CivilFromDays(DaysFromCivil(t.year, t.month, t.day) + days);
  r.hour = t.hour;
  r.minute = t.minute;
  r.second = t.second;
  return r;
}

LocalTime AddWeekdays(const LocalTime& t, int64_t n) {
  const int step = n < 0 ? -1 : 1;
  LocalTime r = t;
  for (int64_t left = n < 0 ? -n : n; left > 0;) {
    r = AddDays(r, step);
    if (Weekday(r) < 5) --left;
  }
  return r;
}

LocalTime AddMonths(const LocalTime& t, int months) {
  int64_t m0 = static_cast<int64_t>(t.year) * 12 + (t.month - 1) + months;
  LocalTime r = t;
  r.year = static_cast<int>(m0 >= 0 ? m0 / 12 : (m0 - 11) / 12);
  r.month = static_cast<int>(m0 - static_cast<int64_t>(r.year) * 12 + 1);
  int dim = DaysInMonth(r.year, r.month);
  if (r.day > dim) r.day = dim;
  return r;
}

int64_t ToSeconds(const LocalTime& t) {
  return DaysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

LocalTime AddSeconds(const LocalTime& t, int64_t seconds) {
  int64_t s = ToSeconds(t) + seconds;
  int64_t days = s >= 0 ? s / 86400 : (s - 86399) / 86400;
  int64_t rem = s - days * 86400;
  LocalTime r = CivilFromDays(days);
  r.hour = static_cast<int>(rem / 3600);
  r.minute = static_cast<int>(rem % 3600 / 60);
  r.second = static_cast<int>(rem % 60);
  return r;
}

LocalTime Truncate(const LocalTime& t, Grain g) {
  LocalTime r = t;
  switch (g) {
    case Grain::kSecond:
      return r;
    case Grain::kMinute:
      r.second = 0;
      return r;
    case Grain::kHour:
      r.second = r.minute = 0;
      return r;
    case Grain::kDay:
      return DateOnly(t);
    case Grain::kWeek:
      return AddDays(DateOnly(t), -Weekday(t));
    case Grain::kMonth:
      return LocalTime{t.year, t.month, 1, 0, 0, 0};
    case Grain::kQuarter:
      return LocalTime{t.year, (t.month - 1) / 3 * 3 + 1, 1, 0, 0, 0};
    case Grain::kYear:
      return LocalTime{t.year, 1, 1, 0, 0, 0};
  }
  return r;
}

LocalTime AddGrain(const LocalTime& t, Grain g, int64_t n) {
  switch (g) {
    case Grain::kSecond:
      return AddSeconds(t, n);
    case Grain::kMinute:
      return AddSeconds(t, n * 60);
    case Grain::kHour:
      return AddSeconds(t, n * 3600);
    case Grain::kDay:
      return AddDays(t, n);
    case Grain::kWeek:
      return AddDays(t, n * 7);
    case Grain::kMonth:
      return AddMonths(t, static_cast<int>(n));
    case Grain::kQuarter:
      return AddMonths(t, static_cast<int>(n * 3));
    case Grain::kYear:
      return AddMonths(t, static_cast<int>(n * 12));
  }
  return t;
}

}  // namespace chatbeto::events::detail
