// The tenth blind round (tests/fixtures/temporal/own_phrases10.tsv) and the gaps fixed with
// it: "on the <ordinal> <weekday> of <month>" ("at 10am on the first monday of march", was
// "on the first" = the 1st), a Spanish part of the day before "del" and a bare day ("la
// noche del 14", "la mañana del 20"), and noon after an hour with a bare article, a range's
// end ("de las 10 a las 12 del mediodía" was "a las 12 del mediodía" alone), "first of next
// month" without "the", Spain's "a primeros de" / "a últimos de", "de acá a" as "de aquí a",
// "la noche de fin de año" (New Year's Eve, was 1 September: the year's end), a weekday's
// abbreviation that is no word inside a sentence ("ok so Thurs then"), no hour from a bare
// number beside a year ("top 5 of 2012"), the week, weekend or month before or after a day
// ("the week before christmas" was "before christmas"), "1ero" / "1era", a day's clock after
// its "'s" ("Monday's 9am standup"), "midweek", "the friday before last", "el último
// viernes", "el domingo antes del 20", "el próximo 18", "de hoy al 20", "christmas through
// new year's" with no "from", "la madrugada del sábado al domingo" (Sunday's), "pasadas las 9"
// as an open bound.
// Reference: Tuesday 12 February 2013, 04:30.
#include "events/temporal_open_bound.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn10 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn10, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    OnTheOrdinal, TemporalOwn10,
    ::testing::Values(
        // "on the" before a weekday counted in a month
        std::pair{Lang::kEn, Case{"on the first monday of march", "2013-03-04T00:00:00", "day"}},
        std::pair{Lang::kEn,
                  Case{"at 10am on the first monday of march", "2013-03-04T10:00:00", "hour"}},
        std::pair{Lang::kEn,
                  Case{"at 10am on the last friday of april", "2013-04-26T10:00:00", "hour"}},
        std::pair{Lang::kEn,
                  Case{"10am on the 2nd tuesday of march", "2013-03-12T10:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"we're off on the third day of march", "2013-03-03T00:00:00",
                                  "day", "", "on the third day of march"}},
        std::pair{Lang::kEn,
                  Case{"on the last day of february at 5pm", "2013-02-28T17:00:00", "hour"}},
        // unchanged: a day of the month alone after "on the"
        std::pair{Lang::kEn,
                  Case{"see you on the first", "2013-03-01T00:00:00", "day", "", "on the first"}},
        std::pair{Lang::kEn, Case{"at 10am on the 3rd", "2013-03-03T10:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"on the second thought", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    PodOfBareDay, TemporalOwn10,
    ::testing::Values(
        // a part of the day, "del" and a bare day of the month
        std::pair{Lang::kEs,
                  Case{"la noche del 14", "2013-02-14T18:00:00", "hour", "2013-02-15T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"la mañana del 20", "2013-02-20T04:00:00", "hour", "2013-02-20T12:00:00"}},
        std::pair{Lang::kEs, Case{"nos vemos la tarde del 20", "2013-02-20T12:00:00", "hour",
                                  "2013-02-20T19:00:00", "la tarde del 20"}},
        std::pair{Lang::kEs,
                  Case{"la madrugada del 3", "2013-03-03T00:00:00", "hour", "2013-03-03T06:00:00"}},
        std::pair{Lang::kEs, Case{"al mediodía del 20", "2013-02-20T12:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"la tarde del 20, a las 5", "2013-02-20T17:00:00", "hour"}},
        // unchanged: with "día" or a month, a weekday
        std::pair{Lang::kEs, Case{"la noche del día 14", "2013-02-14T18:00:00", "hour",
                                  "2013-02-15T00:00:00"}},
        std::pair{Lang::kEs, Case{"la noche del 14 de marzo", "2013-03-14T18:00:00", "hour",
                                  "2013-03-15T00:00:00"}},
        std::pair{Lang::kEs, Case{"la tarde del viernes", "2013-02-15T12:00:00", "hour",
                                  "2013-02-15T19:00:00"}},
        // not a day: a range or an amount after the part of the day, "del" alone
        std::pair{Lang::kEs, Case{"la tarde del 1 al 10", "", ""}},
        std::pair{Lang::kEs, Case{"la tarde del 24 por ciento", "", ""}},
        std::pair{Lang::kEs, Case{"del 14", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    NoonAfterArticle, TemporalOwn10,
    ::testing::Values(
        // an hour after a bare article before "del mediodía" is a clock, a range's end too
        std::pair{Lang::kEs, Case{"de las 10 a las 12 del mediodía", "2013-02-12T10:00:00", "hour",
                                  "2013-02-12T12:00:00"}},
        std::pair{Lang::kEs, Case{"desde las 10 hasta las 12 del mediodía", "2013-02-12T10:00:00",
                                  "hour", "2013-02-12T12:00:00"}},
        std::pair{Lang::kEs, Case{"entre las 10 y las 12 del mediodía", "2013-02-12T10:00:00",
                                  "hour", "2013-02-12T12:00:00"}},
        std::pair{Lang::kEs, Case{"mañana de las 10 a la 1 del mediodía", "2013-02-13T10:00:00",
                                  "hour", "2013-02-13T13:00:00"}},
        std::pair{Lang::kEs, Case{"las 12 del medio día", "2013-02-12T12:00:00", "hour"}},
        // unchanged: a rank, a track
        std::pair{Lang::kEs, Case{"la 2 del ranking", "", ""}},
        std::pair{Lang::kEs, Case{"las 3 de la lista", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    DayOfCountedMonth, TemporalOwn10,
    ::testing::Values(
        // a day in words without "the" before "of" and a month counted from this one
        std::pair{Lang::kEn, Case{"first of next month", "2013-03-01T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"rent is due first of the month", "2013-03-01T00:00:00", "day",
                                  "", "first of the month"}},
        std::pair{Lang::kEn, Case{"fifteenth of the month", "2013-02-15T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"second of next month at 9am", "2013-03-02T09:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"first of last month", "2013-01-01T00:00:00", "day"}},
        // unchanged: no month after it
        std::pair{Lang::kEn, Case{"first of all", "", ""}},
        std::pair{Lang::kEn, Case{"second of the months", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    PrimerosUltimos, TemporalOwn10,
    ::testing::Values(
        // Spain's "a primeros de", "a últimos de": the beginning and the end of a period
        std::pair{Lang::kEs,
                  Case{"a primeros de marzo", "2013-03-01T00:00:00", "day", "2013-03-10T00:00:00"}},
        std::pair{Lang::kEs, Case{"a primeros del mes que viene", "2013-03-01T00:00:00", "day",
                                  "2013-03-10T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"a últimos de abril", "2013-04-21T00:00:00", "day", "2013-04-30T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"a primeros de mes", "2013-02-01T00:00:00", "day", "2013-02-10T00:00:00"}},
        // unchanged: without "a" they rank
        std::pair{Lang::kEs, Case{"los primeros de la lista", "", ""}},
        std::pair{Lang::kEs,
                  Case{"los últimos de marzo", "2013-03-01T00:00:00", "month", "", "marzo"}}));

INSTANTIATE_TEST_SUITE_P(
    DeAca, TemporalOwn10,
    ::testing::Values(
        // Latin America's "de acá a" as "de aquí a"
        std::pair{Lang::kEs, Case{"de acá a 2 semanas", "2013-02-26T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"de aca a un mes", "2013-03-12T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"de acá al viernes", "2013-02-12T04:30:00", "second",
                                  "2013-02-15T23:59:59"}},
        // unchanged: a place
        std::pair{Lang::kEs, Case{"de acá a la esquina", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    FinDeAno, TemporalOwn10,
    ::testing::Values(
        // "fin de año" after a night, a dinner, a party or a day of it: New Year's Eve
        std::pair{Lang::kEs, Case{"la noche de fin de año", "2013-12-31T18:00:00", "hour",
                                  "2014-01-01T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"la cena de fin de año", "2013-12-31T00:00:00", "day", "", "fin de año"}},
        std::pair{Lang::kEs, Case{"el día de fin de año", "2013-12-31T00:00:00", "day"}},
        std::pair{Lang::kEs,
                  Case{"la noche de fin de año a las 10", "2013-12-31T22:00:00", "hour"}},
        // unchanged: the end of the year
        std::pair{Lang::kEs,
                  Case{"a fin de año", "2013-09-01T00:00:00", "month", "2013-12-01T00:00:00"}},
        std::pair{Lang::kEs, Case{"los balances de fin de año", "2013-09-01T00:00:00", "month",
                                  "2013-12-01T00:00:00", "fin de año"}}));

INSTANTIATE_TEST_SUITE_P(
    AbbreviationNoWord, TemporalOwn10,
    ::testing::Values(
        // a weekday's abbreviation that is no word needs nothing around it
        std::pair{Lang::kEn, Case{"ok so Thurs then", "2013-02-14T00:00:00", "day", "", "Thurs"}},
        std::pair{Lang::kEn,
                  Case{"can we do fri instead", "2013-02-15T00:00:00", "day", "", "fri"}},
        std::pair{Lang::kEn, Case{"tues works for me", "2013-02-19T00:00:00", "day", "", "tues"}},
        std::pair{Lang::kEs,
                  Case{"vale pues mié entonces", "2013-02-13T00:00:00", "day", "", "mié"}},
        std::pair{Lang::kEs, Case{"quedamos jue", "2013-02-14T00:00:00", "day", "", "jue"}},
        // unchanged: one that is a word still needs support
        std::pair{Lang::kEn, Case{"wed works", "", ""}},
        std::pair{Lang::kEn, Case{"I sat down", "", ""}},
        std::pair{Lang::kEs, Case{"vamos al mar", "", ""}},
        std::pair{Lang::kEs, Case{"lo vi ayer", "2013-02-11T00:00:00", "day", "", "ayer"}}));

INSTANTIATE_TEST_SUITE_P(
    BareNumberBesideYear, TemporalOwn10,
    ::testing::Values(
        // a bare number beside a year or a week is no hour
        std::pair{Lang::kEn, Case{"Top 5 of 2012", "2012-01-01T00:00:00", "year", "", "of 2012"}},
        std::pair{Lang::kEn, Case{"next week 5", "2013-02-18T00:00:00", "week", "", "next week"}},
        std::pair{Lang::kEs, Case{"el top 10 de 2012", "", ""}},
        // unchanged: beside a day it is
        std::pair{Lang::kEn, Case{"tomorrow 5", "2013-02-13T17:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el finde a las 5", "2013-02-15T17:00:00", "hour"}}));

INSTANTIATE_TEST_SUITE_P(
    UnitBesideDate, TemporalOwn10,
    ::testing::Values(
        // the calendar week, the weekend or the month just before or after a day
        std::pair{Lang::kEn, Case{"the week before christmas", "2013-12-16T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"the week after christmas", "2013-12-30T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"the weekend before christmas", "2013-12-20T18:00:00", "hour",
                                  "2013-12-23T00:00:00"}},
        std::pair{Lang::kEn, Case{"the weekend after easter", "2013-04-05T18:00:00", "hour",
                                  "2013-04-08T00:00:00"}},
        std::pair{Lang::kEn, Case{"the weekend before saturday the 23rd", "2013-02-15T18:00:00",
                                  "hour", "2013-02-18T00:00:00"}},
        std::pair{Lang::kEn, Case{"the month before christmas", "2013-11-01T00:00:00", "month"}},
        std::pair{Lang::kEs, Case{"la semana antes de Navidad", "2013-12-16T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"la semana anterior a Navidad", "2013-12-16T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"el finde después del 20", "2013-02-22T18:00:00", "hour",
                                  "2013-02-25T00:00:00"}},
        std::pair{Lang::kEs, Case{"el mes anterior a Navidad", "2013-11-01T00:00:00", "month"}},
        // unchanged: "the week after next", "the day before", no day after it
        std::pair{Lang::kEn, Case{"the week after next", "2013-02-25T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"the day before christmas", "2013-12-24T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the week before", "", ""}},
        std::pair{Lang::kEs, Case{"la semana antes", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    OrdinalEro, TemporalOwn10,
    ::testing::Values(
        // Latin America's "1ero", "1era" (glued) as "1ro", "1ra"
        std::pair{Lang::kEs, Case{"el 1ero de mayo", "2013-05-01T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"1ero de enero", "2014-01-01T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"la 1era semana de marzo", "2013-03-04T00:00:00", "week"}},
        // unchanged: the word "era" apart
        std::pair{Lang::kEs,
                  Case{"era el 1 de mayo", "2013-05-01T00:00:00", "day", "", "el 1 de mayo"}}));

INSTANTIATE_TEST_SUITE_P(
    PossessiveClock, TemporalOwn10,
    ::testing::Values(
        // a day's "'s" before its clock
        std::pair{Lang::kEn,
                  Case{"Monday's 9am standup", "2013-02-18T09:00:00", "hour", "", "Monday's 9am"}},
        std::pair{Lang::kEn, Case{"today's 5pm call", "2013-02-12T17:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tomorrow's 10:30 meeting", "2013-02-13T10:30:00", "minute"}},
        // unchanged: a bare number after it counts
        std::pair{Lang::kEn, Case{"Friday's 3 games", "2013-02-15T00:00:00", "day", "", "Friday"}},
        std::pair{Lang::kEn,
                  Case{"tomorrow's game", "2013-02-13T00:00:00", "day", "", "tomorrow"}}));

INSTANTIATE_TEST_SUITE_P(Midweek, TemporalOwn10,
                         ::testing::Values(
                             // "midweek" in one word as "mid-week"
                             std::pair{Lang::kEn, Case{"let's meet midweek", "2013-02-13T00:00:00",
                                                       "day", "2013-02-14T00:00:00", "midweek"}},
                             std::pair{Lang::kEn, Case{"mid-week", "2013-02-13T00:00:00", "day",
                                                       "2013-02-14T00:00:00"}}));

INSTANTIATE_TEST_SUITE_P(
    WeekdayBeforeLast, TemporalOwn10,
    ::testing::Values(
        // the one before the last; Spanish "último" / "anterior" with no month: the last
        std::pair{Lang::kEn, Case{"the friday before last", "2013-02-01T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"monday before last at 3pm", "2013-02-04T15:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el viernes antepasado", "2013-02-01T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el último viernes", "2013-02-08T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el último lunes", "2013-02-11T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el viernes anterior", "2013-02-08T00:00:00", "day"}},
        // ... a weekday before or after a bare day with "del"
        std::pair{Lang::kEs, Case{"el domingo antes del 20", "2013-02-17T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el martes después del 20", "2013-02-26T00:00:00", "day"}},
        // unchanged: counted in a month, "the week before last"
        std::pair{Lang::kEs, Case{"el último viernes de abril", "2013-04-26T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el último viernes del mes", "2013-02-22T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"the week before last", "2013-01-28T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"la última vez", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    ProximoDia, TemporalOwn10,
    ::testing::Values(
        // "el próximo 18", "el próximo día 18": the next 18th after today
        std::pair{Lang::kEs, Case{"el próximo 18", "2013-02-18T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el próximo día 18", "2013-02-18T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el próximo 12", "2013-03-12T00:00:00", "day"}},
        std::pair{Lang::kEs,
                  Case{"nos vemos el próximo 18 a las 5", "2013-02-18T17:00:00", "hour"}},
        // unchanged: with a month, an amount, a score
        std::pair{Lang::kEs, Case{"el próximo 5 de marzo", "2013-03-05T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el próximo 10 %", "", ""}},
        std::pair{Lang::kEs, Case{"el próximo 2 a 1", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    HoyAlDia, TemporalOwn10,
    ::testing::Values(
        // today to a bare day after "al"
        std::pair{Lang::kEs,
                  Case{"de hoy al 20", "2013-02-12T00:00:00", "day", "2013-02-20T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"desde hoy al 28", "2013-02-12T00:00:00", "day", "2013-02-28T00:00:00"}},
        // unchanged: with a month, a weekday; not an amount
        std::pair{Lang::kEs, Case{"de hoy al 20 de marzo", "2013-02-12T00:00:00", "day",
                                  "2013-03-20T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"de hoy al viernes", "2013-02-12T00:00:00", "day", "2013-02-15T00:00:00"}},
        std::pair{Lang::kEs, Case{"de hoy al 10 %", "2013-02-12T00:00:00", "day", "", "hoy"}}));

INSTANTIATE_TEST_SUITE_P(
    ThroughNoLead, TemporalOwn10,
    ::testing::Values(
        // two days joined by "through" with no "from"
        std::pair{Lang::kEn,
                  Case{"I'll be out christmas through new year's day", "2013-12-25T00:00:00", "day",
                       "2014-01-01T00:00:00", "christmas through new year's day"}},
        std::pair{Lang::kEn, Case{"thanksgiving thru christmas", "2013-11-28T00:00:00", "day",
                                  "2013-12-25T00:00:00"}},
        std::pair{Lang::kEn, Case{"tomorrow through sunday", "2013-02-13T00:00:00", "day",
                                  "2013-02-17T00:00:00"}},
        // unchanged: "to" with no lead joins nothing
        std::pair{Lang::kEn, Case{"thanksgiving to christmas", "2013-11-28T00:00:00", "day", "",
                                  "thanksgiving"}}));

INSTANTIATE_TEST_SUITE_P(
    MadrugadaBetween, TemporalOwn10,
    ::testing::Values(
        // the small hours between two days are the second one's
        std::pair{Lang::kEs, Case{"la madrugada del sábado al domingo", "2013-02-17T00:00:00",
                                  "hour", "2013-02-17T06:00:00"}},
        std::pair{Lang::kEs, Case{"de madrugada del viernes al sábado", "2013-02-16T00:00:00",
                                  "hour", "2013-02-16T06:00:00"}},
        // unchanged: one day's, the night (the first day's)
        std::pair{Lang::kEs, Case{"la madrugada del sábado", "2013-02-16T00:00:00", "hour",
                                  "2013-02-16T06:00:00"}},
        std::pair{Lang::kEs, Case{"la noche del viernes al sábado", "2013-02-15T18:00:00", "hour",
                                  "2013-02-16T00:00:00"}}));

// "pasadas las 9": past nine, a bound from then on
class TemporalOwn10Open : public ::testing::TestWithParam<std::pair<Lang, OpenCase>> {};
TEST_P(TemporalOwn10Open, Widens) {
  CheckOpen(GetParam().second, GetParam().first, kTue);
}

INSTANTIATE_TEST_SUITE_P(
    Pasadas, TemporalOwn10Open,
    ::testing::Values(std::pair{Lang::kEs,
                                OpenCase{"pasadas las 9", "pasadas las 9", OpenEnd::kAfter}},
                      std::pair{Lang::kEs, OpenCase{"llego pasadas las 10 de la noche",
                                                    "pasadas las 10 de la noche", OpenEnd::kAfter}},
                      std::pair{Lang::kEs, OpenCase{"las 9 pasadas", "", OpenEnd::kNone}}));

}  // namespace
}  // namespace chatbeto::events::testing
