// Combining components into one expression ("el viernes" + "a las 10" + "de
// la mañana") and resolving it forward against the reference time.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

Parser::Parser(const std::vector<Token>& tokens, std::string_view text, Lang lang,
               const LocalTime& ref, const TemporalOptions& opts)
    : toks_(tokens), text_(text), lang_(lang), ref_(ref), opts_(opts) {}

int Parser::Digits(size_t i) const {
  return i < toks_.size() && toks_[i].kind == Token::kNumber
             ? static_cast<int>(toks_[i].text.size())
             : 0;
}
bool Parser::Glued(size_t i) const { return i < toks_.size() && toks_[i].glued; }
bool Parser::IsWordTok(size_t i) const { return i < toks_.size() && toks_[i].kind == Token::kWord; }
bool Parser::Boundary(size_t i) const {
  if (i >= toks_.size()) return true;
  char c = toks_[i].punct();
  return toks_[i].kind == Token::kPunct && c != '-' && c != '/' && c != ':' && c != '@';
}

LocalTime Parser::Today() const { return DateOnly(ref_); }

Span Parser::Day(const LocalTime& d) const {
  Span s;
  s.start = DateOnly(d);
  s.grain = Grain::kDay;
  s.past = ToSeconds(s.start) < ToSeconds(Today());
  return s;
}

LocalTime Parser::NextWeekday(int wd, bool include_today) const {
  int ahead = (wd - Weekday(ref_) + 7) % 7;
  if (ahead == 0 && !include_today) ahead = 7;
  return AddDays(Today(), ahead);
}

std::optional<LocalTime> Parser::ForwardMonthDay(int month, int day) const {
  for (int y = ref_.year; y <= ref_.year + 1; ++y) {  // "29 February" of a year without one: none
    if (!ValidDate(y, month, day)) continue;
    LocalTime t{y, month, day};
    if (ToSeconds(t) >= ToSeconds(Today())) return t;
  }
  return std::nullopt;
}

std::optional<LocalTime> Parser::ForwardDay(int day) const {
  LocalTime mo = Truncate(ref_, Grain::kMonth);
  for (int n = 0; n < 13; ++n, mo = AddMonths(mo, 1)) {
    if (!ValidDate(mo.year, mo.month, day)) continue;
    LocalTime t{mo.year, mo.month, day};
    if (ToSeconds(t) >= ToSeconds(Today())) return t;
  }
  return std::nullopt;
}

