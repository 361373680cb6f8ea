// Days a week or a fortnight on: British "Monday week" (the Monday after next Monday), "a
// week today", "a week tomorrow", "tomorrow week", "a week on Friday", "a fortnight on
// Saturday"; Spanish "de hoy en ocho", "el lunes en ocho", "de hoy en quince días".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

// Spanish: "de hoy en ocho (días)", "(de) mañana en ocho", "el lunes en ocho", "hoy en
// quince días" (eight days counting both ends: a week; fifteen: a fortnight).
bool Parser::WeekOnEs(size_t& i, Span& s) const {
  size_t j = i;
  if (Is(j, "de")) ++j;
  LocalTime d;
  const std::optional<int> rel = RelativeDayTok(j);
  if (rel && (*rel == 0 || *rel == 1)) {  // "hoy", "(de) mañana"
    d = AddDays(Today(), *rel);
  } else {
    if (Is(j, "el")) ++j;
    const Word wd = IsWordTok(j) ? WeekdayWord(lang_, toks_[j].text) : Word{};
    if (!wd || wd.weak) return false;
    d = NextWeekday(wd.value, false);
  }
  size_t k = j + 1;
  if (!Is(k, "en")) return false;
  ++k;
  const int n = Is(k, "ocho") || (Num(k) == 8 && Digits(k) == 1) ? 1
                : Is(k, "quince") || Num(k) == 15               ? 2
                                                                : 0;
  if (n == 0) return false;
  ++k;
  if (Is(k, "dias")) {
    ++k;
  } else if (IsWordTok(k) && UnitWord(lang_, toks_[k].text).count > 0) {
    return false;  // "el lunes en ocho horas": how long
  }
  s = Day(AddDays(d, 7 * n));
  i = k;
  return true;
}

bool Parser::WeekOn(size_t& i, Span& s) const {
  if (lang_ == Lang::kEs) return WeekOnEs(i, s);
  size_t j = i;
  if (Is(j, "on")) ++j;
  // the day: today, tomorrow or a weekday (the next one), at token k
  auto day_at = [&](size_t k, LocalTime& d) {
    if (const std::optional<int> rel = RelativeDayTok(k); rel && (*rel == 0 || *rel == 1)) {
      d = AddDays(Today(), *rel);  // today, tomorrow
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
  } else if (day_at(j, d) && RelativeDayTok(j) != 0 &&
             (Is(j + 1, "week") || Is(j + 1, "fortnight"))) {
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
