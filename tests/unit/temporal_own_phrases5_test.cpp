// Session 33's blind round (tests/fixtures/temporal/own_phrases5.tsv): the families its
// misses stood for, each with wordings and negatives. Reference: Tuesday 12 February 2013,
// 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

// A weekday said alone with its time, then the week it falls in: that weekday of that week
// ("thursday afternoon next week"; "thursday next week" was read, the part of the day
// between them stopped it). Not across a comma.
class TemporalOwn5WeekdayWeek : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5WeekdayWeek, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5WeekdayWeek,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"thursday afternoon next week", "2013-02-21T12:00:00", "hour",
                                  "2013-02-21T19:00:00"}},
        std::pair{Lang::kEn, Case{"monday night last week", "2013-02-04T18:00:00", "hour",
                                  "2013-02-05T00:00:00"}},
        std::pair{Lang::kEn, Case{"friday at 3pm next week", "2013-02-22T15:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"thursday morning of next week", "2013-02-21T00:00:00", "hour",
                                  "2013-02-21T12:00:00"}},
        std::pair{Lang::kEs, Case{"el jueves por la tarde de la semana que viene",
                                  "2013-02-21T12:00:00", "hour", "2013-02-21T19:00:00"}},
        std::pair{Lang::kEs, Case{"el lunes a las 9 de la próxima semana", "2013-02-18T09:00:00",
                                  "hour"}},
        std::pair{Lang::kEs, Case{"el viernes por la noche de la semana pasada",
                                  "2013-02-08T18:00:00", "hour", "2013-02-09T00:00:00"}},
        // not across a comma; a weekday with its week said first stays as it was
        std::pair{Lang::kEn, Case{"thursday afternoon, next week is busy", "2013-02-14T12:00:00",
                                  "hour", "2013-02-14T19:00:00", "thursday afternoon"}},
        std::pair{Lang::kEn, Case{"thursday next week", "2013-02-21T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el jueves de la semana que viene", "2013-02-21T00:00:00",
                                  "day"}}));

// A season in a year said by its distance: the season that starts in that year ("spring of
// next year", "el verano del año que viene"; read "next year" alone). A season word that
// names something else stays unread.
class TemporalOwn5SeasonYear : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5SeasonYear, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5SeasonYear,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"spring of next year", "2014-03-20T00:00:00", "day",
                                  "2014-06-21T00:00:00"}},
        std::pair{Lang::kEn, Case{"summer next year", "2014-06-21T00:00:00", "day",
                                  "2014-09-23T00:00:00"}},
        std::pair{Lang::kEn, Case{"fall of last year", "2012-09-23T00:00:00", "day",
                                  "2012-12-21T00:00:00"}},
        std::pair{Lang::kEs, Case{"el verano del año que viene", "2014-06-21T00:00:00", "day",
                                  "2014-09-23T00:00:00"}},
        std::pair{Lang::kEs, Case{"la primavera del año pasado", "2012-03-20T00:00:00", "day",
                                  "2012-06-21T00:00:00"}},
        // the year alone: a season word before a noun is no season
        std::pair{Lang::kEn, Case{"summer camp next year", "2014-01-01T00:00:00", "year", "",
                                  "next year"}},
        std::pair{Lang::kEn, Case{"the summer of our lives", "", ""}}));

// A quarter or three of one more unit after an amount ("an hour and a quarter", "en una hora
// y cuarto", "dos horas y tres cuartos", "un año y medio"; read the whole units only).
class TemporalOwn5PartOfUnit : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5PartOfUnit, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5PartOfUnit,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"an hour and a quarter from now", "2013-02-12T05:45:00", "second"}},
        std::pair{Lang::kEn, Case{"in two hours and a quarter", "2013-02-12T06:45:00", "second"}},
        std::pair{Lang::kEn, Case{"in 2 hours and three quarters", "2013-02-12T07:15:00", "second"}},
        std::pair{Lang::kEs, Case{"en una hora y cuarto", "2013-02-12T05:45:00", "second"}},
        std::pair{Lang::kEs, Case{"en hora y cuarto", "2013-02-12T05:45:00", "second"}},
        std::pair{Lang::kEs, Case{"dentro de dos horas y tres cuartos", "2013-02-12T07:15:00",
                                  "second"}},
        std::pair{Lang::kEs, Case{"dentro de un año y medio", "2014-08-01T00:00:00", "month"}},
        // a clock's quarter stays a clock's
        std::pair{Lang::kEs, Case{"a las dos y cuarto", "2013-02-12T14:15:00", "minute"}},
        std::pair{Lang::kEn, Case{"in two and a half hours", "2013-02-12T07:00:00", "second"}}));

