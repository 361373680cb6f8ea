// Dates shared by both languages (numeric dates: temporal_numeric_date.cpp):
// day + month + year in words ("March 3rd 2015", "el 5 de mayo
// de 2013"), a day of the month alone ("the 8th", "el 16", "día nueve").
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

bool Parser::NamesMonth(size_t from, size_t to) const {
  for (size_t t = from; t < to; ++t)
    if ((IsWordTok(t) && MonthWord(lang_, toks_[t].text)) || IsP(t, '/') || IsP(t, '-'))
      return true;
  return false;
}

bool Parser::ParseDate(size_t& i, Span& s) const {
  size_t best = i;
  Span out;
  auto attempt = [&](bool (Parser::*rule)(size_t&, Span&) const) {
    size_t j = i;
    Span t;
    if ((this->*rule)(j, t) && j > best) {
      best = j;
      out = t;
    }
  };
  attempt(&Parser::NumericDate);
  attempt(&Parser::MonthDayYear);
  attempt(&Parser::WeekdayDate);
  attempt(&Parser::WeekOn);
  attempt(&Parser::WeekendOf);
  attempt(&Parser::ShiftedDate);
  attempt(&Parser::PeriodDate);
  attempt(&Parser::UnitBesideDate);
  attempt(&Parser::DateRange);
  attempt(&Parser::OrdinalDate);
  attempt(&Parser::PartOfPeriod);
  attempt(&Parser::HolidayDate);
  attempt(&Parser::InRelativeYear);
  attempt(&Parser::SeasonDate);
  attempt(&Parser::RestOfPeriod);
  attempt(&Parser::DayDeadline);
  attempt(&Parser::ClosestDate);
  attempt(&Parser::YearWithEra);
  attempt(lang_ == Lang::kEn ? &Parser::DateEn : &Parser::DateEs);
  if (best == i) return false;
  s = out;
  i = best;
  return true;
}

bool Parser::Remembered(std::vector<SpanAnswer>& answers, SpanRule rule, size_t& i,
                        Span& s) const {
  if (i >= toks_.size()) return (this->*rule)(i, s);
  if (answers.empty()) answers.resize(toks_.size());
  SpanAnswer& a = answers[i];
  if (a.state == SpanAnswer::kUnknown) {
    size_t end = i;
    Span found;
    const bool yes = (this->*rule)(end, found);
    a.state = yes ? SpanAnswer::kYes : SpanAnswer::kNo;
    if (yes) {
      a.end = end;
      a.span = found;
    }
  }
  if (a.state == SpanAnswer::kNo) return false;
  i = a.end;
  s = a.span;
  return true;
}

bool Parser::MonthDayYear(size_t& i, Span& s) const {
  return Remembered(month_day_year_, &Parser::MonthDayYearUncached, i, s);
}

bool Parser::WeekdayDate(size_t& i, Span& s) const {
  return Remembered(weekday_date_, &Parser::WeekdayDateUncached, i, s);
}

