// The words for days relative to today: "today", "tomorrow", "the day after
// tomorrow", "now"; "hoy", "mañana", "pasado mañana", "anteayer", "ahora".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

Span Instant(const LocalTime& t) {
  Span s;
  s.start = t;
  s.grain = Grain::kSecond;
  s.instant = true;
  return s;
}

}  // namespace

bool Parser::DateEn(size_t& i, Span& s) const {
  size_t j = i;
  if (Is(j, "right") && Is(j + 1, "now")) {
    s = Instant(ref_);
    i = j + 2;
    return true;
  }
  if ((Is(j, "just") && Is(j + 1, "now"))) {
    s = Instant(ref_);
    i = j + 2;
    return true;
  }
  if (Is(j, "now")) {
    s = Instant(ref_);
    i = j + 1;
    return true;
  }
  if (Is(j, "at") && Is(j + 1, "this") && Is(j + 2, "time")) {
    s = Day(Today());
    i = j + 3;
    return true;
  }
  if (Is(j, "later") && Is(j + 1, "today")) {
    s = Day(Today());
    i = j + 2;
    return true;
  }
  if (Is(j, "today") || Is(j, "tday")) {
    s = Day(Today());
    i = j + 1;
    return true;
  }
  // "2moro", "2morrow": chat spelling
  if (Num(j) == 2 && Digits(j) == 1 && (Is(j + 1, "moro") || Is(j + 1, "morrow") ||
                                        Is(j + 1, "mrw") || Is(j + 1, "mro")) && Glued(j + 1)) {
    s = Day(AddDays(Today(), 1));
    i = j + 2;
    return true;
  }
  if (Is(j, "tomorrow") || Is(j, "tmrw") || Is(j, "tmr") || Is(j, "tomorow") || Is(j, "tommorow") ||
      Is(j, "tommorrow") || Is(j, "tmrrw") || Is(j, "tomoz")) {
    s = Day(AddDays(Today(), 1));
    i = j + 1;
    return true;
  }
  if (Is(j, "yesterday")) {
    s = Day(AddDays(Today(), -1));
    s.past = true;
    i = j + 1;
    return true;
  }
  size_t k = j;
  if (Is(k, "the")) ++k;
  if (Is(k, "day") && (Is(k + 1, "after") || Is(k + 1, "before"))) {
    bool after = Is(k + 1, "after");
    if (after && Is(k + 2, "tomorrow")) {
      s = Day(AddDays(Today(), 2));
      i = k + 3;
      return true;
    }
    if (!after && Is(k + 2, "yesterday")) {
      s = Day(AddDays(Today(), -2));
      s.past = true;
      i = k + 3;
      return true;
    }
  }
  // "until 2014", "through 2014", "since 2010", "before 2020": a year after a word of time
  if (Is(j, "until") || Is(j, "till") || Is(j, "through") || Is(j, "thru") || Is(j, "since") ||
      Is(j, "before") || Is(j, "after") || Is(j, "by")) {
    size_t y = j + 1;
    int year;
    if (Digits(y) == 4 && YearNumber(y, year, false) &&
        (!IsWordTok(y) || TemporalWord(y) || DateFollower(y))) {
      s.start = LocalTime{year, 1, 1};
      s.grain = Grain::kYear;
      s.past = year < ref_.year;
      i = y;
      return true;
    }
  }
  // "in 2014", "in 2014 A.D."
  if (Is(j, "in") || Is(j, "during") || Is(j, "of")) {
    size_t y = j + 1;
    int year;
    if (Digits(y) == 4 || (Digits(y) <= 4 && Num(y) > 0)) {
      if (YearNumber(y, year, Digits(j + 1) != 4) && (Boundary(y) || !IsWordTok(y) || true)) {
        if (Digits(j + 1) == 4 || y > j + 2) {
          s.start = LocalTime{year, 1, 1};
          s.grain = Grain::kYear;
          i = y;
          return true;
        }
      }
    }
  }
  return false;
}

bool Parser::DateEs(size_t& i, Span& s) const {
  size_t j = i;
  if (Is(j, "ahora") || Is(j, "ahorita")) {
    s = Instant(ref_);
    i = j + 1 + (Is(j + 1, "mismo") ? 1 : 0);
    return true;
  }
  if (Is(j, "ya") && i == 0 && Boundary(j + 1)) {  // only when the whole message is "ya"
    s = Instant(ref_);
    i = j + 1;
    return true;
  }
  if (Is(j, "en") && Is(j + 1, "este") && Is(j + 2, "momento")) {
    s = Day(Today());
    i = j + 3;
    return true;
  }
  if (Is(j, "hoy")) {
    s = Day(Today());
    i = j + 1 + (Is(j + 1, "mismo") ? 1 : 0);
    return true;
  }
  if (Is(j, "pasado") && Is(j + 1, "manana")) {
    s = Day(AddDays(Today(), 2));
    i = j + 2;
    return true;
  }
  if (Is(j, "manana")) {
    // "la mañana", "esta mañana", "por la mañana" name the morning, not tomorrow
    if (j > 0 && (Is(j - 1, "la") || Is(j - 1, "esta") || Is(j - 1, "cada") || Is(j - 1, "una") ||
                  Is(j - 1, "buena") || Is(j - 1, "media") || Is(j - 1, "toda") ||
                  Is(j - 1, "de") || Is(j - 1, "el") || Is(j - 1, "las") || Is(j - 1, "esa")))
      return false;
    s = Day(AddDays(Today(), 1));
    i = j + 1;
    return true;
  }
  if (Is(j, "ayer")) {
    s = Day(AddDays(Today(), -1));
    s.past = true;
    i = j + 1;
    return true;
  }
  if (Is(j, "anteayer") || Is(j, "antier") ||
      (Is(j, "antes") && Is(j + 1, "de") && Is(j + 2, "ayer"))) {
    s = Day(AddDays(Today(), -2));
    s.past = true;
    i = j + (Is(j, "antes") ? 3 : 1);
    return true;
  }
  // "hasta 2014", "desde 2010", "antes de 2020", "después de 2030", "para 2030"
  {
    size_t y = j;
    if ((Is(y, "antes") || Is(y, "despues")) && Is(y + 1, "de")) ++y;
    if (Is(y, "hasta") || Is(y, "desde") || Is(y, "para") || (y > j && Is(y, "de"))) {
      ++y;
      if (Is(y, "el")) ++y;
      int year;
      if (Digits(y) == 4 && YearNumber(y, year, false) &&
          (!IsWordTok(y) || TemporalWord(y) || DateFollower(y))) {
        s.start = LocalTime{year, 1, 1};
        s.grain = Grain::kYear;
        s.past = year < ref_.year;
        i = y;
        return true;
      }
    }
  }
  // "en 2014", "del 2013"
  if (Is(j, "en") || Is(j, "del") || Is(j, "el") || Is(j, "ano")) {
    size_t y = j + 1;
    int year;
    if (Digits(y) == 4 && YearNumber(y, year, false)) {
      s.start = LocalTime{year, 1, 1};
      s.grain = Grain::kYear;
      i = y;
      return true;
    }
  }
  return false;
}

}  // namespace chatbeto::events::detail
