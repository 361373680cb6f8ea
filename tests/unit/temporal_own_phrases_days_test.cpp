// Our own phrasings of days (none from the corpora), continued from
// temporal_own_phrases_test.cpp: today or tomorrow to a later day, the British "Monday
// week" / "a week tomorrow", military times ("1400 hours"). Reference: Tuesday 12
// February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

// From today or tomorrow to a later day, after an opener ("today to Sunday" alone may be
// two answers; "de mañana" is also "in the morning").
class TemporalOwnFromToday : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnFromToday, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnFromToday,
    ::testing::Values(
        Case{"from today to sunday", "2013-02-12T00:00:00", "day", "2013-02-17T00:00:00"},
        Case{"off from tomorrow until friday", "2013-02-13T00:00:00", "day",
             "2013-02-15T00:00:00", "from tomorrow until friday"},
        Case{"from today till the 20th", "2013-02-12T00:00:00", "day", "2013-02-20T00:00:00"},
        Case{"today to sunday", "2013-02-17T00:00:00", "day", "", "sunday"}));

class TemporalOwnFromTodayEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnFromTodayEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnFromTodayEs,
    ::testing::Values(
        Case{"desde hoy hasta el domingo", "2013-02-12T00:00:00", "day", "2013-02-17T00:00:00"},
        Case{"de hoy al viernes", "2013-02-12T00:00:00", "day", "2013-02-15T00:00:00"},
        Case{"desde mañana hasta el viernes", "2013-02-13T00:00:00", "day",
             "2013-02-15T00:00:00"},
        Case{"de mañana al viernes", "2013-02-15T00:00:00", "day", "", "viernes"}));

// A week or a fortnight on (British): "Monday week" is the Monday after next Monday.
class TemporalOwnWeekOn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekOn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekOn,
    ::testing::Values(Case{"monday week", "2013-02-25T00:00:00", "day"},
                      Case{"see you Tuesday week", "2013-02-26T00:00:00", "day", "",
                           "Tuesday week"},
                      Case{"a week tomorrow", "2013-02-20T00:00:00", "day"},
                      Case{"tomorrow week", "2013-02-20T00:00:00", "day"},
                      Case{"a week on friday", "2013-02-22T00:00:00", "day"},
                      Case{"a week today", "2013-02-19T00:00:00", "day"},
                      Case{"a fortnight on Saturday", "2013-03-02T00:00:00", "day"},
                      Case{"sunday week 3", "2013-02-17T00:00:00", "day", "", "sunday"},
                      Case{"this wknd", "2013-02-15T18:00:00", "hour", "2013-02-18T00:00:00"},
                      Case{"next wknd", "2013-02-22T18:00:00", "hour", "2013-02-25T00:00:00"},
                      Case{"busy all week", "2013-02-11T00:00:00", "day", "2013-02-17T00:00:00",
                           "all week"}));

class TemporalOwnWeekOnEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekOnEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekOnEs,
    ::testing::Values(Case{"de hoy en ocho", "2013-02-19T00:00:00", "day"},
                      Case{"hoy en ocho días", "2013-02-19T00:00:00", "day"},
                      Case{"de mañana en ocho", "2013-02-20T00:00:00", "day"},
                      Case{"el lunes en ocho", "2013-02-25T00:00:00", "day"},
                      Case{"de hoy en quince días", "2013-02-26T00:00:00", "day"},
                      Case{"llegó el lunes en ocho horas", "2013-02-12T12:30:00", "minute", "",
                           "en ocho horas"}));  // "el lunes" and a duration apart

// Spanish ranges of bare days with "día" or a month said as a period; a bare "del 1 al 10"
// is as often a scale.
class TemporalOwnDayRangeEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnDayRangeEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnDayRangeEs,
    ::testing::Values(
        Case{"del día 20 al 24", "2013-02-20T00:00:00", "day", "2013-02-24T00:00:00"},
        Case{"desde el día 5 hasta el 10", "2013-03-05T00:00:00", "day", "2013-03-10T00:00:00"},
        Case{"del 20 al 24 de este mes", "2013-02-20T00:00:00", "day", "2013-02-24T00:00:00"},
        Case{"del 20 al 24 del mes que viene", "2013-03-20T00:00:00", "day",
             "2013-03-24T00:00:00"},
        Case{"del día 5 al 10 de marzo", "2013-03-05T00:00:00", "day", "2013-03-10T00:00:00"},
        Case{"puntúalo del 1 al 10", "", ""},
        // a time with its minutes and "h"
        Case{"21.00 h", "2013-02-12T21:00:00", "minute"}));

