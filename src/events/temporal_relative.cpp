// Amounts of time from now: "in 2 hours", "in half an hour", "3 days ago",
// "a week from today", "two sundays from now", "en 10 minutos", "dentro de
// una semana", "hace dos horas". The result keeps Duckling's grain: one finer
// than the unit (hours -> minutes, days -> hours, weeks/months -> days).
// A smaller unit may follow: "in 2 hours and 30 minutes". Working days
// ("in 3 business days", "en 3 días hábiles") skip weekends and give a day.
#include <algorithm>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

Grain Finer(Grain g) {
  switch (g) {
    case Grain::kSecond:
    case Grain::kMinute:
      return Grain::kSecond;
    case Grain::kHour:
      return Grain::kMinute;
    case Grain::kDay:
      return Grain::kHour;
    case Grain::kWeek:
    case Grain::kMonth:
      return Grain::kDay;
    case Grain::kQuarter:
    case Grain::kYear:
      return Grain::kMonth;
  }
  return g;
}

int64_t UnitSeconds(Grain g) {
  switch (g) {
    case Grain::kSecond:
      return 1;
    case Grain::kMinute:
      return 60;
    case Grain::kHour:
      return 3600;
    case Grain::kDay:
      return 86400;
    case Grain::kWeek:
      return 7 * 86400;
    default:
      return 0;
  }
}

}  // namespace

bool Parser::MonthInAmount(size_t& i, int month, Span& s) const {
  size_t k = i;
  Span moved;
  if (lang_ != Lang::kEn || !Is(k, "in") || !ParseRelative(k, moved) || moved.past) return false;
  const LocalTime from = DateOnly(moved.start);
  s = Span{};
  s.start = LocalTime{from.year + (month < from.month ? 1 : 0), month, 1};
  s.grain = Grain::kMonth;
  i = k;
  return true;
}

