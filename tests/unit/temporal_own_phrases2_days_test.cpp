// Session 32's blind round, continued (temporal_own_phrases2_test.cpp): named days the
// tables lacked, found by trying the families of the round's misses (temporal_holiday_table_
// more.cpp): the UN's international days in English and Spanish, days of the US, the UK
// and Canada; and names that read a shorter wrong day before ("pearl harbor remembrance
// day" read Remembrance Day, "día mundial de la salud mental" World Health Day).
// Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn2DaysEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2DaysEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2DaysEn,
    ::testing::Values(
        Case{"world radio day", "2013-02-13T00:00:00", "day"},
        Case{"world autism awareness day 2014", "2014-04-02T00:00:00", "day"},
        Case{"international day of yoga", "2013-06-21T00:00:00", "day"},
        Case{"international day for the elimination of violence against women",
             "2013-11-25T00:00:00", "day"},
        Case{"world habitat day 2014", "2014-10-06T00:00:00", "day"},  // first Monday of October
        Case{"administrative professionals day", "2013-04-24T00:00:00", "day"},
        Case{"secretaries day 2014", "2014-04-23T00:00:00", "day"},
        Case{"pearl harbor remembrance day", "2013-12-07T00:00:00", "day"},
        Case{"remembrance day", "2013-11-11T00:00:00", "day"},
        Case{"remembrance sunday", "2013-11-10T00:00:00", "day"},
        Case{"canadian thanksgiving", "2013-10-14T00:00:00", "day"},
        Case{"thanksgiving", "2013-11-28T00:00:00", "day"},
        Case{"kwanzaa", "2013-12-26T00:00:00", "day", "2014-01-01T00:00:00"},
        Case{"washington's birthday", "2013-02-18T00:00:00", "day"},
        // words of a world day that name none
        Case{"the world", "", ""},
        Case{"world cup day", "", ""}));

class TemporalOwn2DaysEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2DaysEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2DaysEs,
    ::testing::Values(
        Case{"el día mundial de la radio", "2013-02-13T00:00:00", "day"},
        Case{"día mundial de la salud mental", "2013-10-10T00:00:00", "day"},
        Case{"día mundial de la salud", "2013-04-07T00:00:00", "day"},
        Case{"día mundial contra el sida", "2013-12-01T00:00:00", "day"},
        Case{"día de las naciones unidas", "2013-10-24T00:00:00", "day"},
        Case{"día internacional de la eliminación de la violencia contra la mujer",
             "2013-11-25T00:00:00", "day"},
        Case{"el día mundial del hábitat", "2013-10-07T00:00:00", "day"},
        Case{"el día mundial de los docentes", "2013-10-05T00:00:00", "day"},
        Case{"un día mundial", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
