// JoinRanges (events/temporal_join.h): two expressions no finer rule read as
// one range become one when a lead stands before the first and a connector
// that fits it between them ("from christmas to new year's day", "between
// thanksgiving and christmas", "from now until friday"; "de navidad a reyes",
// "desde ahora hasta el viernes", "entre navidad y reyes"). And a year after
// "from" / "a partir de" ("from 2015 on"). And "within <amount>": the window from now
// to then (Duckling's reading). And four digits right after a day relative to today or a
// weekday: that day's 24-hour clock. Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalJoinEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalJoinEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalJoinEn,
    ::testing::Values(
        Case{"from christmas to new year's day", "2013-12-25T00:00:00", "day", "2014-01-01T00:00:00",
             "from christmas to new year's day"},
        Case{"between thanksgiving and christmas", "2013-11-28T00:00:00", "day",
             "2013-12-25T00:00:00"},
        Case{"off from christmas through new year", "2013-12-25T00:00:00", "day",
             "2014-01-01T00:00:00", "from christmas through new year"},
        // a day or longer ends at its last moment at the finer grain; a clock time at itself
        Case{"from now until friday", "2013-02-12T04:30:00", "second", "2013-02-15T23:59:59"},
        Case{"from now to 5pm", "2013-02-12T04:30:00", "second", "2013-02-12T17:00:00"},
        // a year after "from": the years a bare year may be
        Case{"from 2015 on", "2015-01-01T00:00:00", "year", "", "from 2015"},
        Case{"the bus from 1845", "", ""},
        // no lead, or a connector that does not fit it: two expressions (the longest
        // is checked: a joined one would be longer)
        Case{"christmas and new year's day", "2014-01-01T00:00:00", "day", "", "new year's day"},
        Case{"between christmas to new year", "2013-12-25T00:00:00", "day", "", "christmas"},
        Case{"from christmas and new year", "2013-12-25T00:00:00", "day", "", "christmas"},
        // the second before the first: not a range
        Case{"from new year's day to christmas", "2014-01-01T00:00:00", "day", "",
             "new year's day"},
        // a time of day only on the second keeps it for the second ("at 10" is Friday's)
        Case{"from monday to friday at 10", "2013-02-18T10:00:00", "hour"}));

class TemporalJoinEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalJoinEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalJoinEs,
    ::testing::Values(
        Case{"de navidad a reyes", "2013-12-25T00:00:00", "day", "2014-01-06T00:00:00"},
        Case{"entre navidad y reyes", "2013-12-25T00:00:00", "day", "2014-01-06T00:00:00"},
        Case{"desde navidad hasta año nuevo", "2013-12-25T00:00:00", "day", "2014-01-01T00:00:00"},
        Case{"desde ahora hasta el viernes", "2013-02-12T04:30:00", "second",
             "2013-02-15T23:59:59"},
        Case{"a partir de 2015", "2015-01-01T00:00:00", "year"},
        Case{"entre navidad a reyes", "2013-12-25T00:00:00", "day", "", "navidad"},
        Case{"navidad y reyes", "2013-12-25T00:00:00", "day", "", "navidad"}));

class TemporalWithinEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalWithinEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalWithinEn,
    ::testing::Values(
        Case{"within 2 hours", "2013-02-12T04:30:00", "second", "2013-02-12T06:30:00"},
        Case{"call me within 10 minutes", "2013-02-12T04:30:00", "second", "2013-02-12T04:40:00",
             "within 10 minutes"},
        Case{"within 2 weeks", "2013-02-12T04:30:00", "second", "2013-02-26T00:00:00"},
        // "in" is the moment itself, not a window
        Case{"in 2 hours", "2013-02-12T06:30:00", "minute"},
        // no amount: nothing
        Case{"within reason", "", ""}));

class TemporalDayClockEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalDayClockEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalDayClockEn,
    ::testing::Values(
        Case{"tomorrow 1500", "2013-02-13T15:00:00", "minute"},
        Case{"day after tomorrow 0930", "2013-02-14T09:30:00", "minute"},
        Case{"Saturday, 1930", "2013-02-16T19:30:00", "minute"},
        Case{"thursday 1845", "2013-02-14T18:45:00", "minute"},
        // a year near now after a weekday stays apart; no clock past 23:59
        Case{"friday 2017", "2013-02-15T00:00:00", "day", "", "friday"},
        Case{"monday 1260", "2013-02-18T00:00:00", "day", "", "monday"},
        Case{"tuesday 2400", "2013-02-19T00:00:00", "day", "", "tuesday"},
        // four digits anywhere else still need "at", am/pm or a part of the day
        Case{"room 1500", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
