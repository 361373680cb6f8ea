// Whole weeks, months, quarters, years and weekends named relative to now:
// "this week", "next month", "last yr", "the 3rd quarter of 2018", "2018Q4",
// "this weekend"; "la semana que viene", "el mes pasado", "el próximo año",
// "este fin de semana".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

Span Period(const LocalTime& ref, Grain g, int shift) {
  Span s;
  s.start = AddGrain(Truncate(ref, g), g, shift);
  s.grain = g;
  s.past = shift < 0;
  return s;
}

// Friday 18:00 to Monday 00:00 of the week `shift` weeks from the reference's.
Span Weekend(const LocalTime& ref, int shift) {
  LocalTime monday = AddDays(Truncate(ref, Grain::kWeek), 7 * shift);
  Span s;
  s.start = AddDays(monday, 4);
  s.start.hour = 18;
  s.end = AddDays(monday, 7);
  s.grain = Grain::kHour;
  s.past = shift < 0;
  return s;
}

}  // namespace

// "the next 3 days", "past 2 weeks", "upcoming two months", "los próximos 3
// días", "3 semanas que vienen", "pasados 2 años": a count of whole units.
bool CountedPeriod(const Parser& p, size_t& i, Span& s) {
  const bool es = p.lang() == Lang::kEs;
  size_t j = i;
  int dir = 0;            // +1 next, -1 past
  bool upcoming = false;  // Duckling's "upcoming two weeks": the week two weeks ahead
  auto dir_word = [&](size_t k, int& d, bool& up) {
    if (!es && (p.Is(k, "next") || p.Is(k, "following") || p.Is(k, "coming")))
      d = 1;
    else if (!es && p.Is(k, "upcoming"))
      d = 1, up = true;
    else if (!es && (p.Is(k, "last") || p.Is(k, "past") || p.Is(k, "previous")))
      d = -1;
    else if (es && (p.Is(k, "proximos") || p.Is(k, "proximas") || p.Is(k, "proximo") ||
                    p.Is(k, "siguientes")))
      d = 1;
    else if (es &&
             (p.Is(k, "pasados") || p.Is(k, "pasadas") || p.Is(k, "ultimos") || p.Is(k, "ultimas")))
      d = -1;
    return d != 0;
  };
  if (p.Is(j, es ? "los" : "the") || (es && p.Is(j, "las"))) ++j;
  if (dir_word(j, dir, upcoming)) ++j;
  int n;
  // "the next couple of days", "the next few weeks", "los próximos días"
  if (!es && (p.Is(j, "couple") || p.Is(j, "few")) && dir != 0) {
    n = p.Is(j, "couple") ? 2 : 3;
    j += p.Is(j + 1, "of") ? 2 : 1;
  } else if (!es && p.Is(j, "a") && (p.Is(j + 1, "couple") || p.Is(j + 1, "few")) && dir != 0) {
    n = p.Is(j + 1, "couple") ? 2 : 3;
    j += p.Is(j + 2, "of") ? 3 : 2;
  } else if (!p.SmallNumber(j, n, 99) || n < 1) {
    return false;
  }
  if (dir == 0 && dir_word(j, dir, upcoming)) ++j;
  if (!p.IsWordTok(j)) return false;
  Unit u = UnitWord(p.lang(), p.Tok(j).text);
  if (u.count != 1) return false;
  ++j;
  if (dir == 0 && es && p.Is(j, "que") && p.Is(j + 1, "vienen")) {
    dir = 1;
    j += 2;
  }
  if (dir == 0) return false;
  Grain g = u.grain;
  LocalTime base = Truncate(p.ref(), g);
  if (upcoming) {
    s.start = AddGrain(base, g, n);
    s.grain = g;
  } else if (dir > 0) {
    s.start = AddGrain(base, g, 1);
    s.end = AddGrain(base, g, n);
    s.grain = g;
  } else {
    s.start = AddGrain(base, g, -n);
    s.end = AddGrain(base, g, -1);
    s.grain = g;
    s.past = true;
  }
  i = j;
  return true;
}

