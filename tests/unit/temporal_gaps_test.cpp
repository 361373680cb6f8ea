// Phrasings added together as known gaps of the parser: intervals written as
// ISO 8601 ("start/end") or between two days with times, numeric ranges in one
// order, parts of the day with "early"/"late" on their own, open bounds
// with a bare hour ("after 6"), "a última hora", and working days ("in 3
// business days"). Each table has the inputs that must not match (or must
// match less) beside those that must. Reference: Friday 1 March 2019, 09:00.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalGapsIntervalEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsIntervalEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsIntervalEn,
    ::testing::Values(
        // ISO 8601 intervals: a glued slash between two dates that begin with their year
        Case{"2025-03-10/2025-03-14", "2025-03-10T00:00:00", "day", "2025-03-14T00:00:00"},
        Case{"2019-04-02 08:30:00/2019-04-03 18:00:00", "2019-04-02T08:30:00", "second",
             "2019-04-03T18:00:00"},
        Case{"2025-03-10T09:00/2025-03-10T17:00", "2025-03-10T09:00:00", "minute",
             "2025-03-10T17:00:00"},
        Case{"the 2019/2020 season", "", ""},  // two years, no days
        // two days with their times
        Case{"march 28 5pm to march 29 9pm", "2019-03-28T17:00:00", "hour", "2019-03-29T21:00:00"},
        Case{"2019-03-28 17:00 to 2019-03-29 21:00", "2019-03-28T17:00:00", "minute",
             "2019-03-29T21:00:00"},
        // the weekday at the end is the first after the start
        Case{"friday 18:00 - monday 08:00", "2019-03-08T18:00:00", "minute", "2019-03-11T08:00:00"},
        Case{"from friday at 6pm until sunday at 10am", "2019-03-08T18:00:00", "hour",
             "2019-03-10T10:00:00", "friday at 6pm until sunday at 10am"},
        // an end before its start is no interval: the first instant alone
        Case{"2019-03-29 17:00 to 2019-03-28 21:00", "2019-03-29T17:00:00", "minute", "",
             "2019-03-29 17:00"},
        Case{"tomorrow 5pm to the office", "2019-03-02T17:00:00", "hour", "", "tomorrow 5pm"},
        // numeric ranges: one order for both ends; the language's when both fit
        Case{"10/03-14/03", "2019-03-10T00:00:00", "day", "2019-03-14T00:00:00"},
        Case{"10/03/2025-14/03/2025", "2025-03-10T00:00:00", "day", "2025-03-14T00:00:00"},
        Case{"10/03-12/03", "2019-10-03T00:00:00", "day", "2019-12-03T00:00:00"},
        Case{"3/10-3/14", "2019-03-10T00:00:00", "day", "2019-03-14T00:00:00"},
        Case{"add 1/2-3/4 cup of milk", "", ""}));

class TemporalGapsIntervalEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsIntervalEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsIntervalEs,
    ::testing::Values(
        Case{"2025-03-10/2025-03-14", "2025-03-10T00:00:00", "day", "2025-03-14T00:00:00"},
        Case{"del viernes a las 17 al lunes a las 9", "2019-03-08T17:00:00", "hour",
             "2019-03-11T09:00:00"},
        Case{"desde el 3 de mayo a las 10 hasta el 4 de mayo a las 12", "2019-05-03T10:00:00",
             "hour", "2019-05-04T12:00:00"},
        Case{"el viernes a las 5 a casa de Juan", "2019-03-08T17:00:00", "hour", "",
             "el viernes a las 5"},
        Case{"10/03-14/03", "2019-03-10T00:00:00", "day", "2019-03-14T00:00:00"},
        Case{"03/10-03/14", "2019-03-10T00:00:00", "day", "2019-03-14T00:00:00"},
        Case{"10/03-12/03", "2019-03-10T00:00:00", "day", "2019-03-12T00:00:00"}));

// Working days: Monday to Friday, counted from today; a day (no public holidays: they
// depend on the country). Friday 1 March + 3 is Wednesday 6 March.
class TemporalGapsBusinessDays : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsBusinessDays, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsBusinessDays,
    ::testing::Values(Case{"in 3 business days", "2019-03-06T00:00:00", "day"},
                      Case{"within 2 working days", "2019-03-05T00:00:00", "day"},
                      Case{"5 workdays from now", "2019-03-08T00:00:00", "day"},
                      Case{"a business day from now", "2019-03-04T00:00:00", "day"},
                      Case{"in a couple of business days", "2019-03-05T00:00:00", "day"},
                      Case{"2 business days ago", "2019-02-27T00:00:00", "day"},
                      Case{"3 business days after next Friday", "2019-03-13T00:00:00", "day"},
                      Case{"in 3 days", "2019-03-04T09:00:00", "hour"},  // calendar days
                      Case{"I spent 3 working days on it", "", ""},
                      Case{"in 3 business hours", "", ""}, Case{"business days are long", "", ""}));

class TemporalGapsBusinessDaysEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsBusinessDaysEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsBusinessDaysEs,
    ::testing::Values(Case{"en 3 días hábiles", "2019-03-06T00:00:00", "day"},
                      Case{"dentro de 2 días laborables", "2019-03-05T00:00:00", "day"},
                      Case{"en un día hábil", "2019-03-04T00:00:00", "day"},
                      Case{"hace 3 días hábiles", "2019-02-26T00:00:00", "day"},
                      Case{"dos días hábiles después del lunes", "2019-03-06T00:00:00", "day"},
                      Case{"en 3 días", "2019-03-04T09:00:00", "hour"},  // días naturales
                      Case{"trabajé 3 días hábiles", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
