// Weekdays with their modifiers, in both languages: "Tuesday next week",
// "next Monday", "this Saturday", "last Sunday", "friday after next",
// "Thu 15th", "Fri, Jul 18"; "el próximo lunes", "el martes que viene",
// "el domingo pasado", "el lunes 10", "martes de esta semana", "jue 15".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

enum class Mod {
  kNone,
  kThis,
  kNext,
  kComing,
  kLast,
  kThisWeek,
  kNextWeek,
  kLastWeek,
  kAfterNext,
  kBeforeLast
};

}  // namespace

bool Parser::WeekdayDateUncached(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  Mod mod = Mod::kNone;
  if (!es) {
    if (Is(j, "on")) ++j;
    if (Is(j, "this") && (Is(j + 1, "coming") || Is(j + 1, "upcoming"))) ++j;  // "this coming Monday"
    if (Is(j, "this") || Is(j, "current"))
      mod = Mod::kThis;
    else if (Is(j, "next"))
      mod = Mod::kNext;
    else if (Is(j, "coming") || Is(j, "upcoming"))
      mod = Mod::kComing;
    else if (Is(j, "last") || Is(j, "past") || Is(j, "previous"))
      mod = Mod::kLast;
    if (mod != Mod::kNone) ++j;
    if (mod == Mod::kNone && Is(j, "the") && Is(j + 1, "coming")) {
      mod = Mod::kComing;
      j += 2;
    }
  } else {
    if (Is(j, "el") || Is(j, "los") || Is(j, "del")) ++j;
    if (Is(j, "este") || Is(j, "esta"))
      mod = Mod::kThis;
    else if (Is(j, "proximo") || Is(j, "proxima") || Is(j, "siguiente"))
      mod = Mod::kNext;
    else if (Is(j, "pasado") || Is(j, "ultimo"))  // "el último viernes" (of no month)
      mod = Mod::kLast;
    if (mod != Mod::kNone) ++j;
  }
  if (!IsWordTok(j)) return false;
  Word wd = WeekdayWord(lang_, toks_[j].text);
  if (!wd) return false;
  size_t start_tok = j;
  ++j;
  bool dot = false;
  if (IsP(j, '.') && wd.weak) {
    ++j;
    dot = true;
  }
  // postfix modifiers
  size_t k = j;
  if (IsP(k, ',')) ++k;
  if (!es) {
    size_t q = k;
    if (Is(q, "of") || Is(q, "from")) ++q;
    if ((Is(q, "next") || Is(q, "this") || Is(q, "last")) && Is(q + 1, "week")) {
      mod = Is(q, "next") ? Mod::kNextWeek : Is(q, "this") ? Mod::kThisWeek : Mod::kLastWeek;
      j = q + 2;
    } else if (Is(k, "after") && Is(k + 1, "next")) {
      mod = Mod::kAfterNext;
      j = k + 2;
    } else if (mod == Mod::kNone && Is(k, "before") && Is(k + 1, "last")) {
      mod = Mod::kBeforeLast;  // "the friday before last"
      j = k + 2;
    }
  } else {
    size_t q = k;
    if (Is(q, "que") && Is(q + 1, "viene")) {
      mod = Mod::kComing;
      j = q + 2;
    } else if (Is(q, "proximo") || Is(q, "siguiente")) {
      mod = Mod::kNext;
      j = q + 1;
    } else if (Is(q, "pasado") || Is(q, "anterior") || QuePaso(q)) {
      mod = Mod::kLast;
      j = q + (Is(q, "que") ? 2 : 1);  // "el domingo que pasó"
    } else if (mod == Mod::kNone && Is(q, "antepasado")) {
      mod = Mod::kBeforeLast;  // "el viernes antepasado"
      j = q + 1;
    } else if (Is(q, "de")) {
      ++q;
      bool la = Is(q, "la");
      if (la) ++q;
      if (Is(q, "esta") && Is(q + 1, "semana")) {
        mod = Mod::kThisWeek;
        j = q + 2;
      } else if (la && Is(q, "semana") && Is(q + 1, "que") && Is(q + 2, "viene")) {
        mod = Mod::kNextWeek;
        j = q + 3;
      } else if (la && Is(q, "semana") && (Is(q + 1, "proxima") || Is(q + 1, "siguiente"))) {
        mod = Mod::kNextWeek;
        j = q + 2;
      } else if (la && (Is(q, "proxima") || Is(q, "siguiente")) && Is(q + 1, "semana")) {
        mod = Mod::kNextWeek;
        j = q + 2;
      } else if (la && Is(q, "semana") && Is(q + 1, "pasada")) {
        mod = Mod::kLastWeek;
        j = q + 2;
      }
    }
  }
  // "11-12" after a weekday on which 12 November does not fall: two hours, "9-5"
  // in the same way (a date that is that weekday stays one: "Fri 3-15")
  // ("this Thu 9-11 a.m.": with am/pm after them, hours whatever the day)
  auto time_range_not_date = [&](size_t from, size_t to, const LocalTime& day) {
    if (to != from + 3 || Digits(from) > 2 || !IsP(from + 1, '-') || Digits(from + 2) > 2)
      return false;
    size_t t = from;
    Clock a, b;
    if (!ClockRange(t, a, b, true)) return false;
    return t > to || (t == to && Weekday(day) != wd.value);
  };
  // a date after the weekday: "Tuesday the 19th", "Fri, Jul 18", "el lunes 10", "lunes, 18 de
  // febrero"
  std::optional<LocalTime> date;
  bool explicit_date = false;
  {
    size_t q = j;
    if (IsP(q, ',')) ++q;
    if (es && Is(q, "el")) ++q;
    Span d;
    size_t m = q;
    if (!es && Is(m, "the")) {
      // handled by MonthDayYear
    }
    // "Saturday, the 7:15 showing": the number is an hour, not the 7th
    const bool clock_follows = [&] {
      size_t t = q;
      if (Is(t, "the")) ++t;
      return Num(t) >= 0 && (IsP(t + 1, ':') || IsP(t + 1, '.')) && Glued(t + 1) && Num(t + 2) >= 0;
    }();
    if (!clock_follows && (MonthDayYear(m, d) || NumericDate(m, d)) && d.grain == Grain::kDay && m > q) {
      // MonthDayYear resolves a bare day forward in months; a weekday + day
      // looks for the month where that day is that weekday.
      bool bare_day = true;
      for (size_t t = q; t < m; ++t)
        if (IsWordTok(t) && MonthWord(lang_, toks_[t].text)) bare_day = false;
      for (size_t t = q; t < m; ++t)
        if (IsP(t, '/') || IsP(t, '-')) bare_day = false;
      if (bare_day) {
        int day = d.start.day;
        LocalTime mo = Truncate(ref_, Grain::kMonth);
        for (int n = 0; n < 36; ++n, mo = AddMonths(mo, 1)) {
          if (!ValidDate(mo.year, mo.month, day)) continue;
          LocalTime c{mo.year, mo.month, day};
          if (ToSeconds(c) < ToSeconds(Today())) continue;
          if (Weekday(c) == wd.value) {
            date = c;
            break;
          }
        }
        if (!date) date = d.start;
      } else if (time_range_not_date(q, m, d.start)) {
        // "wed 11-12": 11:00 to 12:00 on Wednesday, not 12 November (a Tuesday)
        m = q;
      } else {
        bool had_year = false;
        for (size_t t = q; t < m; ++t)
          if (Digits(t) == 4 ||
              (Digits(t) == 2 && t > q && (IsP(t - 1, ',') || IsP(t - 1, '/') || Is(t - 1, "de")) &&
               Num(t - 2) >= 0))
            had_year = true;
        date = d.start;
        if (!had_year && Weekday(d.start) != wd.value) {
          // "Fri, Jul 18": the year (this one, or the next ones up to the one
          // after the coming date) in which that day is that weekday; past that
          // the weekday is a slip ("sábado 5 de mayo" in a year where it is a
          // Sunday): the date wins
          for (int y = ref_.year; y <= d.start.year + 1; ++y) {
            if (!ValidDate(y, d.start.month, d.start.day)) continue;
            LocalTime c{y, d.start.month, d.start.day};
            if (Weekday(c) == wd.value) {
              date = c;
              break;
            }
          }
        } else if (!had_year &&
                   Weekday(LocalTime{ref_.year, d.start.month, d.start.day}) == wd.value) {
          date = LocalTime{ref_.year, d.start.month, d.start.day};  // "Sunday, Feb 10" of this year
        }
      }
      if (m > q) {
        explicit_date = true;
        j = m;
      }
    } else {
      // "el lunes 10", "Thu 15": a bare day number, unless it is a time ("lunes 10:30", "mon 5pm")
      int day;
      m = q;
      // "Friday, 3 or 4?", "viernes 3 o 4": hours to choose from, not the 3rd
      const bool choice = (!es && IsP(j, ',')) ||
                          ((Is(q + 1, "or") || Is(q + 1, "o") || Is(q + 1, "and") || Is(q + 1, "y")) &&
                           Num(q + 2) >= 0);
      if (!choice && Num(m) >= 0 && DayOfMonth(m, day, false) && !IsP(m, ':') && !DottedNumber(m) &&
          !IsP(m, '-') &&
          !(IsWordTok(m) &&
            (Is(m, "am") || Is(m, "pm") || Is(m, "h") || ((Is(m, "a") || Is(m, "p")) && Glued(m)) ||
             Is(m, "hs") || Is(m, "horas") || Is(m, "o") || Is(m, "oclock") || Is(m, "ish") ||
             Is(m, "de") || Is(m, "in") || UnitWord(lang_, toks_[m].text).count > 0))) {
        LocalTime mo = Truncate(ref_, Grain::kMonth);
        for (int n = 0; n < 36 && !date; ++n, mo = AddMonths(mo, 1)) {
          if (!ValidDate(mo.year, mo.month, day)) continue;
          LocalTime c{mo.year, mo.month, day};
          if (ToSeconds(c) >= ToSeconds(Today()) && Weekday(c) == wd.value) date = c;
        }
        // "sunday 11 then": a day of the month months away is more likely an hour
        // (English: Spanish "el lunes 10" names a day however far)
        if (!es && date && day <= 12 && ToSeconds(*date) - ToSeconds(Today()) > 6 * 7 * 86400)
          date.reset();
        if (date) {
          explicit_date = true;
          j = m;
        }
      }
    }
  }
  // An abbreviation that is also a word ("sat", "mar", "do") needs support:
  // a dot, a date, a modifier, "on"/"el" before it, a time after it, or
  // being the whole message.
  auto time_follows = [&] {
    size_t t = j;
    Clock a, b;
    if (ClockRange(t, a, b, true)) return true;  // "wed 11-12", "sat 9 to 5"; not "sat 3-4 hours"
    // "sun brunch 11am" (not "the sun game 7pm")
    t = j + (EventNounBeforeClock(j) && !(start_tok >= 1 && Is(start_tok - 1, "the")) ? 1 : 0);
    return ParseClock(t, a, false) && a.anchored;
  };
  // ... or a part of the day after it ("wed morning", "fri night"), or another
  // weekday next to it ("mon-fri", "Tues/Wed", "sat or sun")
  auto pod_follows = [&] {  // also "mon early morning", "sat late afternoon"
    size_t t = j;
    int part = 0;
    PodPart(t, part);
    if (t == j && Is(t, "early")) ++t;
    if (t > j && Is(t, "in") && Is(t + 1, "the")) t += 2;
    return IsWordTok(t) && PodWord(lang_, toks_[t].text) != Pod::kNone;
  };
  // the words of a range (RangeSep: "mon thru thurs", "lun hasta mie") or a choice
  auto is_sep = [&](size_t t) {
    return RangeSep(t) || IsP(t, '/') || Is(t, "or") || Is(t, "and") || Is(t, "o") || Is(t, "y");
  };
  auto weekday_at = [&](size_t t) {
    return t < toks_.size() && IsWordTok(t) && WeekdayWord(lang_, toks_[t].text);
  };
  // ... or a clock with am/pm (or noon) just before it: "7pm thurs", "10am tue"; "sat" and
  // "sun" only at the end ("at 7pm sat down" is the verb)
  const size_t b = start_tok;
  const bool clock_before =
      !es && b >= 1 &&
      (Is(b - 1, "am") || Is(b - 1, "pm") || Is(b - 1, "noon") ||
       (b >= 2 && IsP(b - 1, '.') && (Is(b - 2, "m") || Is(b - 2, "pm") || Is(b - 2, "am")))) &&
      (!(Is(b, "sat") || Is(b, "sun")) || Boundary(j));
  // (an abbreviation that is no word needs none: "ok so Thurs then", "el vie me va bien", "sushi tues?")
  const std::string& ab = toks_[start_tok].text;
  const bool no_word =
      es ? ab == "lun" || ab == "mie" || ab == "mier" || ab == "jue" || ab == "vie" || ab == "sab"
         : ab == "tue" || ab == "tues" || ab == "thu" || ab == "thur" || ab == "thurs" ||
               ab == "weds" || ab == "fri";
  // ... and an English one that is a word ("wed", "sat") is a weekday before a bare hour that
  // ends the sentence ("drinks wed 6?", "sat 10."; not "sat 6 rows back"), before a "then" that
  // does ("wed then? 7"), before "instead" or after "do" ("can we do sat instead?")
  const bool bare_hour_ends = !es && ((Digits(j) >= 1 && Digits(j) <= 2 && Num(j) >= 1 && Num(j) <= 12 &&
                                       Boundary(j + 1) && !IsP(j + 1, ',')) ||
                                      (Is(j, "then") && j + 1 < toks_.size() && Boundary(j + 1)) ||
                                      // "can we do sat instead?"
                                      Is(j, "instead") || (start_tok >= 1 && Is(start_tok - 1, "do") && Boundary(j)) ||
                                      // "Warriors game sat, tip off 7:30", "still doing the hike sat?" (not "I
                                      // sat, then", "where did you sit? I sat?", "the sun,", "c'mon,")
                                      // "can't tomorrow, wed?"
                                      (IsP(j, '?') && start_tok >= 1 && IsP(start_tok - 1, ',')) ||
                                      ((IsP(j, ',') || IsP(j, '?')) && start_tok >= 1 && IsWordTok(start_tok - 1) &&
                                       !Is(start_tok - 1, "i") && !Is(start_tok - 1, "we") && !Is(start_tok - 1, "he") &&
                                       !Is(start_tok - 1, "she") && !Is(start_tok - 1, "they") &&
                                       !Is(start_tok - 1, "you") && !Is(start_tok - 1, "who") &&
                                       !Is(start_tok - 1, "the") && !Is(start_tok - 1, "c")));
  // ... and after a "see you" that it ends: "ok see u sat", "c ya wed!" (a farewell names a day)
  const bool see_you = !es && start_tok >= 2 && Boundary(j) &&
                       (Is(start_tok - 1, "you") || Is(start_tok - 1, "u") || Is(start_tok - 1, "ya")) &&
                       (Is(start_tok - 2, "see") || Is(start_tok - 2, "c"));
  bool near = see_you || (is_sep(j) && weekday_at(j + 1)) ||
              (start_tok >= 2 && is_sep(start_tok - 1) && weekday_at(start_tok - 2));
  if (wd.weak && !no_word && !bare_hour_ends && !dot && !explicit_date && mod == Mod::kNone &&
      !(i == 0 && Boundary(j)) && !pod_follows() && !near && !clock_before && !time_follows() &&
      !Is(start_tok - 1, "on") &&
      !(Is(start_tok - 1, "el") && toks_[start_tok].text.size() >= 3 &&
        toks_[start_tok].text != "mar") &&  // "el mar" is the sea
      !Is(j, "at") &&
      !IsP(j, '@') && !(es && Is(j, "a") && (Is(j + 1, "las") || Is(j + 1, "la")))) {
    return false;
  }
  if (explicit_date) {
    s = Day(*date);
    i = j;
    return true;
  }
  LocalTime week = Truncate(ref_, Grain::kWeek);
  LocalTime d;
  switch (mod) {
    case Mod::kNone:
      d = NextWeekday(wd.value, false);
      break;
    case Mod::kComing:
      d = NextWeekday(wd.value, false);
      break;
    case Mod::kThis:
      d = NextWeekday(wd.value, true);
      break;
    case Mod::kNext:
      d = AddDays(week, 7 + wd.value);
      break;
    case Mod::kNextWeek:
      d = AddDays(week, 7 + wd.value);
      break;
    case Mod::kThisWeek:
      d = AddDays(week, wd.value);
      break;
    case Mod::kLastWeek:
      d = AddDays(week, -7 + wd.value);
      break;
    case Mod::kAfterNext:
      d = AddDays(NextWeekday(wd.value, false), 7);
      break;
    case Mod::kLast:
    case Mod::kBeforeLast: {
      int back = (Weekday(ref_) - wd.value + 7) % 7;
      d = AddDays(Today(), -(back == 0 ? 7 : back) - (mod == Mod::kBeforeLast ? 7 : 0));
      break;
    }
  }
  s = Day(d);
  s.past = mod == Mod::kLast || mod == Mod::kLastWeek || mod == Mod::kBeforeLast;
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
