// Session 32's blind round, continued (temporal_own_phrases2_test.cpp): words that name a
// date only in some places. A season with its article as the whole phrase ("el verano"),
// a day written as an ordinal "of" something that is no month ("el cuarto de baño"), a
// feast whose name is also a common word ("Lent", "la Ascensión"), a year alone as the
// whole text ("1999"), and Spanish feasts and Mother's Day by country. Reference: Tuesday
// 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn2WordsEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2WordsEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2WordsEn,
    ::testing::Values(
        Case{"the summer", "2013-06-21T00:00:00", "day", "2013-09-23T00:00:00"},
        Case{"the summer camp", "", ""},
        Case{"I love the spring", "", ""},
        Case{"the second of the two", "", ""},
        Case{"the third of them", "", ""},
        Case{"the first of next month", "2013-03-01T00:00:00", "day"},
        Case{"the fifth of november", "2013-11-05T00:00:00", "day"},
        Case{"lent", "2013-02-13T00:00:00", "day", "2013-03-30T00:00:00"},
        Case{"until lent", "2013-02-13T00:00:00", "day", "2013-03-30T00:00:00", "lent"},
        Case{"I lent him my car", "", ""},
        Case{"the lent money", "", ""},
        Case{"1999", "1999-01-01T00:00:00", "year"},
        Case{"2015?", "2015-01-01T00:00:00", "year", "", "2015"},
        Case{"Pay ABC 2000", "", ""},
        Case{"2000 euros", "", ""},
        Case{"$2000", "", ""},
        Case{"2015 2016", "", ""},
        Case{"1850", "", ""},
        // a phone number written with spaces is no clock ("at 555" alone is 5:55)
        Case{"call me at 555 1234", "", ""},
        Case{"at 1030 tomorrow", "2013-02-13T10:30:00", "minute"}));

class TemporalOwn2WordsEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn2WordsEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn2WordsEs,
    ::testing::Values(
        Case{"el verano", "2013-06-21T00:00:00", "day", "2013-09-23T00:00:00"},
        Case{"¿la primavera?", "2013-03-20T00:00:00", "day", "2013-06-21T00:00:00",
             "la primavera"},
        Case{"el invierno fue duro", "", ""},
        Case{"el cuarto de baño", "", ""},
        Case{"el primero de la clase", "", ""},
        Case{"el segundo de la lista", "", ""},
        Case{"el primero de mayo", "2013-05-01T00:00:00", "day"},
        Case{"el primero del mes que viene", "2013-03-01T00:00:00", "day"},
        Case{"la Ascensión", "2013-05-09T00:00:00", "day"},
        Case{"el jueves de la Ascensión", "2013-05-09T00:00:00", "day"},
        Case{"hasta la ascensión", "2013-05-09T00:00:00", "day", "", "la ascensión"},
        Case{"la ascensión al Everest", "", ""},
        Case{"el día de San José", "2013-03-19T00:00:00", "day"},
        Case{"un vuelo a San José", "", ""},
        Case{"Santiago Apóstol", "2013-07-25T00:00:00", "day"},
        Case{"el día de la madre", "2013-05-12T00:00:00", "day"},
        Case{"el día de la madre en España", "2013-05-05T00:00:00", "day"},
        Case{"el día de las madres en México", "2013-05-10T00:00:00", "day"},
        Case{"el día del padre en España", "2013-03-19T00:00:00", "day"},
        Case{"2018", "2018-01-01T00:00:00", "year"},
        Case{"son 2000", "", ""},
        Case{"llámame al 612 345 678", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
