// A month or a day of the year said with "last" or "next": "last March", "this past
// January 3rd", "next October", "enero pasado", "el pasado 3 de enero", "el 3 de enero
// pasado", "el marzo que viene", "el próximo octubre", "el próximo 18". "last" is the latest one
// before today; "next" the first after the month in progress.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::ShiftedDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int dir = 0;
  if (!es) {
    if (Is(j, "this") && Is(j + 1, "past")) ++j;
    if (Is(j, "last") || Is(j, "past")) dir = -1;
    else if (Is(j, "next")) dir = 1;
    if (dir == 0) return false;
    ++j;
  } else {
    if (Is(j, "el")) ++j;
    if (Is(j, "pasado")) dir = -1;
    else if (Is(j, "proximo")) dir = 1;
    if (dir != 0) ++j;
  }
  // the month or the day, without a year
  const size_t from = j;
  if (es && dir == 0 && Is(j - 1, "el") && IsWordTok(j) && MonthWord(lang_, toks_[j].text) &&
      !(Is(j + 1, "que") && Is(j + 2, "viene")) && !Is(j + 1, "pasado"))
    return false;  // "el marzo" alone is no date ("el marzo pasado" is)
  // "el próximo 18", "el próximo día 18": the next 18th after today (not an amount: "el
  // próximo 10 %", "el próximo 2 a 1"; "el próximo 5 de marzo" is MonthDayYear's)
  if (es && dir > 0 && (Num(j) >= 0 || (Is(j, "dia") && Num(j + 1) >= 0))) {
    size_t k = j + (Is(j, "dia") ? 1 : 0);
    int day;
    if (DayOfMonth(k, day, false) && !Is(k, "de") && !Is(k, "del") &&
        !((Is(k, "a") || Is(k, "al")) && Num(k + 1) >= 0) && !IsP(k, '%') && !IsP(k, '-') &&
        !IsP(k, '/') && !(IsWordTok(k) && UnitWord(lang_, toks_[k].text).count > 0)) {
      auto d1 = ForwardDay(day);
      if (d1 && SameDay(*d1, ref_)) d1 = AddMonths(*d1, 1);
      if (!d1 || !ValidDate(d1->year, d1->month, day)) return false;
      s = Day(*d1);
      i = k;
      return true;
    }
  }
  Span d;
  if (!MonthDayYear(j, d)) {
    // a month alone, which MonthDayYear reads only with a lead: "enero pasado", "last May"
    const Word m = IsWordTok(j) ? MonthWord(lang_, toks_[j].text) : Word{};
    if (!m) return false;
    d.start = LocalTime{ref_.year, m.value, 1};
    d.grain = Grain::kMonth;
    ++j;
  }
  if (d.end || !NamesMonth(from, j)) return false;
  // "the last may be": a weak month alone ("may", "mar") only capitalized or ending the phrase
  if (j == from + 1 && MonthWord(lang_, toks_[from].text).weak && !Capitalized(from) &&
      !Boundary(j) && !Is(j, "pasado") && !Is(j, "que"))
    return false;
  for (size_t t = from; t < j; ++t)
    if (Digits(t) == 4) return false;  // a year of its own: nothing to shift
  if (es && dir == 0) {
    if (Is(j, "pasado") || Is(j, "pasada")) {
      dir = -1;
      ++j;
    } else if (Is(j, "que") && Is(j + 1, "viene")) {
      dir = 1;
      j += 2;
    } else {
      return false;
    }
  }
  const bool month = d.grain == Grain::kMonth;
  LocalTime t = month ? LocalTime{ref_.year, d.start.month, 1} : d.start;
  if (!month) t.year = ref_.year;
  const int64_t today = ToSeconds(Today());
  const int64_t this_month = ToSeconds(Truncate(ref_, Grain::kMonth));
  if (dir < 0) {  // the latest before today (a month: one that has ended)
    while (month ? ToSeconds(t) >= this_month : ToSeconds(t) >= today) t.year -= 1;
  } else {  // the first after the month in progress (a day: after today)
    while (month ? ToSeconds(t) <= this_month : ToSeconds(t) <= today) t.year += 1;
  }
  if (!month && !ValidDate(t.year, t.month, t.day)) return false;
  s = month ? d : Day(t);
  if (month) s.start = t;
  s.past = dir < 0;
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
