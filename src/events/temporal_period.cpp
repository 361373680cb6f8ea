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

bool Parser::PeriodDate(size_t& i, Span& s) const {
  size_t j = i;
  const bool es = lang_ == Lang::kEs;
  auto unit_at = [&](size_t k, Grain& g, size_t& next) {
    if (!IsWordTok(k)) return false;
    if ((!es && Is(k, "weekend")) || (es && (Is(k, "finde") || Is(k, "weekend")))) {
      g = Grain::kSecond;  // marker: weekend
      next = k + 1;
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
  Grain g;
  size_t next;
  if (!es) {
    if (Is(j, "the")) ++j;
    int shift = 99;
    if (Is(j, "this") || Is(j, "current") || Is(j, "present"))
      shift = 0;
    else if (Is(j, "next") || Is(j, "coming") || Is(j, "upcoming") || Is(j, "following"))
      shift = 1;
    else if (Is(j, "last") || Is(j, "past") || Is(j, "previous") || Is(j, "prior"))
      shift = -1;
    if (shift != 99 && unit_at(j + 1, g, next)) return finish(g, shift, next);
    // "the week after next", "the month before last"
    if (Is(i, "the") && unit_at(i + 1, g, next) && (Is(next, "after") || Is(next, "before")) &&
        (Is(next + 1, "next") || Is(next + 1, "last")))
      return finish(g, Is(next, "after") ? 2 : -2, next + 2);
    // "third quarter", "the 4th qtr of 2018", "2018Q4"
    size_t q = j;
    int n = -1;
    if (Num(q) >= 1 && Num(q) <= 4 && Digits(q) == 1 && IsWordTok(q + 1) &&
        OrdinalSuffix(lang_, toks_[q + 1].text)) {
      n = Num(q);
      q += 2;
    } else if (IsWordTok(q) && OrdinalWord(lang_, toks_[q].text) &&
               OrdinalWord(lang_, toks_[q].text).value <= 4) {
      n = OrdinalWord(lang_, toks_[q].text).value;
      ++q;
    } else if (Digits(q) == 4 && Is(q + 1, "q") && Glued(q + 1) && Num(q + 2) >= 1 &&
               Num(q + 2) <= 4 && Glued(q + 2)) {
      s.start = LocalTime{Num(q), (Num(q + 2) - 1) * 3 + 1, 1};
      s.grain = Grain::kQuarter;
      i = q + 3;
      return true;
    }
    if (n > 0 && (Is(q, "quarter") || Is(q, "qtr"))) {
      ++q;
      int year = ref_.year;
      size_t y = q;
      if (Is(y, "of")) ++y;
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
    }
    return false;
  }
  // Spanish: "[la] semana que viene", "[la] próxima semana", "el mes pasado",
  // "el pasado mes", "este año", "el fin de semana"
  if (Is(j, "el") || Is(j, "la")) ++j;
  if (Is(j, "este") || Is(j, "esta")) {
    if (unit_at(j + 1, g, next)) return finish(g, 0, next);
    return false;
  }
  int pre = 99;
  if (Is(j, "proximo") || Is(j, "proxima") || Is(j, "siguiente")) pre = 1;
  if (Is(j, "pasado") || Is(j, "pasada") || Is(j, "ultimo") || Is(j, "ultima")) pre = -1;
  if (pre != 99 && unit_at(j + 1, g, next)) return finish(g, pre, next);
  if (!unit_at(j, g, next)) return false;
  if (Is(next, "que") && Is(next + 1, "viene")) return finish(g, 1, next + 2);
  if (Is(next, "proximo") || Is(next, "proxima") || Is(next, "siguiente") || Is(next, "entrante"))
    return finish(g, 1, next + 1);
  if (Is(next, "pasado") || Is(next, "pasada")) return finish(g, -1, next + 1);
  if (g == Grain::kSecond && (Is(i, "el") || Is(i, "la"))) return finish(g, 0, next);  // "el finde"
  return false;
}

}  // namespace chatbeto::events::detail
