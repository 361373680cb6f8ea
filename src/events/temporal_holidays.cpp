// Named days of the year (the rules are in temporal_holiday_table.cpp): "la
// Navidad", "next halloween", "easter 2010", "Nochevieja de 2015", "Christmas
// next year", "la Navidad del año pasado", "Yom Kippur 2018", "last Chinese New
// Year", "thanksgiving in 3 years" (the first one on or after the shifted day);
// a holiday that has passed this year is next year's, "last" gives the one before.
// Mother's and Father's Day in Spanish are the most common Latin American dates
// (second Sunday of May, third Sunday of June), as in the US; Spain keeps the
// first Sunday of May and 19 March, Mexico 10 May.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/temporal_calendar.h"
#include "events/temporal_holiday_table.h"
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

const util::WordSet& HolidayFirstWords(Lang lang) {
  // Views into the keys of the (static, never changed) holiday tables: a
  // lookup per word of every message, without building a string.
  static const auto build = [](Lang l) {
    std::vector<std::string_view> firsts;
    for (const auto& [k, v] : HolidayTable(l))
      for (size_t n = 2; n <= k.size(); ++n) firsts.push_back(std::string_view(k).substr(0, n));
    return util::WordSet(firsts);
  };
  static const util::WordSet en = build(Lang::kEn), es = build(Lang::kEs);
  return lang == Lang::kEs ? es : en;
}

bool HolidayFirstWord(Lang lang, std::string_view w) { return HolidayFirstWords(lang).Contains(w); }

// Whether `w` can begin what follows "la" in a Spanish holiday name that keeps its article
// ("inmaculada" of "la inmaculada"): a word set, so the common "la" costs one lookup.
bool AfterKeptArticle(std::string_view w) {
  static const util::WordSet after = [] {
    std::vector<std::string_view> rests;
    for (const auto& [k, v] : HolidayTable(Lang::kEs))
      if (k.size() > 2 && k.compare(0, 2, "la") == 0)
        for (size_t n = 1; n <= k.size() - 2; ++n) rests.push_back(std::string_view(k).substr(2, n));
    return util::WordSet(rests);
  }();
  return after.Contains(w);
}

const Holiday* Parser::HolidayName(size_t& i) const {
  const auto& table = HolidayTable(lang_);
  std::string key;
  const Holiday* found = nullptr;
  for (size_t k = i; k < toks_.size() && k < i + 12; ++k) {  // the longest names: 11 words
    if (IsP(k, '\'') || IsP(k, '.') || IsP(k, '-')) continue;
    if (!IsWordTok(k)) break;
    // a weekday abbreviated after the first word: "black fri", "Maundy thu", "Easter sun"
    static constexpr std::string_view kWeekdaysEn[] = {"monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday", "sunday"};
    const Word wd = k > i && lang_ == Lang::kEn ? WeekdayWord(lang_, toks_[k].text) : Word{};
    if (wd && wd.weak)
      key += kWeekdaysEn[wd.value];
    else
      key += toks_[k].text;
    // (every name of two bytes or more is among the beginnings: none is looked up in vain)
    if (!HolidayFirstWord(lang_, key)) break;
    auto it = table.find(key);
    if (it != table.end()) {
      found = &it->second;
      i = k + 1;
    }
  }
  return found;
}

