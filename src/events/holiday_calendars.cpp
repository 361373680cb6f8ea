#include "events/holiday_calendars.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <vector>

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

// The Umm al-Qura calendar of Saudi Arabia as it was printed, 1343-1419 AH
// (1 August 1924 - 16 April 1999; the month starts tabulated by the
// hijri-converter project, MIT): two bits a month, its length minus 28,
// Muharram in the low bits. Until 1419 the calendar followed earlier rules
// (and a few months of 28 or 31 days: 1343, 1345, 1348, 1349, 1364 AH);
// ICU's table for those years is today's rule computed backwards and puts
// some feasts a day or two late (Eid al-Adha 1966: 2 April, kept 1 April).
// From 1420 AH on ICU's table is the published one.
constexpr int kUmmAlQuraFirstYear = 1343;
constexpr uint32_t kUmmAlQuraMonths[] = {
    0xa8a9a6, 0x666665, 0x9a2766, 0x6969a5, 0x5a69a5, 0x35a666, 0xb2a666, 0x9a6599, 0x9a5666,
    0x666666, 0x9699a6, 0x666999, 0x9a6666, 0x65a665, 0xa66666, 0x69659a, 0x65966a, 0xa66666,
    0x666666, 0x666666, 0xa66666, 0x6a2666, 0xa66666, 0x666666, 0x666666, 0xa66666, 0x69a666,
    0x666666, 0xa99966, 0xa65999, 0x999999, 0xa5a666, 0x696666, 0x666a59, 0xa69996, 0x666666,
    0x999999, 0x666666, 0x6659a6, 0x9969a6, 0x666699, 0x666666, 0x6a65a6, 0xa6665a, 0xa66665,
    0x666669, 0xa66666, 0x59a666, 0xa66666, 0xa66665, 0xa66566, 0x696666, 0x6659a6, 0x9966a6,
    0x666699, 0x99a666, 0x699999, 0xa6659a, 0x665999, 0x99666a, 0x6599a9, 0x966a69, 0x6669a5,
    0x9a6666, 0x999999, 0x996666, 0x6599a6, 0x9666a6, 0x59a699, 0x66a696, 0xa69a59, 0x9a9965,
    0x9a6599, 0x996666, 0x599a66, 0x666a66, 0x9a6999,
};
constexpr int kUmmAlQuraYears = sizeof(kUmmAlQuraMonths) / sizeof(kUmmAlQuraMonths[0]);

// Day numbers (since 1970-01-01) of the first day of each month of the table,
// then the day after its last month.
const std::vector<int64_t>& UmmAlQuraStarts() {
  static const std::vector<int64_t> starts = [] {
    std::vector<int64_t> v;
    v.reserve(kUmmAlQuraYears * 12 + 1);
    int64_t d = DaysFromCivil(1924, 8, 1);  // 1 Muharram 1343
    for (uint32_t year : kUmmAlQuraMonths)
      for (int m = 0; m < 12; ++m) {
        v.push_back(d);
        d += 28 + ((year >> (2 * m)) & 3);
      }
    v.push_back(d);
    return v;
  }();
  return starts;
}

// Day `day` of month `month` of Hijri year `year` from the printed table:
// nullopt when the table lacks the year, nullopt inside when the month lacks the day.
std::optional<std::optional<LocalTime>> PrintedUmmAlQura(int year, int month, int day) {
  if (year < kUmmAlQuraFirstYear || year >= kUmmAlQuraFirstYear + kUmmAlQuraYears)
    return std::nullopt;
  const auto& starts = UmmAlQuraStarts();
  const size_t i = static_cast<size_t>((year - kUmmAlQuraFirstYear) * 12 + month - 1);
  if (day < 1 || day > starts[i + 1] - starts[i]) return std::optional<LocalTime>{};
  return std::optional<LocalTime>{CivilFromDays(starts[i] + day - 1)};
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
    if (kind == LunarCalendar::kIslamic)
      if (auto printed = PrintedUmmAlQura(ey, month, day)) {
        if (*printed && (*printed)->year == y && (!best || ToSeconds(**printed) < ToSeconds(*best)))
          best = *printed;
        continue;
      }
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
  if (kind == LunarCalendar::kIslamic) {
    const auto& starts = UmmAlQuraStarts();
    const int64_t n = DaysFromCivil(d.year, d.month, d.day);
    if (n >= starts.front() && n < starts.back()) {
      const auto it = std::upper_bound(starts.begin(), starts.end(), n);
      return static_cast<int>(*it - *(it - 1));
    }
  }
  icu::Calendar* cal = Cal(kind);
  if (!cal) return 29;
  UErrorCode st = U_ZERO_ERROR;
  cal->clear();
  cal->setTime(DateToMs(d), st);
  const int n = cal->getActualMaximum(UCAL_DATE, st);
  return U_FAILURE(st) ? 29 : n;
}

}  // namespace chatbeto::events::detail