// Military times: four digits with "hours"/"hrs", after "at", with a leading zero or
// opening the phrase; not a number of hours.
class TemporalOwnMilitary : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnMilitary, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnMilitary,
    ::testing::Values(Case{"1400 hours", "2013-02-12T14:00:00", "minute"},
                      Case{"at 0800 hrs", "2013-02-12T08:00:00", "minute"},
                      Case{"report at 0600 hours tomorrow", "2013-02-13T06:00:00", "minute", "",
                           "at 0600 hours tomorrow"},
                      Case{"we land 0630 hrs", "2013-02-12T06:30:00", "minute", "", "0630 hrs"},
                      Case{"it took 1400 hours", "", ""}, Case{"1200 hours of work", "", ""},
                      Case{"for 1400 hours", "", ""}));

// Named days of more countries and religions, each by its rule.
class TemporalOwnMoreHolidays : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnMoreHolidays, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnMoreHolidays,
    ::testing::Values(Case{"orthodox christmas", "2014-01-07T00:00:00", "day"},
                      Case{"Epiphany", "2014-01-06T00:00:00", "day"},
                      Case{"until epiphany", "2014-01-06T00:00:00", "day", "", "epiphany"},
                      Case{"I had an epiphany", "", ""},
                      Case{"the feast of the immaculate conception", "2013-12-08T00:00:00", "day"},
                      Case{"st stephen's day", "2013-12-26T00:00:00", "day"},
                      Case{"patriots day", "2013-04-15T00:00:00", "day"},
                      Case{"indigenous peoples day", "2013-10-14T00:00:00", "day"},
                      Case{"Tet", "2014-01-31T00:00:00", "day"},
                      Case{"chuseok 2014", "2014-09-08T00:00:00", "day"},
                      Case{"songkran", "2013-04-13T00:00:00", "day", "2013-04-15T00:00:00"},
                      Case{"nag panchami 2019", "2019-08-05T00:00:00", "day"},
                      // the star Pusam in the month Thai: published 2019-2024
                      Case{"thaipusam 2019", "2019-01-21T00:00:00", "day"},
                      Case{"thaipusam 2020", "2020-02-08T00:00:00", "day"},
                      Case{"thaipusam 2023", "2023-02-05T00:00:00", "day"},
                      Case{"thaipusam 2024", "2024-01-25T00:00:00", "day"},
                      Case{"gandhi jayanti", "2013-10-02T00:00:00", "day"},
                      Case{"republic day", "2014-01-26T00:00:00", "day"},
                      Case{"independence day india", "2013-08-15T00:00:00", "day"},
                      Case{"day of the dead", "2013-11-02T00:00:00", "day"}));

// A holiday in capitals or title case after a word of the date is still one; after a
// name it is a surname ("Ana Reyes").
class TemporalOwnHolidayCase : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnHolidayCase, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnHolidayCase,
    ::testing::Values(Case{"THIS THANKSGIVING", "2013-11-28T00:00:00", "day"},
                      Case{"Next Halloween", "2013-10-31T00:00:00", "day"},
                      Case{"Three Days After Easter", "2013-04-03T00:00:00", "day"},
                      Case{"Morning Of Xmas", "2013-12-25T00:00:00", "hour",
                           "2013-12-25T12:00:00"},
                      Case{"I met Ana Reyes", "", ""}));

// "last"/"next" with a month or a day of the year: the latest before today, the first
// after the month in progress; the second/third last ("penultimate", "penúltimo") and the
// days of "the year".
class TemporalOwnShifted : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnShifted, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnShifted,
    ::testing::Values(Case{"last march", "2012-03-01T00:00:00", "month"},
                      Case{"last february", "2012-02-01T00:00:00", "month"},
                      Case{"next february", "2014-02-01T00:00:00", "month"},
                      Case{"next march", "2013-03-01T00:00:00", "month"},
                      Case{"this past january 3rd", "2013-01-03T00:00:00", "day"},
                      Case{"last december 25", "2012-12-25T00:00:00", "day"},
                      Case{"last May", "2012-05-01T00:00:00", "month"},
                      // a weak month in lower case before a verb is the verb
                      Case{"the last may be the best", "", ""},
                      Case{"in may we travel", "2013-05-01T00:00:00", "month", "", "may"},
                      Case{"last march 2012", "2012-03-01T00:00:00", "month", "", "march 2012"},
                      Case{"the penultimate friday of march", "2013-03-22T00:00:00", "day"},
                      Case{"the last day of the year", "2013-12-31T00:00:00", "day"},
                      Case{"the last day of the year 2015", "2015-12-31T00:00:00", "day"},
                      Case{"the first monday of the year", "2013-01-07T00:00:00", "day"}));

class TemporalOwnShiftedEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnShiftedEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnShiftedEs,
    ::testing::Values(Case{"enero pasado", "2013-01-01T00:00:00", "month"},
                      Case{"el pasado 3 de enero", "2013-01-03T00:00:00", "day"},
                      Case{"el 20 de febrero pasado", "2012-02-20T00:00:00", "day"},
                      Case{"el marzo que viene", "2013-03-01T00:00:00", "month"},
                      Case{"el próximo octubre", "2013-10-01T00:00:00", "month"},
                      Case{"el penúltimo viernes de marzo", "2013-03-22T00:00:00", "day"},
                      Case{"el antepenúltimo día del mes", "2013-02-26T00:00:00", "day"},
                      Case{"el último día del año", "2013-12-31T00:00:00", "day"},
                      Case{"el último día del año que viene", "2014-12-31T00:00:00", "day"},
                      Case{"en hora y media", "2013-02-12T06:00:00", "second"},
                      Case{"hace hora y media", "2013-02-12T03:00:00", "second"},
                      Case{"hora y media", "", ""},
                      // "algunos" like "unos": three
                      Case{"en algunos meses", "2013-05-12T00:00:00", "day"},
                      Case{"hace algunos días", "2013-02-09T04:00:00", "hour"},
                      Case{"tengo algunos días libres", "", ""}));

// Weekdays abbreviated ("mon", "sat", "sun" are also words) where the frame says they are
// days: counted in a month, before "to" of "closest", inside a holiday's name, before a part
// of the day with "early"/"late"; hours with am/pm after a weekday whatever the day.
class TemporalOwnWeekdayAbbr : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekdayAbbr, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekdayAbbr,
    ::testing::Values(Case{"last mon of March", "2013-03-25T00:00:00", "day"},
                      Case{"first tue in october", "2013-10-01T00:00:00", "day"},
                      Case{"second wed of october 2014", "2014-10-08T00:00:00", "day"},
                      Case{"the first mon of the month", "2013-02-04T00:00:00", "day"},
                      Case{"third tue after christmas 2014", "2015-01-13T00:00:00", "day"},
                      Case{"the closest mon to Oct 5th", "2013-10-07T00:00:00", "day"},
                      Case{"black fri", "2013-11-29T00:00:00", "day"},
                      Case{"Maundy thu", "2013-03-28T00:00:00", "day"},
                      Case{"mon early morning", "2013-02-18T00:00:00", "hour",
                           "2013-02-18T09:00:00"},
                      Case{"this Thu 9-11 a.m.", "2013-02-14T09:00:00", "hour",
                           "2013-02-14T11:00:00"},
                      Case{"I sat in the car", "", ""},
                      Case{"we sat in march", "2013-03-01T00:00:00", "month", "", "march"}));

// Days counted from a holiday without an ordinal ("the monday after easter": the first),
// the week of a holiday, and a holiday's weekend: the nearest weekend with the holiday, from
// the evening before to the night after.
class TemporalOwnAroundHoliday : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnAroundHoliday, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnAroundHoliday,
    ::testing::Values(
        Case{"the monday after easter", "2013-04-01T00:00:00", "day"},
        Case{"the friday before labor day", "2013-08-30T00:00:00", "day"},
        Case{"the sunday before christmas", "2013-12-22T00:00:00", "day"},
        Case{"the week of christmas", "2013-12-23T00:00:00", "week"},
        Case{"the week of thanksgiving 2014", "2014-11-24T00:00:00", "week"},
        Case{"labor day weekend", "2013-08-30T18:00:00", "hour", "2013-09-03T00:00:00"},
        Case{"memorial day weekend", "2013-05-24T18:00:00", "hour", "2013-05-28T00:00:00"},
        Case{"labor day weekend 2014", "2014-08-29T18:00:00", "hour", "2014-09-02T00:00:00"},
        Case{"thanksgiving weekend", "2013-11-27T18:00:00", "hour", "2013-12-02T00:00:00"},
        Case{"easter weekend", "2013-03-29T18:00:00", "hour", "2013-04-01T00:00:00"},
        Case{"the monday after next", "2013-02-25T00:00:00", "day", "", "monday after next"},
        // two numeric dates with their times: the hour before "to" does not take the next
        // date's month for its end
        Case{"from 01/21/2021 10:00 to 01/01/2023 07:00", "2021-01-21T10:00:00", "minute",
             "2023-01-01T07:00:00", "01/21/2021 10:00 to 01/01/2023 07:00"},
        Case{"08/08/2023, 09:15 AM to 08/29/2023, 09:15 AM", "2023-08-08T09:15:00", "minute",
             "2023-08-29T09:15:00"},
        Case{"10:00-11:00", "2013-02-12T10:00:00", "minute", "2013-02-12T11:00:00"},
        // two bare hours with a dash before a part of the day; with "tonight" both ends
        // are the afternoon's when the start is
        Case{"10 - 11 at night", "2013-02-12T22:00:00", "hour", "2013-02-12T23:00:00"},
        Case{"7-9 in the evening", "2013-02-12T19:00:00", "hour", "2013-02-12T21:00:00"},
        Case{"from 2 to 4 tonight", "2013-02-12T14:00:00", "hour", "2013-02-12T16:00:00"},
        Case{"we won 3-1 in the evening", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00",
             "in the evening"}));

class TemporalOwnAroundHolidayEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnAroundHolidayEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnAroundHolidayEs,
    ::testing::Values(Case{"el lunes después de Pascua", "2013-04-01T00:00:00", "day"},
                      Case{"el viernes antes del 15 de marzo", "2013-03-08T00:00:00", "day"},
                      Case{"la semana de Navidad", "2013-12-23T00:00:00", "week"}));

// A full stop ending the sentence is no decimal: "Thu 15th." is the 15th, "14th April 15."
// of 2015; "5 May 12.30" keeps its time.
class TemporalOwnFullStop : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnFullStop, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnFullStop,
    ::testing::Values(Case{"Thu 15th.", "2013-08-15T00:00:00", "day", "", "Thu 15th"},
                      Case{"31-Oct-74.", "1974-10-31T00:00:00", "day", "", "31-Oct-74"},
                      Case{"14th April 15.", "2015-04-14T00:00:00", "day", "", "14th April 15"},
                      Case{"5 May 12.30", "2013-05-05T12:30:00", "minute"},
                      // a glued p/a with minutes before a word that follows a time
                      Case{"3:15p works for me", "2013-02-12T15:15:00", "minute", "", "3:15p"},
                      Case{"I paid 3p for it", "", ""}));

// A bare hour after a day, before a word that answers or goes on with the sentence
// ("tomorrow 3 works", "mañana a 11 vale"); not before a count ("tomorrow 3 people",
// "mañana 3 personas") nor a joining word ("tomorrow 3 for dinner").
class TemporalOwnBareHourAfterDay : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnBareHourAfterDay, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnBareHourAfterDay,
    ::testing::Values(Case{"tomorrow 3 works", "2013-02-13T15:00:00", "hour", "", "tomorrow 3"},
                      Case{"tomorrow 3 people", "2013-02-13T00:00:00", "day", "", "tomorrow"},
                      Case{"tomorrow 3 for dinner", "2013-02-13T00:00:00", "day", "",
                           "tomorrow"}));

class TemporalOwnBareHourAfterDayEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnBareHourAfterDayEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnBareHourAfterDayEs,
    ::testing::Values(Case{"mañana a 11 vale", "2013-02-13T11:00:00", "hour", "", "mañana a 11"},
                      Case{"mañana a 11 me viene bien", "2013-02-13T11:00:00", "hour", "",
                           "mañana a 11"},
                      Case{"mañana 3 personas", "2013-02-13T00:00:00", "day", "", "mañana"}));

class TemporalOwnMoreHolidaysEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnMoreHolidaysEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnMoreHolidaysEs,
    ::testing::Values(Case{"la Epifanía", "2014-01-06T00:00:00", "day"},
                      Case{"la Navidad ortodoxa", "2014-01-07T00:00:00", "day"},
                      Case{"el día de San Esteban", "2013-12-26T00:00:00", "day"},
                      Case{"el año nuevo lunar", "2014-01-31T00:00:00", "day"},
                      Case{"LA NAVIDAD", "2013-12-25T00:00:00", "day"},
                      Case{"Hanukkah", "2013-11-27T00:00:00", "day", "2013-12-04T00:00:00"},
                      Case{"el año nuevo judío", "2013-09-04T00:00:00", "day", "2013-09-06T00:00:00"},
                      Case{"Diwali 2019", "2019-10-27T00:00:00", "day"},
                      Case{"el día de San Patricio", "2013-03-17T00:00:00", "day"},
                      Case{"el día del Pilar", "2013-10-12T00:00:00", "day"},
                      Case{"la Diada de 2014", "2014-09-11T00:00:00", "day"},
                      Case{"los Sanfermines", "2013-07-06T00:00:00", "day", "2013-07-14T00:00:00"},
                      Case{"el día de la Virgen de Guadalupe", "2013-12-12T00:00:00", "day"},
                      Case{"Pilar viene mañana", "2013-02-13T00:00:00", "day", "", "mañana"},
                      Case{"dio un grito", "", ""},
                      Case{"jue 15.", "2013-08-15T00:00:00", "day", "", "jue 15"},
                      Case{"lunes 10.30", "2013-02-18T10:30:00", "minute"},
                      Case{"vino Ana Reyes", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
