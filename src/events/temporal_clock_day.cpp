// A day said after a clock with something between them: "the 10:30 showing
// tomorrow", "the 7pm show on Friday" (one noun the clock qualifies), and
// Spanish "las 22:30 de mañana", "a las 9 pm de mañana" (a clock no morning
// has, so "de mañana" is tomorrow, not "in the morning").
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::DayAfterClock(size_t start, size_t k, const Clock& c, Span& d, size_t& end) const {
  if (lang_ == Lang::kEs) {
    // "de mañana" after an hour of the afternoon or night; with a morning's hour it is as
    // often "in the morning" ("a las 8 de mañana") and stays unread
    if (!Is(k, "de") || !Is(k + 1, "manana") || c.ambiguous || c.hour < 12 || c.hour >= 24)
      return false;
    d = Day(AddDays(Today(), 1));
    end = k + 2;
    return true;
  }
  // "the <clock> <noun> <day>": the clock written as one ("10:30", "7pm"), one word that is
  // no time word nor one that goes on with the sentence ("the 7pm show we saw tomorrow" is
  // none), then a day of its own
  if (start == 0 || !Is(start - 1, "the") || !c.anchored || !IsWordTok(k) || TemporalWord(k) ||
      DateFollower(k) || Glued(k))
    return false;
  size_t m = k + 1;
  if (Is(m, "on")) ++m;
  Span t;
  if (!ParseDate(m, t) || t.grain != Grain::kDay || t.end || t.instant || t.end_of) return false;
  d = t;
  end = m;
  return true;
}

}  // namespace chatbeto::events::detail
