// "before 5pm", "no later than Friday", "until 3pm", "after Christmas", "from 6pm on",
// "antes del 15", "hasta el jueves", "a más tardar el lunes", "a partir de las 3": an
// open interval, Duckling's kind OpenInterval. FindTemporal's matches keep the bound alone
// (the scanner plans at it, as for a deadline); `when` shows the open interval. Pure.
#pragma once
#include <optional>
#include <string_view>

#include "events/temporal.h"

namespace chatbeto::events {

// When the words right before `m` in `text` (or right after it: "from 6pm on", "de las 5
// en adelante") bound it on one side: the match widened over them, `open` kBefore (it is
// the latest: "before", "until", "no later than", "antes de", "hasta", "a más tardar") or
// kAfter (the earliest: "after", "since", "from ... on", "not before", "después de", "a
// partir de", "desde"); `start` stays the bound, `end_time` unset. A match that names a day
// and a time with such words between them ("tomorrow after 5pm", "el lunes hasta las 3": the
// parser reads the bound on that day) is the open interval itself, its text unchanged.
// nullopt when there are
// no such words, when `m` is already an interval or a deadline, and for "by" (a deadline:
// AsDeadline).
std::optional<TemporalMatch> AsOpenInterval(const TemporalMatch& m, std::string_view text,
                                            Lang lang);

namespace detail {
// Whether `text` ends at byte `e` with `words` (lowercase, single spaces; the text's
// spaces may be runs, its letters any ASCII case) starting a word: not right after a
// letter, digit or non-ASCII byte ("ñby" is no "by"). The first word's offset into `from`.
bool EndsWithWords(std::string_view text, size_t e, std::string_view words, size_t& from);
}  // namespace detail

}  // namespace chatbeto::events