// "antepasado", "antepasada" after a period: the one before the last ("el año antepasado",
// "la semana antepasada", "el mes antepasado"), as "the year before last".
class TemporalOwn5BeforeLast : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5BeforeLast, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5BeforeLast,
    ::testing::Values(
        std::pair{Lang::kEs, Case{"el año antepasado", "2011-01-01T00:00:00", "year"}},
        std::pair{Lang::kEs, Case{"la semana antepasada", "2013-01-28T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"el mes antepasado", "2012-12-01T00:00:00", "month"}},
        // an ancestor is no time
        std::pair{Lang::kEs, Case{"el antepasado de mi abuelo", "", ""}}));

// "a eso del mediodía", "hacia el mediodía", "sobre el mediodía", "para el mediodía": the
// lead and the article are the clock's, so a day before them joins it (read "el sábado"
// and "mediodía" apart); "las 9 y pico": the hour, with its part of the day after it.
class TemporalOwn5EsClockLead : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn5EsClockLead, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5EsClockLead,
    ::testing::Values(Case{"el sábado a eso del mediodía", "2013-02-16T12:00:00", "hour"},
                      Case{"el sábado hacia el mediodía", "2013-02-16T12:00:00", "hour"},
                      Case{"mañana sobre el mediodía", "2013-02-13T12:00:00", "hour"},
                      Case{"el viernes para el mediodía", "2013-02-15T12:00:00", "hour"},
                      Case{"a eso de la medianoche", "2013-02-13T00:00:00", "hour"},
                      Case{"a las 9 y pico de la noche", "2013-02-12T21:00:00", "hour"},
                      Case{"mañana a las 3 y pico de la tarde", "2013-02-13T15:00:00", "hour"},
                      Case{"las 5 y pico", "2013-02-12T05:00:00", "hour"},
                      // an age, a count: no time
                      Case{"tiene 40 y pico años", "", ""}, Case{"son 3 y pico", "", ""}));

// Chat spellings of "mañana" that keep its ñ ("mñn", "mñna", "MÑN"): the word, tomorrow or
// the morning by its place. Without the ñ ("mnn") they are no word of ours.
class TemporalOwn5ChatManana : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn5ChatManana, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5ChatManana,
    ::testing::Values(Case{"mñn a las 9", "2013-02-13T09:00:00", "hour"},
                      Case{"nos vemos mñna", "2013-02-13T00:00:00", "day"},
                      Case{"MÑN a las 10", "2013-02-13T10:00:00", "hour"},
                      Case{"por la mñn", "2013-02-12T04:00:00", "hour", "2013-02-12T12:00:00"},
                      Case{"mnn", "", ""}));

// A holiday whose name keeps its article ("la Inmaculada", "la Purísima": 8 December; the
// table had "la inmaculada", out of reach once the article was skipped). Lowercase before a
// noun it is the adjective; "Inmaculada" alone is a woman's name.
class TemporalOwn5HolidayArticle : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn5HolidayArticle, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5HolidayArticle,
    ::testing::Values(Case{"la Inmaculada de 2014", "2014-12-08T00:00:00", "day"},
                      Case{"la Purísima", "2013-12-08T00:00:00", "day"},
                      Case{"cerrado por la Inmaculada", "2013-12-08T00:00:00", "day"},
                      Case{"la inmaculada limpieza del piso", "", ""},
                      Case{"la purísima verdad", "", ""},
                      Case{"Inmaculada García vendrá", "", ""}));

// Spanish "fin de semana" with no article is the weekend, not the end of this week (read
// Friday to Sunday by days): after a bound's "del" it is this weekend ("antes del fin de
// semana", "después del finde"), alone it is no time, as English "weekend" ("buen fin de
// semana", "los fines de semana"). "a finales de semana" stays the end of the week.
class TemporalOwn5FinDeSemana : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn5FinDeSemana, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5FinDeSemana,
    ::testing::Values(Case{"antes del fin de semana", "2013-02-15T18:00:00", "hour",
                           "2013-02-18T00:00:00"},
                      Case{"después del finde", "2013-02-15T18:00:00", "hour",
                           "2013-02-18T00:00:00"},
                      Case{"el fin de semana", "2013-02-15T18:00:00", "hour",
                           "2013-02-18T00:00:00"},
                      Case{"buen fin de semana", "", ""}, Case{"los fines de semana", "", ""},
                      Case{"fin de semana largo", "", ""},
                      Case{"a finales de semana", "2013-02-15T00:00:00", "day",
                           "2013-02-17T00:00:00"}));

