// A year named by its distance from this one after a month, a day of a month, a quarter
// or a holiday: "June next year", "the 5th of June of last year", "Q1 next year",
// "thanksgiving of next year"; "septiembre del año que viene", "el 5 de junio del año
// pasado", "el primer trimestre del próximo año", "la Navidad de este año".
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::RelativeYear(size_t& k, int& shift) const {
  size_t y = k;
  if (lang_ == Lang::kEn) {
    if (Is(y, "of") || Is(y, "in")) ++y;
    if (Is(y, "the") && (Is(y + 1, "following") || Is(y + 1, "next") || Is(y + 1, "previous"))) ++y;
    int sh;
    if (Is(y, "this") || Is(y, "current")) sh = 0;
    else if (Is(y, "next") || Is(y, "following")) sh = 1;
    else if (Is(y, "last") || Is(y, "previous")) sh = -1;
    else return false;
    if (!(Is(y + 1, "year") || Is(y + 1, "yr"))) return false;
    shift = sh;
    k = y + 2;
    return true;
  }
  if (!(Is(y, "del") || Is(y, "de"))) return false;
  ++y;
  if ((Is(y, "este") || Is(y, "esto")) && Is(y + 1, "ano")) {
    shift = 0;
    k = y + 2;
  } else if ((Is(y, "proximo") || Is(y, "pasado")) && Is(y + 1, "ano")) {
    shift = Is(y, "proximo") ? 1 : -1;
    k = y + 2;
  } else if (Is(y, "ano") && Is(y + 1, "que") && Is(y + 2, "viene")) {
    shift = 1;
    k = y + 3;
  } else if (Is(y, "ano") && (Is(y + 1, "proximo") || Is(y + 1, "siguiente") || Is(y + 1, "pasado"))) {
    shift = Is(y + 1, "pasado") ? -1 : 1;
    k = y + 2;
  } else {
    return false;
  }
  return true;
}

bool Parser::InRelativeYear(size_t& i, Span& s) const {
  // Most texts have no "year" / "año": looked for once per text, before trying the dates.
  if (year_word_ < 0) {
    const std::string_view year_word = lang_ == Lang::kEs ? "ano" : "year";
    year_word_ = 0;
    for (size_t k = 0; k < toks_.size() && !year_word_; ++k)
      year_word_ = Is(k, year_word) || (lang_ == Lang::kEn && Is(k, "yr"));
  }
  if (!year_word_) return false;
  size_t j = i;
  if (Is(j, "in") || Is(j, "during") || Is(j, "en") || Is(j, "durante")) ++j;
  size_t m = j;
  Span d;
  int month, day = 1;
  Grain g = Grain::kMonth;
  if (MonthDayYear(m, d) && !d.end && (d.grain == Grain::kDay || d.grain == Grain::kMonth)) {
    month = d.start.month;
    if (d.grain == Grain::kDay) day = d.start.day, g = Grain::kDay;
  } else {
    // a month alone before its year ("June next year", "marzo del año pasado"); "may", "mar"
    // only capitalized ("I may next year")
    m = j;
    const Word w = IsWordTok(m) ? MonthWord(lang_, toks_[m].text) : Word{};
    if (!w || (w.weak && !Capitalized(m))) return false;
    month = w.value;
    ++m;
  }
  int shift;
  if (!RelativeYear(m, shift)) return false;
  const int year = ref_.year + shift;
  if (day > DaysInMonth(year, month)) return false;  // "Feb 29th next year"
  s = Span{};
  s.start = LocalTime{year, month, day};
  s.grain = g;
  s.past = ToSeconds(AddGrain(s.start, g, 1)) <= ToSeconds(Today());
  i = m;
  return true;
}

}  // namespace chatbeto::events::detail
