// Parts of a week, month or year: its beginning, middle, end or halves
// ("end of the month", "early March", "la segunda quincena de marzo").
// Split from temporal_period.cpp.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

// The beginning, middle or end of a week, month or year: "end of the month",
// "beginning of next week", "early March", "late 2014", "EOM"; "a principios
// de mes", "a mediados de marzo", "a finales de año", "al final de la
// semana", "a final de mes"; halves: "the first half of march", "la segunda quincena
// de marzo", "la primera mitad del año" (days 1-15 / 16-end, months 1-6 / 7-12). Weeks split Mon-Wed /
// Thu / Fri-Sun, months 1-10 / 11-20 / 21-end, years Jan-Mar / Apr-Aug /
// Sep-Dec (Duckling's reading).
// 1 or 2 when token i begins "first"/"second", "1st"/"2nd", "primer(a)"/"segundo/a",
// "1er", "2º" (i moved past it), else 0 (i untouched).
int Parser::HalfNumber(size_t& i) const {
  int n = 0;
  size_t k = i + 1;
  if (Is(i, "first") || Is(i, "primer") || Is(i, "primera") || Is(i, "primero")) {
    n = 1;
  } else if (Is(i, "second") || Is(i, "segundo") || Is(i, "segunda")) {
    n = 2;
  } else if ((Num(i) == 1 || Num(i) == 2) && Digits(i) == 1 && IsWordTok(k) && Glued(k) &&
             OrdinalSuffix(lang_, toks_[k].text)) {
    n = Num(i);
    ++k;
  }
  if (n) i = k;
  return n;
}

