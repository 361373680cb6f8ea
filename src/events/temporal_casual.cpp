// The words for days relative to today: "today", "tomorrow", "the day after
// tomorrow", "now"; "hoy", "mañana", "pasado mañana", "anteayer", "ahora".
#include <span>
#include <string_view>

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

// Words of time a year may follow ("until 2014"; "antes de 2020": a lead
// of several words, separated by one space).
constexpr std::string_view kYearLeadsEn[] = {"until",  "till", "through", "thru",
                                             "since",  "before", "after", "by"};
constexpr std::string_view kYearLeadsEs[] = {"hasta", "desde", "para", "antes de", "despues de",
                                             "a partir de"};
// "from 2015 (on)": only for the years people name alone (NamedYear; "the bus from 1845"
// is more likely a clock).
constexpr std::string_view kFromLead[] = {"from"};

// The years a bare year may be in chat: 1900 to 2099.
bool NamedYear(int year) { return year >= 1900 && year <= 2099; }

// How many tokens `lead` ("antes de": 2) takes at token j; 0 when it is not there.
size_t LeadAt(const Parser& p, size_t j, std::string_view lead) {
  for (size_t n = 0;; ++n) {
    const size_t space = lead.find(' ');
    if (!p.Is(j + n, lead.substr(0, space))) return 0;
    if (space == std::string_view::npos) return n + 1;
    lead.remove_prefix(space + 1);
  }
}

// One of `leads` at token j, then `article` if there is one ("hasta el
// 2014"), then a four-digit year that is not the start of something else:
// nothing after it, or a word of time, or a word that can follow a date.
// On success `s` is that year and i the token after it.
bool YearAfterLead(const Parser& p, size_t j, std::span<const std::string_view> leads,
                   std::string_view article, size_t& i, Span& s) {
  // (a lead is at most three words, then the article: no four digits within four tokens, no year)
  bool digits = false;
  for (size_t k = j + 1; k <= j + 4 && !digits; ++k) digits = p.Digits(k) == 4;
  if (!digits) return false;
  size_t y = j;
  for (std::string_view lead : leads)
    if (size_t n = LeadAt(p, j, lead)) {
      y = j + n;
      break;
    }
  if (y == j) return false;
  if (!article.empty() && p.Is(y, article)) ++y;
  int year;
  if (p.Digits(y) != 4 || !p.YearNumber(y, year, false) ||
      (p.IsWordTok(y) && !p.TemporalWord(y) && !p.DateFollower(y)))
    return false;
  s.start = LocalTime{year, 1, 1};
  s.grain = Grain::kYear;
  s.past = year < p.ref().year;
  i = y;
  return true;
}

// A year alone as the whole text ("1999", "¿2015?"): an answer naming the year, as a
// month alone is ("March"); a NamedYear, nothing but punctuation around it.
bool YearAlone(const Parser& p, size_t j, size_t& i, Span& s) {
  int year;
  size_t y = j;
  if (p.Digits(j) != 4 || !p.YearNumber(y, year, false) || !NamedYear(year)) return false;
  for (size_t k = 0; k < j; ++k)
    if (!(p.IsP(k, '?') || p.IsP(k, '!') || p.Tok(k).text == "\xC2\xBF" || p.Tok(k).text == "\xC2\xA1"))
      return false;  // only "¿" or "¡" before it
  for (size_t k = y; !p.AtEnd(k); ++k)
    if (!(p.IsP(k, '?') || p.IsP(k, '!') || p.IsP(k, '.'))) return false;
  s.start = LocalTime{year, 1, 1};
  s.grain = Grain::kYear;
  s.past = year < p.ref().year;
  i = y;
  return true;
}

// "hoy martes", "today, Tuesday", "ayer lunes": the day's own weekday said after a
// relative day names that same day (not the next Tuesday); returns the token after it,
// else `end`. A number after it ("hoy martes 12") leaves the weekday to the date it
// starts; a weekday that is not the day's ("mañana jueves") is not taken.
size_t SameDayWeekday(const Parser& p, Lang lang, size_t end, const LocalTime& day) {
  const size_t w = end + (p.IsP(end, ',') ? 1 : 0);
  if (!p.IsWordTok(w)) return end;
  const Word wd = WeekdayWord(lang, p.Tok(w).text);
  if (!wd || wd.weak || wd.value != Weekday(day) || p.NumberAt(w + 1) >= 0) return end;
  return w + 1;
}

}  // namespace

