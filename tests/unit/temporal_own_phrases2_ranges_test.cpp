// Session 32's blind round, continued (temporal_own_phrases2_test.cpp): a month, a day or a
// quarter in a year said by its distance ("June next year", "el 5 de junio del año
// pasado"), the hour by its distance ("next hour", "la próxima hora"), two bare hours
// before a day ("9 to 5 on monday"), and parts of the day inside a range of hours ("de 9
// de la mañana a 1 de la tarde", "from 9 to 1 in the afternoon"). Reference: Tuesday 12
// February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn2RelativeYear : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2RelativeYear, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2RelativeYear,
    ::testing::Values(
        Case{"june next year", "2014-06-01T00:00:00", "month"},
        Case{"in june of next year", "2014-06-01T00:00:00", "month"},
        Case{"march of last year", "2012-03-01T00:00:00", "month"},
        Case{"the 5th of june next year", "2014-06-05T00:00:00", "day"},
        Case{"december 3rd of the following year", "2014-12-03T00:00:00", "day"},
        Case{"first quarter of next year", "2014-01-01T00:00:00", "quarter"},
        Case{"Q1 next year", "2014-01-01T00:00:00", "quarter"},
        Case{"the third quarter of last year", "2012-07-01T00:00:00", "quarter"},
        Case{"christmas next year", "2014-12-25T00:00:00", "day"},
        // "may" the verb before "next year": only the year
        Case{"I may next year", "2014-01-01T00:00:00", "year", "", "next year"},
        // no 29 February in 2014: only the year
        Case{"feb 29th next year", "2014-01-01T00:00:00", "year", "", "next year"}));

class TemporalOwn2RelativeYearEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2RelativeYearEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2RelativeYearEs,
    ::testing::Values(
        Case{"septiembre del año que viene", "2014-09-01T00:00:00", "month"},
        Case{"en marzo del año pasado", "2012-03-01T00:00:00", "month"},
        Case{"junio de este año", "2013-06-01T00:00:00", "month"},
        Case{"el 5 de junio del próximo año", "2014-06-05T00:00:00", "day"},
        Case{"el primer trimestre del año que viene", "2014-01-01T00:00:00", "quarter"},
        Case{"la Navidad del año pasado", "2012-12-25T00:00:00", "day"},
        Case{"el año que viene", "2014-01-01T00:00:00", "year"}));

class TemporalOwn2Hour : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2Hour, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2Hour,
    ::testing::Values(Case{"next hour", "2013-02-12T05:00:00", "hour"},
                      Case{"within the next hour or so", "2013-02-12T05:00:00", "hour", "",
                           "the next hour"},
                      Case{"in the past hour", "2013-02-12T03:00:00", "hour", "", "the past hour"},
                      Case{"this hour", "2013-02-12T04:00:00", "hour"},
                      Case{"every hour", "", ""},
                      Case{"in the next hours", "", ""}));

class TemporalOwn2HourEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2HourEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2HourEs,
    ::testing::Values(Case{"la próxima hora", "2013-02-12T05:00:00", "hour"},
                      Case{"en la hora que viene", "2013-02-12T05:00:00", "hour", "",
                           "la hora que viene"},
                      // the latest news, at the last minute: no hour
                      Case{"noticias de última hora", "", ""},
                      Case{"lo cambiaron a última hora", "", ""}));

class TemporalOwn2BareRange : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2BareRange, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2BareRange,
    ::testing::Values(
        Case{"9 to 5 on monday", "2013-02-18T09:00:00", "hour", "2013-02-18T17:00:00"},
        Case{"2-4 tomorrow", "2013-02-13T14:00:00", "hour", "2013-02-13T16:00:00"},
        Case{"11 to 1 on friday", "2013-02-15T11:00:00", "hour", "2013-02-15T13:00:00"},
        // no day after them: no range ("I work 9 to 5")
        Case{"I work 9 to 5", "", ""},
        // a score is no range across noon
        Case{"they won 3 to 1 on sunday", "2013-02-17T13:00:00", "hour", "", "1 on sunday"},
        // in words, minutes before the hour
        Case{"ten to twelve on friday", "2013-02-15T11:50:00", "minute"}));