bool Parser::ParseExpr(size_t& i, Expr& e) const {
  size_t j = i;
  int comps = 0;
  size_t before_clock = i;
  bool clock_last = false, pod_last = false;
  const bool es = lang_ == Lang::kEs;
  for (int round = 0; round < 5; ++round) {
    size_t k = j;
    // "last night", "anoche": yesterday's night
    if (!e.date && e.pod == Pod::kNone &&
        ((!es && Is(k, "last") && (Is(k + 1, "night") || Is(k + 1, "nite"))) ||
         (es && Is(k, "anoche")))) {
      e.date = Day(AddDays(Today(), -1));
      e.date->past = true;
      e.pod = Pod::kNight;
      j = k + (es ? 1 : 2);
      ++comps;
      pod_last = true;
      continue;
    }
    // "the morning of the 15th", "morning of xmas", "la noche del viernes", "la mañana de Navidad"
    if (pod_last && !e.date && ((!es && Is(k, "of")) || (es && (Is(k, "de") || Is(k, "del"))))) {
      size_t m = k + 1;
      Span t;
      if (ParseDate(m, t)) {
        e.date = t;
        j = m;
        ++comps;
        pod_last = false;
        continue;
      }
    }
    // "Friday, 3pm"; but not after a bare number ("we're 3, Saturday")
    if (comps > 0 && IsP(k, ',') && !(clock_last && e.clock && !e.clock->anchored)) ++k;
    // "next week on Thursday", "la semana que viene el jueves": that weekday of the
    // week (not across a comma: "busy next week, thursday works")
    if (k == j && e.date && e.date->grain == Grain::kWeek && !e.date->end && !e.clock &&
        e.pod == Pod::kNone) {
      size_t m = k;
      Span wd;
      if (WeekdayDate(m, wd) && wd.grain == Grain::kDay && !wd.end) {
        const bool past = e.date->past;
        e.date = Day(AddDays(e.date->start, Weekday(wd.start)));
        e.date->past = past;
        j = m;
        ++comps;
        continue;
      }
    }
    // "Friday EOD", "tomorrow by close of business": the end of that day
    if (e.date && e.date->grain == Grain::kDay && !e.date->end && !e.date->instant &&
        !e.date->end_of && !e.clock && e.pod == Pod::kNone) {
      size_t m = k + (Is(k, "by") ? 1 : 0);
      if (EndOfDayWords(m)) {
        e.date->end_of = true;
        j = m;
        ++comps;
        continue;
      }
    }
    enum { kNone, kDate, kClock, kRange, kPod } kind = kNone;
    size_t best = k;
    Span ds;
    Clock c1, c2;
    Pod pod = Pod::kNone;
    bool today = false;
    if (!e.date) {
      size_t m = k;
      Span t;
      // an instant ("now", "in 2 hours") never takes a clock said before it ("at 8:30 now")
      if (ParseDate(m, t) && m > best && !(t.instant && e.clock)) {
        best = m;
        kind = kDate;
        ds = t;
      }
      m = k;
      if (ParseRelative(m, t) && m > best && !(t.instant && e.clock)) {
        best = m;
        kind = kDate;
        ds = t;
      }
    }
    if (!e.clock) {
      size_t m = k;
      Clock a, b;
      if (ClockRange(m, a, b, e.date.has_value()) && m > best) {
        best = m;
        kind = kRange;
        c1 = a;
        c2 = b;
      }
      m = k;
      if (ParseClock(m, a, false) && m > best) {
        best = m;
        kind = kClock;
        c1 = a;
      }
    }
    int part = 0;
    if (e.pod == Pod::kNone) {
      size_t m = k;
      Pod p;
      bool t;
      int pp = 0;
      PodPart(m, pp);
      if (ParsePod(m, p, t) && m > best) {
        best = m;
        kind = kPod;
        pod = p;
        today = t;
        part = pp;
        if (part == 1 && pod == Pod::kMorning) pod = Pod::kEarly, part = 0;
      } else {
        // First thing in the morning: "mañana a primera hora", "early tomorrow",
        // "mañana temprano", "first thing Monday" (with no day, these words are no time)
        const size_t early = pp == 1 && (es ? Is(m - 1, "hora") : Is(m - 1, "early")) ? m
                             : es && Is(k, "temprano")                                 ? k + 1
                             : !es && Is(k, "first") && Is(k + 1, "thing")             ? k + 2
                                                                                       : k;
        if (early > best) {
          best = early;
          kind = kPod;
          pod = Pod::kMorning;
          part = 1;
        }
      }
    }
    if (kind == kNone) break;
    clock_last = kind == kClock || kind == kRange;
    if (clock_last) before_clock = j;
    if (kind == kDate) e.date = ds;
    if (kind == kClock || kind == kRange) e.clock = c1;
    if (kind == kRange) e.clock_end = c2;
    if (kind == kPod) {
      e.pod = pod;
      e.pod_today = today;
      e.pod_part = part;
      // "in the afternoon", "por la tarde": a part of the day said on its own
      e.pod_led = (!es && (Is(k, "in") || Is(k, "during")) && Is(k + 1, "the")) ||
                  (!es && pod == Pod::kNoon && (Is(k, "at") || Is(k, "around") || Is(k, "by"))) ||
                  (es && (Is(k, "por") || Is(k, "en") || Is(k, "durante")) && Is(k + 1, "la"));
    }
    pod_last = kind == kPod;
    j = best;
    ++comps;
    if (e.date && e.date->instant && !e.clock && e.date->grain <= Grain::kMinute) break;
  }
  if (comps == 0) return false;
  // A bare number is a time only next to a day or a part of the day, and
  // not when a word follows it ("tomorrow 3 people").
  if (e.clock && !e.clock->anchored && !e.clock_end) {
    bool supported = e.pod != Pod::kNone || (e.date && !e.date->instant);
    if (supported && clock_last && e.pod == Pod::kNone && IsWordTok(j)) supported = false;
    if (!supported) {
      if (!clock_last || comps == 1) return false;
      e.clock.reset();
      j = before_clock;
    }
  }
  if (!e.date && !e.clock && (e.pod == Pod::kNone || !(e.pod_today || e.pod_led))) return false;
  // "at 4pm for 30 minutes" (a time and minutes or hours), "18th Dec for 10 days" (a day
  // and days, weeks or months)
  if (!e.clock_end && !(e.date && e.date->end) && e.pod == Pod::kNone) {
    size_t k = j;
    Grain unit;
    int n;
    if (ForDuration(k, unit, n)) {
      bool fits = e.clock ? unit <= Grain::kHour
                          : (e.date && !e.date->instant && e.date->grain == Grain::kDay &&
                             unit >= Grain::kDay && unit <= Grain::kMonth);
      if (fits) {
        e.for_unit = unit;
        e.for_count = n;
        j = k;
      }
    }
  }
  i = j;
  return true;
}

