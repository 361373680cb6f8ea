// The ninth blind round (tests/fixtures/temporal/own_phrases9.tsv) and the gaps fixed with
// it: an ordinal day past the fifth ("the 10th day of march"), a relative day's own weekday
// after it ("hoy martes"), a Spanish military clock after "a las" ("a las 0800"), "week of
// <date>" without "the" or with a numeric date, the night before last ("anteanoche"), an
// abbreviated weekday after a clock with am/pm ("7pm thurs"), "después del" as an open
// bound, "de aquí al <día>" from now, and "de mañana" after a part of the day or noon
// ("a las 5 de la tarde de mañana", "al mediodía de mañana"), a bound on a named day's
// clock ("tomorrow after 5pm"), among others. Reference: Tuesday 12 February 2013, 04:30.
#include "events/temporal_open_bound.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn9 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn9, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    OrdinalDay, TemporalOwn9,
    ::testing::Values(
        // an ordinal day of a month or year past the fifth
        std::pair{Lang::kEn, Case{"the 10th day of march", "2013-03-10T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the eleventh day of april", "2013-04-11T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the 15th day of the month", "2013-02-15T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the 31st day of march", "2013-03-31T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the 20th day of 2014", "2014-01-20T00:00:00", "day"}},
        // unchanged: the fifth and below, the last, no weekday counted past the fifth
        std::pair{Lang::kEn, Case{"the 5th day of march", "2013-03-05T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the last day of march", "2013-03-31T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the third tuesday of next month", "2013-03-19T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the 6th monday of march", "2013-03-06T00:00:00", "day", "",
                                  "the 6th"}},
        std::pair{Lang::kEn, Case{"the 32nd day of march", "2013-03-01T00:00:00", "month", "",
                                  "march"}},
        // "second to last", "next to last": counted from the end
        std::pair{Lang::kEn, Case{"the second to last friday of march", "2013-03-22T00:00:00",
                                  "day"}},
        std::pair{Lang::kEn, Case{"the next to last day of march", "2013-03-30T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the 2nd to last week of march", "2013-03-18T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"second last friday of march", "2013-03-22T00:00:00", "day"}}));

INSTANTIATE_TEST_SUITE_P(
    SameDayWeekday, TemporalOwn9,
    ::testing::Values(
        // a relative day's own weekday after it is that day
        std::pair{Lang::kEs, Case{"hoy martes", "2013-02-12T00:00:00", "day", "", "hoy martes"}},
        std::pair{Lang::kEs, Case{"hoy, martes", "2013-02-12T00:00:00", "day", "", "hoy, martes"}},
        std::pair{Lang::kEs, Case{"ayer lunes", "2013-02-11T00:00:00", "day", "", "ayer lunes"}},
        std::pair{Lang::kEs, Case{"mañana miércoles por la tarde", "2013-02-13T12:00:00", "hour",
                                  "2013-02-13T19:00:00"}},
        std::pair{Lang::kEs, Case{"hoy martes a las 5 de la tarde", "2013-02-12T17:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"today tuesday", "2013-02-12T00:00:00", "day", "",
                                  "today tuesday"}},
        std::pair{Lang::kEn, Case{"today, tuesday at 5pm", "2013-02-12T17:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"yesterday monday", "2013-02-11T00:00:00", "day"}},
        // unchanged: another weekday is not taken, a date after the weekday is its own
        std::pair{Lang::kEs, Case{"mañana jueves", "2013-02-13T00:00:00", "day", "", "mañana"}},
        std::pair{Lang::kEn, Case{"tomorrow thursday", "2013-02-13T00:00:00", "day", "",
                                  "tomorrow"}},
        std::pair{Lang::kEs, Case{"hoy martes 12", "2013-02-12T00:00:00", "day", "", "martes 12"}},
        std::pair{Lang::kEs, Case{"hoy mar", "2013-02-12T00:00:00", "day", "", "hoy"}}));

INSTANTIATE_TEST_SUITE_P(
    OfTomorrow, TemporalOwn9,
    ::testing::Values(
        // "de mañana" after a part of the day or noon is tomorrow's
        std::pair{Lang::kEs, Case{"a las 5 de la tarde de mañana", "2013-02-13T17:00:00", "hour",
                                  "", "a las 5 de la tarde de mañana"}},
        std::pair{Lang::kEs, Case{"a las 9 de la mañana de mañana", "2013-02-13T09:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"al mediodía de mañana", "2013-02-13T12:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"al medio día de mañana", "2013-02-13T12:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"la noche de mañana", "2013-02-13T18:00:00", "hour",
                                  "2013-02-14T00:00:00"}},
        std::pair{Lang::kEs, Case{"el mediodía del sábado", "2013-02-16T12:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"mediodía de Navidad", "2013-12-25T12:00:00", "hour"}},
        // unchanged: after a bare hour "de mañana" is still the morning's; "muy de mañana"
        std::pair{Lang::kEs, Case{"a las 8 de mañana", "2013-02-12T08:00:00", "hour", "",
                                  "a las 8"}},
        std::pair{Lang::kEs, Case{"muy de mañana", "", ""}},
        std::pair{Lang::kEs, Case{"la reunión de mañana", "2013-02-13T00:00:00", "day"}}));

INSTANTIATE_TEST_SUITE_P(
    Holidays, TemporalOwn9,
    ::testing::Values(
        // Mardi Gras by its English name, Carnival Monday by its Spanish one
        std::pair{Lang::kEn, Case{"fat tuesday", "2013-02-12T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"fat tuesday 2014", "2014-03-04T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"mardi gras", "2013-02-12T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"lunes de carnaval", "2014-03-03T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"martes de carnaval", "2013-02-12T00:00:00", "day"}}));

INSTANTIATE_TEST_SUITE_P(
    LastMonth, TemporalOwn9,
    ::testing::Values(
        // "el <mes> pasado" as "<mes> pasado": the latest one that has ended
        std::pair{Lang::kEs, Case{"el marzo pasado", "2012-03-01T00:00:00", "month"}},
        std::pair{Lang::kEs, Case{"el enero pasado", "2013-01-01T00:00:00", "month"}},
        std::pair{Lang::kEs, Case{"marzo pasado", "2012-03-01T00:00:00", "month"}},
        std::pair{Lang::kEs, Case{"el marzo que viene", "2013-03-01T00:00:00", "month"}}));

INSTANTIATE_TEST_SUITE_P(
    CountNotDate, TemporalOwn9,
    ::testing::Values(
        // a dashed or slashed pair of numbers before a unit is a count, not a date
        std::pair{Lang::kEn, Case{"in 2-3 days", "", ""}},
        std::pair{Lang::kEn, Case{"2/3 hours", "", ""}},
        std::pair{Lang::kEs, Case{"en 2-3 días", "", ""}},
        // unchanged: a date before anything else
        std::pair{Lang::kEn, Case{"on 3-4 I have 2 hours", "2013-03-04T00:00:00", "day", "",
                                  "on 3-4"}},
        std::pair{Lang::kEn, Case{"3/4 at 5pm", "2013-03-04T17:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el 15/3 a las 5", "2013-03-15T17:00:00", "hour"}}));

INSTANTIATE_TEST_SUITE_P(
    Clocks, TemporalOwn9,
    ::testing::Values(
        // a Spanish military clock after "a las" (as English "at 0800")
        std::pair{Lang::kEs, Case{"a las 0800", "2013-02-12T08:00:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 2100 horas", "2013-02-12T21:00:00", "minute", "",
                                  "a las 2100 horas"}},
        std::pair{Lang::kEs, Case{"mañana a las 0930", "2013-02-13T09:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"las 2014 elecciones", "", ""}},
        std::pair{Lang::kEs, Case{"en 2014", "2014-01-01T00:00:00", "year"}},
        // "17h" stays to the minute, "17 h" to the hour (the project's reading)
        std::pair{Lang::kEs, Case{"a las 17h", "2013-02-12T17:00:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 15 h", "2013-02-12T15:00:00", "hour"}},
        // minutes after "con" (Colombia, Venezuela), from 10 or with two digits, where the
        // phrase ends or a part of the day follows
        std::pair{Lang::kEs, Case{"a las 10 con 30", "2013-02-12T10:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 3 con 15 de la tarde", "2013-02-12T15:15:00", "minute"}},
        std::pair{Lang::kEs, Case{"nos vemos a las tres con quince.", "2013-02-12T15:15:00",
                                  "minute", "", "a las tres con quince"}},
        std::pair{Lang::kEs, Case{"a las 9 con 05", "2013-02-12T09:05:00", "minute"}},
        std::pair{Lang::kEs, Case{"reserva a las 10 con 4 personas", "2013-02-12T10:00:00", "hour",
                                  "", "a las 10"}},
        std::pair{Lang::kEs, Case{"a las 9 con 2", "2013-02-12T09:00:00", "hour", "", "a las 9"}},
        // a Spanish clock then "del" and a day: that day's
        std::pair{Lang::kEs, Case{"a las 9 del 20 de marzo", "2013-03-20T09:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"a las 20:30 del 14", "2013-02-14T20:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 8 pm del 3 de marzo", "2013-03-03T20:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"a las 21 del viernes", "2013-02-15T21:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"la 1 del ranking", "", ""}},
        // a bound on a named day's clock: that day's
        std::pair{Lang::kEn, Case{"tomorrow after 5pm", "2013-02-13T17:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"friday before 10am", "2013-02-15T10:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"friday after 6", "2013-02-15T18:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"friday after 6 people", "2013-02-15T00:00:00", "day", "",
                                  "friday"}},
        std::pair{Lang::kEn, Case{"see you tomorrow after the game", "2013-02-13T00:00:00", "day",
                                  "", "tomorrow"}},
        std::pair{Lang::kEs, Case{"mañana después de las 5", "2013-02-13T17:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el 20 de marzo a partir de las 9", "2013-03-20T09:00:00",
                                  "hour"}},
        std::pair{Lang::kEs, Case{"mañana antes de que llegue", "2013-02-13T00:00:00", "day", "",
                                  "mañana"}},
        // "like" after "at", "around", "about" is filler
        std::pair{Lang::kEn, Case{"see you at like 7 tomorrow", "2013-02-13T07:00:00", "hour", "",
                                  "at like 7 tomorrow"}},
        std::pair{Lang::kEn, Case{"at like 10:30", "2013-02-12T10:30:00", "minute"}},
        std::pair{Lang::kEn, Case{"around like five", "2013-02-12T05:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"I like 5 of them", "", ""}},
        // an abbreviated weekday right after a clock with am/pm or noon
        std::pair{Lang::kEn, Case{"7pm thurs", "2013-02-14T19:00:00", "hour", "", "7pm thurs"}},
        std::pair{Lang::kEn, Case{"10am tues", "2013-02-19T10:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"noon fri", "2013-02-15T12:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"8 p.m. fri", "2013-02-15T20:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"7pm sat", "2013-02-16T19:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"at 7pm sat down to eat", "2013-02-12T19:00:00", "hour", "",
                                  "at 7pm"}}));

INSTANTIATE_TEST_SUITE_P(
    Periods, TemporalOwn9,
    ::testing::Values(
        // "week of <date>" without "the", or with a numeric date
        std::pair{Lang::kEn, Case{"week of feb 18", "2013-02-18T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"wk of 3/4", "2013-03-04T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"the week of 3/4", "2013-03-04T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"week of christmas", "2013-12-23T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"la semana del 4/3", "2013-03-04T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"a week of rest", "", ""}},
        std::pair{Lang::kEn, Case{"the week of March 4", "2013-03-04T00:00:00", "week"}},
        // a weekday of a week said with its possessive
        std::pair{Lang::kEn, Case{"last week's friday", "2013-02-08T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"this weekâs friday", "2013-02-15T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"next week's meeting", "2013-02-18T00:00:00", "week", "",
                                  "next week"}},
        // the night before last
        std::pair{Lang::kEs, Case{"anteanoche", "2013-02-10T18:00:00", "hour",
                                  "2013-02-11T00:00:00"}},
        std::pair{Lang::kEs, Case{"antenoche a las 11", "2013-02-10T23:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"the night before last", "2013-02-10T18:00:00", "hour",
                                  "2013-02-11T00:00:00"}},
        std::pair{Lang::kEs, Case{"anoche", "2013-02-11T18:00:00", "hour",
                                  "2013-02-12T00:00:00"}},
        // Latin America's "almuerzo", "después del trabajo", the River Plate's diminutives
        std::pair{Lang::kEs, Case{"mañana a la hora del almuerzo", "2013-02-13T13:00:00", "hour",
                                  "2013-02-13T16:00:00"}},
        std::pair{Lang::kEs, Case{"despues del almuerzo", "2013-02-12T15:00:00", "hour",
                                  "2013-02-12T19:00:00"}},
        std::pair{Lang::kEs, Case{"mañana a la salida del trabajo", "2013-02-13T17:00:00", "hour",
                                  "2013-02-13T21:00:00"}},
        std::pair{Lang::kEs, Case{"después del trabajo", "2013-02-12T17:00:00", "hour",
                                  "2013-02-12T21:00:00"}},
        std::pair{Lang::kEs, Case{"el viernes en la tardecita", "2013-02-15T12:00:00", "hour",
                                  "2013-02-15T19:00:00"}},
        std::pair{Lang::kEs, Case{"esta nochecita", "2013-02-12T18:00:00", "hour",
                                  "2013-02-13T00:00:00"}},
        std::pair{Lang::kEs, Case{"después del partido", "", ""}},
        std::pair{Lang::kEs, Case{"a la hora de comer sano", "", ""}},
        std::pair{Lang::kEn, Case{"last night at 10", "2013-02-11T22:00:00", "hour"}},
        // "de aquí al <día>": from now
        std::pair{Lang::kEs, Case{"de aquí al viernes", "2013-02-12T04:30:00", "second",
                                  "2013-02-15T23:59:59"}},
        std::pair{Lang::kEs, Case{"de aqui hasta el 20", "2013-02-12T04:30:00", "second",
                                  "2013-02-20T23:59:59"}},
        std::pair{Lang::kEs, Case{"me voy de aquí al cine", "", ""}},
        std::pair{Lang::kEs, Case{"salgo de aquí a las 5", "2013-02-12T05:00:00", "hour", "",
                                  "a las 5"}}));

class TemporalOwn9Open : public ::testing::TestWithParam<std::pair<Lang, OpenCase>> {};
TEST_P(TemporalOwn9Open, Widens) {
  CheckOpen(GetParam().second, GetParam().first, kTue);
}

// "después del" and "antes del" lead an open bound as "después de" does; a lead between a day
// and its clock makes the whole an open bound
INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn9Open,
    ::testing::Values(
        std::pair{Lang::kEs, OpenCase{"después del mediodía", "después del mediodía",
                                      OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"despues del mediodia", "despues del mediodia",
                                      OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"después del lunes", "después del lunes", OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"antes del mediodía", "antes del mediodía",
                                      OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"después de las 5 de la tarde",
                                      "después de las 5 de la tarde", OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"el lunes", "", OpenEnd::kNone}},
        std::pair{Lang::kEs, OpenCase{"el lunes hasta las 3", "el lunes hasta las 3",
                                      OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"el viernes a partir de las 6",
                                      "el viernes a partir de las 6", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"tomorrow after 5pm", "tomorrow after 5pm",
                                      OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"monday until 3pm", "monday until 3pm", OpenEnd::kBefore}},
        std::pair{Lang::kEn, OpenCase{"tomorrow at 5pm", "", OpenEnd::kNone}}));

}  // namespace
}  // namespace chatbeto::events::testing
