// The n-th nearest weekday or holiday to a day, looking both ways: "the
// closest Monday to Oct 5th", "the 2nd closest Tuesday to March 3", "the
// third closest xmas to today", "the nearest friday to the 15th"; "el lunes
// más cercano al 5 de octubre", "la segunda Navidad más cercana a hoy". The
// day itself counts (distance 0); of two as near, the later comes first.
#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "events/temporal_calendar.h"
#include "events/temporal_holiday_table.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

constexpr int kMaxN = 9;

// The n-th (from 1) of `days` nearest to `anchor`, ties to the later one.
LocalTime NthNearest(std::vector<LocalTime> days, const LocalTime& anchor, int n) {
  const int64_t a = ToSeconds(anchor);
  std::sort(days.begin(), days.end(), [a](const LocalTime& x, const LocalTime& y) {
    const int64_t dx = std::llabs(ToSeconds(x) - a), dy = std::llabs(ToSeconds(y) - a);
    return dx != dy ? dx < dy : ToSeconds(x) > ToSeconds(y);
  });
  return days[static_cast<size_t>(n - 1)];
}

}  // namespace

bool Parser::ClosestDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  if (es ? (Is(j, "el") || Is(j, "la")) : Is(j, "the")) ++j;
  // The word that makes it one first (ParseDate asks at every token): "closest" within
  // an ordinal of the start, "más" after the weekday or holiday.
  bool marked = false;
  for (size_t k = j; k < std::min(j + (es ? 9 : 3), toks_.size()) && !marked; ++k) {
    const std::string_view w = toks_[k].text;
    marked = es ? w == "mas" : (w == "closest" || w == "nearest");
  }
  if (!marked) return false;
  // which one: "2nd", "second", "segundo"
  int n = 1;
  if (Num(j) >= 1 && Num(j) <= kMaxN && IsWordTok(j + 1) && Glued(j + 1) &&
      OrdinalSuffix(lang_, toks_[j + 1].text)) {
    n = Num(j);
    j += 2;
  } else if (IsWordTok(j) && OrdinalWord(lang_, toks_[j].text) &&
             OrdinalWord(lang_, toks_[j].text).value <= kMaxN) {
    n = OrdinalWord(lang_, toks_[j].text).value;
    ++j;
  }
  if (!es) {
    if (!(Is(j, "closest") || Is(j, "nearest"))) return false;
    ++j;
  }
  // what: a weekday (abbreviated only before "to": "sat" and "sun" are words) or a holiday
  int weekday = -1;
  const Holiday* holiday = nullptr;
  if (IsWordTok(j) && WeekdayWord(lang_, toks_[j].text) &&
      (!WeekdayWord(lang_, toks_[j].text).weak || Is(j + 1, "to") || Is(j + 1, "mas"))) {
    weekday = WeekdayWord(lang_, toks_[j].text).value;
    ++j;
  } else if (!(holiday = HolidayName(j))) {
    return false;
  }
  if (es) {
    if (!Is(j, "mas") || !(Is(j + 1, "cercano") || Is(j + 1, "cercana"))) return false;
    j += 2;
    if (!(Is(j, "a") || Is(j, "al"))) return false;
  } else if (!Is(j, "to")) {
    return false;
  }
  ++j;
  // The anchor is parsed by ParseDate, which may come back here ("the closest
  // Monday to the closest Monday to ..."): a few levels at most, so that no
  // text can exhaust the stack.
  thread_local int depth = 0;
  if (depth >= 3) return false;
  struct Nest {
    Nest() { ++depth; }
    ~Nest() { --depth; }
  } nest;
  Span anchor;
  if (!ParseDate(j, anchor) || anchor.grain != Grain::kDay || anchor.end || anchor.instant)
    return false;
  const LocalTime a = DateOnly(anchor.start);
  std::vector<LocalTime> days;
  if (weekday >= 0) {
    const LocalTime first = AddDays(a, -7 * (n + 1));
    for (int d = 0; d <= 14 * (n + 1); ++d)
      if (Weekday(AddDays(first, d)) == weekday) days.push_back(AddDays(first, d));
  } else {
    for (int y = a.year - n - 1; y <= a.year + n + 1; ++y)
      if (auto d = HolidayInYear(*holiday, y)) days.push_back(*d);
    if (static_cast<int>(days.size()) < n) return false;
  }
  s = Day(NthNearest(std::move(days), a, n));
  if (holiday)
    if (int span = HolidaySpan(*holiday, s.start); span > 0) s.end = AddDays(s.start, span);
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
