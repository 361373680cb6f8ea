// Numeric dates in both languages: "2/15", "31/10/1974", "2014-04-18", "15.02.2013", in the
// language's order (English month first, Spanish day first; dotted with a year, day first
// in both) unless only the other fits.
#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::NumericDate(size_t& i, Span& s) const {
  size_t j = i;
  if (lang_ == Lang::kEs && Is(j, "el")) ++j;
  if (lang_ == Lang::kEn && Is(j, "on")) ++j;
  int a = Num(j);
  if (a < 0 || (Glued(j) && j > 0 && IsWordTok(j - 1))) return false;
  int na = Digits(j);
  size_t k = j + 1;
  auto sep_at = [&](size_t p) -> char {
    for (char c : {'/', '-', '.'})
      if (IsP(p, c)) return c;
    return '\0';
  };
  char sep = sep_at(k);
  if (!sep || Num(k + 1) < 0) return false;
  int b = Num(k + 1), nb = Digits(k + 1);
  size_t after_b = k + 2;
  int c = -1, nc = 0;
  if (sep_at(after_b) == sep && Num(after_b + 1) >= 0) {
    c = Num(after_b + 1);
    nc = Digits(after_b + 1);
  }
  // "2014-04-18", "2014/10"
  if (na == 4) {
    if (c >= 0 && nb <= 2 && nc <= 2 && ValidDate(a, b, c)) {
      s = Day(LocalTime{a, b, c});
      i = after_b + 2;
      // ISO 8601 "2019-03-14T14:30": the T joins the time that follows
      if (Is(i, "t") && Glued(i) && Num(i + 1) >= 0 && Glued(i + 1)) ++i;
      return true;
    }
    if (c < 0 && nb <= 2 && b >= 1 && b <= 12 && sep != '.') {
      s.start = LocalTime{a, b, 1};
      s.grain = Grain::kMonth;
      i = after_b;
      return true;
    }
    return false;
  }
  if (na > 2) return false;
  if (c < 0 && nb == 4 && a >= 1 && a <= 12 && sep != '.') {  // "2/2013"
    s.start = LocalTime{b, a, 1};
    s.grain = Grain::kMonth;
    i = after_b;
    return true;
  }
  if (nb > 2) return false;
  // English writes a date month first with slashes; with dots and a year it is Europe's
  // order, day first, in English too ("03.12.2025": 3 December)
  const bool month_first = lang_ == Lang::kEn && !(sep == '.' && c >= 0);
  int month = month_first ? a : b, day = month_first ? b : a;
  if (month > 12 && day <= 12) std::swap(month, day);
  if (c >= 0 && (nc == 2 || nc == 4)) {
    int year = nc == 4 ? c : (c < 50 ? 2000 + c : 1900 + c);
    if (!ValidDate(year, month, day)) return false;
    if ((Num(after_b + 2) >= 0 && Glued(after_b + 2)) || sep_at(after_b + 2) == sep) return false;
    s = Day(LocalTime{year, month, day});
    i = after_b + 2;
    return true;
  }
  if (sep == '.' || c >= 0) return false;  // "3.5" is a number; "1-2-345" is not a date
  if (sep == '/' && a == 24 && b == 7) return false;  // "open 24/7": always
  if (sep == '-' && j == i && !DashedDateHasContext(j, after_b)) return false;  // "we won 3-1"
  // "7 - 8", "10 - 11": small numbers around a spaced dash are a range of hours or counts
  if (sep == '-' && !(Glued(k) && Glued(k + 1)) && a <= 12 && b <= 12) return false;
  if (IsWordTok(after_b) && Glued(after_b) &&
      (Is(after_b, "am") || Is(after_b, "pm") || Is(after_b, "h") || Is(after_b, "a") ||
       Is(after_b, "p")))
    return false;  // "9-11am" is a range of hours
  auto d = ForwardMonthDay(month, day);
  if (!d) return false;
  s = Day(*d);
  i = after_b;
  return true;
}

}  // namespace chatbeto::events::detail
