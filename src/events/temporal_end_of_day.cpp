// The end of a working day as a deadline: "EOD", "COB", "end of day", "close
// of business", "by the end of the day", "EOD Friday", "tomorrow by COB", "by
// the end of tomorrow". The match is that day, marked `deadline`: AsDeadline
// (temporal_deadline.h) reads it, with or without "by", as from the reference
// time to the last second of the day. Close of business is taken as the end
// of the day too: business hours vary, and Duckling's "by EOD" ends at
// midnight.
#include <string_view>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::EndOfDayWords(size_t& i) const {
  if (lang_ != Lang::kEn || !IsWordTok(i)) return false;
  size_t j = i;
  auto deadline_lead = [&] {
    return j > 0 && (Is(j - 1, "by") || Is(j - 1, "before") || Is(j - 1, "until") ||
                     Is(j - 1, "till") || Is(j - 1, "til"));
  };
  const std::string_view w = toks_[j].text;
  if (w == "eod") {
    i = j + 1;
    return true;
  }
  // "corn on the cob": only written in capitals, or after a word that sets a deadline
  if (w == "cob" && (text_.substr(toks_[j].begin, 3) == "COB" || deadline_lead())) {
    i = j + 1;
    return true;
  }
  if (w != "the" && w != "end" && w != "close") return false;
  // "at the end of the day" is "all things considered": the day with its
  // article only after a word that sets a deadline ("by the end of the day")
  const bool lead = deadline_lead();
  if (w == "the") {
    if (!lead) return false;
    ++j;
  }
  if (!(Is(j, "end") || Is(j, "close")) || !Is(j + 1, "of")) return false;
  const bool close = Is(j, "close");
  j += 2;
  const bool the = Is(j, "the");
  if (the) ++j;
  if (Is(j, "business")) {  // "close of business", "end of the business day"
    ++j;
    if (Is(j, "day")) ++j;
  } else if (Is(j, "day") && !close) {
    if (the && !lead) return false;
    ++j;
  } else if (Is(j, "play") && close && !the) {  // British "close of play"
    ++j;
  } else {
    return false;
  }
  i = j;
  return true;
}

bool Parser::DayDeadline(size_t& i, Span& s) const {
  if (lang_ != Lang::kEn) return false;
  // The day after it is parsed by ParseDate, which comes back here ("EOD EOD
  // ..."): one level, so that no text can exhaust the stack.
  thread_local bool nested = false;
  if (nested) return false;
  struct Nest {
    Nest() { nested = true; }
    ~Nest() { nested = false; }
  } nest;
  size_t j = i;
  LocalTime day = Today();
  if (!EndOfDayWords(j)) {
    // "by the end of tomorrow", "end of Friday"
    if (Is(j, "the")) ++j;
    if (!Is(j, "end") || !Is(j + 1, "of")) return false;
    size_t m = j + 2;
    Span d;
    if (!ParseDate(m, d) || d.grain != Grain::kDay || d.end || d.instant) return false;
    s = d;
    s.end_of = true;
    i = m;
    return true;
  }
  // "EOD Friday", "COB today", "close of business on Monday"
  size_t m = j;
  if (IsP(m, ',')) ++m;
  if (Is(m, "on")) ++m;
  Span d;
  if (ParseDate(m, d) && d.grain == Grain::kDay && !d.end && !d.instant) {
    s = d;
    j = m;
  } else {
    s = Day(day);
  }
  s.end_of = true;
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
