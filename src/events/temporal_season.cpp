// Seasons and what is left of a period: "this summer", "next winter", "last
// fall", "summer 2019", "in the spring", "este verano", "el invierno que viene",
// "el verano pasado", "en primavera", "el otoño de 2020", "spring of next year", "el
// verano del año que viene"; "this season";
// "rest of the week", "all week", "el resto del mes", "toda la semana".
//
// Seasons are the northern hemisphere's, on fixed days near the solstices and
// equinoxes, at the grain of a day with the last day as end, as Duckling has
// them: a season named (summer, el invierno) runs spring 20 Mar - 21 Jun,
// summer 21 Jun - 23 Sep, fall 23 Sep - 21 Dec, winter 21 Dec - 20 Mar (each from
// its first to its last day, so a boundary day is in both); "this
// season", "last season" (the season of a day) start on 20 Mar, 21 Jun, 23
// Sep and 21 Dec and end the day before the next one starts.
#include <string_view>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

struct SeasonDef {
  int from_month, from_day, to_month, to_day;  // to: inclusive, in the next year for winter
};
// 0 spring, 1 summer, 2 fall, 3 winter
constexpr SeasonDef kNamedSeasons[] = {{3, 20, 6, 21}, {6, 21, 9, 23}, {9, 23, 12, 21}, {12, 21, 3, 20}};
constexpr SeasonDef kSeasonsOfADay[] = {{3, 20, 6, 20}, {6, 21, 9, 22}, {9, 23, 12, 20}, {12, 21, 3, 19}};

int SeasonWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) {
    if (w == "spring") return 0;
    if (w == "summer" || w == "summertime") return 1;
    if (w == "fall" || w == "autumn") return 2;
    if (w == "winter" || w == "wintertime") return 3;
    return -1;
  }
  if (w == "primavera") return 0;
  if (w == "verano") return 1;
  if (w == "otono") return 2;
  if (w == "invierno") return 3;
  return -1;
}

// The season `s` that starts in year y (winter runs into y + 1).
// `of_day`: the table of "this season" (see above), else of named seasons.
Span SeasonIn(bool of_day, int s, int y) {
  const SeasonDef& d = (of_day ? kSeasonsOfADay : kNamedSeasons)[s];
  Span out;
  out.start = LocalTime{y, d.from_month, d.from_day};
  out.end = LocalTime{d.to_month < d.from_month ? y + 1 : y, d.to_month, d.to_day};
  out.grain = Grain::kDay;
  return out;
}

// shift 0: the one going on today, else the next to start; +1 the next to
// start after today; -1 the last one that ended before today.
Span SeasonAround(bool of_day, int s, const LocalTime& today, int shift) {
  int64_t now = ToSeconds(today);
  for (int y = today.year - 2; y <= today.year + 1; ++y) {
    Span c = SeasonIn(of_day, s, y);
    bool current = ToSeconds(c.start) <= now && now <= ToSeconds(*c.end);
    bool future = ToSeconds(c.start) > now;
    if ((shift == 0 && (current || future)) || (shift > 0 && future)) return c;
  }
  for (int y = today.year + 1; y >= today.year - 2; --y) {
    Span c = SeasonIn(of_day, s, y);
    if (ToSeconds(*c.end) < now) {
      c.past = true;
      return c;
    }
  }
  return SeasonIn(of_day, s, today.year);
}

int SeasonOf(const LocalTime& today) {
  for (int s = 0; s < 4; ++s) {
    Span c = SeasonAround(true, s, today, 0);
    if (ToSeconds(c.start) <= ToSeconds(today)) return s;
  }
  return 3;
}

}  // namespace

