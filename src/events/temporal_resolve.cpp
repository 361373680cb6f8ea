// Resolving an expression (temporal_expr.cpp) forward against the reference
// time, and the parser's token tests and day helpers.
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
bool Parser::RangeSep(size_t i) const {
  if (i >= toks_.size()) return false;
  const Token& t = toks_[i];
  if (t.kind == Token::kPunct) return t.text == "-";  // (an en dash is one: Tokenize)
  return t.kind == Token::kWord && RangeWord(lang_, t.text);
}
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

namespace {

struct PodRange {
  int from, to;
};

// English "morning" runs from midnight ("2 in the morning"); Spanish "mañana"
// after the "madrugada". Lunch is Duckling's 12-14 and "after lunch" 13-17 in
// English; "comer" (the midday meal of Spain and Mexico) is later, about 14:00:
// "a la hora de comer" 13-16, "después de comer" 15-19 (the rest of the "tarde").
PodRange RangeOf(Pod p, Lang lang) {
  switch (p) {
    case Pod::kEarly:
      return {0, lang == Lang::kEn ? 9 : 6};
    case Pod::kMorning:
      return {lang == Lang::kEn ? 0 : 4, 12};
    case Pod::kNoon:
      return {12, 14};
    case Pod::kLunch:
      return lang == Lang::kEn ? PodRange{12, 14} : PodRange{13, 16};
    case Pod::kAfterLunch:
      return lang == Lang::kEn ? PodRange{13, 17} : PodRange{15, 19};
    case Pod::kAfterWork:
      return {17, 21};
    case Pod::kAfterSchool:
      return {15, 21};
    case Pod::kAfternoon:
      return {12, 19};
    case Pod::kEvening:
      return {18, 24};
    case Pod::kNight:
      return {18, 24};
    case Pod::kDayEnd:
      // "mañana a última hora": the last hours of a working day, from about when
      // offices close (17-18 h in Latin America, 18-19 h in Spain) to when shops do
      return {17, 20};
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
      // "la madrugada del sábado al domingo": the small hours of the night between, Sunday's
      if (e.date && e.date->end && e.pod == Pod::kEarly &&
          SameDay(AddDays(e.date->start, 1), *e.date->end))
        day = *e.date->end;
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
  // a zone named in words: its offset on the day named, or today's ("3pm eastern" in July
  // is EDT)
  if (c.zone_id && e.date)
    if (auto z = ZoneOffsetAt(c.zone_id, At(e.date->start, c.hour % 24, c.minute, 0))) c.zone = z;
  // "midnight tonight": the end of this day
  if (c.hour == 0 && c.minute == 0 && (e.pod == Pod::kNight || e.pod == Pod::kEvening)) c.hour = 24;
  // "tonight at 2", "tonight @ 3:20": an hour before 6 said with tonight is the afternoon's
  // (Duckling's reading); "2 at night" stays 02:00.
  if (e.pod_today && e.pod == Pod::kNight && c.ambiguous && c.hour >= 1 && c.hour < 6) {
    c.hour += 12;
    if (ce && ce->ambiguous && ce->hour >= 1 && ce->hour <= 6) ce->hour += 12;  // "2-4 tonight"
  }
  if (e.pod != Pod::kNone) {
    if (ce && ce->ambiguous) {
      ce->hour = HourInPod(ce->hour, e.pod);
      ce->ambiguous = false;
    }
    if (c.ambiguous) {
      // a part of the day said after a range is its end's: a start it would put after that
      // end stays in the morning ("de 9 a 1 de la tarde", "from 11 to 1 in the afternoon")
      const int h = HourInPod(c.hour, e.pod);
      c.hour = ce && h > ce->hour && c.hour < ce->hour ? c.hour : h;
      c.ambiguous = false;
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
    // "from 9 till 5", "de 10 a 6": a working day's hours across noon (the end read
    // after noon by ClockRange), kept in the morning and taken on the first day whose
    // end is still to come: said at 10:30 it is today's 09:00-17:00, not 21:00 to 17:00
    const bool across_noon = ce && c.ambiguous && ce->ambiguous && c.hour >= 7 &&
                             c.hour <= 11 && ce->hour > 12 && ce->hour - 12 < c.hour;
    if (c.ambiguous && !across_noon)
      hours = c.hour == 12 ? std::vector<int>{12, 24} : std::vector<int>{c.hour, c.hour + 12};
    bool found = false;
    int64_t now = ToSeconds(now_ref);
    for (int day = 0; day < 2 && !found; ++day) {
      for (int h : hours) {
        LocalTime t = At(AddDays(today, day), h, c.minute, c.second);
        const int64_t until = across_noon
                                  ? ToSeconds(At(AddDays(today, day), ce->hour, ce->minute, 0))
                                  : ToSeconds(At(AddDays(today, day), h, 0, 0)) + 3600;
        // an hour that has not ended yet ("at 4:23" at 04:30 is still this hour)
        if (e.pod_today || until > now) {
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
  auto ending = [&](size_t end) {          // the match spans tokens i .. end - 1
    out.begin = toks_[i].begin;
    out.end = toks_[end - 1].end;
    out.text.assign(text_.substr(out.begin, out.end - out.begin));
    return end;
  };
  Expr e;
  size_t j = i;
  if (!ParseExpr(j, e)) return i;
  // "<day and time> to <day and time>": before the veto, which would take the ISO
  // "17:00:00/2015-03-29" for a run of numbers
  TemporalMatch range;
  if (const size_t k = DateTimeRange(j, e, range);
      k > j && !(k < toks_.size() && joins(k - 1, k))) {
    out = range;
    return ending(k);
  }
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
  return ending(j);
}

}  // namespace chatbeto::events::detail
