// Intervals, seasons and spans in both languages: ranges of hours, days and
// years, "for 30 minutes" after a start, the weekend, the rest of a period,
// seasons (northern hemisphere), a part of the day on its own or of a named
// day. `end` is the last unit included, at the match's grain (temporal.h).
// Reference: Friday 1 March 2019, 09:00.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalIntervalEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalIntervalEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalIntervalEn,
    ::testing::Values(
        Case{"from 2 to 4pm", "2019-03-01T14:00:00", "hour", "2019-03-01T16:00:00"},
        // two bare hours make a range only after a date, and with nothing after them
        Case{"offsite next Friday, 9 to 5", "2019-03-08T09:00:00", "hour", "2019-03-08T17:00:00",
             "next Friday, 9 to 5"},
        Case{"tomorrow 10-12", "2019-03-02T10:00:00", "hour", "2019-03-02T12:00:00"},
        // 12 before a pm end is noon, before an am end midnight
        Case{"free 12-2pm tomorrow", "2019-03-02T12:00:00", "hour", "2019-03-02T14:00:00"},
        Case{"12-3am tomorrow", "2019-03-02T00:00:00", "hour", "2019-03-02T03:00:00"},
        Case{"we won 9 to 5", "", ""},
        // months: the second after the first, a year said once is the end's
        Case{"from june to august", "2019-06-01T00:00:00", "month", "2019-08-01T00:00:00"},
        Case{"From December to May", "2019-12-01T00:00:00", "month", "2020-05-01T00:00:00"},
        Case{"From December to May 2022", "2021-12-01T00:00:00", "month", "2022-05-01T00:00:00"},
        Case{"we march to august", "", ""},
        Case{"I may go to May", "", ""},
        Case{"on Monday, 2 to 3 people came", "2019-03-04T00:00:00", "day", "", "on Monday"},
        Case{"between 3 and 5", "2019-03-01T15:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"2-4pm", "2019-03-01T14:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"tomorrow in between 1-2:30", "2019-03-02T13:00:00", "minute",
             "2019-03-02T14:30:00"},
        Case{"August 27th - 29th", "2019-08-27T00:00:00", "day", "2019-08-29T00:00:00"},
        Case{"from Monday to Wednesday", "2019-03-04T00:00:00", "day", "2019-03-06T00:00:00"},
        Case{"1990 - 1995", "1990-01-01T00:00:00", "year", "1995-01-01T00:00:00"},
        Case{"8/10/2019 - 8/15/2019", "2019-08-10T00:00:00", "day", "2019-08-15T00:00:00"},
        Case{"11pm-3", "2019-03-01T23:00:00", "hour", "2019-03-02T03:00:00"},
        Case{"12-3am", "2019-03-02T00:00:00", "hour", "2019-03-02T03:00:00"},
        Case{"10:00 until 21:45", "2019-03-01T10:00:00", "minute", "2019-03-01T21:45:00"},
        Case{"from 2020 to 2022", "2020-01-01T00:00:00", "year", "2022-01-01T00:00:00"},
        // a start and how long
        Case{"at 4pm for 30 minutes", "2019-03-01T16:00:00", "minute", "2019-03-01T16:30:00"},
        Case{"book it at 3pm for 2 hours", "2019-03-01T15:00:00", "hour", "2019-03-01T17:00:00",
             "at 3pm for 2 hours"},
        Case{"10am for half an hour", "2019-03-01T10:00:00", "minute", "2019-03-01T10:30:00"},
        Case{"the 18th for 3 days", "2019-03-18T00:00:00", "day", "2019-03-21T00:00:00"},
        Case{"tomorrow for 2 hours", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        // weekends and what is left of a period
        Case{"this weekend", "2019-03-01T18:00:00", "hour", "2019-03-04T00:00:00"},
        Case{"over the weekend", "2019-03-01T18:00:00", "hour", "2019-03-04T00:00:00",
             "the weekend"},
        // the coming weekend is the one ahead; "next weekend" the one after
        Case{"this coming weekend", "2019-03-01T18:00:00", "hour", "2019-03-04T00:00:00",
             "this coming weekend"},
        Case{"the upcoming weekend", "2019-03-01T18:00:00", "hour", "2019-03-04T00:00:00"},
        Case{"next weekend", "2019-03-08T18:00:00", "hour", "2019-03-11T00:00:00"},
        Case{"next week-end", "2019-03-08T18:00:00", "hour", "2019-03-11T00:00:00"},
        Case{"rest of the week", "2019-03-01T00:00:00", "day", "2019-03-03T00:00:00"},
        Case{"all week", "2019-02-25T00:00:00", "day", "2019-03-03T00:00:00"},
        Case{"for the rest of the month", "2019-03-01T00:00:00", "day", "2019-03-31T00:00:00"},
        Case{"the next couple of days", "2019-03-02T00:00:00", "day", "2019-03-03T00:00:00"},
        Case{"next few weeks", "2019-03-04T00:00:00", "week", "2019-03-18T00:00:00"},
        // seasons
        Case{"this summer", "2019-06-21T00:00:00", "day", "2019-09-23T00:00:00"},
        Case{"this winter", "2018-12-21T00:00:00", "day", "2019-03-20T00:00:00"},
        Case{"next winter", "2019-12-21T00:00:00", "day", "2020-03-20T00:00:00"},
        Case{"last fall", "2018-09-23T00:00:00", "day", "2018-12-21T00:00:00"},
        Case{"in the spring", "2019-03-20T00:00:00", "day", "2019-06-21T00:00:00"},
        Case{"summer 2017", "2017-06-21T00:00:00", "day", "2017-09-23T00:00:00"},
        Case{"the autumn of 2020", "2020-09-23T00:00:00", "day", "2020-12-21T00:00:00"},
        Case{"this season", "2018-12-21T00:00:00", "day", "2019-03-19T00:00:00"},
        Case{"last season", "2018-09-23T00:00:00", "day", "2018-12-20T00:00:00"},
        Case{"summer camp starts soon", "", ""}, Case{"my winter coat", "", ""},
        // parts of the day
        Case{"in the afternoon", "2019-03-01T12:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"in the morning", "2019-03-01T00:00:00", "hour", "2019-03-01T12:00:00"},
        Case{"good afternoon!", "", ""}, Case{"good morning", "", ""},
        Case{"tomorrow afternoonish", "2019-03-02T12:00:00", "hour", "2019-03-02T19:00:00"},
        Case{"monday early in the morning", "2019-03-04T00:00:00", "hour", "2019-03-04T09:00:00"},
        Case{"the morning of the 15th of march", "2019-03-15T00:00:00", "hour",
             "2019-03-15T12:00:00"},
        Case{"the evening of Christmas Eve", "2019-12-24T18:00:00", "hour",
             "2019-12-25T00:00:00"},
        Case{"late tonight", "2019-03-01T21:00:00", "hour", "2019-03-02T00:00:00"},
        Case{"tomorrow late afternoon", "2019-03-02T15:00:00", "hour", "2019-03-02T19:00:00"},
        Case{"he came late", "", ""},
        Case{"around lunchtime", "2019-03-01T12:00:00", "hour", "2019-03-01T14:00:00"},
        Case{"last night", "2019-02-28T18:00:00", "hour", "2019-03-01T00:00:00"},
        Case{"last night at 11", "2019-02-28T23:00:00", "hour"},
        Case{"midnight tonight", "2019-03-02T00:00:00", "hour"},
        Case{"7.30pm", "2019-03-01T19:30:00", "minute"},
        Case{"7 30 pm", "2019-03-01T19:30:00", "minute"},
        Case{"12 noon", "2019-03-01T12:00:00", "hour"},
        Case{"it costs 7.30", "", ""},
        Case{"the first of the month", "2019-03-01T00:00:00", "day"},
        Case{"wed morning", "2019-03-06T00:00:00", "hour", "2019-03-06T12:00:00"},
        Case{"fri night", "2019-03-08T18:00:00", "hour", "2019-03-09T00:00:00"},
        Case{"mon-fri", "2019-03-04T00:00:00", "day", "2019-03-08T00:00:00"},
        Case{"2moro at 8pm", "2019-03-02T20:00:00", "hour"},
        Case{"Thursday from 9a to 11a", "2019-03-07T09:00:00", "hour", "2019-03-07T11:00:00"},
        Case{"I sat down", "", ""}, Case{"I wed her in May", "2019-05-01T00:00:00", "month", "", "May"},
        // weekends counted in a month (by their Saturday), years after a word of time
        Case{"the last weekend of March", "2019-03-29T18:00:00", "hour", "2019-04-01T00:00:00"},
        Case{"first weekend of June", "2019-05-31T18:00:00", "hour", "2019-06-03T00:00:00"},
        Case{"until 2030", "2030-01-01T00:00:00", "year"},
        Case{"since 2010", "2010-01-01T00:00:00", "year"},
        Case{"through 2014 we", "2014-01-01T00:00:00", "year", "", "through 2014"},
        Case{"thru 2030", "2030-01-01T00:00:00", "year"},
        Case{"before 2020 people", "", ""},
        Case{"after 2000 people came", "", ""}));

class TemporalIntervalEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalIntervalEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalIntervalEs,
    ::testing::Values(
        Case{"de 2 a 4", "2019-03-01T14:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"entre las 3 y las 5", "2019-03-01T15:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"del 3 al 7 de octubre", "2019-10-03T00:00:00", "day", "2019-10-07T00:00:00"},
        Case{"desde junio hasta agosto de 2024", "2024-06-01T00:00:00", "month", "2024-08-01T00:00:00"},
        Case{"de 2019 a 2021", "2019-01-01T00:00:00", "year", "2021-01-01T00:00:00"},
        Case{"a las 5 durante 2 horas", "2019-03-01T17:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"a las 10 durante media hora", "2019-03-01T10:00:00", "minute",
             "2019-03-01T10:30:00"},
        Case{"el lunes por 3 días", "2019-03-04T00:00:00", "day", "2019-03-07T00:00:00"},
        Case{"este finde", "2019-03-01T18:00:00", "hour", "2019-03-04T00:00:00"},
        Case{"el resto de la semana", "2019-03-01T00:00:00", "day", "2019-03-03T00:00:00"},
        Case{"toda la semana", "2019-02-25T00:00:00", "day", "2019-03-03T00:00:00"},
        Case{"el resto del mes", "2019-03-01T00:00:00", "day", "2019-03-31T00:00:00"},
        Case{"este verano", "2019-06-21T00:00:00", "day", "2019-09-23T00:00:00"},
        Case{"el invierno que viene", "2019-12-21T00:00:00", "day", "2020-03-20T00:00:00"},
        Case{"el verano pasado", "2018-06-21T00:00:00", "day", "2018-09-23T00:00:00"},
        Case{"en primavera", "2019-03-20T00:00:00", "day", "2019-06-21T00:00:00"},
        Case{"el otoño de 2020", "2020-09-23T00:00:00", "day", "2020-12-21T00:00:00"},
        Case{"ropa de verano", "", ""}, Case{"buenas tardes", "", ""},
        Case{"por la tarde", "2019-03-01T12:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"la mañana del 15 de marzo", "2019-03-15T04:00:00", "hour", "2019-03-15T12:00:00"},
        Case{"la noche de Nochebuena", "2019-12-24T18:00:00", "hour", "2019-12-25T00:00:00"},
        Case{"mañana a primera hora", "2019-03-02T06:00:00", "hour", "2019-03-02T09:00:00"},
        Case{"el lunes a media mañana", "2019-03-04T08:00:00", "hour", "2019-03-04T10:00:00"},
        Case{"el último fin de semana de marzo", "2019-03-29T18:00:00", "hour",
             "2019-04-01T00:00:00"},
        Case{"hasta 2030", "2030-01-01T00:00:00", "year"},
        Case{"hasta el 2030", "2030-01-01T00:00:00", "year"},
        Case{"desde el 2010", "2010-01-01T00:00:00", "year"},
        Case{"antes de 2020", "2020-01-01T00:00:00", "year"},
        Case{"después de 2030", "2030-01-01T00:00:00", "year"},
        Case{"para 2030", "2030-01-01T00:00:00", "year"},
        Case{"antes 2020", "", ""}, Case{"de 2020", "", ""},
        Case{"llego tarde", "", ""},
        Case{"lun-vie", "2019-03-04T00:00:00", "day", "2019-03-08T00:00:00"},
        Case{"entre el 13 y el 15 de julio", "2019-07-13T00:00:00", "day", "2019-07-15T00:00:00"},
        Case{"8 y 20", "2019-03-01T20:20:00", "minute"},
        Case{"el mar está frío", "", ""},
        Case{"el mié a las 5", "2019-03-06T17:00:00", "hour"},
        Case{"anoche", "2019-02-28T18:00:00", "hour", "2019-03-01T00:00:00"},
        Case{"el primero del mes", "2019-03-01T00:00:00", "day"},
        Case{"mañana x la tarde", "2019-03-02T12:00:00", "hour", "2019-03-02T19:00:00"},
        Case{"el 1° de mayo", "2019-05-01T00:00:00", "day"},
        Case{"sábado 5 de mayo", "2019-05-05T00:00:00", "day"}));

// A part of the day right after a day, without "por la": "el jueves noche".
INSTANTIATE_TEST_SUITE_P(
    BarePod, TemporalIntervalEs,
    ::testing::Values(Case{"el jueves noche", "2019-03-07T18:00:00", "hour", "2019-03-08T00:00:00"},
                      Case{"mañana tarde a las 5", "2019-03-02T17:00:00", "hour"},
                      Case{"el sábado noche quedamos", "2019-03-02T18:00:00", "hour",
                           "2019-03-03T00:00:00", "el sábado noche"},
                      Case{"hoy noche", "2019-03-01T18:00:00", "hour", "2019-03-02T00:00:00"},
                      Case{"el lunes mañana", "2019-03-04T00:00:00", "day", "", "el lunes"},
                      Case{"mañana tarde o temprano", "2019-03-02T00:00:00", "day", "", "mañana"},
                      Case{"llego tarde", "", ""}, Case{"es tarde", "", ""}));

// Two bounds said apart: the end is the named bound, as for "from 2 to 6".
INSTANTIATE_TEST_SUITE_P(
    Bounds, TemporalIntervalEn,
    ::testing::Values(
        Case{"later than 3:30pm but before 6pm", "2019-03-01T15:30:00", "minute",
             "2019-03-01T18:00:00"},
        Case{"after 3:30pm but before 6pm", "2019-03-01T15:30:00", "minute",
             "2019-03-01T18:00:00"},
        Case{"after 2 and before 5 on Thursday", "2019-03-07T14:00:00", "hour",
             "2019-03-07T17:00:00"},
        Case{"after 2 and before 5", "2019-03-01T14:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"anytime after 3pm, but earlier than 6", "2019-03-01T15:00:00", "hour",
             "2019-03-01T18:00:00", "after 3pm, but earlier than 6"},
        Case{"tomorrow after 10 and before 2", "2019-03-02T10:00:00", "hour",
             "2019-03-02T14:00:00"},
        Case{"after 3:30pm", "2019-03-01T15:30:00", "minute", "", "3:30pm"},
        Case{"after 2 and before 5 people", "", ""},
        Case{"after 2 tries and before 5 tries", "", ""}));

// An amount of days or weeks "for" which something lasts, counted from a day:
// from that day to the one the amount reaches. Without "for", the day reached.
INSTANTIATE_TEST_SUITE_P(
    Stays, TemporalIntervalEn,
    ::testing::Values(
        Case{"for 10 days from 18th Dec", "2019-12-18T00:00:00", "day", "2019-12-28T00:00:00"},
        Case{"for two weeks starting Monday", "2019-03-04T00:00:00", "day", "2019-03-18T00:00:00"},
        Case{"away for 3 days beginning tomorrow", "2019-03-02T00:00:00", "day",
             "2019-03-05T00:00:00"},
        Case{"10 days from 18th Dec", "2019-12-28T00:00:00", "day", ""},
        Case{"for 3 days after Easter", "2019-04-24T00:00:00", "day", ""},
        Case{"waited for 2 days from the start", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    Bounds, TemporalIntervalEs,
    ::testing::Values(
        Case{"después de las 3 y antes de las 6", "2019-03-01T15:00:00", "hour",
             "2019-03-01T18:00:00"},
        Case{"a partir de las 3 y antes de las 6", "2019-03-01T15:00:00", "hour",
             "2019-03-01T18:00:00"},
        Case{"el jueves después de las 3 pero antes de las 6", "2019-03-07T15:00:00", "hour",
             "2019-03-07T18:00:00"},
        Case{"después de las 3", "2019-03-01T15:00:00", "hour", "", "de las 3"}));

// Lunch as a time: "lunchtime" and "at lunch" 12-14, "after lunch" 13-17 (Duckling's); a bare
// "lunch" is the meal, a time only with a day ("friday lunch").
INSTANTIATE_TEST_SUITE_P(
    Meals, TemporalIntervalEn,
    ::testing::Values(
        Case{"lunchtime", "2019-03-01T12:00:00", "hour", "2019-03-01T14:00:00"},
        Case{"see you at lunch time", "2019-03-01T12:00:00", "hour", "2019-03-01T14:00:00",
             "at lunch time"},
        Case{"call me during lunch", "2019-03-01T12:00:00", "hour", "2019-03-01T14:00:00",
             "during lunch"},
        Case{"after lunch", "2019-03-01T13:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"tomorrow after lunch", "2019-03-02T13:00:00", "hour", "2019-03-02T17:00:00"},
        Case{"friday lunchtime", "2019-03-08T12:00:00", "hour", "2019-03-08T14:00:00"},
        Case{"friday lunch", "2019-03-08T12:00:00", "hour", "2019-03-08T14:00:00"},
        Case{"after lunch at 3", "2019-03-01T15:00:00", "hour"},
        // the meal is no time; "after work" is one (17-21, Duckling's)
        Case{"I had lunch after work", "2019-03-01T17:00:00", "hour", "2019-03-01T21:00:00",
             "after work"},
        Case{"I had lunch at my desk", "", ""}, Case{"let's grab lunch", "", ""},
        Case{"lunch was great", "", ""}));

// The midday meal of Spain and Mexico ("comer", "la comida") is about 14:00: "a la hora de
// comer" 13-16, "después de comer" 15-19; "a la hora de comer sano" is "when it comes to".
INSTANTIATE_TEST_SUITE_P(
    Meals, TemporalIntervalEs,
    ::testing::Values(
        Case{"a la hora de comer", "2019-03-01T13:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"mañana a la hora de comer", "2019-03-02T13:00:00", "hour", "2019-03-02T16:00:00"},
        Case{"a la hora de la comida", "2019-03-01T13:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"después de comer", "2019-03-01T15:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"el viernes después de comer", "2019-03-08T15:00:00", "hour", "2019-03-08T19:00:00"},
        Case{"después de la comida", "2019-03-01T15:00:00", "hour", "2019-03-01T19:00:00"},
        Case{"después de comer a las 4", "2019-03-01T16:00:00", "hour"},
        Case{"a la hora de comer sano no hay excusas", "", ""},
        Case{"la comida estuvo rica", "", ""}, Case{"vamos a comer", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
