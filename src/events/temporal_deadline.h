// "by 2pm", "by tomorrow", "by the end of the month", "EOD": a deadline. Duckling
// resolves one as the interval from the reference time to it; FindTemporal's
// matches keep the deadline's own time (the scanner plans at it), and `when`
// shows the interval. Pure.
#pragma once
#include <optional>
#include <string_view>

#include "events/temporal.h"

namespace chatbeto::events {

// When `m`, found in `text`, is said as a deadline in English ("by" right
// before it, or beginning it; or `m.deadline`, with or without "by": "EOD",
// "close of business Friday"): the match widened over the "by", from
// `reference` (grain second) to the deadline, `end_time` its last second,
// i.e. one second before the deadline's start when it is a point ("by 2pm":
// 13:59:59, "by tomorrow": 23:59:59 today), one second before the end of its
// last unit when it is an interval ("by the end of next month": the last
// second of that month; "by tonight": 23:59:59, a part of the day's end being exclusive
// already) or a `deadline` ("EOD": 23:59:59 today). nullopt
// otherwise, and when the deadline is not after `reference`.
std::optional<TemporalMatch> AsDeadline(const TemporalMatch& m, std::string_view text, Lang lang,
                                        const LocalTime& reference);

}  // namespace chatbeto::events
