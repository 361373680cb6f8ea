// Session 32's blind round (tests/fixtures/temporal/own_phrases2.tsv): the rules its
// misreads stood for, each with neighbours of the same family and sentences that must not
// match. Reference: Tuesday 12 February 2013, 04:30 (Duckling's).
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

// Hebrew feasts of several days: from the evening they begin to their last day as kept
// outside Israel (Rosh Hashanah 2 days, Sukkot with Shemini Atzeret 8, Passover 8,
// Shavuot 2); the one-day feasts stay one day.
class TemporalOwn2HebrewFeasts : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2HebrewFeasts, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2HebrewFeasts,
    ::testing::Values(
        Case{"rosh hashanah", "2013-09-04T00:00:00", "day", "2013-09-06T00:00:00"},
        Case{"rosh hashana 2018", "2018-09-09T00:00:00", "day", "2018-09-11T00:00:00"},
        Case{"sukkot 2018", "2018-09-23T00:00:00", "day", "2018-10-01T00:00:00"},
        Case{"shavuot 2018", "2018-05-19T00:00:00", "day", "2018-05-21T00:00:00"},
        Case{"passover", "2013-03-25T00:00:00", "day", "2013-04-02T00:00:00"},
        Case{"hanukkah", "2013-11-27T00:00:00", "day", "2013-12-04T00:00:00"},
        Case{"yom kippur 2014", "2014-10-03T00:00:00", "day"},
        Case{"shemini atzeret 2018", "2018-09-30T00:00:00", "day"},
        Case{"simchat torah 2018", "2018-10-01T00:00:00", "day"}));

class TemporalOwn2HebrewFeastsEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2HebrewFeastsEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2HebrewFeastsEs,
    ::testing::Values(Case{"Pésaj", "2013-03-25T00:00:00", "day", "2013-04-02T00:00:00"},
                      Case{"Rosh Hashaná", "2013-09-04T00:00:00", "day", "2013-09-06T00:00:00"},
                      Case{"Yom Kipur", "2013-09-13T00:00:00", "day"}));

// Named seasons from their first to their last day as Duckling has them (spring 20 Mar -
// 21 Jun, summer 21 Jun - 23 Sep, fall 23 Sep - 21 Dec, winter 21 Dec - 20 Mar); "this
// season" keeps its own table; the words as no season ("spring cleaning" is read,
// "Spring Street" and "a fall" are not).
class TemporalOwn2Seasons : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2Seasons, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2Seasons,
    ::testing::Values(
        Case{"this spring", "2013-03-20T00:00:00", "day", "2013-06-21T00:00:00"},
        Case{"fall 2014", "2014-09-23T00:00:00", "day", "2014-12-21T00:00:00"},
        Case{"next autumn", "2013-09-23T00:00:00", "day", "2013-12-21T00:00:00"},
        Case{"last spring", "2012-03-20T00:00:00", "day", "2012-06-21T00:00:00"},
        Case{"summer", "2013-06-21T00:00:00", "day", "2013-09-23T00:00:00"},
        Case{"next winter", "2013-12-21T00:00:00", "day", "2014-03-20T00:00:00"},
        Case{"this season", "2012-12-21T00:00:00", "day", "2013-03-19T00:00:00"},
        Case{"I had a bad fall", "", ""}));

class TemporalOwn2SeasonsEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2SeasonsEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2SeasonsEs,
    ::testing::Values(
        Case{"la primavera de 2014", "2014-03-20T00:00:00", "day", "2014-06-21T00:00:00"},
        Case{"este otoño", "2013-09-23T00:00:00", "day", "2013-12-21T00:00:00"},
        Case{"el invierno que viene", "2013-12-21T00:00:00", "day", "2014-03-20T00:00:00"}));

}  // namespace
}  // namespace chatbeto::events::testing
