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

// Parts of the day with "early", "late" or "mid" on their own (those of a day, "tomorrow
// late morning", were there): the same hours, today's or tomorrow's when they have passed.
// A bare "afternoon" as the answer is read (temporal_own_phrases_test.cpp), not as a noun.
class TemporalGapsPartOfDay : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsPartOfDay, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsPartOfDay,
    ::testing::Values(
        Case{"late morning", "2019-03-01T09:00:00", "hour", "2019-03-01T12:00:00"},
        Case{"early afternoon", "2019-03-01T12:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"late evening", "2019-03-01T21:00:00", "hour", "2019-03-02T00:00:00"},
        Case{"mid-afternoon", "2019-03-01T14:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"in the late morning", "2019-03-01T09:00:00", "hour", "2019-03-01T12:00:00",
             "in the late morning"},
        Case{"late in the afternoon", "2019-03-01T15:00:00", "hour", "2019-03-01T19:00:00",
             "late in the afternoon"},
        Case{"during the late afternoon", "2019-03-01T15:00:00", "hour", "2019-03-01T19:00:00",
             "during the late afternoon"},
        Case{"let's do early evening", "2019-03-01T18:00:00", "hour", "2019-03-01T21:00:00",
             "early evening"},
        Case{"early morning works", "2019-03-02T00:00:00", "hour", "2019-03-02T09:00:00",
             "early morning"},  // 00-09, over at 09:00: tomorrow's
        Case{"late afternoon tomorrow", "2019-03-02T15:00:00", "hour", "2019-03-02T19:00:00"},
        Case{"I had a late morning", "", ""}, Case{"the late evening news", "", ""},
        Case{"late night snacks", "", ""}, Case{"an early night", "", ""},
        Case{"early morning run", "", ""}, Case{"afternoon tea", "", ""},
        Case{"good morning", "", ""}));

// A bare hour after a word that bounds a time is that hour (the bound: "after 6pm" was).
class TemporalGapsBoundEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsBoundEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsBoundEn,
    ::testing::Values(Case{"after 6", "2019-03-01T18:00:00", "hour"},
                      Case{"call me before 3", "2019-03-01T15:00:00", "hour"},
                      Case{"until 10", "2019-03-01T10:00:00", "hour"},
                      Case{"after 6 works for me", "2019-03-01T18:00:00", "hour"},
                      Case{"after 6pm", "2019-03-01T18:00:00", "hour"},
                      Case{"after 6 months", "", ""}, Case{"before 3 people arrive", "", ""},
                      Case{"after 18", "", ""},  // an age as often as an hour
                      Case{"after 2 or 3 tries", "", ""}));

// Spanish: the parts of the day with "a primera hora de", "a última hora de", "a media"
// on their own, and "a última hora" after a day: its last working hours, 17-20. Alone it
// is as often "at the last minute".
class TemporalGapsPartOfDayEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsPartOfDayEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsPartOfDayEs,
    ::testing::Values(
        Case{"a última hora de la tarde", "2019-03-01T15:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"a primera hora de la mañana", "2019-03-02T06:00:00", "hour", "2019-03-02T09:00:00"},
        Case{"a media tarde", "2019-03-01T14:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"mañana a última hora", "2019-03-02T17:00:00", "hour", "2019-03-02T20:00:00"},
        Case{"el viernes a última hora", "2019-03-08T17:00:00", "hour", "2019-03-08T20:00:00"},
        Case{"a última hora del lunes", "2019-03-04T17:00:00", "hour", "2019-03-04T20:00:00"},
        Case{"mañana a última hora a las 7", "2019-03-02T19:00:00", "hour"},
        Case{"después de las 6", "2019-03-01T18:00:00", "hour"},
        Case{"lo cancelaron a última hora", "", ""}, Case{"a última hora", "", ""},
        Case{"tengo media tarde libre", "", ""}));

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

// A written date before a labelled field ("Time:", "Hora:"): its year is no
// house number; a number of 3-4 digits standing alone before a name still is.
class TemporalGapsLabelledDate : public ::testing::TestWithParam<std::pair<Case, Lang>> {};
TEST_P(TemporalGapsLabelledDate, Resolves) { Check(GetParam().first, GetParam().second, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsLabelledDate,
    ::testing::Values(
        std::pair{
            Case{"Date: 10/09/2025 Time: 11:15 AM", "2025-10-09T00:00:00", "day", "", "10/09/2025"},
            Lang::kEn},
        std::pair{Case{"10/09/2025 Time: 11:15 AM", "2025-10-09T00:00:00", "day", "", "10/09/2025"},
                  Lang::kEn},
        std::pair{
            Case{"Fecha: 23/10/2025 Hora: 9:30", "2025-10-23T00:00:00", "day", "", "23/10/2025"},
            Lang::kEs},
        std::pair{Case{"23.10.2025 Hora 9:30", "2025-10-23T00:00:00", "day", "", "23.10.2025"},
                  Lang::kEs},
        std::pair{Case{"at 1512 Castro Street", "", ""}, Lang::kEn},
        std::pair{Case{"on March 9th at 235 West 46th Street", "2019-03-09T00:00:00", "day", "",
                       "on March 9th"},
                  Lang::kEn}));

// A bare number before a unit counts the unit: no time of day ("by two days").
class TemporalGapsAmountEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsAmountEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsAmountEn,
    ::testing::Values(Case{"can we bump it by two days?", "", ""},
                      Case{"push it back by 2 days", "", ""},
                      Case{"we're late by two hours", "", ""}, Case{"at 5 hours", "", ""},
                      Case{"be there by 2 pm", "2019-03-01T14:00:00", "hour", "", "by 2 pm"},
                      Case{"at two", "2019-03-01T14:00:00", "hour"},
                      Case{"tomorrow at 5 for 2 hours", "2019-03-02T17:00:00", "hour",
                           "2019-03-02T19:00:00"}));

// After "from", "to"/"till" separates two hours ("from 10 till noon"); alone,
// "10 till noon" is 11:50.
class TemporalGapsFromTill : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsFromTill, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsFromTill,
    ::testing::Values(
        Case{"from 10 till noon", "2019-03-01T10:00:00", "hour", "2019-03-01T12:00:00"},
        Case{"open from ten to six", "2019-03-01T10:00:00", "hour", "2019-03-01T18:00:00",
             "from ten to six"},
        Case{"10 till noon", "2019-03-01T11:50:00", "minute"},
        Case{"it's ten to six", "2019-03-01T17:50:00", "minute", "", "ten to six"},
        Case{"from twenty to 6 until 7", "2019-03-01T17:40:00", "minute", "2019-03-01T19:00:00"},
        Case{"from 11 to 1", "2019-03-01T11:00:00", "hour", "2019-03-01T13:00:00"}));