namespace {

struct PodRange {
  int from, to;
};

// English "morning" runs from midnight ("2 in the morning"); Spanish "mañana"
// after the "madrugada".
PodRange RangeOf(Pod p, Lang lang) {
  switch (p) {
    case Pod::kEarly:
      return {0, lang == Lang::kEn ? 9 : 6};
    case Pod::kMorning:
      return {lang == Lang::kEn ? 0 : 4, 12};
    case Pod::kNoon:
      return {12, 14};
    case Pod::kAfternoon:
      return {12, 19};
    case Pod::kEvening:
      return {18, 24};
    case Pod::kNight:
      return {18, 24};
    case Pod::kNone:
      return {0, 24};
  }
  return {0, 24};
}

LocalTime At(const LocalTime& day, int hour, int minute, int second) {
  LocalTime t = DateOnly(day);
  if (hour >= 24) {
    t = AddDays(t, 1);
    hour -= 24;
  }
  t.hour = hour;
  t.minute = minute;
  t.second = second;
  return t;
}

}  // namespace

bool Parser::Resolve(const Expr& e, TemporalMatch& m) const {
  m.end_time.reset();
  m.past = e.date && e.date->past;
  if (!e.clock) {
    if (e.pod != Pod::kNone) {
      LocalTime day = e.date ? e.date->start : Today();
      PodRange r = RangeOf(e.pod, lang_);
      if (e.pod_part != 0) {  // "late tonight" 21-24, "early afternoon" 12-16, "a media mañana"
        if (e.pod == Pod::kMorning) r.from = 6;
        int half = (r.to - r.from + 1) / 2, third = (r.to - r.from) / 3;
        if (e.pod_part == 1) r.to = r.from + half;
        if (e.pod_part == 2) r.from = r.to - half;
        if (e.pod_part == 3) r.from += third, r.to -= third;
      }
      // "in the afternoon" said after it: tomorrow's
      if (!e.date && !e.pod_today && ToSeconds(At(day, r.to, 0, 0)) <= ToSeconds(ref_))
        day = AddDays(day, 1);
      m.start = At(day, r.from, 0, 0);
      m.end_time = At(day, r.to, 0, 0);
      m.grain = Grain::kHour;
      m.has_date = e.date || e.pod_today;
      m.has_time = false;
      return true;
    }
    const Span& d = *e.date;
    m.start = d.start;
    m.end_time = d.end;
    m.grain = d.grain;
    m.has_date = true;
    m.has_time = d.instant;
    m.deadline = d.end_of;
    if (e.for_count > 0) m.end_time = AddGrain(m.start, e.for_unit, e.for_count);
    return true;
  }
  Clock c = *e.clock;
  std::optional<Clock> ce = e.clock_end;
  // "midnight tonight": the end of this day
  if (c.hour == 0 && c.minute == 0 && (e.pod == Pod::kNight || e.pod == Pod::kEvening)) c.hour = 24;
  // "tonight at 2", "tonight @ 3:20": an hour before 6 said with tonight is the afternoon's
  // (Duckling's reading); "2 at night" stays 02:00.
  if (e.pod_today && e.pod == Pod::kNight && c.ambiguous && c.hour >= 1 && c.hour < 6) c.hour += 12;
  if (e.pod != Pod::kNone && c.ambiguous) {
    c.hour = HourInPod(c.hour, e.pod);
    c.ambiguous = false;
    if (ce && ce->ambiguous) {
      ce->hour = HourInPod(ce->hour, e.pod);
      ce->ambiguous = false;
    }
  }
  LocalTime start;
  if (e.date) {
    // On a named day an hour of 1-6 without am/pm is the afternoon's ("el
    // lunes a las 5", "tomorrow at 3"): appointments are rarely before dawn.
    if (c.ambiguous && c.hour >= 1 && c.hour <= 6) c.hour += 12;
    // "hoy a las 7" said at 08:00: the 7 still to come today
    if (c.ambiguous && c.hour < 12 && !e.date->past && SameDay(e.date->start, ref_) &&
        ToSeconds(At(ref_, c.hour, 0, 0)) + 3600 <= ToSeconds(ref_))
      c.hour += 12;
    start = At(e.date->start, c.hour, c.minute, c.second);
  } else {
    // With a zone ("a las cuatro CET") the hour is read forward in that zone.
    LocalTime now_ref = ref_;
    int64_t zone_shift = 0;
    if (c.zone && opts_.utc_offset_minutes) {
      zone_shift = static_cast<int64_t>(*c.zone - *opts_.utc_offset_minutes) * 60;
      now_ref = AddSeconds(ref_, zone_shift);
    }
    const LocalTime today = DateOnly(now_ref);
    std::vector<int> hours = {c.hour};
    if (c.ambiguous)
      hours = c.hour == 12 ? std::vector<int>{12, 24} : std::vector<int>{c.hour, c.hour + 12};
    bool found = false;
    int64_t now = ToSeconds(now_ref);
    for (int day = 0; day < 2 && !found; ++day) {
      for (int h : hours) {
        LocalTime t = At(AddDays(today, day), h, c.minute, c.second);
        // an hour that has not ended yet ("at 4:23" at 04:30 is still this hour)
        if (e.pod_today || ToSeconds(At(AddDays(today, day), h, 0, 0)) + 3600 > now) {
          start = t;
          found = true;
          break;
        }
      }
    }
    if (!found) start = At(AddDays(today, 1), hours[0], c.minute, c.second);
  }
  m.start = start;
  m.grain = c.grain;
  m.has_time = true;
  m.has_date = e.date.has_value() || e.pod_today;
  m.ambiguous_meridiem = c.ambiguous;
  if (ce) {
    // the first reading of the end after the start ("11pm-3" ends at 03:00)
    LocalTime end = At(start, ce->hour, ce->minute, ce->second);
    if (ce->ambiguous && ToSeconds(end) <= ToSeconds(start) && ce->hour < 12)
      end = At(start, ce->hour + 12, ce->minute, ce->second);
    if (ToSeconds(end) <= ToSeconds(start))
      end = At(AddDays(start, 1), ce->hour, ce->minute, ce->second);
    m.end_time = end;
    if (ce->grain < m.grain) m.grain = ce->grain;
  }
  if (e.for_count > 0) {
    m.end_time = AddGrain(m.start, e.for_unit, e.for_count);
    if (e.for_unit < m.grain) m.grain = e.for_unit;
  }
  if (c.zone && opts_.utc_offset_minutes) {
    int64_t shift = static_cast<int64_t>(*opts_.utc_offset_minutes - *c.zone) * 60;
    m.start = AddSeconds(m.start, shift);
    if (m.end_time) m.end_time = AddSeconds(*m.end_time, shift);
    if (m.grain > Grain::kMinute) m.grain = Grain::kMinute;
  }
  return true;
}

