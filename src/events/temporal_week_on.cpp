// British English days a week or a fortnight on: "Monday week" (the Monday after next
// Monday), "a week today", "a week tomorrow", "tomorrow week", "a week on Friday", "a
// fortnight on Saturday".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::WeekOn(size_t& i, Span& s) const {
  if (lang_ != Lang::kEn) return false;
  size_t j = i;
  if (Is(j, "on")) ++j;
  // the day: today, tomorrow or a weekday (the next one), at token k
  auto day_at = [&](size_t k, LocalTime& d) {
    if (Is(k, "today")) {
      d = Today();
      return true;
    }
    if (Is(k, "tomorrow") || Is(k, "tmrw")) {
      d = AddDays(Today(), 1);
      return true;
    }
    const Word wd = IsWordTok(k) ? WeekdayWord(lang_, toks_[k].text) : Word{};
    if (!wd || (wd.weak && !Capitalized(k))) return false;
    d = NextWeekday(wd.value, false);
    return true;
  };
  LocalTime d;
  int weeks = 0;
  size_t end = j;
  if (Is(j, "a") && (Is(j + 1, "week") || Is(j + 1, "fortnight"))) {
    // "a week today", "a week on Friday", "a fortnight tomorrow"
    weeks = Is(j + 1, "week") ? 1 : 2;
    size_t k = j + 2;
    if (Is(k, "on")) ++k;
    if (!day_at(k, d)) return false;
    end = k + 1;
  } else if (day_at(j, d) && !Is(j, "today") && (Is(j + 1, "week") || Is(j + 1, "fortnight"))) {
    // "Monday week", "tomorrow week": the end of the phrase or a word that can follow a day
    // after it ("Monday week works"), not a noun ("Monday week two", "Friday week's plan")
    weeks = Is(j + 1, "week") ? 1 : 2;
    end = j + 2;
    if (!(Boundary(end) && !IsP(end, '\'')) && !DateFollower(end)) return false;
  } else {
    return false;
  }
  s = Day(AddDays(d, 7 * weeks));
  i = end;
  return true;
}

}  // namespace chatbeto::events::detail
