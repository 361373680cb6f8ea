// English times of day: "3pm", "at 7:30", "half past 11", "a quarter to noon",
// "20 minutes to 2pm", "seven thirty p.m.", "15h15", "1030", "7ish".
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

bool ValidClock(const Clock& c) { return c.hour >= 0 && c.hour <= 24 && c.minute <= 59; }

}  // namespace

bool Parser::ClockEn(size_t& i, Clock& c, bool allow_bare) const {
  size_t j = i;
  bool at = false;
  // The 24-hour clock's word at token t ("1400 hours", "15:30 hrs"; not "hours of work").
  auto hours_word = [&](size_t t) {
    return (Is(t, "hours") || Is(t, "hrs") || Is(t, "hr")) && !Is(t + 1, "of");
  };
  // "Saturday from 4": the start of an open-ended time, after a day word
  const bool from_after_day =
      Is(j, "from") && j >= 1 && Num(j + 1) >= 0 &&
      ((IsWordTok(j - 1) && WeekdayWord(lang_, toks_[j - 1].text)) ||
       RelativeDayTok(j - 1).value_or(-1) >= 0);
  // "from 3 onwards", "free from 5 on.": a bare hour opening an open-ended time, where the
  // phrase ends or goes on as a time would (not "pages from 10 onward", "from 2 onwards the
  // list is empty")
  const bool from_onwards =
      Is(j, "from") && Num(j + 1) >= 0 && Num(j + 1) <= 24 && Digits(j + 1) <= 2 &&
      (Is(j + 2, "onwards") || Is(j + 2, "onward") ||
       (Is(j + 2, "on") && (j + 3 >= toks_.size() || toks_[j + 3].kind == Token::kPunct))) &&
      (Boundary(j + 3) || DateFollower(j + 3)) && OnwardsLead(j);
  // "like 6" opening a sentence or after a comma or "?": about 6 ("beers tomorrow? like 6")
  const bool like_lead = Is(j, "like") && Num(j + 1) >= 0 &&
                         (j == 0 || (j >= 1 && toks_[j - 1].kind == Token::kPunct));
  while (Is(j, "at") || IsP(j, '@') || Is(j, "around") || Is(j, "about") || Is(j, "by") ||
         Is(j, "for") || Is(j, "approximately") || Is(j, "approx") || ((from_after_day || from_onwards) && j == i) ||
         (like_lead && j == i) ||
         // "at like 5", "around like 6:30": the filler after a lead
         (Is(j, "like") && j > i && (Is(j - 1, "at") || Is(j - 1, "around") || Is(j - 1, "about")) &&
          (Num(j + 1) >= 0 || NumberWord(lang_, j + 1 < toks_.size() ? toks_[j + 1].text : "")))) {
    at = at || !Is(j, "for");
    ++j;
  }
  bool for_only = j > i && !at;
  Clock x;
  size_t k = j;
  bool core = false;
  // noon, midday, midnight; "12 noon", "12 midnight"
  if (Is(k, "the") && (Is(k + 1, "midday") || Is(k + 1, "noon"))) ++k;
  if (Num(k) == 12 && (Is(k + 1, "noon") || Is(k + 1, "midnight") || Is(k + 1, "midday"))) ++k;
  // ("mid-day": the hyphen between)
  const bool mid_day = Is(k, "mid") && (Is(k + 1, "day") || (IsP(k + 1, '-') && Is(k + 2, "day")));
  // "noonish", "midnightish": "ish" glued to the word says about then, as ClockSuffix's
  // "noon-ish" and "7ish" (a number and "ish" are two tokens, a word and "ish" one)
  auto noon_word = [&](std::string_view w) {
    if (Is(k, w)) return true;
    if (!IsWordTok(k)) return false;
    const std::string_view t = toks_[k].text;
    return t.size() == w.size() + 3 && t.substr(0, w.size()) == w && t.substr(w.size()) == "ish";
  };
  if (noon_word("noon") || noon_word("midday") || mid_day || noon_word("midnight")) {
    x.hour = noon_word("midnight") ? 0 : 12;
    k += mid_day ? (Is(k + 1, "day") ? 2 : 3) : 1;
    x.anchored = true;
    core = true;
  }
  // "half past 3", "quarter to noon", "20 minutes to 2pm", "15 past noon"
  if (!core) {
    size_t m = k;
    int minutes = -1;
    if (Is(m, "a") && (Is(m + 1, "quarter") || Is(m + 1, "half"))) ++m;
    if (Is(m, "quarter")) {
      minutes = 15;
      ++m;
    } else if (Is(m, "half")) {
      minutes = 30;
      ++m;
    } else if (SmallNumber(m, minutes, 59)) {
      if (Is(m, "minutes") || Is(m, "minute") || Is(m, "mins") || Is(m, "min")) ++m;
    }
    int dir = 0;                                            // +1 past, -1 to
    bool plain = minutes >= 0 && m > k && Num(m - 1) >= 0;  // "10 to 4" without "minutes"
    if (minutes >= 0) {
      if (Is(m, "past") || Is(m, "after")) dir = 1;
      if (Is(m, "to") || Is(m, "till") || Is(m, "til") || Is(m, "before") || Is(m, "of")) dir = -1;
      if (Is(m, "from") && (Is(m - 1, "minutes") || Is(m - 1, "mins"))) dir = 1;
      // "2 to 4pm" is a range; "10 to 4" and "15 to noon" are minutes before the hour
      if (dir < 0 && plain && !(Is(m + 1, "noon") || Is(m + 1, "midnight")) &&
          (minutes % 5 != 0 || minutes < 5 || Is(k - 1, "from") || Is(k - 1, "between")))
        dir = 0;
    }
    if (dir != 0) {
      size_t h = m + 1;
      Clock base;
      if (Is(h, "noon") || Is(h, "midnight")) {
        base.hour = Is(h, "noon") ? 12 : 0;
        ++h;
      } else if (SmallNumber(h, base.hour, 24)) {
        base.ambiguous = base.hour >= 1 && base.hour <= 12;
        ClockSuffix(h, base);
      } else {
        base.hour = -1;
      }
      if (base.hour >= 0) {
        int total = base.hour * 60 + dir * minutes;
        if (total < 0) total += 24 * 60;
        x = base;
        x.hour = total / 60;
        x.minute = total % 60;
        if (x.ambiguous && x.hour == 0) x.hour = 12;  // "quarter to 1" -> 12:45 (or 00:45)
        x.ambiguous = base.ambiguous;
        x.grain = Grain::kMinute;
        x.anchored = true;
        k = h;
        core = true;
      }
    } else if (Is(k, "half") && !core) {  // British "half three" = 3:30
      size_t h = k + 1;
      int hour;
      if (SmallNumber(h, hour, 12) && hour >= 1 &&
          UnitWord(lang_, IsWordTok(h) ? toks_[h].text : "").count == 0) {
        x.hour = hour;
        x.minute = 30;
        x.ambiguous = true;
        x.grain = Grain::kMinute;
        x.anchored = true;
        k = h;
        core = true;
      }
    }
  }
  // digits: "7:30", "7:30:15", "15h", "3h18", "1030", "at 3 15", "3"
  if (!core && Num(k) >= 0) {
    int n = Num(k), nd = Digits(k);
    size_t m = k + 1;
    if (nd <= 2 && n <= 24 && IsP(m, ':') && Digits(m + 1) == 2 && Num(m + 1) <= 59 &&
        !toks_[m].glued == false) {
      x.hour = n;
      x.minute = Num(m + 1);
      x.grain = Grain::kMinute;
      m += 2;
      if (IsP(m, ':') && Digits(m + 1) == 2 && Num(m + 1) <= 59) {
        x.second = Num(m + 1);
        x.grain = Grain::kSecond;
        m += 2;
      }
      // "20:15h": the European hour mark after a written clock, as "15h30"; as with "hrs"
      // below, only after "at", past 12 or with a leading zero ("it took 2:30h" is how long)
      if (Is(m, "h") && Glued(m) && (at || n >= 13 || toks_[k].text[0] == '0')) ++m;
      x.anchored = true;
      x.ambiguous = n >= 1 && n <= 12 && toks_[k].text[0] != '0';
      core = true;
    } else if (nd <= 2 && n <= 24 && IsP(m, '.') && Glued(m) && Digits(m + 1) == 2 &&
               Glued(m + 1) && Num(m + 1) <= 59 && !DottedNumber(m + 2)) {
      // "at 10.30", "7.30pm", "18.30" alone; with nothing else, "tomorrow 18.30" (a day
      // or a part of the day supports it), else a number ("costs 18.30 each")
      Clock probe;
      probe.hour = n;
      size_t q = m + 2;
      x.anchored = at || (ClockSuffix(q, probe) && probe.anchored) || LoneDottedTime(k, m + 2);
      x.hour = n;
      x.minute = Num(m + 1);
      x.grain = Grain::kMinute;
      x.ambiguous = n >= 1 && n <= 12 && toks_[k].text[0] != '0';
      m += 2;
      core = true;
    } else if (nd <= 2 && n <= 24 && Is(m, "h") && Glued(m)) {
      x.hour = n;
      x.grain = Grain::kMinute;
      ++m;
      if (Digits(m) == 2 && Glued(m) && Num(m) <= 59) {
        x.minute = Num(m);
        ++m;
      }
      x.anchored = true;
      core = true;
    } else if ((nd == 3 || nd == 4) && n % 100 <= 59 && n / 100 <= 24) {
      x.hour = n / 100;
      x.minute = n % 100;
      x.grain = Grain::kMinute;
      x.ambiguous = x.hour >= 1 && x.hour <= 12 && toks_[k].text[0] != '0';
      x.anchored = false;  // "1030" is a time only with "at", am/pm or "ish"
      core = true;
      Clock probe = x;
      size_t s = m;
      // "1030" is a time only with "at", am/pm, "ish", or after a part of the
      // day ("tonight 815"); "friday 2017" is a year.
      bool after_pod = k > 0 && IsWordTok(k - 1) &&
                       (Is(k - 1, "tonight") || PodWord(lang_, toks_[k - 1].text) != Pod::kNone);
      // Right after a day relative to today or a weekday (a comma between them or not),
      // four digits are that day's 24-hour clock ("tomorrow 1500", "Saturday, 1930"),
      // unless after a weekday they name a year near now ("friday 2017").
      if (nd == 4 && x.hour <= 23 && k > 0) {
        const size_t d = IsP(k - 1, ',') && k > 1 ? k - 2 : k - 1;
        if (IsWordTok(d) && RelativeDayTok(d)) {
          after_pod = true;
        } else if (IsWordTok(d)) {
          const Word wd = WeekdayWord(lang_, toks_[d].text);
          after_pod = wd && !wd.weak && (n < ref_.year - 10 || n > ref_.year + 10);
        }
      }
      // a house number: "at 221 baker street", "at 1600 pennsylvania avenue" (a street's noun
      // within the next three words, no am/pm right after the digits)
      Clock suffix = probe;
      size_t after = s;
      if (!(ClockSuffix(after, suffix) && suffix.anchored)) {
        static constexpr std::string_view kStreet[] = {"street",  "avenue",    "ave",    "road",
                                                       "rd",      "boulevard", "blvd",   "lane",
                                                       "highway", "hwy",       "parkway"};
        for (size_t w = m; w < m + 3 && w < toks_.size() && IsWordTok(w); ++w)
          for (std::string_view st : kStreet)
            if (Is(w, st)) return false;
      }
      // military time: "1400 hours", "at 0800 hrs" (four digits, 24-hour), with a leading
      // zero, after "at" or opening the phrase; not "it took 1400 hours", "1200 hours of work"
      if (nd == 4 && hours_word(m) &&
          (at || toks_[k].text[0] == '0' || k == 0 || toks_[k - 1].kind == Token::kPunct)) {
        x.ambiguous = false;
        x.anchored = true;
        ++m;
      } else if (!at && !after_pod && !(ClockSuffix(s, probe) && probe.anchored)) {
        return false;
      }
    } else if (nd <= 2 && n <= 24) {
      x.hour = n;
      x.ambiguous = n >= 1 && n <= 12 && toks_[k].text[0] != '0';
      core = true;
      Clock probe;  // "7 30 pm"
      probe.hour = n;
      size_t q = m + 1;
      bool suffixed = Digits(m) == 2 && ClockSuffix(q, probe) && probe.anchored;
      if ((at || suffixed) && Digits(m) == 2 && !Glued(m) && Num(m) <= 59) {  // "at 3 15"
        x.minute = Num(m);
        x.grain = Grain::kMinute;
        ++m;
      }
    }
    if (core) k = m;
  }
  // words: "three", "seven thirty", "twelve oh three", "four twenty-three", "ten-thirty"
  if (!core && IsWordTok(k)) {
    size_t m = k;
    int hour;
    if (SmallNumber(m, hour, 12) && Num(k) < 0 && hour >= 1) {
      x.hour = hour;
      x.ambiguous = true;
      core = true;
      size_t q = m;
      if (IsP(q, '-')) ++q;
      int minute;
      if ((Is(q, "oh") || Is(q, "zero")) && IsWordTok(q + 1)) {
        size_t r = q + 1;
        if (SmallNumber(r, minute, 9)) {  // "oh three" is only ever said of a clock
          x.minute = minute;
          x.grain = Grain::kMinute;
          x.anchored = true;
          m = r;
        }
      } else if (IsWordTok(q)) {
        size_t r = q;
        if (SmallNumber(r, minute, 59) && minute >= 10 &&
            UnitWord(lang_, IsWordTok(r) ? toks_[r].text : "").count == 0) {
          x.minute = minute;
          x.grain = Grain::kMinute;
          x.anchored = true;
          m = r;
        }
      }
      k = m;
    }
  }
  if (!core) return false;
  ClockSuffix(k, x);
  // "at 15:30 hrs", "09.45 hours": a written clock with the 24-hour clock's word after it
  // (after "at", or past 12 or with a leading zero; "it took 3:30 hours" is how long)
  if (x.grain == Grain::kMinute && k >= 3 && (IsP(k - 2, ':') || IsP(k - 2, '.')) &&
      (at || x.hour >= 13 || toks_[k - 3].text[0] == '0') &&
      hours_word(k)) {
    x.ambiguous = false;
    x.anchored = true;
    ++k;
  }
  if (Is(k, "in") && Is(k + 1, "the") && (Is(k + 2, "am") || Is(k + 2, "pm"))) ClockSuffix(k, x);
  if (at) x.anchored = x.anchored || true;
  // An hour said as a choice: "10 it is", "3 it's fine", "let's keep 10", "say 7?", "make it 8",
  // "11 instead", "11 works"
  if (!x.anchored && Num(i) >= 0 && x.hour >= 1 && x.hour <= 23 &&
      ((Is(k, "it") && (Is(k + 1, "is") || (IsP(k + 1, '\'') && Is(k + 2, "s")))) ||
       (i >= 1 && (Is(i - 1, "keep") || Is(i - 1, "say"))) ||
       // "sunday 11 then": right after a weekday that did not take it as its day
       (i >= 1 && x.hour <= 12 && IsWordTok(i - 1) && WeekdayWord(lang_, toks_[i - 1].text) &&
        !WeekdayWord(lang_, toks_[i - 1].text).weak) ||
       (i >= 2 && Is(i - 1, "it") && Is(i - 2, "make")) ||
       // "can we do 11 instead?", "11 works", "does 11 work?": an hour put in another's place
       ((Is(k, "instead") || Is(k, "works")) && !Is(k + 1, "of")) ||
       (Is(k, "work") && i >= 1 && Is(i - 1, "does"))))
    x.anchored = true;
  if (for_only && !x.anchored) return false;
  if (!x.anchored && !allow_bare && !(x.grain == Grain::kMinute && Num(i) >= 0 && IsP(i + 1, ':')))
    x.anchored = false;
  if (!ValidClock(x)) return false;
  // A unit after the number makes it a duration, not a time ("at 3 days").
  if (IsWordTok(k) && UnitWord(lang_, toks_[k].text).count > 0 && !x.anchored) return false;
  c = x;
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