bool Parser::MonthDayYearUncached(size_t& i, Span& s) const {
  size_t j = i;
  const bool es = lang_ == Lang::kEs;
  static const util::WordSet pods = {"manana",    "tarde",    "noche",
                                     "madrugada", "mediodia", "medianoche"};
  // "del" is "de el" after a bound's lead: "antes del 15", "después del 20", "a partir
  // del 3", "no más tarde del 28" (elsewhere "del 1 al 10" is as often a scale)
  const bool del_bound = es && Is(j, "del") && j > 0 &&
                         (Is(j - 1, "antes") || Is(j - 1, "despues") ||
                          (Is(j - 1, "partir") && j > 1 && Is(j - 2, "a")) ||
                          (Is(j - 1, "tarde") && j > 1 && Is(j - 2, "mas")) ||
                          // ... and after a clock: "a las 9 del 20 de marzo", "a las 20:30 del 14"
                          (j > 1 && Num(j - 1) >= 0 && (Is(j - 2, "las") || IsP(j - 2, ':'))) ||
                          Is(j - 1, "h") || Is(j - 1, "hs") || Is(j - 1, "am") || Is(j - 1, "pm") ||
                          // ... and after a part of the day: "la noche del 14" (not a range:
                          // "la tarde del 1 al 10")
                          (IsWordTok(j - 1) && pods.Contains(toks_[j - 1].text) &&
                           !(Is(j + 2, "al") || Is(j + 2, "a") || IsP(j + 2, '-'))));
  const bool el = es && (Is(j, "el") || del_bound);
  if (el || (!es && Is(j, "on"))) ++j;
  int day = -1, month = -1, year = -1;
  bool the = false, dia = false, dashed = false;
  if (!es && Is(j, "the")) {
    the = true;
    ++j;
  }
  if (es && (Is(j, "dia") || Is(j, "dias"))) {
    dia = true;
    ++j;
  }
  auto month_at = [&](size_t& k, bool need_strong) {
    if (!IsWordTok(k)) return false;
    Word w = MonthWord(lang_, toks_[k].text);
    if (!w || (need_strong && w.weak)) return false;
    month = w.value;
    ++k;
    if (IsP(k, '.') && w.weak) ++k;
    return true;
  };
  // a year first: "2018 March 18", "2012/Aug/10"
  int year_first = -1;
  if (!es && Digits(j) == 4 && Num(j) >= 1000) {
    size_t q = j + 1;
    const bool sep = IsP(q, '/') || IsP(q, '-');
    if (sep) ++q;
    Word w = IsWordTok(q) ? MonthWord(lang_, toks_[q].text) : Word{};
    // (an abbreviation only between separators: "2012/Aug/10", not "2019 mar")
    if (w && (sep ? IsP(q + 1, toks_[j + 1].text[0]) : !w.weak)) {
      year_first = Num(j);
      j = sep ? q : j + 1;
    }
  }
  size_t k = j;
  bool day_first = false;
  if (DayOfMonth(k, day, false)) {
    size_t m = k;
    if (IsP(m, '-') || IsP(m, '/')) {  // "31-Oct-74"
      ++m;
      dashed = true;
    }
    if (es && Is(m, "de")) ++m;
    if (!es && Is(m, "of")) ++m;
    if (month_at(m, false)) {
      k = m;
      day_first = true;
    } else {
      month = -1;
      dashed = false;
    }
  }
  if (!day_first) {
    k = j;
    if (!month_at(k, false)) {
      // a day alone: "the 8th", "el 16", "día nueve", "on the 24th"
      size_t m = j;
      int d;
      bool mark_needed = !(the || dia || el);
      bool via_of = false;
      if (!DayOfMonth(m, d, mark_needed)) {
        // "20 of next month": a bare number is a day when a month follows
        if (es || !DayOfMonth(m, d, false) || !Is(m, "of")) return false;
        via_of = true;
      }
      // A day in words alone needs "the" / "el" / "día" ("on second thought",
      // "first of all", "en segundo lugar"); a feminine or shortened Spanish
      // ordinal qualifies a noun ("la primera vez", "el primer día").
      const bool word_day = IsWordTok(j);
      // ... or "of" and a month counted from this one: "first of next month", "fifteenth of
      // the month" (not "first of all")
      static const util::WordSet counted = {"the",     "this",     "next", "last",
                                            "current", "previous", "past", "following"};
      const bool of_month = !es && Is(m, "of") && IsWordTok(m + 1) &&
                            counted.Contains(toks_[m + 1].text) && Is(m + 2, "month");
      if (word_day && !(the || dia || el || of_month)) return false;
      // English days are ordinals: "the one", "the two of us" count things
      if (word_day && !es && m == j + 1 && !OrdinalWord(lang_, toks_[j].text)) return false;
      // "the 1 result": a bare number after "the" is a day only before a word that can follow one
      if (!es && the && Num(j) >= 0 && m == j + 1 && IsWordTok(m) && !TemporalWord(m) &&
          !DateFollower(m))
        return false;
      if (word_day && es) {
        const std::string& w = toks_[j].text;
        if (OrdinalWord(lang_, w) && (w.back() == 'a' || w.back() == 'r')) return false;
        if (w == "uno" || w == "un" || w == "una") return false;  // "el uno y el otro"
      }
      if (!es && !the && !(Is(i, "on") || (m > j + 1))) {
        // "8th" alone: a mark is enough
      }
      if (!es && (Is(m, "of") || Is(m, "th"))) {
        // "20 of next month", "10th of this month", "20th of the previous month"
        size_t q = m + 1;
        if (Is(q, "the")) ++q;
        int shift = 99;
        if (Is(q, "this") || Is(q, "current")) shift = 0;
        if (Is(q, "next") || Is(q, "following")) shift = 1;
        if (Is(q, "last") || Is(q, "previous") || Is(q, "past")) shift = -1;
        if (shift != 99 && Is(q + 1, "month")) {
          LocalTime mo = AddMonths(Truncate(ref_, Grain::kMonth), shift);
          if (!ValidDate(mo.year, mo.month, d)) return false;
          s = Day(LocalTime{mo.year, mo.month, d});
          i = q + 2;
          return true;
        }
      }
      // "the first of the month", "el primero del mes": this month's, or the next one's
      if ((!es && Is(m, "of") && Is(m + 1, "the") && Is(m + 2, "month")) ||
          (es && Is(m, "del") && Is(m + 1, "mes") && !Is(m + 2, "que") && !Is(m + 2, "pasado") &&
           !Is(m + 2, "proximo") && !Is(m + 2, "siguiente"))) {
        m += es ? 2 : 3;
        via_of = false;
        auto d2 = ForwardDay(d);
        if (!d2) return false;
        s = Day(*d2);
        i = m;
        return true;
      }
      if (via_of) return false;  // "one of these days", "4 of us"
      // "el 15 del mes que viene", "el 3 del próximo mes", "el 20 del mes pasado"
      if (es && (Is(m, "del") || Is(m, "de"))) {
        size_t q = m + 1;
        Span p;
        if (PeriodDate(q, p) && p.grain == Grain::kMonth && !p.end) {
          if (!ValidDate(p.start.year, p.start.month, d)) return false;
          s = Day(LocalTime{p.start.year, p.start.month, d});
          i = q;
          return true;
        }
      }
      if (es && Is(m, "de") && (Is(m + 1, "este") || Is(m + 1, "el")) && Is(m + 2, "mes")) m += 3;
      if (DayIsNotADate(j, m, word_day)) return false;
      if (!word_day && !the && !dia && !el && !Is(i, "on") && !LoneOrdinalHasContext(j, m))
        return false;
      // a bare number after "el"/"the" must not be followed by a unit or noun-ish word
      if (!mark_needed && IsWordTok(m) && !Boundary(m) && Num(m - 1) >= 0) {
        const std::string& w = toks_[m].text;
        // ("el 24 por ciento", "el 2 por 1"; not "el 24 por la noche")
        if (UnitWord(lang_, w).count > 0 || w == "de" || w == "of" || w == "people" ||
            w == "personas" || (w == "por" && !Is(m + 1, "la") && !Is(m + 1, "el")) ||
            w == "percent")
          return false;
      }
      auto d2 = ForwardDay(d);
      if (!d2) return false;
      s = Day(*d2);
      i = m;
      return true;
    }
    if (!es && Is(k, "the")) ++k;
    size_t m = k;
    if (year_first > 0 && (IsP(m, '/') || IsP(m, '-'))) ++m;  // "2012/Aug/10"
    if (!DayOfMonth(m, day, false)) {
      // month alone / month + year: "March", "October 2014", "marzo de 2014";
      // not when a number next to it failed as its day ("32 August", "August 32")
      if ((j > 0 && Num(j - 1) >= 0 && Digits(j - 1) <= 2) ||
          (j > 1 && (Is(j - 1, "de") || Is(j - 1, "of")) && Num(j - 2) >= 0 &&
           Digits(j - 2) <= 2) ||
          (Num(k) >= 0 && Digits(k) != 4) || (Num(k) >= 0 && IsWordTok(k + 1) && Glued(k + 1)))
        return false;
      size_t y = k;
      if (IsP(y, ',')) ++y;
      if (es && (Is(y, "de") || Is(y, "del"))) ++y;
      if (!es && Is(y, "of")) ++y;
      Word w = MonthWord(lang_, toks_[j].text);
      if (year_first > 0) {
        s.start = LocalTime{year_first, month, 1};
        s.grain = Grain::kMonth;
        i = k;
        return true;
      }
      if (YearNumber(y, year, false)) {
        s.start = LocalTime{year, month, 1};
        s.grain = Grain::kMonth;
        i = y;
        return true;
      }
      // a whole phrase, not "we march in a year"
      if (!w.weak && (j == 0 || toks_[j - 1].kind == Token::kPunct) &&
          MonthInAmount(y = k, month, s)) {
        i = y;
        return true;
      }
      if (!MonthAloneIsDate(j, k, w.weak)) return false;
      LocalTime mo{ref_.year, month, 1};
      if (month < ref_.month) mo.year++;
      s.start = mo;
      s.grain = Grain::kMonth;
      i = k;
      return true;
    }
    k = m;
  }
  // year
  size_t y = k;
  if (IsP(y, ',')) ++y;
  if (dashed && (IsP(y, '-') || IsP(y, '/'))) ++y;
  if (es && (Is(y, "de") || Is(y, "del"))) ++y;
  if (YearNumber(y, year, true)) {
    // "5 May 12:00", "24 October 10 o'clock": two digits before a clock are its hour
    Clock probe;
    probe.hour = 1;
    size_t q = y;
    // ("14th April 15." ends a sentence: a year)
    if (Digits(y - 1) == 2 && (IsP(y, ':') || DottedNumber(y) || ClockSuffix(q, probe) ||
                               Is(y, "h") || Is(y, "horas")))
      year = -1;
    else
      k = y;
  } else {
    year = -1;
  }
  if (year_first > 0 && year == -1) year = year_first;
  // the year after a clock, as `date` and ctime print: "Thu Oct 26 11:00:09 EDT 2023"
  if (year == -1 && !es) {
    size_t q = k;
    Clock c;
    int later = -1;
    if (ParseClock(q, c, false) && c.anchored && c.grain != Grain::kHour && Digits(q) == 4 &&
        YearNumber(q, later, false) && Boundary(q))
      year = later;
  }
  if (year >= -9999 && year != -1) {
    if (!ValidDate(year < 0 ? -year : year, month, day)) return false;
    s = Day(LocalTime{year, month, day});
  } else {
    auto d = ForwardMonthDay(month, day);
    if (!d) return false;
    s = Day(*d);
    // "Jul 18, Fri": the year in which that day is that weekday
    size_t w = k + (IsP(k, ',') ? 1 : 0);
    Word wd = IsWordTok(w) ? WeekdayWord(lang_, toks_[w].text) : Word{};
    if (wd && w > k && Boundary(w + 1 + (IsP(w + 1, '.') ? 1 : 0))) {
      for (int y = d->year; y < d->year + 12; ++y) {
        if (!ValidDate(y, month, day) || Weekday(LocalTime{y, month, day}) != wd.value) continue;
        s = Day(LocalTime{y, month, day});
        k = w + 1 + (IsP(w + 1, '.') ? 1 : 0);
        break;
      }
    }
  }
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
