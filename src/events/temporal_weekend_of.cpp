// The weekend of a day: "the weekend of the 23rd", "weekend of march 2nd", "el finde del
// 23", "el fin de semana del 2 de marzo": Friday 18:00 to Monday 00:00 of that day's week
// (Monday to Sunday), as "this weekend".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::WeekendOf(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  if (Is(j, es ? "el" : "the")) ++j;
  if (!es && (Is(j, "weekend") || Is(j, "wkend") || Is(j, "wknd")) && Is(j + 1, "of")) {
    j += 2;
  } else if (es && Is(j, "finde") && (Is(j + 1, "del") || Is(j + 1, "de"))) {
    j += 1;
  } else if (es && Is(j, "fin") && Is(j + 1, "de") && Is(j + 2, "semana") &&
             (Is(j + 3, "del") || Is(j + 3, "de"))) {
    j += 3;
  } else {
    return false;
  }
  // the day: a date ("the 23rd", "march 2nd", "2 de marzo"), or Spanish "del" and a bare day
  size_t k = es && Is(j, "de") ? j + 1 : j;
  Span d;
  LocalTime day;
  if (ParseDate(k, d) && d.grain == Grain::kDay && !d.end && !d.instant && !d.end_of) {
    day = d.start;
  } else if (es && Is(j, "del") && Num(j + 1) >= 1 && Num(j + 1) <= 31 && Digits(j + 1) <= 2) {
    // "el finde del 23" ("del" read as "de el": the bare day of the month)
    k = j + 1;
    size_t m = k;
    Span t;
    if (ParseDate(m, t) && t.grain == Grain::kDay && !t.end && !t.instant) {
      day = t.start;
      k = m;
    } else {
      const auto f = ForwardDay(Num(k));
      if (!f) return false;
      day = *f;
      ++k;
    }
  } else {
    return false;
  }
  const LocalTime monday = AddDays(LocalTime{day.year, day.month, day.day}, -Weekday(day));
  s = Span{};
  s.start = AddDays(monday, 4);
  s.start.hour = 18;
  s.end = AddDays(monday, 7);
  s.grain = Grain::kHour;
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
