// Ranges of days in both languages: "13 a 15 de julio", "del 13 al 15 de
// julio", "July 13-15", "from the 13th to the 15th of July", "21 de Dic. a 6
// de Ene", "August 27th - 29th".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

// Two numeric dates of a range are written in one order: when one of them can only be
// read in the other language's order ("10/03-14/03" in English: no 14th month), both
// are read so ("10/03/2025-14/03/2025": 10-14 March). A and b came from NumericDate at
// tokens p and q; a range both orders fit stays in the language's (en month first, es
// day first), as a lone date does.
void Parser::SameNumericOrder(size_t p, size_t q, Span& a, Span& b) const {
  auto raw = [&](size_t t, int& x, int& y, bool& year) {
    if (Is(t, "el") || Is(t, "on")) ++t;
    if (Digits(t) > 2 || Digits(t + 2) > 2 || Num(t + 2) < 0) return false;
    x = Num(t);
    y = Num(t + 2);
    year = Num(t + 4) >= 0 && IsP(t + 3, toks_[t + 1].punct());
    return true;
  };
  int x1, y1, x2, y2;
  bool year1, year2;
  if (!raw(p, x1, y1, year1) || !raw(q, x2, y2, year2)) return;
  const bool en = lang_ == Lang::kEn;
  // the other order is forced by one side and fits both
  const bool other = en ? (x1 > 12 || x2 > 12) && y1 <= 12 && y2 <= 12
                        : (y1 > 12 || y2 > 12) && x1 <= 12 && x2 <= 12;
  if (!other) return;
  auto reread = [&](Span& d, int first, int second, bool year) {
    const int month = en ? second : first, day = en ? first : second;
    if (year) {
      if (ValidDate(d.start.year, month, day)) d = Day(LocalTime{d.start.year, month, day});
    } else if (auto f = ForwardMonthDay(month, day)) {
      d = Day(*f);
    }
  };
  reread(a, x1, y1, year1);
  reread(b, x2, y2, year2);
}

