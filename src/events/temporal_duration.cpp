// How long, after a start: "at 4pm for 30 minutes", "18th Dec for 10 days",
// "3pm for half an hour", "a las 5 durante 2 horas", "el lunes por 3 días",
// "durante media hora". The expression becomes an interval that ends that long
// after its start.
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

bool Parser::ForDuration(size_t& i, Grain& unit, int& amount) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  if (!(es ? (Is(j, "durante") || Is(j, "por")) : Is(j, "for"))) return false;
  ++j;
  if (!es && Is(j, "the") && Is(j + 1, "next")) j += 2;  // "for the next 2 hours"
  // half an hour, media hora
  if ((!es && Is(j, "half") && (Is(j + 1, "an") || Is(j + 1, "a")) && Is(j + 2, "hour")) ||
      (es && Is(j, "media") && Is(j + 1, "hora"))) {
    unit = Grain::kMinute;
    amount = 30;
    i = j + (es ? 2 : 3);
    return true;
  }
  int n = 1;
  if ((!es && (Is(j, "a") || Is(j, "an"))) || (es && (Is(j, "un") || Is(j, "una")))) {
    ++j;
  } else if (!SmallNumber(j, n, 99) || n < 1) {
    return false;
  }
  if (!IsWordTok(j)) return false;
  Unit u = UnitWord(lang_, toks_[j].text);
  if (u.count == 0 || (Is(j, "h") && !Glued(j))) return false;
  unit = u.grain;
  amount = n * u.count;
  i = j + 1;
  return true;
}

}  // namespace chatbeto::events::detail