bool Parser::HolidayDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int shift = 0;  // +1 next, -1 last
  if (Is(j, es ? "el" : "the") || (es && (Is(j, "la") || Is(j, "las") || Is(j, "los")))) ++j;
  if (!es && (Is(j, "this") || Is(j, "next") || Is(j, "last") || Is(j, "coming"))) {
    shift = Is(j, "last") ? -1 : 0;
    ++j;
  } else if (es && (Is(j, "esta") || Is(j, "este") || Is(j, "proxima") || Is(j, "proximo"))) {
    ++j;
  }
  // "la víspera de Reyes", "the eve of Easter": the day before
  bool eve = false;
  if ((es && Is(j, "vispera") && Is(j + 1, "de")) || (!es && Is(j, "eve") && Is(j + 1, "of"))) {
    eve = true;
    j += 2;
    if (Is(j, es ? "la" : "the") || (es && (Is(j, "el") || Is(j, "los")))) ++j;
  }
  size_t end = j;
  const Holiday* found = HolidayName(end);
  // a name that keeps its article ("la Inmaculada", "la Purísima"; "Inmaculada" alone is a
  // woman's name): looked up from the article
  bool with_article = false;
  if (!found && es && j == i + 1 && Is(i, "la") && IsWordTok(j) &&
      AfterKeptArticle(toks_[j].text)) {
    end = i;
    found = HolidayName(end);
    with_article = found != nullptr;
  }
  if (!found) return false;
  // "el Palau Sant Jordi", "Estadio 12 de Octubre": part of a place's name
  if (j == i && i > 0 && NameHead(i - 1)) return false;
  // "I lent him", "I had an epiphany", "la ascensión al Everest", "la asunción de
  // riesgos", "la inmaculada limpieza": a holiday that is also a common word, only capitalized, after a word that introduces a date ("until lent", "this
  // Lent", "hasta la ascensión"), or as the whole phrase ("lent?")
  auto date_lead = [&](size_t k) {
    return Is(k, "during") || Is(k, "for") || Is(k, "in") || Is(k, "until") ||
           Is(k, "before") || Is(k, "after") || Is(k, "this") || Is(k, "next") ||
           Is(k, "last") || Is(k, "hasta") || Is(k, "antes") || Is(k, "despues") ||
           Is(k, "esta") || Is(k, "proxima") || Is(k, "desde");
  };
  if (end == j + 1 &&
      (with_article || (es ? Is(j, "ascension") || Is(j, "asuncion") : Is(j, "lent") || Is(j, "epiphany"))) &&
      !Capitalized(j) && Digits(end) != 4 &&
      !((i == 0 || toks_[i - 1].kind == Token::kPunct) &&
        (j == i || (j == i + 1 && (Is(i, "la") || Is(i, "the")))) && Boundary(end)) &&
      !(i > 0 && date_lead(i - 1)) && !(j > i && date_lead(j - 1)))
    return false;
  // "Ana Reyes", "Isla de Pascua": one word after a name is a surname or a place; not
  // after a word of the date ("This Thanksgiving", "LA NAVIDAD", "Three Days After Easter")
  static const util::WordSet date_words = {"of",    "on",   "for",   "until", "till", "by",
                                           "before", "after", "since", "at",   "in",   "from",
                                           "to",    "de",   "del",   "hasta", "desde", "para",
                                           "antes", "despues", "a",   "al",    "en"};
  if (end == j + 1 && j > 0 && j == i && Capitalized(j) && Capitalized(j - 1) &&
      !(j >= 2 && toks_[j - 2].kind == Token::kPunct) && !TemporalWord(j - 1) &&
      !(IsWordTok(j - 1) && date_words.Contains(toks_[j - 1].text)))
    return false;
  size_t k = end;
  if (es && (Is(k, "pasada") || Is(k, "pasado"))) {
    shift = -1;
    ++k;
  }
  // a year said in words: "Christmas next year", "thanksgiving of last year",
  // "la Navidad del año que viene", "Nochevieja de este año"
  int year_shift = 99;
  if (int sh; RelativeYear(k, sh)) year_shift = sh;
  // an explicit year: "easter 2010", "Navidad de 2015", "Diwali in 2019"
  size_t y = k;
  if (es && (Is(y, "de") || Is(y, "del") || Is(y, "en"))) ++y;
  if (!es && (Is(y, "of") || Is(y, "in"))) ++y;
  int year;
  std::optional<LocalTime> d;
  if (year_shift != 99) {
    d = HolidayInYear(*found, ref_.year + year_shift);
  } else if (YearNumber(y, year, false)) {
    d = HolidayInYear(*found, year);
    k = y;
  } else if (Span moved; shift == 0 && ParseRelative(y = k, moved)) {
    // "thanksgiving in 3 years", "Easter 9 months from now": the first one
    // on or after the day the reference moves to
    const LocalTime from = DateOnly(moved.start);
    for (int yy = from.year; yy <= from.year + 1 && !d; ++yy)
      if (auto c = HolidayInYear(*found, yy); c && ToSeconds(*c) >= ToSeconds(from)) d = c;
    k = y;
  } else {
    int64_t today = ToSeconds(Today());
    for (int yy = ref_.year - 1; yy <= ref_.year + 1 && !d; ++yy) {
      auto c = HolidayInYear(*found, shift < 0 ? 2 * ref_.year - yy : yy);
      if (!c) continue;
      // a span still going on ("Lent" said in Lent) is this one
      int64_t last = ToSeconds(AddDays(*c, HolidaySpan(*found, *c)));
      if (shift < 0 ? ToSeconds(*c) < today && last < today : last >= today) d = c;
    }
    if (!d && shift < 0) d = HolidayInYear(*found, ref_.year - 1);
    if (!d) d = HolidayInYear(*found, ref_.year + 1);
  }
  if (!d) return false;
  // "labor day weekend", "thanksgiving weekend", "easter weekend": the weekend nearest the
  // day (the next one on a tie), from the evening before its first day to the night after
  // its last, the holiday included (Labor Day 2013: Friday 30 Aug 18:00 to Tuesday 3 Sep)
  if (!es && !eve && HolidaySpan(*found, *d) == 0 && found->from_minute < 0 &&
      (Is(k, "weekend") || Is(k, "wknd") || Is(k, "wkend"))) {
    size_t after_weekend = k + 1;
    if (int yy; Digits(after_weekend) == 4 && YearNumber(after_weekend, yy, false)) {
      d = HolidayInYear(*found, yy);  // "labor day weekend 2014"
      if (!d) return false;
    } else {
      after_weekend = k + 1;
    }
    const int wd = Weekday(*d);
    const LocalTime sat_before = AddDays(*d, -((wd - 5 + 7) % 7)), sat_after = AddDays(sat_before, 7);
    const int64_t before = wd >= 5 ? 0 : (ToSeconds(*d) - ToSeconds(AddDays(sat_before, 1))) / 86400;
    const int64_t after = (ToSeconds(sat_after) - ToSeconds(*d)) / 86400;
    const LocalTime sat = before < after ? sat_before : sat_after;
    const LocalTime first = ToSeconds(*d) < ToSeconds(sat) ? *d : sat;
    const LocalTime last = ToSeconds(*d) > ToSeconds(AddDays(sat, 1)) ? *d : AddDays(sat, 1);
    s = Day(first);
    s.start = AddSeconds(AddDays(first, -1), 18 * 3600);
    s.end = AddDays(last, 1);
    s.grain = Grain::kHour;
    i = after_weekend;
    return true;
  }
  if (eve) {
    s = Day(AddDays(*d, -1));
  } else if (found->from_minute >= 0) {  // "earth hour": 20:30 to 21:30 of its day
    s = Day(*d);
    s.start = AddSeconds(*d, found->from_minute * 60);
    s.end = AddSeconds(s.start, found->minutes * 60);
    s.grain = Grain::kMinute;
    s.instant = true;
  } else {
    s = Day(*d);
    if (int span = HolidaySpan(*found, *d); span > 0) s.end = AddDays(*d, span);
  }
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