bool Parser::SeasonDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int shift = 99;  // 99: no word before the season
  bool lead = false;
  if (!es) {
    if (Is(j, "in") || Is(j, "during") || Is(j, "over")) {
      lead = true;
      ++j;
    }
    if (Is(j, "the")) ++j;
    if (Is(j, "this") || Is(j, "current") || Is(j, "present")) shift = 0;
    if (Is(j, "next") || Is(j, "coming") || Is(j, "upcoming") || Is(j, "following")) shift = 1;
    if (Is(j, "last") || Is(j, "past") || Is(j, "previous")) shift = -1;
  } else {
    if (Is(j, "en") || Is(j, "durante") || Is(j, "para") || Is(j, "hasta")) {
      lead = true;
      ++j;
    }
    if (Is(j, "el") || Is(j, "la")) ++j;
    if (Is(j, "este") || Is(j, "esta")) shift = 0;
    if (Is(j, "proximo") || Is(j, "proxima") || Is(j, "siguiente")) shift = 1;
    if (Is(j, "pasado") || Is(j, "ultimo")) shift = -1;
  }
  if (shift != 99) ++j;
  if (!IsWordTok(j)) return false;
  const LocalTime today = Today();
  // "this season", "last season": the season of today and its neighbours
  if (!es && shift != 99 && (Is(j, "season") || Is(j, "seasons"))) {
    int cur = SeasonOf(today);
    int k = ((cur + shift) % 4 + 4) % 4;
    s = SeasonAround(true, k, today, shift == 0 ? 0 : shift);
    i = j + 1;
    return true;
  }
  int season = SeasonWord(lang_, toks_[j].text);
  if (season < 0) return false;
  size_t k = j + 1;
  if (es && shift == 99) {  // "el verano que viene", "el invierno pasado"
    if (Is(k, "que") && Is(k + 1, "viene")) {
      shift = 1;
      k += 2;
    } else if (Is(k, "proximo") || Is(k, "siguiente")) {
      shift = 1;
      ++k;
    } else if (Is(k, "pasado")) {
      shift = -1;
      ++k;
    }
  }
  // a year: "summer 2019", "the summer of 2019", "el verano de 2020"
  size_t y = k;
  if (Is(y, es ? "de" : "of") || (es && Is(y, "del"))) ++y;
  int year;
  if (shift == 99 && YearNumber(y, year, false)) {
    s = SeasonIn(false, season, year);
    s.past = ToSeconds(*s.end) < ToSeconds(today);
    i = y;
    return true;
  }
  // a year by its distance: "spring of next year", "summer next year", "el verano del año
  // que viene", "el invierno del año pasado": the season that starts in that year
  if (shift == 99) {
    size_t r = k;
    if (int sh; RelativeYear(r, sh)) {
      s = SeasonIn(false, season, ref_.year + sh);
      s.past = ToSeconds(*s.end) < ToSeconds(today);
      i = r;
      return true;
    }
  }
  // a season named alone is a date only after a word that makes it one ("in
  // summer", "this winter"), or as the whole phrase, with its article or not ("el
  // verano", "the summer"); not "summer camp"
  if (shift == 99) {
    const bool article = j == i + 1 && (Is(i, "the") || Is(i, "el") || Is(i, "la"));
    bool alone = (i == 0 || toks_[i - 1].kind == Token::kPunct) && (j == i || article);
    if (!lead && !(alone && Boundary(k))) return false;
    if (IsWordTok(k) && !TemporalWord(k) && !DateFollower(k)) return false;
  }
  s = SeasonAround(false, season, today, shift == 99 ? 0 : shift);
  i = k;
  return true;
}

// "rest of the week/month/year", "all week", "the whole month", "el resto de
// la semana", "toda la semana": from today (or the period's first day) to its
// last day.
bool Parser::RestOfPeriod(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  bool rest = false;
  if (!es) {
    if (Is(j, "for") || Is(j, "during")) ++j;
    if (Is(j, "the")) ++j;
    if (Is(j, "rest") && Is(j + 1, "of")) {
      rest = true;
      j += 2;
      if (Is(j, "the")) ++j;
      if (Is(j, "this")) ++j;
    } else if (Is(j, "all") || Is(j, "whole") || Is(j, "entire")) {
      ++j;
      if (Is(j, "the") || Is(j, "this")) ++j;
      if (Is(j, "whole") || Is(j, "entire")) ++j;
    } else {
      return false;
    }
  } else {
    if (Is(j, "durante") || Is(j, "en")) ++j;
    if (Is(j, "el") && Is(j + 1, "resto") && (Is(j + 2, "de") || Is(j + 2, "del"))) {
      rest = true;
      j += 3;
      if (Is(j, "la") || Is(j, "este") || Is(j, "esta")) ++j;
    } else if ((Is(j, "toda") && Is(j + 1, "la")) || (Is(j, "todo") && Is(j + 1, "el"))) {
      j += 2;
    } else if (Is(j, "toda") || Is(j, "todo")) {
      ++j;
      if (!(Is(j, "esta") || Is(j, "este"))) return false;
      ++j;
    } else {
      return false;
    }
  }
  Grain g;
  if (Is(j, es ? "semana" : "week"))
    g = Grain::kWeek;
  else if (Is(j, es ? "mes" : "month"))
    g = Grain::kMonth;
  else if (Is(j, es ? "ano" : "year"))
    g = Grain::kYear;
  else
    return false;
  ++j;
  LocalTime first = Truncate(ref_, g);
  LocalTime last = AddDays(AddGrain(first, g, 1), -1);
  s.start = rest ? Today() : first;
  s.end = last;
  s.grain = Grain::kDay;
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
