// Shared pieces of time-of-day parsing: numbers in words, am/pm and the other
// suffixes, and "from 2 to 4pm" ranges (parts of the day: temporal_pod.cpp).
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::SmallNumber(size_t& i, int& v, int max) const {
  if (int n = Num(i); n >= 0) {
    if (Digits(i) > 2 || n > max) return false;
    v = n;
    ++i;
    return true;
  }
  if (!IsWordTok(i)) return false;
  Word w = NumberWord(lang_, toks_[i].text);
  if (!w) return false;
  size_t j = i + 1;
  int value = w.value;
  if (value >= 20 && value % 10 == 0) {  // "twenty-three", "twenty three", "cuarenta y cinco"
    size_t k = j;
    if (lang_ == Lang::kEn && IsP(k, '-')) ++k;
    if (lang_ == Lang::kEs && Is(k, "y")) ++k;
    if (IsWordTok(k)) {
      Word unit = NumberWord(lang_, toks_[k].text);
      if (unit && unit.value >= 1 && unit.value <= 9) {
        value += unit.value;
        j = k + 1;
      }
    }
  }
  if (value > max) return false;
  v = value;
  i = j;
  return true;
}

bool Parser::LoneDottedTime(size_t from, size_t to) const {
  // after the end of a sentence, not a label ("Total: 18.30") nor a currency
  return (from == 0 || IsP(from - 1, '.') || IsP(from - 1, '!') || IsP(from - 1, '?') ||
          IsP(from - 1, '(')) &&
         (AtEnd(to) || (Boundary(to) && !IsP(to, '%')));
}

bool Parser::ClockSuffix(size_t& i, Clock& c) const {
  bool any = false;
  for (;;) {
    size_t j = i;
    // am / pm: "pm", "p.m.", "p. m.", "a m", and glued "7a" / "3:15p"
    std::string_view w = IsWordTok(j) ? std::string_view(toks_[j].text) : std::string_view();
    int meridiem = -1;  // 0 am, 1 pm
    if (w == "am" || w == "pm") {
      meridiem = w == "pm";
      ++j;
      if (IsP(j, '.') && j + 1 <= toks_.size()) ++j;
    } else if ((w == "a" || w == "p") && (IsP(j + 1, '.') || Is(j + 1, "m"))) {
      meridiem = w == "p";
      ++j;
      if (IsP(j, '.')) ++j;
      if (Is(j, "m")) {
        ++j;
        if (IsP(j, '.')) ++j;
      }
    } else if ((w == "a" || w == "p") && Glued(j) &&
               (Boundary(j + 1) || !IsWordTok(j + 1) || Is(j + 1, "to") || Is(j + 1, "till") ||
                Is(j + 1, "until") || Is(j + 1, "and") || Is(j + 1, "or") || Is(j + 1, "on") ||
                (lang_ == Lang::kEn && RelativeDayTok(j + 1).value_or(-1) >= 0) ||
                Is(j + 1, "tonight") ||
                // "3:15p works": with its minutes a clock (a bare "3p for it" is pence)
                (c.grain <= Grain::kMinute && DateFollower(j + 1)))) {  // "9a to 11a"
      meridiem = w == "p";
      ++j;
      if (IsP(j, '.')) ++j;
    } else if (lang_ == Lang::kEn && w == "in" && Is(j + 1, "the") &&
               (Is(j + 2, "am") || Is(j + 2, "pm"))) {
      meridiem = Is(j + 2, "pm");
      j += 3;
    }
    if (meridiem >= 0) {
      // "07:00 PM" has a leading zero but is still a 12-hour clock
      if (c.hour < 0 || c.hour > 12) return any;
      if (meridiem == 1 && c.hour < 12) c.hour += 12;
      if (meridiem == 0 && c.hour == 12) c.hour = 0;
      c.ambiguous = false;
      c.anchored = true;
      i = j;
      any = true;
      continue;
    }
    // o'clock
    if (lang_ == Lang::kEn &&
        (w == "oclock" ||
         (w == "o" && (IsP(j + 1, '\'') || IsP(j + 1, '"')) && Is(j + 2, "clock")) ||
         (w == "o" && Is(j + 1, "clock")))) {
      i = j + (w == "oclock" ? 1 : (Is(j + 1, "clock") ? 2 : 3));
      c.anchored = true;
      any = true;
      continue;
    }
    // "7ish", "3-ish", "3pm approximately", "a las 5 en punto"
    if (w == "ish" || (IsP(j, '-') && Is(j + 1, "ish"))) {
      i = j + (w == "ish" ? 1 : 2);
      c.anchored = true;
      any = true;
      continue;
    }
    if (w == "approximately" || w == "sharp" || w == "aprox" || w == "aproximadamente") {
      i = j + 1;
      any = true;
      continue;
    }
    if (lang_ == Lang::kEs && w == "en" && Is(j + 1, "punto")) {
      i = j + 2;
      c.anchored = true;
      any = true;
      continue;
    }
    // "23:45:00.487": a fraction of a second
    if (c.grain == Grain::kSecond && IsP(j, '.') && Glued(j) && Num(j + 1) >= 0 && Glued(j + 1)) {
      i = j + 2;
      any = true;
      continue;
    }
    // ISO 8601 offsets glued to the time: "14:30+01:00", "23:45:00-0500" (a
    // minus only after seconds: "10:00-11:00" is a range)
    if (!c.zone && c.grain != Grain::kHour && Glued(j) &&
        (IsP(j, '+') || (IsP(j, '-') && c.grain == Grain::kSecond))) {
      size_t k = j;
      if (auto off = NumericOffset(k)) {
        c.zone = *off;
        i = k;
        any = true;
        continue;
      }
    }
    if (!w.empty() && !c.zone) {
      if (auto z = ZoneOffset(w)) {
        c.zone = *z;
        i = j + 1;
        // "UTC+2", "GMT-05:00"
        size_t k = i;
        if ((w == "utc" || w == "gmt") && Glued(k) && (IsP(k, '+') || IsP(k, '-')))
          if (auto off = NumericOffset(k)) {
            c.zone = *off;
            i = k;
          }
        any = true;
        continue;
      }
    }
    if (!c.zone && ZoneWords(j, c)) {
      i = j;
      any = true;
      continue;
    }
    return any;
  }
}