bool Parser::PartOfPeriod(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int part = -1;  // 0 beginning, 1 middle, 2 end
  bool need_of = true;
  Grain g = Grain::kMonth;
  bool have_period = false;
  LocalTime start;
  if (!es) {
    if (Is(j, "at")) ++j;
    if (Is(j, "the")) ++j;
    if (Is(j, "eom") || Is(j, "bom") || Is(j, "eoy") || Is(j, "eow") || Is(j, "midweek")) {
      part = Is(j, "bom") ? 0 : Is(j, "midweek") ? 1 : 2;
      g = Is(j, "eoy")                       ? Grain::kYear
          : Is(j, "eow") || Is(j, "midweek") ? Grain::kWeek
                                             : Grain::kMonth;
      start = Truncate(ref_, g);
      have_period = true;
      ++j;
    } else if (Is(j, "beginning") || Is(j, "start")) {
      part = 0;
    } else if (Is(j, "middle")) {
      part = 1;
    } else if (Is(j, "end")) {
      part = 2;
    } else if (Is(j, "early") || Is(j, "mid") || Is(j, "late")) {
      part = Is(j, "early") ? 0 : Is(j, "mid") ? 1 : 2;
      need_of = false;
    } else if (const int n = HalfNumber(j); n > 0 && Is(j, "half")) {
      part = n == 1 ? 3 : 4;  // "the second half of march", "the 2nd half of the year"
    }
  } else {
    if (Is(j, "a") || Is(j, "al") || Is(j, "hacia") || Is(j, "para") || Is(j, "desde")) ++j;
    // "la segunda quincena de marzo", "la primera mitad del año"
    if (const size_t h = j + (Is(j, "la") ? 1 : 0);
        (Is(h, "primera") || Is(h, "segunda")) && (Is(h + 1, "quincena") || Is(h + 1, "mitad"))) {
      part = Is(h, "primera") ? 3 : 4;
      j = h + 1;
    } else if (size_t k = j + (Is(j, "el") ? 1 : 0); const int n = HalfNumber(k)) {
      // "el primer semestre de 2014", "el 2º semestre del año": a year's half
      if (Is(k, "semestre")) {
        part = n == 1 ? 3 : 4;
        j = k;
      }
    }
    if (Is(j, "principios") || Is(j, "comienzos") || Is(j, "inicios")) part = 0;
    // Spain's "a primeros de mes", "a últimos de marzo" (after "a" only: "los primeros de
    // la lista")
    if (j > i && Is(j - 1, "a") && (Is(j, "primeros") || Is(j, "ultimos")))
      part = Is(j, "primeros") ? 0 : 2;
    if (Is(j, "mediados")) part = 1;
    if (Is(j, "finales") || Is(j, "fines") || Is(j, "fin")) {
      part = 2;
      // "fin de semana", "fines de semana" with no article: the weekend (PeriodDate's), or
      // weekends ("buen fin de semana", "los fines de semana"), not the end of this week
      if (!Is(j, "finales") && Is(j + 1, "de") && Is(j + 2, "semana")) return false;
      // "la noche de fin de año", "la cena de fin de año": New Year's Eve (a holiday's)
      if (Is(j, "fin") && Is(j + 1, "de") && Is(j + 2, "ano") && j >= 2 && Is(j - 1, "de") &&
          (Is(j - 2, "noche") || Is(j - 2, "cena") || Is(j - 2, "fiesta") || Is(j - 2, "dia")))
        return false;
    }
    // "al final del mes", "a principio de semana": the singular says the same
    if (Is(j, "principio") || Is(j, "comienzo") || Is(j, "inicio") || Is(j, "final")) {
      part = Is(j, "final") ? 2 : 0;
      // "la final de mayo" is a match played then
      if (j > 0 && (Is(j - 1, "la") || Is(j - 1, "una")) && Is(j, "final")) return false;
      // but "al final del mar" is the sea, not March
      size_t m = j + 1 + (Is(j + 2, "la") ? 1 : 0) + 1;
      if (IsWordTok(m) && MonthWord(lang_, toks_[m].text).weak) return false;
    }
  }
  if (part < 0) return false;
  if (!have_period) {
    ++j;
    if (!es && IsP(j, '-') && !need_of) ++j;
    if (need_of) {
      if (!(Is(j, "of") || Is(j, "de") || Is(j, "del"))) return false;
      if (!Is(j, "del")) ++j;  // "del" stays: it may be "del mes", "del 2014"
    }
    if (Is(j, "around")) ++j;
    size_t k = j;
    Span p;
    size_t m = k;
    bool bare_unit = false;
    if (!es) {
      if (Is(m, "the")) ++m;
      if (Is(m, "week") || Is(m, "month") || Is(m, "year")) {
        g = Is(m, "week") ? Grain::kWeek : Is(m, "month") ? Grain::kMonth : Grain::kYear;
        start = Truncate(ref_, g);
        j = m + 1;
        bare_unit = true;
      }
    } else if (Is(m, "mes") || Is(m, "ano") || Is(m, "semana") ||
               (Is(m, "del") && (Is(m + 1, "mes") || Is(m + 1, "ano")) &&
                !(Is(m + 2, "que") || Is(m + 2, "pasado") || Is(m + 2, "proximo"))) ||
               (Is(m, "la") && Is(m + 1, "semana") &&
                !(Is(m + 2, "que") || Is(m + 2, "pasada") || Is(m + 2, "proxima") ||
                  Is(m + 2, "siguiente")))) {
      if (Is(m, "del") || Is(m, "la")) ++m;
      g = Is(m, "semana") ? Grain::kWeek : Is(m, "mes") ? Grain::kMonth : Grain::kYear;
      start = Truncate(ref_, g);
      j = m + 1;
      bare_unit = true;
    }
    if (!bare_unit) {
      if (Is(k, "del")) ++k;  // "a finales del mes que viene"
      m = k;
      if ((PeriodDate(m, p) || MonthDayYear(m, p)) && !p.end &&
          (p.grain == Grain::kWeek || p.grain == Grain::kMonth || p.grain == Grain::kYear)) {
        g = p.grain;
        start = p.start;
        j = m;
      } else {
        size_t y = k;
        int year;
        if (!YearNumber(y, year, false)) return false;
        g = Grain::kYear;
        start = LocalTime{year, 1, 1};
        j = y;
      }
    }
  }
  LocalTime a, b;
  Grain out = Grain::kDay;
  if (part >= 3) {  // a half: of a month the days 1-15 or 16-end, of a year the months
    if (g == Grain::kWeek) return false;
    const bool first = part == 3;
    if (g == Grain::kMonth) {
      a = LocalTime{start.year, start.month, first ? 1 : 16};
      b = LocalTime{start.year, start.month, first ? 15 : DaysInMonth(start.year, start.month)};
    } else {
      a = LocalTime{start.year, first ? 1 : 7, 1};
      b = LocalTime{start.year, first ? 6 : 12, 1};
      out = Grain::kMonth;
    }
  } else if (g == Grain::kWeek) {
    static const int kFrom[] = {0, 2, 4}, kTo[] = {2, 3, 6};
    a = AddDays(start, kFrom[part]);
    b = AddDays(start, kTo[part]);
  } else if (g == Grain::kMonth) {
    int last = DaysInMonth(start.year, start.month);
    static const int kFrom[] = {1, 11, 21};
    a = LocalTime{start.year, start.month, kFrom[part]};
    b = LocalTime{start.year, start.month, part == 0 ? 10 : part == 1 ? 20 : last};
  } else {
    static const int kFrom[] = {1, 4, 9}, kTo[] = {3, 8, 12};
    a = LocalTime{start.year, kFrom[part], 1};
    b = LocalTime{start.year, kTo[part], 1};
    out = Grain::kMonth;
  }
  s.start = a;
  s.end = b;
  s.grain = out;
  s.past = ToSeconds(b) < ToSeconds(Today());
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