// "13 a 15 de julio", "13-15 July", "July 13-15", "21 de Dic. a 6 de Ene",
// "from March 3 to March 5", "from May to December".
bool Parser::DateRange(size_t& i, Span& s) const {
  size_t j = i;
  const bool es = lang_ == Lang::kEs;
  const bool between = Is(j, "between") || Is(j, "entre");
  if ((!es && (Is(j, "from") || Is(j, "between"))) ||
      (es && (Is(j, "del") || Is(j, "desde") || Is(j, "entre") || Is(j, "de"))))
    ++j;
  // "10 Agosto - 12 Septiembre 2013", "from December to May 2022": a year said
  // once, in the second part [k, m) and not in the first [j, k), is both's (the
  // first one's the year before when it would come after the second). Returns
  // whether the second part says a year.
  auto share_end_year = [&](size_t k, size_t m, Span& a, const Span& b) {
    bool a_year = false, b_year = false;
    for (size_t t = j; t < k; ++t) a_year = a_year || Digits(t) == 4;
    for (size_t t = k; t < m; ++t) b_year = b_year || Digits(t) == 4;
    if (!a_year && b_year && ValidDate(b.start.year, a.start.month, a.start.day)) {
      a.start.year = b.start.year;
      if (ToSeconds(a.start) > ToSeconds(b.start)) a.start.year -= 1;
    }
    return b_year;
  };
  auto sep = [&](size_t& k) {
    if (RangeSep(k) || (between && Is(k, es ? "y" : "and"))) {
      ++k;
      return true;
    }
    return false;
  };
  // year - year: "1960 - 1961", "from 2015 to 2017", "de 2019 a 2021"
  {
    size_t k = j;
    int y1, y2;
    if (Digits(k) == 4 && YearNumber(k, y1, false) && sep(k)) {
      size_t m = k;
      if (Digits(m) == 4 && YearNumber(m, y2, false) && y2 > y1 && y2 - y1 <= 100) {
        s.start = LocalTime{y1, 1, 1};
        s.end = LocalTime{y2, 1, 1};
        s.grain = Grain::kYear;
        s.past = y2 < ref_.year;
        i = m;
        return true;
      }
    }
  }
  // bare day - full date: "13 a 15 de julio", "entre el 13 y el 15 de julio"
  {
    size_t k = j;
    int d1;
    if (Is(k, es ? "el" : "the")) ++k;
    if (DayOfMonth(k, d1, false) && sep(k)) {
      Span b;
      size_t m = k;
      if (MonthDayYear(m, b) && b.grain == Grain::kDay && d1 < b.start.day) {
        s = Day(LocalTime{b.start.year, b.start.month, d1});
        s.end = b.start;
        i = m;
        return true;
      }
    }
  }
  // Spanish bare days with "día" or the month as a period: "del día 20 al 24", "desde el
  // día 5 hasta el 10", "del 20 al 24 de este mes", "del 3 al 7 del mes que viene" (a bare
  // "del 1 al 10" is as often a scale)
  if (es) {
    size_t k = j;
    int d1 = 0, d2 = 0;
    if (Is(k, "el")) ++k;
    const bool dia1 = Is(k, "dia");
    if (dia1) ++k;
    if (Num(k) >= 0 && DayOfMonth(k, d1, false) && sep(k)) {
      if (Is(k, "el")) ++k;
      const bool dia2 = Is(k, "dia");
      if (dia2) ++k;
      const size_t d2_at = k;
      if (Num(k) >= 0 && DayOfMonth(k, d2, false) && d2 > d1) {
        size_t m = k;
        Span month, full;
        size_t q = m, r = d2_at;
        const bool of_month = (Is(q, "de") || Is(q, "del")) &&
                              PeriodDate(++q, month) && month.grain == Grain::kMonth;
        std::optional<LocalTime> first;
        if (MonthDayYear(r, full) && full.grain == Grain::kDay && r > m) {
          first = LocalTime{full.start.year, full.start.month, d1};  // "del día 5 al 10 de marzo"
          m = r;
        } else if (of_month && ValidDate(month.start.year, month.start.month, d2)) {
          first = LocalTime{month.start.year, month.start.month, d1};
          m = q;
        } else if ((dia1 || dia2) && !(IsWordTok(m) && MonthWord(lang_, toks_[m].text))) {
          first = ForwardDay(d2);  // the next month that has the last day still to come
          if (first) first->day = d1;
        }
        if (first) {
          s = Day(*first);
          s.end = LocalTime{first->year, first->month, d2};
          i = m;
          return true;
        }
      }
    }
  }
  // weekday - weekday: "del lunes al miércoles", "de lunes a viernes", "Monday to Wednesday"
  {
    size_t k = j;
    Span a, b;
    if (WeekdayDate(k, a) && sep(k)) {
      size_t m = k;
      bool ok = WeekdayDate(m, b);
      for (size_t t = j; ok && t < m; ++t)  // "Mon 3 March - Fri": a date range, not weekdays
        if ((IsWordTok(t) && MonthWord(lang_, toks_[t].text)) || IsP(t, '/') ||
            (IsP(t, '-') && Num(t + 1) >= 0))
          ok = false;
      if (ok) {
        if (ToSeconds(b.start) < ToSeconds(a.start)) b.start = AddDays(b.start, 7);
        if (ToSeconds(b.start) - ToSeconds(a.start) < 7 * 86400) {
          s = a;
          s.end = b.start;
          i = m;
          return true;
        }
      }
    }
  }
  // today or tomorrow to a later day: "from today to Sunday", "from tomorrow until the
  // 20th", "desde hoy hasta el domingo", "de hoy al viernes" (after an opener: "today to
  // Sunday" alone may be two answers)
  if (j > i) {
    int from = 0;
    size_t m = j;
    const bool day = RelativeDayAt(j, from, m) &&
                     !(es && Is(j, "manana") && Is(i, "de"));  // "de mañana": of the morning
    Span b;
    // ("de hoy al 20": a bare day after "al", which is "a el")
    auto bare_day = [&](size_t& t) {
      size_t u = t;
      int n;
      if (!es || !Is(t - 1, "al") || Num(t) < 0 || !DayOfMonth(u, n, false) ||
          (IsWordTok(u) && UnitWord(lang_, toks_[u].text).count > 0) || IsP(u, '%'))
        return false;
      const auto f = ForwardDay(n);
      if (!f) return false;
      b = Day(*f);
      t = u;
      return true;
    };
    if (day && sep(m) && (WeekdayDate(m, b) || MonthDayYear(m, b) || bare_day(m)) &&
        b.grain == Grain::kDay && !b.end) {
      const LocalTime a = AddDays(Today(), from);
      if (ToSeconds(b.start) > ToSeconds(a)) {
        s = Day(a);
        s.end = b.start;
        i = m;
        return true;
      }
    }
  }
  // numeric date - numeric date: "8/10/2012 - 8/15/2012", "del 3/10 al 5/10"; ISO
  // dates also around a glued slash (ISO 8601's interval): "2025-03-10/2025-03-14"
  {
    size_t k = j;
    Span a, b;
    auto iso_slash = [&](size_t& t) {
      if (!(Digits(j) == 4 && IsP(t, '/') && Glued(t) && Glued(t + 1) && Digits(t + 1) == 4))
        return false;
      ++t;
      return true;
    };
    if (NumericDate(k, a) && a.grain == Grain::kDay && (iso_slash(k) || sep(k))) {
      size_t m = k;
      if (NumericDate(m, b) && b.grain == Grain::kDay) {
        SameNumericOrder(j, k, a, b);
        if (ToSeconds(b.start) < ToSeconds(a.start)) b.start = AddMonths(b.start, 12);
        if (ToSeconds(b.start) >= ToSeconds(a.start)) {
          s = a;
          s.end = b.start;
          i = m;
          return true;
        }
      }
    }
  }
  // full date - full date
  {
    size_t k = j;
    Span a, b;
    if (MonthDayYear(k, a) && NamesMonth(j, k) && sep(k)) {
      size_t m = k;
      if (MonthDayYear(m, b) && NamesMonth(k, m) && b.grain == Grain::kDay &&
          a.grain == Grain::kDay) {
        share_end_year(k, m, a, b);
        // a date range never runs backwards: "21 Dec to 6 Jan" crosses the year
        if (ToSeconds(b.start) < ToSeconds(a.start)) b.start = AddMonths(b.start, 12);
        s = a;
        s.end = b.start;
        i = m;
        return true;
      }
      // "July 13-15", "August 27th - 29th": the second part is a bare day; after an opener
      // also with its article ("from March 8th till the 12th", "desde el 5 de marzo hasta el 9")
      m = k;
      if (j > i && Is(m, es ? "el" : "the") && Num(m + 1) >= 0) ++m;
      int d2;
      if (a.grain == Grain::kDay && DayOfMonth(m, d2, false) &&
          !(IsWordTok(m) && MonthWord(lang_, toks_[m].text)) &&
          ValidDate(a.start.year, a.start.month, d2) && d2 > a.start.day) {
        s = a;
        s.end = LocalTime{a.start.year, a.start.month, d2};
        i = m;
        return true;
      }
    }
  }
  // month - month: "from May to December", "March to May 2024", "de marzo a mayo"; a
  // month word the other rules take for no date alone ("may", "jan") is one before the
  // separator and another month ("from may to june", "between june and august")
  auto month = [&](size_t& k, Span& d) {
    size_t t = k;
    if (MonthDayYear(t, d) && d.grain == Grain::kMonth && !d.end && NamesMonth(k, t)) {
      k = t;
      return true;
    }
    // the bare word; one that is also a verb ("may", "march") first only after an opener
    // or capitalized ("we march to june" is no range)
    const Word w = IsWordTok(k) ? MonthWord(lang_, toks_[k].text) : Word{};
    if (!w || (j == i && k == j && !Capitalized(k) && (w.weak || (!es && w.value == 3))))
      return false;
    d = Span{};
    d.grain = Grain::kMonth;
    d.start = LocalTime{ref_.year, w.value, 1};
    if (ToSeconds(AddMonths(d.start, 1)) <= ToSeconds(Today())) d.start = AddMonths(d.start, 12);
    ++k;
    return true;
  };
  {
    size_t k = j;
    Span a, b;
    if (month(k, a) && sep(k)) {
      const size_t second_at = k;
      size_t m = k;
      // without an opener, no weak word ("may", "mar") in lower case
      auto weak = [&](size_t t) {
        const Word w = IsWordTok(t) ? MonthWord(lang_, toks_[t].text) : Word{};
        return w && w.weak && !Capitalized(t);
      };
      if (month(m, b) && (j > i || !(weak(j) || weak(second_at)))) {
        const bool b_year = share_end_year(second_at, m, a, b);
        // never backwards: "December to May" runs into the next year
        if (!b_year)
          while (ToSeconds(b.start) < ToSeconds(a.start)) b.start = AddMonths(b.start, 12);
        if (ToSeconds(b.start) > ToSeconds(a.start)) {
          s = a;
          s.end = b.start;
          i = m;
          return true;
        }
      }
    }
  }
  return false;
}

}  // namespace chatbeto::events::detail