// "from 2 to 4pm", "3-4pm", "9:30 - 11:00", "de 2 a 4", "entre las 3 y las 5";
// after a date also "9 to 5", "9-5", "9 a 5"; two bounds said apart, "after
// 3:30pm but before 6pm", "later than 2 and before 5", "después de las 3 y
// antes de las 6" (the end is the named bound, as for "from 2 to 6").
bool Parser::ClockRange(size_t& i, Clock& a, Clock& b, bool after_date) const {
  size_t j = i;
  bool opener = false, between = false, bounds = false;
  if (lang_ == Lang::kEn && Is(j, "in") && Is(j + 1, "between")) ++j;  // "in between 1-2:30"
  if (lang_ == Lang::kEn && (Is(j, "after") || (Is(j, "later") && Is(j + 1, "than")))) {
    bounds = opener = true;
    j += Is(j, "after") ? 1 : 2;
  } else if (lang_ == Lang::kEs && Is(j, "despues") && Is(j + 1, "de")) {
    bounds = opener = true;
    ++j;  // "de las 3" is ClockEs's
  } else if (lang_ == Lang::kEs && Is(j, "a") && Is(j + 1, "partir") && Is(j + 2, "de")) {
    bounds = opener = true;
    j += 2;
  } else if (lang_ == Lang::kEn && (Is(j, "from") || Is(j, "between"))) {
    between = Is(j, "between");
    opener = true;
    ++j;
  } else if (lang_ == Lang::kEs && (Is(j, "de") || Is(j, "desde") || Is(j, "entre"))) {
    between = Is(j, "entre");
    opener = true;
    ++j;
  }
  Clock x;
  const size_t x_at = j;
  if (!ParseClock(j, x, opener)) return false;
  // "entre 5 y 6": the "y" separates the two hours, it adds no minutes
  if (between && lang_ == Lang::kEs && Num(x_at) >= 0 && Is(x_at + 1, "y") && j > x_at + 1 &&
      x.grain == Grain::kMinute) {
    x = Clock{};
    x.hour = Num(x_at);
    x.ambiguous = x.hour >= 1 && x.hour <= 12;
    j = x_at + 1;
    if (x.hour > 24) return false;
  }
  // "from 10 till noon", "from 10 to 6": after "from" the "to" separates two
  // hours; it does not count minutes before the next one ("10 till noon" alone
  // is 11:50)
  const int x_number = NumberAt(x_at);
  if (opener && !between && !bounds && lang_ == Lang::kEn && x_number >= 0 && x_number <= 24 &&
      j > x_at + 2 && (Is(x_at + 1, "to") || Is(x_at + 1, "till") || Is(x_at + 1, "til")) &&
      !RangeSep(j)) {  // "from twenty to 6 until 7" keeps 17:40
    x = Clock{};
    x.hour = x_number;
    x.ambiguous = x.hour >= 1 && x.hour <= 12;
    j = x_at + 1;
  }
  // a part of the day after the start: "de 9 de la mañana a 1 de la tarde", "from 8 in the
  // evening to 10 at night" (the one after the end is ParseExpr's)
  if (opener && x.ambiguous) {
    size_t m = j;
    Pod p;
    bool today;
    if (ParsePod(m, p, today) && p != Pod::kLunch && p != Pod::kAfterLunch &&
        p != Pod::kAfterWork && p != Pod::kAfterSchool && p != Pod::kDayEnd &&
        (RangeSep(m) || Is(m, lang_ == Lang::kEn ? "and" : "y"))) {
      x.hour = HourInPod(x.hour, p);
      x.ambiguous = false;
      x.anchored = true;
      j = m;
    }
  }
  bool sep = false;
  const size_t sep_at = j;
  if (bounds) {
    // ", but before", "and earlier than", "y antes de", "pero antes de"
    size_t k = j;
    if (IsP(k, ',')) ++k;
    if (Is(k, "but") || Is(k, "and") || Is(k, "y") || Is(k, "pero")) ++k;
    if (lang_ == Lang::kEn && Is(k, "before")) {
      j = k + 1;
    } else if (lang_ == Lang::kEn && Is(k, "earlier") && Is(k + 1, "than")) {
      j = k + 2;
    } else if (lang_ == Lang::kEs && Is(k, "antes") && Is(k + 1, "de")) {
      j = k + 1;  // "de las 6"
    } else {
      return false;
    }
    sep = true;
  } else if (RangeSep(j)) {
    sep = true;
    ++j;
  } else if (between && (Is(j, "and") || Is(j, "y"))) {
    sep = true;
    ++j;
  }
  if (!sep) return false;
  Clock y;
  if (!ParseClock(j, y, opener || x.anchored)) return false;
  // "10:00 to 01/01/2023 07:00": the end is the start of a date, not an hour
  if ((IsP(j, '/') || IsP(j, '-') || IsP(j, '.')) && Glued(j) && Num(j + 1) >= 0 && Glued(j + 1))
    return false;
  // two bare hours after a date, and nothing after them but punctuation or
  // the end: "next Friday, 9 to 5", "el viernes, 9 a 5"
  // (not a score: "great game today, 3-2!!", as below)
  const bool bare_after_date = after_date && !opener && !x.anchored && !y.anchored &&
                               x.grain == Grain::kHour && y.grain == Grain::kHour &&
                               x.hour != y.hour && !(x.hour > y.hour && x.hour < 7) &&
                               (Boundary(j) || !IsWordTok(j));
  // two bare hours before a part of the day: "10 - 11 at night", "7-9 in the evening"
  const bool bare_before_pod = [&] {
    if (opener || x.anchored || y.anchored || !IsP(sep_at, '-') || x.grain != Grain::kHour ||
        y.grain != Grain::kHour)
      return false;
    size_t m = j;
    Pod p;
    bool today;
    return ParsePod(m, p, today) && p != Pod::kLunch && p != Pod::kAfterLunch &&
           p != Pod::kAfterWork && p != Pod::kAfterSchool;
  }();
  // two bare hours in digits before a day: "9 to 5 on monday", "2-4 tomorrow", "9 a 5 el
  // lunes" ("ten to twelve on friday" in words stays 11:50); one that runs past noon starts
  // in the morning ("9 to 5", "10 to 2"), not a score ("won 3 to 1 on sunday")
  const bool bare_before_date = [&] {
    if (opener || x.anchored || y.anchored || x.grain != Grain::kHour ||
        y.grain != Grain::kHour || x.hour == y.hour || Digits(x_at) == 0 ||
        Digits(sep_at + 1) == 0 || y.hour == 0 || (x.hour > y.hour && x.hour < 7))
      return false;
    size_t m = j + (Is(j, "on") ? 1 : 0);
    Span d;
    return ParseDate(m, d) && d.grain == Grain::kDay && !d.end && !d.instant;
  }();
  if (!bare_after_date && !bare_before_pod && !bare_before_date) {
    if (!opener && !x.anchored && !y.anchored) return false;
    if (!opener && !x.anchored && !IsP(sep_at, '-')) return false;  // "el 15 a las 10" is no range
  }
  if (!x.anchored && !y.anchored && !Boundary(j) && !IsWordTok(j)) return false;
  // "after 2 and before 5 people": two bare numbers are bounds of hours only with nothing
  // after them, or a day or a part of the day
  if (bounds && !x.anchored && !y.anchored && !Boundary(j)) {
    size_t m = j;
    Span d;
    Pod p;
    bool today;
    if (!(Is(m, "on") || Is(m, "el") || ParseDate(m, d) || ParsePod(m = j, p, today))) return false;
  }
  // "2 to 4pm": the start takes the end's half of the day when it fits; "9-11am",
  // "12-3am", "10:00 until 21:45": a start before its end stays in the morning.
  if (x.ambiguous && !y.ambiguous && y.hour >= 12 && x.hour + 12 <= y.hour) {
    x.hour += 12;
    x.ambiguous = false;
  } else if (x.ambiguous && !y.ambiguous && (x.hour % 12) < y.hour) {
    if (!(x.hour == 12 && y.hour >= 12)) x.hour %= 12;  // "12-3pm" starts at noon, "12-3am" at midnight
    x.ambiguous = false;
  } else if (x.ambiguous && y.ambiguous && x.hour > y.hour && x.hour < 12) {
    y.hour += 12;  // "de 11 a 2": 11:00 to 14:00
  }
  if (!x.zone) {
    x.zone = y.zone;
    x.zone_id = y.zone_id;
  }
  a = x;
  b = y;
  i = j;
  return true;
}

