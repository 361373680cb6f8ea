// An interval between two instants that each name a day and a time: "March
// 28 5pm to March 29 9pm", "Friday 18:00 - Monday 08:00", "2015-03-28
// 17:00:00/2015-03-29 21:00:00" (ISO 8601's interval), "del viernes a las 17
// al lunes a las 9", "desde el 3 de mayo a las 10 hasta el 4 de mayo a las 12".
// A time of the same day ("from 2 to 4pm", "el viernes de 5 a 7") is
// ClockRange's; this is for the ends that name their own days.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

// A day with a time, said once: no range of its own, not an instant ("in 2 hours").
bool DayAndTime(const Expr& e) {
  return e.date && e.clock && !e.clock_end && !e.date->end && !e.date->instant &&
         e.date->grain == Grain::kDay && e.for_count == 0;
}

}  // namespace

size_t Parser::DateTimeRange(size_t j, const Expr& e, TemporalMatch& m) const {
  if (!DayAndTime(e)) return j;
  size_t k = j;
  // ISO 8601 "start/end": a glued slash between two dates that begin with their year
  if (IsP(k, '/') && Glued(k) && Glued(k + 1) && Digits(k + 1) == 4) {
    ++k;
  } else if (RangeSep(k)) {
    ++k;
  } else {
    return j;
  }
  Expr e2;
  size_t end = k;
  TemporalMatch from, to;
  if (!ParseExpr(end, e2) || !DayAndTime(e2) || !Resolve(e, from) || !Resolve(e2, to)) return j;
  // A weekday at the end is the first one after the start ("Friday 18:00 - Monday 08:00":
  // the Monday after that Friday, not the nearer one before it).
  size_t w = k;
  Span wd;
  if (ToSeconds(to.start) <= ToSeconds(from.start) && WeekdayDate(w, wd) &&
      SameDay(wd.start, e2.date->start) && !wd.end)
    to.start = AddDays(to.start, 7);
  if (ToSeconds(to.start) <= ToSeconds(from.start)) return j;
  // "de las 22 del viernes a las 2 del sábado", "10pm friday to 2 saturday": an end hour of
  // 1-6 with no am/pm, taken as the afternoon's, is the night's when the start is an
  // evening's and the night's reading comes within 12 hours of it
  if (to.ambiguous_meridiem && from.start.hour >= 18 && to.start.hour >= 13 &&
      to.start.hour <= 18) {
    LocalTime night = to.start;
    night.hour -= 12;
    const int64_t gap = ToSeconds(night) - ToSeconds(from.start);
    if (gap > 0 && gap <= 12 * 3600) to.start = night;
  }
  m = from;
  m.end_time = to.start;
  if (to.grain < m.grain) m.grain = to.grain;
  return end;
}

}  // namespace chatbeto::events::detail