// An amount with a decimal fraction of quarters: ".25" and ".75" as ".5" ("in 1.75 hours"),
// and Spanish's decimal comma ("dentro de 1,5 horas", "hace 1,5 años"). A fraction that is
// no quarter, a price, a list are no time.
class TemporalOwn5DecimalAmount : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5DecimalAmount, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5DecimalAmount,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"in 1.75 hours", "2013-02-12T06:15:00", "second"}},
        std::pair{Lang::kEn, Case{"in 2.25 hours", "2013-02-12T06:45:00", "second"}},
        std::pair{Lang::kEs, Case{"dentro de 1,5 horas", "2013-02-12T06:00:00", "second"}},
        std::pair{Lang::kEs, Case{"en 1,25 horas", "2013-02-12T05:45:00", "second"}},
        std::pair{Lang::kEs, Case{"hace 1,5 años", "2011-08-01T00:00:00", "month"}},
        std::pair{Lang::kEs, Case{"en 1,3 horas", "", ""}},
        std::pair{Lang::kEs, Case{"cuesta 1,5 euros", "", ""}},
        std::pair{Lang::kEs, Case{"en 1, 2 o 3 horas", "", ""}},
        std::pair{Lang::kEn, Case{"in 1,5 hours", "", ""}}));

// Hours written "2h" with minutes glued after them ("2h 15m", "11h 20min", "1h30m") are how
// long, not 02:00; "2h15", "3h18", "at 15h", "a las 18h30" stay clocks.
class TemporalOwn5HoursMinutes : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5HoursMinutes, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5HoursMinutes,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"the movie is 2h 15m long", "", ""}},
        std::pair{Lang::kEn, Case{"the flight is 11h 20min", "", ""}},
        std::pair{Lang::kEn, Case{"it lasted 1h30m", "", ""}},
        std::pair{Lang::kEs, Case{"el vuelo dura 11h 20min", "", ""}},
        std::pair{Lang::kEn, Case{"2h15", "2013-02-13T02:15:00", "minute"}},
        std::pair{Lang::kEn, Case{"see you at 15h", "2013-02-12T15:00:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 18h30", "2013-02-12T18:30:00", "minute"}}));

// A zone after the clock's part of the day moves the clock as one right after it ("a las 3
// de la tarde hora de Madrid", "at 9 in the morning london time", "9pm tonight EST"); an
// abbreviation there only in capitals ("9pm tonight art show"), and "hora de" a zone's.
// Zones convert only with the reference's UTC offset known (UTC-2 here).
class TemporalOwn5ZoneAfterPod : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn5ZoneAfterPod, Resolves) {
  const auto& [lang, c] = GetParam();
  TemporalOptions o;
  o.utc_offset_minutes = -120;
  auto ms = FindTemporal(c.text, lang, kTue, o);
  const TemporalMatch* m = Longest(ms);
  ASSERT_NE(m, nullptr) << c.text;
  EXPECT_EQ(FormatLocalTime(m->start), c.start) << c.text;
  EXPECT_STREQ(GrainName(m->grain), c.grain) << c.text;
  if (*c.matched) {
    EXPECT_EQ(m->text, c.matched) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn5ZoneAfterPod,
    ::testing::Values(
        std::pair{Lang::kEs, Case{"a las 3 de la tarde hora de Madrid", "2013-02-12T12:00:00",
                                  "minute"}},
        std::pair{Lang::kEs, Case{"a las 9 de la mañana (hora de Madrid)", "2013-02-12T06:00:00",
                                  "minute"}},
        std::pair{Lang::kEs, Case{"mañana a las 8 de la noche hora de México",
                                  "2013-02-14T00:00:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 10 de la mañana GMT", "2013-02-12T08:00:00", "minute"}},
        std::pair{Lang::kEn, Case{"at 9 in the morning london time", "2013-02-12T07:00:00",
                                  "minute"}},
        std::pair{Lang::kEn, Case{"9pm tonight EST", "2013-02-13T00:00:00", "minute"}},
        // no zone
        std::pair{Lang::kEn, Case{"9pm tonight art show", "2013-02-12T21:00:00", "hour", "",
                                  "9pm tonight"}},
        std::pair{Lang::kEs, Case{"a las 3 de la tarde hora de comer", "2013-02-12T15:00:00",
                                  "hour", "", "a las 3 de la tarde"}}));

}  // namespace
}  // namespace chatbeto::events::testing
