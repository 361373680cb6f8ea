// Named days of the year and the rule that places each in a Gregorian year:
// fixed dates (Navidad, Halloween), weekdays counted in a month
// (Thanksgiving), days around Easter (Western and Orthodox), days of the
// Hebrew, Islamic and Chinese calendars (holiday_calendars.h), and Hindu
// feasts (hindu_calendar.h). Pure data and
// functions of their arguments.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "events/hindu_calendar.h"
#include "events/holiday_calendars.h"
#include "events/temporal.h"

namespace chatbeto::events::detail {

struct Holiday {
  enum Kind {
    kFixed, kNthWeekday, kLastWeekday, kEaster, kOrthodoxEaster, kLunar, kTithi, kSankranti,
    kShahenshahi,  // the first day of the Parsi year: 365 days, no leap day
    kNakshatra     // a star's day in a solar month (the sign in `month`, the star in `day`)
  } kind;
  // kFixed, kLunar, kTithi (the tithi in `day`); kNth/kLast: month and weekday
  // (0 = Monday) in `day`; kSankranti: the sign in `month`
  int month = 0, day = 0;
  int n = 0;  // kNthWeekday: which one; k*Easter: days from Easter Sunday; kTithi: its TithiHour
  int extra = 0;           // days added last (Black Friday: Thanksgiving + 1; a Hebrew eve: -1)
  int span = 0;            // days after the first that it lasts (Semana Santa: 7); -1: the month
  LunarCalendar cal = LunarCalendar::kHebrew;  // kLunar
  int on_friday = 0, on_saturday = 0, on_sunday = 0;  // days moved when it falls on one
  int back_to = -1;  // weekday: the last such weekday strictly before the date (Jamat ul-Vida)
  int on_holy_saturday = 0;  // days moved when it falls on Easter's eve (Earth Hour: -7)
  int from_minute = -1, minutes = 0;  // an hour of the day it names: minute of the day, length
  int until = 0, until_hour = 0;  // kTithi: the tithi (and its TithiHour) of its last day
};

// Rules for the tables.
inline Holiday OrthodoxEaster(int n) { return {Holiday::kOrthodoxEaster, 0, 0, n}; }
// Great Lent: the forty days from Clean Monday.
inline Holiday OrthodoxLent() { return {Holiday::kOrthodoxEaster, 0, 0, -48, 0, 39}; }
// Hebrew days begin at sundown: a feast is placed on the evening it begins.
inline Holiday Hebrew(int month, int day, int span = 0) {
  return {Holiday::kLunar, month, day, 0, -1, span, LunarCalendar::kHebrew};
}
inline Holiday Islamic(int month, int day, int span = 0) {
  return {Holiday::kLunar, month, day, 0, 0, span, LunarCalendar::kIslamic};
}
inline Holiday Chinese(int month, int day) {
  return {Holiday::kLunar, month, day, 0, 0, 0, LunarCalendar::kChinese};
}
// Hindu feasts (hindu_calendar.h): a tithi of a month, kept where it
// prevails at `hour`; the day the sun enters a sign, plus `extra` days.
inline Holiday Tithi(int month, int tithi, TithiHour hour = TithiHour::kSunrise, int extra = 0) {
  return {Holiday::kTithi, month, tithi, static_cast<int>(hour), extra};
}
// A feast of several days, from one tithi of the month to another: Navaratri
// (pratipada to navami), Durga Puja (shashthi to dashami, as Bengal keeps it).
inline Holiday TithiSpan(int month, int from, int until, TithiHour until_hour = TithiHour::kSunrise) {
  Holiday h = Tithi(month, from);
  h.until = until;
  h.until_hour = static_cast<int>(until_hour);
  return h;
}
inline Holiday Sankranti(int rashi, int extra = 0) {
  return {Holiday::kSankranti, rashi, 0, 0, extra};
}
// Nisan 27; a Friday moves to Thursday, a Sunday to Monday.
inline Holiday YomHashoah() {
  Holiday h = Hebrew(8, 27);
  h.on_friday = -1;
  h.on_sunday = 1;
  return h;
}
// The last Friday before 1 Shawwal.
inline Holiday LastFridayOfRamadan() {
  Holiday h = Islamic(10, 1);
  h.back_to = 4;
  return h;
}
// Kept on the nearest weekday: a Saturday moves to Friday, a Sunday to Monday.
inline Holiday NearestWeekday(int month, int day) {
  Holiday h{Holiday::kFixed, month, day};
  h.on_saturday = -1;
  h.on_sunday = 1;
  return h;
}
inline Holiday SundayToSaturday(int month, int day) {
  Holiday h{Holiday::kFixed, month, day};
  h.on_sunday = -1;
  return h;
}

// Victoria Day (Canada): the last Monday before 25 May.
inline Holiday VictoriaDay() {
  Holiday h{Holiday::kFixed, 5, 25};
  h.back_to = 0;
  return h;
}
// Earth Hour: the last Saturday of March, 20:30 to 21:30 local time; a week
// earlier when that Saturday is Holy Saturday (as in 2016: 19 March).
inline Holiday EarthHour() {
  Holiday h{Holiday::kLastWeekday, 3, 5};
  h.on_holy_saturday = -7;
  h.from_minute = 20 * 60 + 30;
  h.minutes = 60;
  return h;
}

// Keys are the folded words run together without spaces, apostrophes or hyphens.
const std::unordered_map<std::string, Holiday>& HolidayTable(Lang lang);

// The Hindu feasts of the English table (temporal_holiday_table_hindu.cpp).
const std::vector<std::pair<std::string, Holiday>>& HinduHolidays();

// More named days added to both tables: the international (UN) days by their names in
// `lang`, and days of the US, the UK and Canada (temporal_holiday_table_more.cpp).
const std::vector<std::pair<std::string, Holiday>>& MoreHolidays(Lang lang);

// The Spanish table (temporal_holiday_table_es.cpp).
const std::unordered_map<std::string, Holiday>& SpanishHolidays();

// The holiday's day in Gregorian year y, or nullopt when it has none.
std::optional<LocalTime> HolidayInYear(const Holiday& h, int y);

// Days after `start` (from HolidayInYear) that the holiday lasts.
int HolidaySpan(const Holiday& h, const LocalTime& start);

}  // namespace chatbeto::events::detail
