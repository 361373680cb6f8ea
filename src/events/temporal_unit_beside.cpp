// A whole week, weekend or month just before or after a day: "the week before christmas",
// "the weekend after easter", "the month before the 20th"; "la semana antes de Navidad", "el
// fin de semana después del 20", "la semana anterior a Reyes", "el mes siguiente a la boda"
// (a day the parser reads). The week is the calendar week before or after the day's.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::UnitBesideDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  if (!(es ? Is(j, "la") || Is(j, "el") : Is(j, "the"))) return false;
  ++j;
  enum { kWeek, kWeekend, kMonth } unit;
  if (es ? Is(j, "semana") : Is(j, "week")) {
    unit = kWeek;
    ++j;
  } else if (es ? Is(j, "mes") : Is(j, "month")) {
    unit = kMonth;
    ++j;
  } else if (!es && Is(j, "weekend")) {
    unit = kWeekend;
    ++j;
  } else if (es && Is(j, "finde")) {
    unit = kWeekend;
    ++j;
  } else if (es && Is(j, "fin") && Is(j + 1, "de") && Is(j + 2, "semana")) {
    unit = kWeekend;
    j += 3;
  } else {
    return false;
  }
  int dir = 0;
  if (!es) {
    dir = Is(j, "before") ? -1 : Is(j, "after") ? 1 : 0;
    ++j;
  } else if ((Is(j, "antes") || Is(j, "despues")) && (Is(j + 1, "de") || Is(j + 1, "del"))) {
    dir = Is(j, "antes") ? -1 : 1;
    j += Is(j + 1, "de") ? 2 : 1;  // "del 20" keeps its article for the date rules
  } else if ((Is(j, "anterior") || Is(j, "posterior") || Is(j, "siguiente")) && Is(j + 1, "a")) {
    dir = Is(j, "anterior") ? -1 : 1;
    j += 2;
  }
  if (dir == 0) return false;
  Span d;
  if (!ParseDate(j, d) || d.grain != Grain::kDay || d.end || d.instant) return false;
  const LocalTime day = DateOnly(d.start);
  if (unit == kMonth) {
    s.start = AddMonths(Truncate(day, Grain::kMonth), dir);
    s.grain = Grain::kMonth;
  } else if (unit == kWeek) {
    s.start = AddDays(Truncate(day, Grain::kWeek), 7 * dir);
    s.grain = Grain::kWeek;
  } else {
    // the latest weekend over before the day, or the first one starting after it
    LocalTime friday = AddDays(Truncate(day, Grain::kWeek), 4);
    if (dir < 0 && ToSeconds(AddDays(friday, 3)) > ToSeconds(day)) friday = AddDays(friday, -7);
    if (dir > 0 && ToSeconds(friday) <= ToSeconds(day)) friday = AddDays(friday, 7);
    s.start = friday;
    s.start.hour = 18;
    s.end = AddDays(friday, 3);
    s.grain = Grain::kHour;
  }
  s.past = ToSeconds(s.start) < ToSeconds(Truncate(ref_, s.grain));
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