bool Parser::PeriodDate(size_t& i, Span& s) const {
  {
    size_t k = i;
    if (CountedPeriod(*this, k, s)) {
      i = k;
      return true;
    }
  }
  size_t j = i;
  const bool es = lang_ == Lang::kEs;
  auto unit_at = [&](size_t k, Grain& g, size_t& next) {
    if (!IsWordTok(k)) return false;
    if ((!es && (Is(k, "weekend") || Is(k, "wkend") || Is(k, "wknd") || Is(k, "weekends"))) ||
        (es && (Is(k, "finde") || Is(k, "weekend")))) {
      g = Grain::kSecond;  // marker: weekend
      next = k + 1;
      return true;
    }
    if (!es && Is(k, "week") && IsP(k + 1, '-') && Is(k + 2, "end")) {  // "week-end"
      g = Grain::kSecond;
      next = k + 3;
      return true;
    }
    if (es && Is(k, "fin") && Is(k + 1, "de") && Is(k + 2, "semana")) {
      g = Grain::kSecond;
      next = k + 3;
      return true;
    }
    Unit u = UnitWord(lang_, toks_[k].text);
    if (u.count != 1 || u.grain < Grain::kWeek) return false;
    const std::string& w = toks_[k].text;
    if (w.back() == 's' && w != "fortnights" && !es) return false;  // "next weeks"
    if (es && (w == "semanas" || w == "meses" || w == "anos" || w == "trimestres")) return false;
    g = u.grain;
    next = k + 1;
    return true;
  };
  auto finish = [&](Grain g, int shift, size_t next) {
    s = g == Grain::kSecond ? Weekend(ref_, shift) : Period(ref_, g, shift);
    i = next;
    return true;
  };
  // "next hour", "the past hour", "la próxima hora", "la hora que viene": that hour of the
  // clock, a time of its own
  auto hour = [&](int shift, size_t next) {
    s = Period(ref_, Grain::kHour, shift);
    s.instant = true;
    i = next;
    return true;
  };
  // The n-th quarter ("third", "3rd", "tercer", "3er"; 1 to 4) at q, q then
  // past it; 0 when there is none.
  auto quarter_number = [&](size_t& q) {
    if (Num(q) >= 1 && Num(q) <= 4 && Digits(q) == 1 && IsWordTok(q + 1) && (!es || Glued(q + 1)) &&
        OrdinalSuffix(lang_, toks_[q + 1].text)) {
      q += 2;
      return Num(q - 2);
    }
    if (!IsWordTok(q)) return 0;
    const Word w = OrdinalWord(lang_, toks_[q].text);
    if (!w || w.value > 4) return 0;
    ++q;
    return w.value;
  };
  // Quarter n of the year named after q ("of 2018", "de 2025", "del 2025", "of next year",
  // "del año que viene"), else of this year.
  auto quarter = [&](int n, size_t q) {
    int year = ref_.year;
    size_t y = q;
    if (int shift; RelativeYear(y, shift)) {
      s.start = LocalTime{year + shift, (n - 1) * 3 + 1, 1};
      s.grain = Grain::kQuarter;
      i = y;
      return true;
    }
    if (es ? Is(y, "de") || Is(y, "del") : Is(y, "of")) ++y;
    if (IsP(y, ',')) ++y;
    int yy;
    if (YearNumber(y, yy, false)) {
      year = yy;
      q = y;
    }
    s.start = LocalTime{year, (n - 1) * 3 + 1, 1};
    s.grain = Grain::kQuarter;
    i = q;
    return true;
  };
  Grain g;
  size_t next;
  if (!es) {
    if (Is(j, "the")) ++j;
    if (Is(j, "this") && (Is(j + 1, "coming") || Is(j + 1, "upcoming"))) ++j;  // "this coming week"
    int shift = 99;
    if (Is(j, "this") || Is(j, "current") || Is(j, "present"))
      shift = 0;
    else if (Is(j, "next") || Is(j, "coming") || Is(j, "upcoming") || Is(j, "following"))
      shift = 1;
    else if (Is(j, "last") || Is(j, "past") || Is(j, "previous") || Is(j, "prior"))
      shift = -1;
    if (shift != 99 && (Is(j + 1, "hour") || Is(j + 1, "hr"))) return hour(shift, j + 2);
    if (shift != 99 && unit_at(j + 1, g, next)) {
      // "the coming weekend" is the one ahead (or going on), not the one after it
      if (g == Grain::kSecond && (Is(j, "coming") || Is(j, "upcoming"))) shift = 0;
      return finish(g, shift, next);
    }
    // "the weekend", "over the weekend": the coming one (or the one going on)
    if (shift == 99 && Is(i, "the") && unit_at(i + 1, g, next) && g == Grain::kSecond &&
        !Is(next, "of") && !Is(next, "before") && !Is(next, "after"))
      return finish(g, 0, next);
    // "the week after next", "the month before last"
    if (Is(i, "the") && unit_at(i + 1, g, next) && (Is(next, "after") || Is(next, "before")) &&
        (Is(next + 1, "next") || Is(next + 1, "last")))
      return finish(g, Is(next, "after") ? 2 : -2, next + 2);
    // "third quarter", "the 4th qtr of 2018", "2018Q4"
    size_t q = j;
    if (Digits(q) == 4 && Is(q + 1, "q") && Glued(q + 1) && Num(q + 2) >= 1 && Num(q + 2) <= 4 &&
        Glued(q + 2)) {
      s.start = LocalTime{Num(q), (Num(q + 2) - 1) * 3 + 1, 1};
      s.grain = Grain::kQuarter;
      i = q + 3;
      return true;
    }
    // "Q3", "Q3 2025", "Q1 of 2027": a capital Q and one digit, nothing glued
    // after ("q3" or "Q3a" is a name, a question number); a small "q" with its year
    // ("q1 2014", "q3 of 2025")
    const bool year_after = Digits(q + 2 + (Is(q + 2, "of") ? 1 : 0)) == 4;
    if (q < toks_.size() && (text_[toks_[q].begin] == 'Q' || year_after) && Is(q, "q") &&
        Digits(q + 1) == 1 &&
        Num(q + 1) >= 1 && Num(q + 1) <= 4 && Glued(q + 1) &&
        !(Glued(q + 2) && (IsWordTok(q + 2) || Num(q + 2) >= 0)))
      return quarter(Num(q + 1), q + 2);
    const int n = quarter_number(q);
    if (n > 0 && (Is(q, "quarter") || Is(q, "qtr"))) return quarter(n, q + 1);
    return false;
  }
  // Spanish: "[la] semana que viene", "[la] próxima semana", "el mes pasado",
  // "el pasado mes", "este año", "el fin de semana"; "antes del fin de semana", "después del
  // finde" (a bound's "del": the weekend, as with "el")
  const bool weekend_del = Is(j, "del") && (Is(j + 1, "finde") || (Is(j + 1, "fin") && Is(j + 2, "de") && Is(j + 3, "semana")));
  if (Is(j, "el") || Is(j, "la") || weekend_del) ++j;
  // "el tercer trimestre de 2025", "el 1er trimestre", "primer trimestre del 2027"
  if (Is(j + 1, "trimestre") || Is(j + 2, "trimestre")) {
    size_t q = j;
    const int n = quarter_number(q);
    if (n > 0 && Is(q, "trimestre")) return quarter(n, q + 1);
  }
  if (Is(j, "este") || Is(j, "esta")) {
    if (unit_at(j + 1, g, next)) return finish(g, 0, next);
    return false;
  }
  int pre = 99;
  if (Is(j, "proximo") || Is(j, "proxima") || Is(j, "siguiente")) pre = 1;
  if (Is(j, "pasado") || Is(j, "pasada") || Is(j, "ultimo") || Is(j, "ultima")) pre = -1;
  // not "la última hora" (the latest news; "a última hora": at the last minute)
  if ((pre == 1 || Is(j, "pasada")) && Is(j + 1, "hora")) return hour(pre, j + 2);
  if (Is(j, "hora") && j > i && Is(j - 1, "la")) {
    if (Is(j + 1, "que") && Is(j + 2, "viene")) return hour(1, j + 3);
    if (Is(j + 1, "siguiente")) return hour(1, j + 2);
  }
  if (pre != 99 && unit_at(j + 1, g, next)) return finish(g, pre, next);
  if (!unit_at(j, g, next)) return false;
  if (Is(next, "que") && Is(next + 1, "viene")) return finish(g, 1, next + 2);
  if (Is(next, "proximo") || Is(next, "proxima") || Is(next, "siguiente") || Is(next, "entrante"))
    return finish(g, 1, next + 1);
  if (Is(next, "pasado") || Is(next, "pasada")) return finish(g, -1, next + 1);
  if (QuePaso(next)) return finish(g, -1, next + 2);  // "la semana que pasó"
  // "el año antepasado", "la semana antepasada": the one before the last
  if (Is(next, "antepasado") || Is(next, "antepasada")) return finish(g, -2, next + 1);
  if (g == Grain::kSecond && (Is(i, "el") || Is(i, "la") || weekend_del))
    return finish(g, 0, next);  // "el finde"
  return false;
}

}  // namespace chatbeto::events::detail