class TemporalOwn2BareRangeEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2BareRangeEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2BareRangeEs,
    ::testing::Values(Case{"9 a 5 el lunes", "2013-02-18T09:00:00", "hour", "2013-02-18T17:00:00"},
                      Case{"ganamos 3 a 1", "", ""}));

class TemporalOwn2PodInRange : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2PodInRange, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2PodInRange,
    ::testing::Values(
        Case{"from 9 in the morning to 1 in the afternoon", "2013-02-12T09:00:00", "hour",
             "2013-02-12T13:00:00"},
        Case{"from 8 in the evening to 10 at night", "2013-02-12T20:00:00", "hour",
             "2013-02-12T22:00:00"},
        Case{"from 9 to 1 in the afternoon", "2013-02-12T09:00:00", "hour", "2013-02-12T13:00:00"},
        Case{"from 3 to 5 in the afternoon", "2013-02-12T15:00:00", "hour", "2013-02-12T17:00:00"},
        Case{"from 10 to 12 in the morning", "2013-02-12T10:00:00", "hour",
             "2013-02-12T12:00:00"}));

class TemporalOwn2PodInRangeEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2PodInRangeEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2PodInRangeEs,
    ::testing::Values(
        Case{"de 9 de la mañana a 1 de la tarde", "2013-02-12T09:00:00", "hour",
             "2013-02-12T13:00:00"},
        Case{"desde las 9 de la mañana hasta las 2 de la tarde", "2013-02-12T09:00:00", "hour",
             "2013-02-12T14:00:00"},
        Case{"entre las 9 de la mañana y la 1 de la tarde", "2013-02-12T09:00:00", "hour",
             "2013-02-12T13:00:00"},
        Case{"de 9 a 1 de la tarde", "2013-02-12T09:00:00", "hour", "2013-02-12T13:00:00"},
        Case{"de 8 a 10 de la noche", "2013-02-12T20:00:00", "hour", "2013-02-12T22:00:00"},
        // a part of the day after one hour only: that hour
        Case{"a las 9 de la mañana", "2013-02-12T09:00:00", "hour"}));

}  // namespace
}  // namespace chatbeto::events::testing

namespace chatbeto::events::testing {
namespace {

// Months as a range with a bare word ("from jan to march", "between june and august", "de
// enero a marzo"; not "we march to june"); "after work" (17-21) and "after school" (15-21),
// Duckling's; hours and minutes of an amount written as a clock's ("in 1h30").
class TemporalOwn2MoreRanges : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2MoreRanges, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2MoreRanges,
    ::testing::Values(
        Case{"from jan to march", "2014-01-01T00:00:00", "month", "2014-03-01T00:00:00"},
        Case{"from may to june", "2013-05-01T00:00:00", "month", "2013-06-01T00:00:00"},
        Case{"between june and august", "2013-06-01T00:00:00", "month", "2013-08-01T00:00:00"},
        Case{"January to March 2014", "2014-01-01T00:00:00", "month", "2014-03-01T00:00:00"},
        Case{"we march to june", "", ""},
        Case{"may to june", "", ""},
        Case{"after work", "2013-02-12T17:00:00", "hour", "2013-02-12T21:00:00"},
        Case{"tomorrow after school", "2013-02-13T15:00:00", "hour", "2013-02-13T21:00:00"},
        Case{"after workout", "", ""},
        Case{"in 1h30", "2013-02-12T06:00:00", "second"},
        Case{"in 10h30m", "2013-02-12T15:00:00", "second"},
        Case{"1h30", "2013-02-13T01:30:00", "minute"}));

class TemporalOwn2MoreRangesEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2MoreRangesEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2MoreRangesEs,
    ::testing::Values(
        Case{"de enero a marzo", "2014-01-01T00:00:00", "month", "2014-03-01T00:00:00"},
        Case{"entre junio y agosto", "2013-06-01T00:00:00", "month", "2013-08-01T00:00:00"},
        Case{"dentro de 1h30", "2013-02-12T06:00:00", "second"},
        Case{"hace 2h15", "2013-02-12T02:15:00", "second"},
        Case{"a las 10h30", "2013-02-12T10:30:00", "minute"}));

}  // namespace
}  // namespace chatbeto::events::testing