// The eve of a holiday is the day before it; "de aquí a" counts forward like
// "dentro de"; "the day after/before" a day. Reference: Friday 1 March 2019.
class TemporalGapsEve : public ::testing::TestWithParam<std::pair<Case, Lang>> {};
TEST_P(TemporalGapsEve, Resolves) { Check(GetParam().first, GetParam().second, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsEve,
    ::testing::Values(
        std::pair{Case{"la víspera de Navidad", "2019-12-24T00:00:00", "day"}, Lang::kEs},
        std::pair{Case{"víspera de Reyes", "2020-01-05T00:00:00", "day"}, Lang::kEs},
        std::pair{Case{"la víspera de la Navidad del año que viene", "2020-12-24T00:00:00", "day"},
                  Lang::kEs},
        std::pair{Case{"eve of Thanksgiving", "2019-11-27T00:00:00", "day"}, Lang::kEn},
        std::pair{Case{"on the eve of the election", "", ""}, Lang::kEn},
        std::pair{Case{"Eve is coming", "", ""}, Lang::kEn},
        std::pair{Case{"de aquí a dos semanas", "2019-03-15T00:00:00", "day"}, Lang::kEs},
        // "the day after <a day>": one day from it
        std::pair{Case{"the day after Christmas", "2019-12-26T00:00:00", "day"}, Lang::kEn},
        std::pair{Case{"the day before the 15th", "2019-03-14T00:00:00", "day"}, Lang::kEn},
        std::pair{Case{"the day after the party", "", ""}, Lang::kEn},
        std::pair{Case{"I'll call the day after", "", ""}, Lang::kEn},
        std::pair{Case{"el día antes del viernes", "2019-03-07T00:00:00", "day"}, Lang::kEs},
        std::pair{Case{"el día después de Navidad", "2019-12-26T00:00:00", "day"}, Lang::kEs},
        std::pair{Case{"de aquí a mañana", "2019-03-02T00:00:00", "day", "", "mañana"},
                  Lang::kEs}));

// After "el" a number is a day of the month, also before "por la noche";
// "por ciento" and "2 por 1" are no days.
class TemporalGapsDayPorEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsDayPorEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsDayPorEs,
    ::testing::Values(
        Case{"el 24 por la noche", "2019-03-24T18:00:00", "hour", "2019-03-25T00:00:00"},
        Case{"el día 15 por la tarde", "2019-03-15T12:00:00", "hour", "2019-03-15T19:00:00"},
        Case{"a las 8 por la tarde", "2019-03-01T20:00:00", "hour"},
        Case{"subió el 24 por ciento", "", ""}, Case{"el 2 por 1", "", ""}));

// "<month> in <amount>": the first such month from the day the amount reaches.
class TemporalGapsMonthInEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalGapsMonthInEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalGapsMonthInEn,
    ::testing::Values(Case{"March in a year", "2020-03-01T00:00:00", "month"},
                      Case{"june in 2 years", "2021-06-01T00:00:00", "month"},
                      Case{"February in a year", "2021-02-01T00:00:00", "month"},
                      Case{"we march in a year", "2020-03-01T00:00:00", "month", "", "in a year"}));

}  // namespace
}  // namespace chatbeto::events::testing