bool Parser::ParseRelative(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int dir = 0;  // +1 future, -1 past; 0 until a word says
  bool within = false;  // "within 2 hours": from now to then (Duckling's reading)
  if (!es && Is(j, "in")) {
    dir = 1;
    ++j;
    // "in about 2 hours"; chat's "in like 30 mins"
    if (Is(j, "about") || Is(j, "around") || Is(j, "approximately") || Is(j, "like")) ++j;
  } else if (!es && Is(j, "within")) {
    dir = 1;
    within = true;
    ++j;
  } else if (es && Is(j, "en")) {
    dir = 1;
    ++j;
  } else if (es && Is(j, "dentro") && Is(j + 1, "de")) {
    dir = 1;
    j += 2;
  } else if (es && Is(j, "de") && (Is(j + 1, "aqui") || Is(j + 1, "aca")) && Is(j + 2, "a")) {
    dir = 1;  // "de aquí a dos semanas", "de acá a un mes"
    j += 3;
  } else if (es && Is(j, "hace")) {
    dir = -1;
    ++j;
  }
  // "in 1h30", "hace 2h15": hours and minutes written as a clock's, an amount after "in"
  if (dir != 0 && Num(j) >= 0 && Digits(j) <= 2 && Is(j + 1, "h") && Glued(j + 1) &&
      Digits(j + 2) == 2 && Glued(j + 2) && Num(j + 2) < 60) {
    size_t end = j + 3;
    if ((Is(end, "m") || Is(end, "min")) && Glued(end)) ++end;  // "in 1h30m"
    if (!(Glued(end) && !Boundary(end))) {
      s = Span{};
      s.start = AddSeconds(ref_, dir * (Num(j) * 3600 + Num(j + 2) * 60));
      s.grain = Grain::kSecond;
      s.instant = true;
      s.past = dir < 0;
      i = end;
      return true;
    }
  }
  // quantity (in units of 1/4 to keep halves and quarters exact)
  int64_t quarters = -1;
  size_t k = j;
  // "2.5", "1.75", Spanish "1,5": the fraction of the number at n in hundredths, else -1
  auto decimal_hundredths = [&](size_t n) {
    if (Num(n) < 0 || !(IsP(n + 1, '.') || (es && IsP(n + 1, ','))) || !Glued(n + 1) ||
        !Glued(n + 2) || Digits(n + 2) < 1 || Digits(n + 2) > 2)
      return -1;
    return Digits(n + 2) == 1 ? Num(n + 2) * 10 : Num(n + 2);
  };
  // "the day after Thanksgiving", "the day before the 15th", "el día antes
  // del viernes", "el día después de Navidad": one day from a day
  const bool the_day =
      dir == 0 &&
      ((!es && Is(k, "the") && Is(k + 1, "day") && (Is(k + 2, "after") || Is(k + 2, "before"))) ||
       (es && Is(k, "el") && Is(k + 1, "dia") && (Is(k + 2, "despues") || Is(k + 2, "antes"))));
  if (the_day) {
    quarters = 4;
    ++k;
  } else if (!es && (Is(k, "a") || Is(k, "an")) && Is(k + 1, "couple")) {
    quarters = 8;
    k += 2;
    if (Is(k, "of")) ++k;
  } else if (!es && Is(k, "couple")) {
    quarters = 8;
    ++k;
    if (Is(k, "of")) ++k;
  } else if (!es && (Is(k, "a") && Is(k + 1, "few"))) {
    quarters = 12;
    k += 2;
  } else if (!es && Is(k, "few")) {
    quarters = 12;
    ++k;
  } else if (!es && Is(k, "half") && (Is(k + 1, "an") || Is(k + 1, "a"))) {
    quarters = 2;
    k += 2;
  } else if (!es && (Is(k, "a") || Is(k, "one")) && Is(k + 1, "quarter") && Is(k + 2, "of") &&
             (Is(k + 3, "an") || Is(k + 3, "a"))) {
    quarters = 1;
    k += 4;
  } else if (!es && Is(k, "three") && Is(k + (IsP(k + 1, '-') ? 2 : 1), "quarters") &&
             Is(k + (IsP(k + 1, '-') ? 3 : 2), "of")) {  // "three-quarters of", "three quarters of"
    quarters = 3;
    k += IsP(k + 1, '-') ? 4 : 3;
    if (Is(k, "an") || Is(k, "a")) ++k;
  } else if (Num(k) >= 0 && IsP(k + 1, '/') && Num(k + 2) > 0 && Digits(k) == 1 &&
             Digits(k + 2) == 1 && (Num(k + 2) == 2 || Num(k + 2) == 4)) {
    quarters = Num(k) * 4 / Num(k + 2);
    k += 3;
  } else if (const int hundredths = decimal_hundredths(k); hundredths >= 0 && hundredths % 25 == 0) {
    quarters = Num(k) * 4 + hundredths / 25;  // "2.5 hours", "1.75 hours", "1,5 horas"
    k += 3;
  } else if (Num(k) >= 0 && Digits(k) <= 4) {
    quarters = static_cast<int64_t>(Num(k)) * 4;
    ++k;
  } else if (!es && (Is(k, "a") || Is(k, "an"))) {
    quarters = 4;
    ++k;
  } else if (es && Is(k, "un") && Is(k + 1, "par") && Is(k + 2, "de")) {
    quarters = 8;
    k += 3;
  } else if (es && (Is(k, "unos") || Is(k, "unas") || Is(k, "algunos") || Is(k, "algunas")) &&
             IsWordTok(k + 1) &&
             !NumberWord(lang_, toks_[k + 1].text)) {
    quarters = 12;
    ++k;
  } else if (es && (Is(k, "media") || Is(k, "medio"))) {
    quarters = 2;
    ++k;
  } else if (es && Is(k, "hora") && Is(k + 1, "y") &&
             (Is(k + 2, "media") || Is(k + 2, "cuarto") || (Is(k + 2, "tres") && Is(k + 3, "cuartos")))) {
    quarters = 4;  // "en hora y media", "en hora y cuarto": the unit read next, then its part
  } else if (es && Is(k, "un") && Is(k + 1, "cuarto") && Is(k + 2, "de")) {
    quarters = 1;
    k += 3;
  } else if (es && (Is(k, "tres") && Is(k + 1, "cuartos") && Is(k + 2, "de"))) {
    quarters = 3;
    k += 3;
  } else {
    int v;
    if (SmallNumber(k, v, 99)) quarters = v * 4;
    if (es && (Is(k, "mas") || Is(k, "más"))) ++k;
  }
  if (quarters < 0) return false;
  if (!es && Is(k, "more")) ++k;  // "in 2 more minutes"
  if (!es && Is(k, "and") && (Is(k + 1, "a") || Is(k + 1, "an")) && Is(k + 2, "half")) {
    quarters += 2;  // "2 and an half hours"
    k += 3;
  }
  // unit; "3 business days", "two working days", "5 workdays", "3 días hábiles": days
  // from Monday to Friday
  Unit u;
  int weekday = -1;
  bool tick = false, business = false;
  if (!es && (Is(k, "business") || Is(k, "working") || Is(k, "work")) &&
      (Is(k + 1, "days") || Is(k + 1, "day"))) {
    business = true;
    ++k;
  } else if (!es && (Is(k, "workdays") || Is(k, "workday"))) {
    business = true;
    u = Unit{Grain::kDay, 1};
  }
  if (business && u.count > 0) {
    // "workdays": the unit is the word itself
  } else if (IsWordTok(k)) {
    u = UnitWord(lang_, toks_[k].text);
    if (u.count == 0) {
      Word wd = WeekdayWord(lang_, toks_[k].text);
      if (wd && !wd.weak) weekday = wd.value;
    }
  } else if (IsP(k, '\'') || IsP(k, '"')) {  // in 15' / in 1"
    u = Unit{IsP(k, '\'') ? Grain::kMinute : Grain::kSecond, 1};
    tick = true;
  }
  if (u.count == 0 && weekday < 0) return false;
  if (tick && dir != 1) return false;
  ++k;
  if (es && weekday < 0 && u.grain == Grain::kDay && u.count == 1 &&
      (Is(k, "habiles") || Is(k, "habil") || Is(k, "laborables") || Is(k, "laborable") ||
       Is(k, "laborales"))) {
    business = true;
    ++k;
  }
  if (business && (u.grain != Grain::kDay || u.count != 1)) return false;
  // a part of one more unit: "2 and a half hours", "an hour and a quarter", "two hours and
  // three quarters"; "hora y media", "una hora y cuarto", "dos horas y tres cuartos", "un
  // año y medio"
  if (Is(k, es ? "y" : "and")) {
    const size_t m = k + 1 + (!es && (Is(k + 1, "a") || Is(k + 1, "an") || Is(k + 1, "one")));
    const bool one = m > k + 1;  // English "a", "an", "one" before a half or a quarter
    if (es ? Is(m, "media") || Is(m, "medio") : one && Is(m, "half")) {
      quarters += 2;
      k = m + 1;
    } else if (es ? Is(m, "cuarto") : one && Is(m, "quarter")) {
      quarters += 1;
      k = m + 1;
    } else if (Is(m, es ? "tres" : "three") && Is(m + 1, es ? "cuartos" : "quarters")) {
      quarters += 3;
      k = m + 2;
    }
  }
  // "2 hours and 30 minutes", "1 hour 30 minutes", "una hora y 20 minutos": a smaller unit added
  int64_t extra_secs = 0;
  Grain extra_grain = Grain::kSecond;
  if (weekday < 0 && !business && UnitSeconds(u.grain) > 0) {
    size_t m = k;
    if ((!es && Is(m, "and")) || (es && Is(m, "y")) || IsP(m, ',')) ++m;
    size_t n = m;
    int v = 0;
    if (SmallNumber(n, v, 999) && IsWordTok(n)) {
      Unit u2 = UnitWord(lang_, toks_[n].text);
      if (u2.count > 0 && UnitSeconds(u2.grain) > 0 && UnitSeconds(u2.grain) < UnitSeconds(u.grain)) {
        extra_secs = static_cast<int64_t>(v) * u2.count * UnitSeconds(u2.grain);
        extra_grain = u2.grain;
        k = n + 1;
      }
    }
  }
  if (!es && u.count == 0 && Is(j, "and")) return false;
  // "2 and an half hours": the half comes before the unit
  // direction words after the amount
  bool from_today = false, from_now_precise = false;
  if (dir == 0) {
    if (!es && (Is(k, "ago") || Is(k, "back") || (Is(k, "before") && Is(k + 1, "now")))) {
      dir = -1;
      k += Is(k, "before") ? 2 : 1;
    } else if (!es && (Is(k, "hence") || Is(k, "later"))) {
      dir = 1;
      ++k;
    } else if (!es && Is(k, "from")) {
      if (Is(k + 1, "now")) {
        dir = 1;
        k += 2;
      } else if (Is(k + 1, "right") && Is(k + 2, "now")) {
        dir = 1;
        from_now_precise = true;
        k += 3;
      } else if (RelativeDayTok(k + 1) == 0) {  // "from today"
        dir = 1;
        from_today = true;
        k += 2;
      }
    } else if (es && (Is(k, "despues") || (Is(k, "mas") && Is(k + 1, "tarde"))) &&
               !Is(k + 1, "de") && !Is(k + 1, "del")) {
      // "dos días después", "tres días más tarde"; a bare "2 días más" is an amount
      // ("necesito 2 días más"), "en 2 días más" already has its "en"
      dir = 1;
      k += Is(k, "mas") ? 2 : 1;
    }
  }
  // "a week from tomorrow", "three days after Easter", "dos días después del lunes",
  // "una semana antes de Navidad": the amount counted from a day
  // "una semana a partir de mañana", "en dos semanas a partir del lunes" count from that day
  const bool a_partir =
      es && Is(k, "a") && Is(k + 1, "partir") && (Is(k + 2, "de") || Is(k + 2, "del"));
  if ((dir == 0 || (a_partir && dir > 0)) && weekday < 0 && u.grain >= Grain::kDay) {
    size_t m = k;
    int sign = 0;
    if (a_partir) {
      sign = 1;
      m += Is(k + 2, "de") ? 2 : 1;  // "del lunes" keeps its article for the date rules
    }
    // "for 10 days from 18th Dec", "for two weeks starting Monday": the days
    // from that day to the one the amount reaches (Duckling's reading)
    const bool stay = !es && i > 0 && Is(i - 1, "for") &&
                      (Is(m, "from") || Is(m, "starting") || Is(m, "beginning"));
    if (stay || (!es && (Is(m, "from") || Is(m, "after")))) sign = 1;
    if (!es && Is(m, "before")) sign = -1;
    if (es && (Is(m, "despues") || Is(m, "antes")) && (Is(m + 1, "de") || Is(m + 1, "del"))) {
      sign = Is(m, "despues") ? 1 : -1;
      if (Is(m + 1, "de")) ++m;  // "del lunes" keeps its article for the date rules
    }
    Span anchor;
    size_t a = m + 1;
    if (sign != 0 && ParseDate(a, anchor) && !anchor.instant && anchor.grain == Grain::kDay &&
        !(business && (stay || quarters % 4 != 0))) {
      int64_t amount4 = quarters * u.count * sign;
      LocalTime t =
          business                 ? AddWeekdays(anchor.start, amount4 / 4)
          : u.grain == Grain::kDay ? AddDays(anchor.start, amount4 / 4)
          : u.grain == Grain::kWeek
              ? AddDays(anchor.start, amount4 * 7 / 4)
              : AddMonths(anchor.start, static_cast<int>(amount4 / 4 *
                                                         (u.grain == Grain::kYear      ? 12
                                                          : u.grain == Grain::kQuarter ? 3
                                                                                       : 1)));
      s = Day(stay ? anchor.start : t);
      if (stay) s.end = t;
      i = a;
      return true;
    }
  }
  if (dir == 0) return false;
  if (Is(j - 1, "a") && Is(j - 1, "in")) return false;
  if (business) {  // counted from today, skipping Saturdays and Sundays: a day
    if (quarters % 4 != 0 || quarters == 0) return false;
    s = Day(AddWeekdays(Today(), dir * quarters / 4));
    s.past = dir < 0;
    i = k;
    return true;
  }
  if (weekday >= 0) {  // "two sundays from now", "2 thursdays ago"
    int n = static_cast<int>(quarters / 4);
    if (n < 1 || quarters % 4) return false;
    LocalTime d = NextWeekday(weekday, false);
    if (dir < 0) {
      int back = (Weekday(ref_) - weekday + 7) % 7;
      d = AddDays(Today(), -(back == 0 ? 7 : back));
    }
    s = Day(AddDays(d, static_cast<int64_t>(dir) * 7 * (n - 1)));
    s.past = dir < 0;
    i = k;
    return true;
  }
  Grain g = u.grain;
  int64_t amount4 = quarters * u.count;  // in quarters of the unit
  LocalTime base = from_today ? Today() : ref_;
  LocalTime t;
  Grain out_grain = Finer(g);
  if (UnitSeconds(g) > 0) {
    int64_t secs = amount4 * UnitSeconds(g) / 4;
    if (amount4 % 4 != 0) out_grain = Grain::kSecond;
    t = AddSeconds(base, dir * secs);
    if (g == Grain::kWeek) t = AddDays(base, dir * amount4 * 7 / 4);
    if (extra_secs > 0) {
      t = AddSeconds(t, dir * extra_secs);
      out_grain = std::min(out_grain, Finer(extra_grain));
    }
  } else {
    int months = static_cast<int>(amount4 *
                                  (g == Grain::kYear      ? 12
                                   : g == Grain::kQuarter ? 3
                                                          : 1) /
                                  4);
    t = AddMonths(base, dir * months);
  }
  if (from_today) out_grain = Grain::kDay;
  if (from_now_precise) out_grain = Grain::kSecond;
  s.start = Truncate(t, out_grain);
  s.grain = out_grain;
  s.instant = out_grain < Grain::kDay;
  s.past = dir < 0;
  if (within) {  // the window from now to that moment
    s.end = s.start;
    s.start = ref_;
    s.grain = Grain::kSecond;
    s.instant = true;
  }
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