// "+01:00", "-0500", "+1" at i (the sign): minutes east of UTC, moving i past it.
std::optional<int> Parser::NumericOffset(size_t& i) const {
  if (!(IsP(i, '+') || IsP(i, '-')) || Num(i + 1) < 0 || !Glued(i + 1)) return std::nullopt;
  const int sign = IsP(i, '+') ? 1 : -1;
  const int v = Num(i + 1), d = Digits(i + 1);
  int h = v, m = 0;
  size_t k = i + 2;
  if (d == 4) {
    h = v / 100;
    m = v % 100;
  } else if (d > 2) {
    return std::nullopt;
  } else if (IsP(k, ':') && Glued(k) && Digits(k + 1) == 2 && Glued(k + 1)) {
    m = Num(k + 1);
    k += 2;
  }
  if (h > 14 || m > 59) return std::nullopt;
  if (IsP(k, ':') && Glued(k)) return std::nullopt;  // "-11:00:00" is a time (a range's end)
  i = k;
  return sign * (h * 60 + m);
}

bool Parser::ParseClock(size_t& i, Clock& c, bool allow_bare) const {
  return lang_ == Lang::kEn ? ClockEn(i, c, allow_bare) : ClockEs(i, c, allow_bare);
}

}  // namespace chatbeto::events::detail