bool Parser::RelativeDayAt(size_t j, int& days, size_t& end) const {
  if (lang_ == Lang::kEs) {
    if (Is(j, "pasado") && Is(j + 1, "manana")) {
      days = 2;
      end = j + 2;
      return true;
    }
    if (Is(j, "antes") && Is(j + 1, "de") && Is(j + 2, "ayer")) {
      days = -2;
      end = j + 3;
      return true;
    }
  }
  const std::optional<int> d = RelativeDayTok(j);
  if (!d) return false;
  days = *d;
  end = j + 1;
  return true;
}

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
  int days;
  size_t end;
  if (RelativeDayAt(j, days, end)) {  // "today", "tmrw", "yesterday"
    s = Day(AddDays(Today(), days));
    s.past = days < 0;
    i = SameDayWeekday(*this, lang_, end, s.start);
    return true;
  }
  size_t k = j;
  if (Is(k, "the")) ++k;
  if (Is(k, "day") && (Is(k + 1, "after") || Is(k + 1, "before"))) {
    // "the day after tomorrow", "day before yesterday"
    const bool after = Is(k + 1, "after");
    const std::optional<int> d = RelativeDayTok(k + 2);
    if (d && *d == (after ? 1 : -1)) {
      s = Day(AddDays(Today(), after ? 2 : -2));
      s.past = !after;
      i = k + 3;
      return true;
    }
  }
  // "until 2014", "through 2014", "since 2010", "before 2020"
  if (YearAfterLead(*this, j, kYearLeadsEn, {}, i, s)) return true;
  if (size_t k; YearAfterLead(*this, j, kFromLead, {}, k, s) && NamedYear(s.start.year)) {
    i = k;
    return true;
  }
  if (YearAlone(*this, j, i, s)) return true;
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
  // "de aquí al viernes", "de aquí hasta el 20", "de acá al lunes": "aquí" is now, when a
  // day follows (the range joins them; "de aquí al centro" is a place)
  if ((Is(j, "aqui") || Is(j, "aca")) && j > 0 && Is(j - 1, "de") &&
      (Is(j + 1, "al") || Is(j + 1, "hasta"))) {
    size_t m = j + 2;
    Span d;
    if (ParseDate(m, d) && !d.instant) {
      s = Instant(ref_);
      i = j + 1;
      return true;
    }
  }
  if (Is(j, "ya") && i == 0 && Boundary(j + 1)) {  // only when the whole message is "ya"
    s = Instant(ref_);
    i = j + 1;
    return true;
  }
  // "enseguida", "en seguida", "cuanto antes": right away, now (as Duckling's "right now")
  if (Is(j, "enseguida") || (Is(j, "en") && Is(j + 1, "seguida")) ||
      (Is(j, "cuanto") && Is(j + 1, "antes") && Boundary(j + 2))) {
    s = Instant(ref_);
    i = j + (Is(j, "enseguida") ? 1 : 2);
    return true;
  }
  if (Is(j, "en") && Is(j + 1, "este") && Is(j + 2, "momento")) {
    s = Day(Today());
    i = j + 3;
    return true;
  }
  int days;
  size_t end;
  if (RelativeDayAt(j, days, end)) {  // "hoy", "mañana", "pasado mañana", "ayer", "antier"
    if (Is(j, "manana")) {
      // "la reunión de mañana", "el examen de mañana": tomorrow's (after a noun; "muy de
      // mañana" and "las 8 de mañana" are the morning)
      // A part of the day or noon before it is tomorrow's too: "a las 5 de la tarde de
      // mañana", "al mediodía de mañana", "la noche de mañana"
      const bool pod_before = j >= 2 && IsWordTok(j - 2) &&
                              (PodWord(lang_, toks_[j - 2].text) != Pod::kNone ||
                               Is(j - 2, "mediodia") || Is(j - 2, "medianoche") ||
                               (j >= 3 && Is(j - 2, "dia") && Is(j - 3, "medio")));
      const bool of_tomorrow = j >= 2 && Is(j - 1, "de") && IsWordTok(j - 2) &&
                               !Is(j - 2, "muy") && !Is(j - 2, "las") &&
                               (!TemporalWord(j - 2) || pod_before);
      // "la mañana", "esta mañana", "por la mañana" name the morning, not tomorrow
      if (j > 0 && !of_tomorrow &&
          (Is(j - 1, "la") || Is(j - 1, "esta") || Is(j - 1, "cada") || Is(j - 1, "una") ||
           Is(j - 1, "buena") || Is(j - 1, "media") || Is(j - 1, "toda") || Is(j - 1, "de") ||
           Is(j - 1, "el") || Is(j - 1, "las") || Is(j - 1, "esa")))
        return false;
    }
    s = Day(AddDays(Today(), days));
    s.past = days < 0;
    i = SameDayWeekday(*this, lang_, end + (days == 0 && Is(end, "mismo") ? 1 : 0),  // "hoy mismo"
                       s.start);
    return true;
  }
  // "hasta 2014", "desde el 2010", "antes de 2020", "después de 2030", "para 2030"
  if (YearAfterLead(*this, j, kYearLeadsEs, "el", i, s)) return true;
  if (YearAlone(*this, j, i, s)) return true;
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
