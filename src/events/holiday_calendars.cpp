#include "events/holiday_calendars.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <cmath>
#include <memory>

#include "events/temporal_calendar.h"

namespace chatbeto::events::detail {
namespace {

constexpr double kMsPerDay = 86400000.0;

// One calendar object per thread and kind, in GMT (dates, not instants).
icu::Calendar* Cal(LunarCalendar kind) {
  thread_local std::unique_ptr<icu::Calendar> cals[3];
  auto& c = cals[static_cast<int>(kind)];
  if (!c) {
    const char* locale = kind == LunarCalendar::kHebrew    ? "en@calendar=hebrew"
                         : kind == LunarCalendar::kIslamic ? "en@calendar=islamic-umalqura"
                                                           : "en@calendar=chinese";
    UErrorCode st = U_ZERO_ERROR;
    c.reset(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(locale), st));
    if (U_FAILURE(st)) c.reset();
  }
  return c.get();
}

double DateToMs(const LocalTime& d) { return DaysFromCivil(d.year, d.month, d.day) * kMsPerDay; }
LocalTime MsToDate(double ms) { return CivilFromDays(static_cast<int64_t>(std::floor(ms / kMsPerDay))); }

}  // namespace

// Anonymous Gregorian computus.
LocalTime EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return LocalTime{y, month, day};
}

// Meeus's Julian computus, then the Julian calendar's lag behind the Gregorian.
LocalTime OrthodoxEasterSunday(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  int lag = y / 100 - y / 400 - 2;
  return AddDays(LocalTime{y, month, day}, lag);
}

std::optional<LocalTime> LunarDayInYear(LunarCalendar kind, int y, int month, int day) {
  icu::Calendar* cal = Cal(kind);
  if (!cal || y < 1 || y > 9999) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  cal->clear();
  cal->setTime(DateToMs(LocalTime{y, 1, 1}), st);
  const int first = cal->get(UCAL_EXTENDED_YEAR, st);
  if (U_FAILURE(st)) return std::nullopt;
  std::optional<LocalTime> best;
  cal->setLenient(false);  // a day the year lacks is an error, not rolled over
  // The calendar years that overlap Gregorian year y (an Islamic year is
  // 11 days shorter, so a day can come twice in one Gregorian year).
  for (int ey = first - 1; ey <= first + 2; ++ey) {
    st = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_EXTENDED_YEAR, ey);
    cal->set(UCAL_MONTH, month - 1);
    if (kind == LunarCalendar::kChinese) cal->set(UCAL_IS_LEAP_MONTH, 0);
    cal->set(UCAL_DATE, day);
    const double ms = cal->getTime(st);
    if (U_FAILURE(st)) continue;  // no such day that year (Adar I in a common year)
    LocalTime d = MsToDate(ms);
    if (d.year == y && (!best || ToSeconds(d) < ToSeconds(*best))) best = d;
  }
  cal->setLenient(true);
  return best;
}

int LunarMonthLength(LunarCalendar kind, const LocalTime& d) {
  icu::Calendar* cal = Cal(kind);
  if (!cal) return 29;
  UErrorCode st = U_ZERO_ERROR;
  cal->clear();
  cal->setTime(DateToMs(d), st);
  const int n = cal->getActualMaximum(UCAL_DATE, st);
  return U_FAILURE(st) ? 29 : n;
}

}  // namespace chatbeto::events::detail
