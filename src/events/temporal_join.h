// Two expressions that no finer rule read as one range, joined into one when
// the text between and before them makes them its ends: "from christmas to
// new year's day", "between thanksgiving and christmas", "from now until
// friday"; "de navidad a reyes", "desde ahora hasta el viernes", "entre el
// puente y navidad". Pure.
#pragma once
#include <vector>

#include "events/temporal.h"
#include "events/temporal_tokens.h"

namespace chatbeto::events::detail {

// Joins neighbours in `matches` (FindTemporal's, left to right, from `text`'s
// `tokens`) where a lead ("from", "between"; "de", "del", "desde", "entre")
// stands right before the first and a connector that fits it right between
// the two ("to", "until", "till", "through",
// "-"; "and" after "between"; "a", "al", "hasta"; "y" after "entre"), when the
// second starts after the first and names a time of day only if the first does
// (so "desde el lunes hasta el viernes a las 10" keeps its time on Friday). The
// joined match spans lead to second, starts at the first, and ends at the second's
// time of day ("to 5pm": 17:00) or, for a day or longer, at its last unit at the
// joined grain (the finer of the two): "until friday" from now ends at 23:59:59 on
// Friday, "to new year's day" (day grain) on 1 January.
void JoinRanges(std::string_view text, Lang lang, const std::vector<Token>& tokens,
                std::vector<TemporalMatch>& matches);

}  // namespace chatbeto::events::detail
