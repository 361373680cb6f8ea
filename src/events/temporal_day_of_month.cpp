// A day of the month as a number or a word, with or without its ordinal mark: "15", "15th",
// "14 th", "1° de mayo", "twenty-first", "quince" (remembered per token and mark).
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::DayOfMonth(size_t& i, int& d, bool need_mark) const {
  if (i >= toks_.size()) return false;  // (no token: no day)
  if (day_of_month_.empty()) day_of_month_.resize(toks_.size());
  DayOfMonthAnswer& a = day_of_month_[i];
  if (a.day[need_mark] < 0) {
    size_t end = i;
    int day = 0;
    a.day[need_mark] = DayOfMonthUncached(end, day, need_mark) ? static_cast<int8_t>(day) : 0;
    a.end[need_mark] = static_cast<uint32_t>(end);
  }
  if (a.day[need_mark] == 0) return false;
  d = a.day[need_mark];
  i = a.end[need_mark];
  return true;
}

bool Parser::DayOfMonthUncached(size_t& i, int& d, bool need_mark) const {
  size_t j = i;
  if (int n = Num(j); n >= 1 && n <= 31 && Digits(j) <= 2) {
    ++j;
    bool mark = false;
    if (IsWordTok(j) && Glued(j) && OrdinalSuffix(lang_, toks_[j].text)) {
      ++j;
      mark = true;
    } else if (lang_ == Lang::kEn && IsWordTok(j) && OrdinalSuffix(lang_, toks_[j].text)) {
      ++j;  // "14 th"
      mark = true;
    } else if (Glued(j) && j < toks_.size() && toks_[j].text == "\xC2\xB0") {
      ++j;  // "1° de mayo": a degree sign typed for the ordinal indicator
      mark = true;
    }
    if (need_mark && !mark) return false;
    d = n;
    i = j;
    return true;
  }
  if (!IsWordTok(j)) return false;
  Word w = OrdinalWord(lang_, toks_[j].text);
  if (lang_ == Lang::kEn) {
    // "twenty-first", "thirty first"
    Word tens = NumberWord(lang_, toks_[j].text);
    if (tens && (tens.value == 20 || tens.value == 30)) {
      size_t k = j + 1 + (IsP(j + 1, '-') ? 1 : 0);
      Word unit = IsWordTok(k) ? OrdinalWord(lang_, toks_[k].text) : Word{};
      if (unit && unit.value <= 9) {
        d = tens.value + unit.value;
        if (d > 31) return false;
        i = k + 1;
        return true;
      }
    }
  }
  if (w && w.value <= 31) {
    d = w.value;
    i = j + 1;
    return true;
  }
  if (!need_mark) {  // "el cinco de mayo", "día quince"
    int v;
    size_t k = j;
    if (SmallNumber(k, v, 31) && v >= 1) {
      d = v;
      i = k;
      return true;
    }
  }
  return false;
}

}  // namespace chatbeto::events::detail
