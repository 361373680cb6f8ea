// Days and weeks counted inside a month or year: "the first Monday of
// October", "last Friday in October 2015", "third day of october", "the 5th
// last day of May", "2nd last week of October 2018", "first monday of last
// month", "el primer lunes de marzo", "el último viernes del mes"; and "the
// week of October 6th" / "la semana del 6 de octubre".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

// A month or year to count in: [first day, last day].
struct Range {
  LocalTime first, last;
};

}  // namespace

bool Parser::OrdinalDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  // "the week of October 6th", "la semana del 6 de octubre"
  {
    size_t k = j;
    if (Is(k, es ? "la" : "the")) ++k;
    if ((Is(k, es ? "semana" : "week") || (!es && Is(k, "wk"))) &&
        (Is(k + 1, "of") || Is(k + 1, "del") || Is(k + 1, "de"))) {
      size_t m = k + 2;
      if (es && Is(k + 1, "de") && Is(m, "el")) ++m;
      Span d;
      size_t start = Is(k + 1, "del") ? m - 1 : m;
      if (es && Is(k + 1, "del")) {
        // "del 6 de octubre": MonthDayYear wants "el 6 de octubre"
        start = m;
      }
      int day = 0;
      size_t bare = start;
      if (!es && Is(bare, "the")) ++bare;
      // (or a numeric date: "the week of 3/4", "la semana del 4/3")
      if ((MonthDayYear(start, d) || NumericDate(start, d)) && d.grain == Grain::kDay && !d.end) {
        // in English a week runs from Sunday: "the week of October 6th" (a Sunday) is
        // Monday 7th's
        const bool sunday = !es && Weekday(d.start) == 6;
        s.start = Truncate(AddDays(d.start, sunday ? 1 : 0), Grain::kWeek);
        s.grain = Grain::kWeek;
        i = start;
        return true;
      }
      // a holiday: "the week of christmas", "la semana de Navidad"
      if (size_t h = Is(k + 1, "de") || Is(k + 1, "del") || Is(k + 1, "of") ? k + 2 : start;
          HolidayDate(h, d) && d.grain == Grain::kDay && !d.end) {
        s.start = Truncate(d.start, Grain::kWeek);
        s.grain = Grain::kWeek;
        i = h;
        return true;
      }
      // a bare day of the month: "la semana del 10", "the week of the 10th" (the next 10th)
      // (not the start of a range or an amount: "del 10 al 14", "del 10 por ciento")
      if (DayOfMonth(bare, day, !es) &&
          !(Is(bare, "al") || Is(bare, "a") || Is(bare, "y") || Is(bare, "to") ||
            Is(bare, "and") || IsP(bare, '-') || Is(bare, "por") || Is(bare, "percent") ||
            IsP(bare, '%'))) {
        if (auto next = ForwardDay(day)) {
          const bool sunday = !es && Weekday(*next) == 6;
          s.start = Truncate(AddDays(*next, sunday ? 1 : 0), Grain::kWeek);
          s.grain = Grain::kWeek;
          i = bare;
          return true;
        }
      }
    }
  }
  if (!es && Is(j, "on") && Is(j + 1, "the")) ++j;  // "on the first Monday of March"
  if (Is(j, es ? "el" : "the") || (es && Is(j, "la"))) ++j;
  // ordinal: "first", "3rd", "primer", "last", "último", "second last"
  int n = 0;
  bool from_end = false;
  // (past the fifth only days are counted: "the 10th day of March", "el décimo día de marzo")
  if (Num(j) >= 1 && Num(j) <= 31 && IsWordTok(j + 1) && Glued(j + 1) &&
      OrdinalSuffix(lang_, toks_[j + 1].text)) {
    n = Num(j);
    j += 2;
  } else if (IsWordTok(j) && OrdinalWord(lang_, toks_[j].text) &&
             OrdinalWord(lang_, toks_[j].text).value <= 31) {
    n = OrdinalWord(lang_, toks_[j].text).value;
    ++j;
  }
  // "second last", "second to last", "next to last" (the second last)
  if (!es && n == 0 && Is(j, "next") && Is(j + 1, "to") && Is(j + 2, "last")) {
    n = 2;
    ++j;
  }
  if (!es && n > 0 && Is(j, "to") && Is(j + 1, "last")) ++j;
  if (Is(j, "last") || Is(j, "ultimo") || Is(j, "ultima")) {
    from_end = true;
    if (n == 0) n = 1;
    ++j;
  } else if (n == 0 && (Is(j, "penultimate") || Is(j, "penultimo") || Is(j, "penultima") ||
                        Is(j, "antepenultimo") || Is(j, "antepenultima"))) {
    from_end = true;  // "el penúltimo viernes de marzo": the second last
    n = Is(j, "antepenultimo") || Is(j, "antepenultima") ? 3 : 2;
    ++j;
  }
  // "the monday after easter", "el lunes después de Pascua": the first one
  bool implied = false;
  if (n == 0 && j > i && IsWordTok(j) && WeekdayWord(lang_, toks_[j].text) &&
      (Is(j + 1, es ? "despues" : "after") || Is(j + 1, es ? "antes" : "before"))) {
    n = 1;
    implied = true;
  }
  if (n == 0) return false;
  // what is counted
  int weekday = -1;
  Grain unit;
  bool weekend = false;  // counted by its Saturday: "the last weekend of October"
  if (!es && (Is(j, "weekend") || Is(j, "wkend") || Is(j, "wknd") ||
              (Is(j, "week") && (Is(j + 1, "end") || (IsP(j + 1, '-') && Is(j + 2, "end")))))) {
    weekend = true;
    weekday = 5;
    unit = Grain::kDay;
    j += Is(j, "week") ? (Is(j + 1, "end") ? 1 : 2) : 0;
  } else if (es && (Is(j, "finde") || (Is(j, "fin") && Is(j + 1, "de") && Is(j + 2, "semana")))) {
    weekend = true;
    weekday = 5;
    unit = Grain::kDay;
    j += Is(j, "fin") ? 2 : 0;
  } else if (IsWordTok(j) && WeekdayWord(lang_, toks_[j].text) &&
             (!WeekdayWord(lang_, toks_[j].text).weak ||
              // "the last mon of March", "first tue after christmas": the frame says it
              Is(j + 1, "of") || Is(j + 1, "in") || Is(j + 1, "after") || Is(j + 1, "before") ||
              Is(j + 1, "de") || Is(j + 1, "del") || Is(j + 1, "despues") || Is(j + 1, "antes"))) {
    weekday = WeekdayWord(lang_, toks_[j].text).value;
    unit = Grain::kDay;
  } else if (Is(j, es ? "dia" : "day")) {
    unit = Grain::kDay;
  } else if (Is(j, es ? "semana" : "week")) {
    unit = Grain::kWeek;
  } else if (Is(j, es ? "mes" : "month") || Is(j, es ? "trimestre" : "quarter")) {
    unit = Is(j, es ? "mes" : "month") ? Grain::kMonth : Grain::kQuarter;  // of a year
  } else {
    return false;
  }
  if (n > 5 && (unit != Grain::kDay || weekday >= 0)) return false;
  ++j;
  // "the third tuesday after christmas 2014", "el segundo lunes después del 3 de marzo":
  // counted from the day after (before) a date.
  if (weekday >= 0 && !weekend && !from_end) {
    size_t k = j;
    int dir = 0;
    if (Is(k, es ? "despues" : "after")) dir = 1;
    if (Is(k, es ? "antes" : "before")) dir = -1;
    // The anchor is parsed by ParseDate, which may come back here ("the first monday
    // after the first monday after ..."): a few levels at most, so that no text can
    // exhaust the stack.
    thread_local int depth = 0;
    if (dir != 0 && depth < 4) {
      struct Nest {
        Nest() { ++depth; }
        ~Nest() { --depth; }
      } nest;
      ++k;
      if (es && (Is(k, "de") || Is(k, "del"))) ++k;  // "del 3 de marzo": the date without its article
      Span anchor;
      size_t a = k;
      bool got = ParseDate(a, anchor);
      // (a bare day keeps "del" as its article: "el domingo antes del 20")
      if (!got && es && Is(k - 1, "del")) got = ParseDate(a = k - 1, anchor);
      if (!got || anchor.grain != Grain::kDay || anchor.instant) return false;
      k = a;
      // implied: only before a named day ("the monday after easter"), not "the monday after
      // that"
      if (implied && anchor.end) return false;
      LocalTime d = DateOnly(anchor.start);
      for (int found = 0; found < n;) {
        d = AddDays(d, dir);
        if (Weekday(d) == weekday) ++found;
      }
      s = Day(d);
      i = k;
      return true;
    }
  }
  if (!(Is(j, "of") || Is(j, "in") || Is(j, "de") || Is(j, "del"))) return false;
  bool del = Is(j, "del");
  ++j;
  // the range: a month (with or without year), a year, or the month relative to now
  Range r;
  bool have = false;
  size_t k = j;
  if (!es && Is(k, "the") && Is(k + 1, "month")) {
    k += 2;
    r.first = Truncate(ref_, Grain::kMonth);
    have = true;
  } else if ((!es && Is(k, "the") && Is(k + 1, "year")) || (es && del && Is(k, "ano") &&
                                                            !Is(k + 1, "que") && !Is(k + 1, "pasado") &&
                                                            !Is(k + 1, "proximo") && !Is(k + 1, "siguiente"))) {
    // "the last day of the year", "el último día del año": this year's
    k += es ? 1 : 2;
    int year = ref_.year;
    if (size_t y = k; Digits(y) == 4 && YearNumber(y, year, false)) k = y;  // "the year 2015"
    r.first = LocalTime{year, 1, 1};
    r.last = LocalTime{year, 12, 31};
    have = true;
  } else {
    Span p;
    size_t m = k;  // "del mes que viene", "del mes pasado", "de este mes", "del año que viene"
    bool period = PeriodDate(m, p) && (p.grain == Grain::kMonth || p.grain == Grain::kYear) &&
                  !p.end;
    if (!period && ((del && Is(k, "mes")) || (es && Is(k, "este") && Is(k + 1, "mes")))) {
      k += Is(k, "mes") ? 1 : 2;
      r.first = Truncate(ref_, Grain::kMonth);
      have = true;
    } else if (period) {
      r.first = p.start;
      k = m;
      have = true;
      if (p.grain == Grain::kYear)
        r.last = LocalTime{p.start.year, 12, 31};
      else
        r.last = AddDays(AddMonths(p.start, 1), -1);
    } else if (IsWordTok(k) && MonthWord(lang_, toks_[k].text)) {
      int month = MonthWord(lang_, toks_[k].text).value;
      ++k;
      size_t y = k;
      if (IsP(y, ',')) ++y;
      if (es && (Is(y, "de") || Is(y, "del"))) ++y;
      int year;
      if (YearNumber(y, year, false)) {
        k = y;
      } else {
        year = month >= ref_.month ? ref_.year : ref_.year + 1;
      }
      r.first = LocalTime{year, month, 1};
      have = true;
    } else {
      int year;
      size_t y = k;
      if (YearNumber(y, year, false)) {
        r.first = LocalTime{year, 1, 1};
        r.last = LocalTime{year, 12, 31};
        k = y;
        have = true;
      }
    }
  }
  if (!have) return false;
  if (r.last.year == 0) r.last = AddDays(AddMonths(r.first, 1), -1);
  LocalTime d;
  if (unit == Grain::kMonth || unit == Grain::kQuarter) {
    // "the last quarter of 2013", "el primer mes del año que viene": only of a whole year
    if (r.first.month != 1 || r.last.month != 12) return false;
    const int step = unit == Grain::kMonth ? 1 : 3, idx = from_end ? 12 / step - n : n - 1;
    if (idx < 0 || idx >= 12 / step) return false;
    s = Day(LocalTime{r.first.year, 1 + idx * step, 1});
    s.grain = unit;
  } else if (unit == Grain::kWeek) {
    // weeks (Monday to Sunday) that lie inside the range
    LocalTime first_monday = AddDays(r.first, (7 - Weekday(r.first)) % 7);
    LocalTime last_monday = AddDays(r.last, -((Weekday(r.last) + 1) % 7) - 6);
    d = from_end ? AddDays(last_monday, -7 * (n - 1)) : AddDays(first_monday, 7 * (n - 1));
    if (ToSeconds(d) < ToSeconds(r.first) || ToSeconds(AddDays(d, 6)) > ToSeconds(r.last))
      return false;
    s.start = d;
    s.grain = Grain::kWeek;
  } else if (weekday >= 0) {
    if (from_end) {
      LocalTime last = AddDays(r.last, -((Weekday(r.last) - weekday + 7) % 7));
      d = AddDays(last, -7 * (n - 1));
    } else {
      LocalTime first = AddDays(r.first, (weekday - Weekday(r.first) + 7) % 7);
      d = AddDays(first, 7 * (n - 1));
    }
    if (ToSeconds(d) < ToSeconds(r.first) || ToSeconds(d) > ToSeconds(r.last)) return false;
    s = Day(d);
    if (weekend) {  // Friday 18:00 to Monday 00:00, as "this weekend"
      s.start = AddDays(d, -1);
      s.start.hour = 18;
      s.end = AddDays(d, 2);
      s.grain = Grain::kHour;
    }
  } else {
    d = from_end ? AddDays(r.last, -(n - 1)) : AddDays(r.first, n - 1);
    if (ToSeconds(d) < ToSeconds(r.first) || ToSeconds(d) > ToSeconds(r.last)) return false;
    s = Day(d);
  }
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
