// Where the feasts of other calendars fall in a Gregorian year: Easter
// (Western and Orthodox, by computus), and days of the Hebrew, Islamic
// (Umm al-Qura) and Chinese calendars, converted by ICU; Islamic years
// 1343-1419 AH (1924-1999) from the Umm al-Qura calendar as it was printed
// then, not ICU's reconstruction. Pure functions of their arguments; thread-safe.
#pragma once
#include <optional>

#include "events/temporal.h"

namespace chatbeto::events::detail {

enum class LunarCalendar { kHebrew, kIslamic, kChinese };

// Easter Sunday of Gregorian year y (y >= 1583), Western rule.
LocalTime EasterSunday(int y);
// Orthodox Easter Sunday (Julian computus) as a Gregorian date (y >= 1583).
LocalTime OrthodoxEasterSunday(int y);

// The first day in Gregorian year y that is day `day` of month `month` of
// `cal`, or nullopt (outside ICU's range, or no such day that year).
// Months are 1-based in the calendar's own order: Hebrew 1 = Tishri ...
// 7 = Adar (Adar II in a leap year; 6 = Adar I), 8 = Nisan ... 13 = Elul;
// Islamic 1 = Muharram ... 9 = Ramadan, 10 = Shawwal, 12 = Dhu al-Hijja;
// Chinese 1 = the first month (never a leap month).
std::optional<LocalTime> LunarDayInYear(LunarCalendar cal, int y, int month, int day);

// Length in days of month `month` of `cal` in the calendar year that holds
// Gregorian date `d`'s occurrence of it (d must come from LunarDayInYear).
int LunarMonthLength(LunarCalendar cal, const LocalTime& d);

}  // namespace chatbeto::events::detail