size_t Parser::MatchAt(size_t i, TemporalMatch& out) const {
  auto joins = [&](size_t a, size_t b) {  // b glued to a, both letters/digits
    return b < toks_.size() && toks_[b].glued && toks_[a].kind != Token::kPunct &&
           toks_[b].kind != Token::kPunct;
  };
  if (i > 0 && joins(i - 1, i)) return i;  // inside a word: "abc3pm", "nohoy"
  Expr e;
  size_t j = i;
  if (!ParseExpr(j, e)) return i;
  if (j < toks_.size() && joins(j - 1, j)) return i;
  if (Vetoed(i, j, e)) {
    // "on March 9th at 235 West 46th Street": the house number is no time,
    // but the day before it still is: the match ends before its "at".
    if (!e.date || !HouseNumberBefore(j)) return i;
    size_t at = j - 1;
    while (at > i && !(Is(at, "at") || IsP(at, '@'))) --at;
    if (at == i) return i;
    const std::vector<Token> head(toks_.begin(), toks_.begin() + static_cast<std::ptrdiff_t>(at));
    const size_t k = Parser(head, text_, lang_, ref_, opts_).MatchAt(i, out);
    return k;
  }
  if (!Resolve(e, out)) return i;
  out.begin = toks_[i].begin;
  out.end = toks_[j - 1].end;
  out.text.assign(text_.substr(out.begin, out.end - out.begin));
  return j;
}

}  // namespace chatbeto::events::detail
