// Spanish temporal expressions: table-driven, against a Tuesday 04:30 and a
// Friday 09:00 reference.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalEsTue : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalEsTue, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalEsTue,
    ::testing::Values(
        // early in the day, only with a day
        Case{"mañana temprano", "2013-02-13T06:00:00", "hour", "2013-02-13T09:00:00"},
        Case{"llegué temprano", "", ""},
        // a smaller unit after the first (reference 04:30)
        Case{"dentro de una hora y 20 minutos", "2013-02-12T05:50:00", "second"},
        Case{"hace 2 horas y 15 minutos", "2013-02-12T02:15:00", "second"},
        // days relative to today
        Case{"hoy", "2013-02-12T00:00:00", "day"},
        Case{"nos vemos mañana", "2013-02-13T00:00:00", "day", "", "mañana"},
        Case{"MAÑANA", "2013-02-13T00:00:00", "day"},
        Case{"pasado mañana", "2013-02-14T00:00:00", "day"},
        Case{"ayer", "2013-02-11T00:00:00", "day"}, Case{"anteayer", "2013-02-10T00:00:00", "day"},
        // weekdays: forward, "próximo" is next week's, "pasado" the last one
        Case{"el viernes", "2013-02-15T00:00:00", "day"},
        Case{"el martes", "2013-02-19T00:00:00", "day"},
        Case{"este jueves", "2013-02-14T00:00:00", "day"},
        Case{"el próximo lunes", "2013-02-18T00:00:00", "day"},
        Case{"el proximo miercoles", "2013-02-20T00:00:00", "day"},
        Case{"el jueves que viene", "2013-02-14T00:00:00", "day"},
        Case{"el sábado pasado", "2013-02-09T00:00:00", "day"},
        Case{"el miércoles de la semana que viene", "2013-02-20T00:00:00", "day"},
        Case{"el lunes 18", "2013-02-18T00:00:00", "day"},
        Case{"el lunes 10", "2013-06-10T00:00:00", "day"},
        Case{"vie. 15", "2013-02-15T00:00:00", "day"},
        // dates
        Case{"el 3 de octubre", "2013-10-03T00:00:00", "day"},
        Case{"el primero de abril", "2013-04-01T00:00:00", "day"},
        Case{"el veinte de marzo de 2014", "2014-03-20T00:00:00", "day"},
        Case{"15 de enero", "2014-01-15T00:00:00", "day"},
        Case{"el 20", "2013-02-20T00:00:00", "day"}, Case{"el día 5", "2013-03-05T00:00:00", "day"},
        Case{"25/12", "2013-12-25T00:00:00", "day"}, Case{"3/4/2015", "2015-04-03T00:00:00", "day"},
        Case{"nací el 5 de marzo de 1990", "1990-03-05T00:00:00", "day"},
        // times of day
        Case{"a las 10", "2013-02-12T10:00:00", "hour"},
        Case{"a las cinco de la tarde", "2013-02-12T17:00:00", "hour"},
        Case{"a las 7 de la mañana", "2013-02-12T07:00:00", "hour"},
        Case{"a las 2 de la madrugada", "2013-02-13T02:00:00", "hour"},
        Case{"a las once de la noche", "2013-02-12T23:00:00", "hour"},
        Case{"a mediodía", "2013-02-12T12:00:00", "hour"},
        Case{"a medianoche", "2013-02-13T00:00:00", "hour"},
        Case{"18h", "2013-02-12T18:00:00", "minute"},
        Case{"a las 18:45", "2013-02-12T18:45:00", "minute"},
        Case{"8:30", "2013-02-12T08:30:00", "minute"},
        Case{"a la una y media", "2013-02-12T13:30:00", "minute"},
        Case{"las ocho menos cuarto", "2013-02-12T07:45:00", "minute"},
        Case{"a las nueve y veinte", "2013-02-12T09:20:00", "minute"},
        Case{"a las 4 y cuarto de la tarde", "2013-02-12T16:15:00", "minute"},
        Case{"a las 21 horas", "2013-02-12T21:00:00", "hour"},
        // combinations
        Case{"El viernes a las 10", "2013-02-15T10:00:00", "hour"},
        Case{"mañana a las 9 de la noche", "2013-02-13T21:00:00", "hour"},
        Case{"el lunes por la tarde", "2013-02-18T12:00:00", "hour", "2013-02-18T19:00:00"},
        Case{"el 8 de marzo a las 17:30", "2013-03-08T17:30:00", "minute"},
        Case{"mejor el lunes a las 11", "2013-02-18T11:00:00", "hour"},
        Case{"esta noche", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00"},
        // intervals
        Case{"de 2 a 4", "2013-02-12T14:00:00", "hour", "2013-02-12T16:00:00"},
        Case{"de 10 a 12 de la mañana", "2013-02-12T10:00:00", "hour", "2013-02-12T12:00:00"},
        Case{"entre las 3 y las 5 de la tarde", "2013-02-12T15:00:00", "hour",
             "2013-02-12T17:00:00"},
        Case{"del 13 al 15 de julio", "2013-07-13T00:00:00", "day", "2013-07-15T00:00:00"},
        // periods and amounts of time
        Case{"la semana que viene", "2013-02-18T00:00:00", "week"},
        Case{"el mes pasado", "2013-01-01T00:00:00", "month"},
        Case{"este fin de semana", "2013-02-15T18:00:00", "hour", "2013-02-18T00:00:00"},
        Case{"en 10 minutos", "2013-02-12T04:40:00", "second"},
        Case{"dentro de una semana", "2013-02-19T00:00:00", "day"},
        Case{"hace tres días", "2013-02-09T04:00:00", "hour"},
        Case{"los próximos 3 días", "2013-02-13T00:00:00", "day", "2013-02-15T00:00:00"},
        Case{"a finales de mes", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00"},
        Case{"a principios de abril", "2013-04-01T00:00:00", "day", "2013-04-10T00:00:00"},
        // the singular says the same: "a final de mes", "al final de la semana"
        Case{"a fin de mes", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00"},
        Case{"a final de mes", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00"},
        Case{"lo pago a final del mes", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00",
             "a final del mes"},
        Case{"al final de la semana", "2013-02-15T00:00:00", "day", "2013-02-17T00:00:00"},
        Case{"al final de la semana que viene", "2013-02-22T00:00:00", "day",
             "2013-02-24T00:00:00"},
        Case{"al principio de la semana", "2013-02-11T00:00:00", "day", "2013-02-13T00:00:00"},
        Case{"al final del año", "2013-09-01T00:00:00", "month", "2013-12-01T00:00:00"},
        Case{"al final de marzo", "2013-03-21T00:00:00", "day", "2013-03-31T00:00:00"},
        Case{"al final de la calle", ""}, Case{"al final nos fuimos", ""},
        Case{"al principio de la reunión", ""},
        Case{"cobro final de mes", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00",
             "final de mes"},
        // "la final" is a match: the month alone, not its end
        Case{"la final de mayo", "2013-05-01T00:00:00", "month", "", "mayo"},
        Case{"la final del mundial", ""},
        Case{"el primer lunes de marzo", "2013-03-04T00:00:00", "day"},
        Case{"el último viernes del mes", "2013-02-22T00:00:00", "day"},
        Case{"el examen de mañana", "2013-02-13T00:00:00", "day", "", "mañana"},
        Case{"el primer viernes después de navidad", "2013-12-27T00:00:00", "day"},
        Case{"el segundo lunes después del 3 de marzo", "2013-03-11T00:00:00", "day"},
        Case{"a las 3 CET", "2013-02-12T15:00:00", "hour"},
        Case{"10 agosto - 12 septiembre 2015", "2015-08-10T00:00:00", "day", "2015-09-12T00:00:00"},
        Case{"el viernes 15 a las 10", "2013-02-15T10:00:00", "hour"},
        Case{"a las 8 de la noche del viernes", "2013-02-15T20:00:00", "hour"},
        Case{"del lunes al miércoles", "2013-02-18T00:00:00", "day", "2013-02-20T00:00:00"},
        Case{"la Navidad", "2013-12-25T00:00:00", "day"},
        Case{"Nochevieja", "2013-12-31T00:00:00", "day"},
        Case{"el viernes santo de 2014", "2014-04-18T00:00:00", "day"},
        Case{"una semana antes de Navidad", "2013-12-18T00:00:00", "day"},
        Case{"tres y cuarto", "2013-02-12T15:15:00", "minute"},
        Case{"a la una del mediodía", "2013-02-12T13:00:00", "hour"},
        // no date or time
        Case{"32 de agosto", ""}, Case{"Quiero agendar una reunión", ""},
        Case{"Revisión del proyecto", ""}, Case{"somos 3 personas", ""},
        Case{"nohoy hymañana xayer", ""}, Case{"buenos días, ¿cómo estás?", ""}, Case{"", ""},
        Case{"la mañana fue larga", ""}, Case{"tengo 2 hijos y 4 gatos", ""}));

// Quarters: "el tercer trimestre de 2025", "el 1er trimestre".
INSTANTIATE_TEST_SUITE_P(
    Trimestres, TemporalEsTue,
    ::testing::Values(Case{"el tercer trimestre de 2025", "2025-07-01T00:00:00", "quarter"},
                      Case{"el 1er trimestre", "2013-01-01T00:00:00", "quarter"},
                      Case{"primer trimestre del 2027", "2027-01-01T00:00:00", "quarter"},
                      Case{"el 3º trimestre de 2026", "2026-07-01T00:00:00", "quarter"},
                      Case{"el cuarto trimestre", "2013-10-01T00:00:00", "quarter"},
                      Case{"cuatro trimestres", "", ""}, Case{"el quinto trimestre", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    Eras, TemporalEsTue,
    ::testing::Values(Case{"el año 14 d. C.", "0014-01-01T00:00:00", "year"},
                      Case{"en el año 300 a. C.", "-0300-01-01T00:00:00", "year"},
                      Case{"14 d.C.", "0014-01-01T00:00:00", "year"},
                      Case{"en el año 2014", "2014-01-01T00:00:00", "year"},
                      Case{"el año 14", "", ""}));

INSTANTIATE_TEST_SUITE_P(
    Closest, TemporalEsTue,
    ::testing::Values(
        Case{"el lunes más cercano al 5 de octubre", "2013-10-07T00:00:00", "day"},
        Case{"el segundo martes más cercano al 3 de marzo", "2013-02-26T00:00:00", "day"},
        Case{"la Navidad más cercana a hoy", "2012-12-25T00:00:00", "day"},
        Case{"el bar más cercano al centro", "", ""},
        Case{"el viernes más cercano", "2013-02-15T00:00:00", "day", "", "el viernes"}));

// Latin American "X para las N": N o'clock minus X minutes, forward as "a las
// 4 menos cuarto" (at 04:30 the 3:45 has passed: 15:45; the 4:40 has not). An
// hour alone keeps the hour it is in while it lasts ("para las 4", "a las 4" at
// 04:30: 04:00, as Duckling's "at 4:23" at 04:30 is 04:23).
INSTANTIATE_TEST_SUITE_P(
    MinutesToTheHour, TemporalEsTue,
    ::testing::Values(
        Case{"cuarto para las 4", "2013-02-12T15:45:00", "minute"},
        Case{"a las 4 menos cuarto", "2013-02-12T15:45:00", "minute"},
        Case{"15 para las 4", "2013-02-12T15:45:00", "minute"},
        Case{"veinte para las cinco", "2013-02-12T04:40:00", "minute"},
        Case{"diez para las 8 de la noche", "2013-02-12T19:50:00", "minute"},
        Case{"un cuarto para las doce", "2013-02-12T11:45:00", "minute"},
        Case{"cuarto para la una", "2013-02-12T12:45:00", "minute"},
        Case{"faltan 5 minutos para las 3", "2013-02-12T14:55:00", "minute", "",
             "5 minutos para las 3"},
        Case{"el viernes veinte para las 5", "2013-02-15T16:40:00", "minute"},
        Case{"mañana cuarto para las 4 pm", "2013-02-13T15:45:00", "minute"},
        Case{"para las 4", "2013-02-12T04:00:00", "hour"},
        Case{"a las 4", "2013-02-12T04:00:00", "hour"},
        // a count, then the hour it is for; more than half an hour is no countdown
        Case{"somos 15 para las 4", "2013-02-12T04:00:00", "hour", "", "para las 4"},
        Case{"una mesa para 4 para las 9", "2013-02-12T09:00:00", "hour", "", "para las 9"},
        Case{"cuarenta para las 5", "2013-02-12T05:00:00", "hour", "", "para las 5"},
        Case{"cuarto para las 4:30", "2013-02-12T04:30:00", "minute", "", "para las 4:30"}));

// The seed system's example, said on Friday 1 March 2019 at 09:00: "El
// viernes" is the next Friday (a week later), at 10:00.
TEST(TemporalEs, SeedExampleIsTheComingFridayAtTen) {
  auto ms = FindTemporal("El viernes a las 10", Lang::kEs, kFri);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(FormatLocalTime(ms[0].start), "2019-03-08T10:00:00");
  EXPECT_TRUE(ms[0].has_date);
  EXPECT_TRUE(ms[0].has_time);
  EXPECT_TRUE(ms[0].ambiguous_meridiem);  // 10:00 or 22:00: the scanner decides
}

TEST(TemporalEs, FindsEveryExpressionWithItsByteSpan) {
  std::string text = "Hola! ¿Quedamos mañana a las 8? Si no, el sábado 9 de marzo.";
  auto ms = FindTemporal(text, Lang::kEs, kFri);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].text, "mañana a las 8");
  EXPECT_EQ(text.substr(ms[0].begin, ms[0].end - ms[0].begin), ms[0].text);
  EXPECT_EQ(FormatLocalTime(ms[0].start), "2019-03-02T08:00:00");
  EXPECT_EQ(ms[1].text, "el sábado 9 de marzo");
  EXPECT_EQ(FormatLocalTime(ms[1].start), "2019-03-09T00:00:00");
  EXPECT_FALSE(ms[1].has_time);
}

TEST(TemporalEs, PastStatementsAreMarkedPast) {
  auto ms = FindTemporal("ayer fuimos al cine a las 8", Lang::kEs, kFri);
  ASSERT_FALSE(ms.empty());
  EXPECT_TRUE(ms[0].past);
}

}  // namespace
}  // namespace chatbeto::events::testing
