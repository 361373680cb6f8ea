// Phrasings found by trying our own English and Spanish sentences (none from the
// corpora) through `chatbeto when`: a working day's hours said after they began ("from
// 9 till 5" at 10:30), two hours after a weekday ("wed 11-12"), a bare "afternoon" or
// "evening" as the answer. Each table has the inputs that must not match beside those
// that must.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

// Friday 1 March 2019, 10:30: after 9 o'clock.
const LocalTime kFriMorning{2019, 3, 1, 10, 30, 0};

// Two bare hours across noon ("9 till 5": 09:00-17:00) are a working day's, kept in the
// morning and taken today while their end is to come; a range that starts at 6 or earlier
// keeps reading forward ("de las 6 a las 5" at 10:30 is 18:00 to 17:00: a move of a time).
class TemporalOwnAcrossNoon : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnAcrossNoon, Resolves) { Check(GetParam(), Lang::kEn, kFriMorning); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnAcrossNoon,
    ::testing::Values(
        Case{"from 9 till 5", "2019-03-01T09:00:00", "hour", "2019-03-01T17:00:00"},
        Case{"we're open from 10 to 6", "2019-03-01T10:00:00", "hour", "2019-03-01T18:00:00",
             "from 10 to 6"},
        Case{"from 8 to 4", "2019-03-01T08:00:00", "hour", "2019-03-01T16:00:00"},
        Case{"between 11 and 2", "2019-03-01T11:00:00", "hour", "2019-03-01T14:00:00"},
        Case{"from 7 to 10", "2019-03-01T19:00:00", "hour", "2019-03-01T22:00:00"},
        Case{"from 9 till 5 tomorrow", "2019-03-02T09:00:00", "hour", "2019-03-02T17:00:00"},
        Case{"9 to 5", "", ""}, Case{"we won 9 to 5", "", ""}));

const LocalTime kFriEvening{2019, 3, 1, 18, 0, 0};

class TemporalOwnAcrossNoonLate : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnAcrossNoonLate, Resolves) { Check(GetParam(), Lang::kEn, kFriEvening); }

INSTANTIATE_TEST_SUITE_P(Table, TemporalOwnAcrossNoonLate,
                         ::testing::Values(Case{"from 9 till 5", "2019-03-02T09:00:00", "hour",
                                                "2019-03-02T17:00:00"}));

class TemporalOwnAcrossNoonEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnAcrossNoonEs, Resolves) { Check(GetParam(), Lang::kEs, kFriMorning); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnAcrossNoonEs,
    ::testing::Values(
        Case{"de 9 a 2", "2019-03-01T09:00:00", "hour", "2019-03-01T14:00:00"},
        Case{"abrimos de 10 a 6", "2019-03-01T10:00:00", "hour", "2019-03-01T18:00:00",
             "de 10 a 6"},
        Case{"¿podemos adelantar de las 6 a las 5?", "2019-03-01T18:00:00", "hour",
             "2019-03-02T17:00:00", "de las 6 a las 5"},
        Case{"ganamos 9 a 5", "", ""},
        // an hour written "14 h": after "las", or a range's end of 13-24
        Case{"de 10 a 14 h", "2019-03-01T10:00:00", "hour", "2019-03-01T14:00:00"},
        Case{"abierto de 11 a 14 h.", "2019-03-01T11:00:00", "hour", "2019-03-01T14:00:00",
             "de 11 a 14 h"},
        Case{"a las 14 h", "2019-03-01T14:00:00", "hour"},
        Case{"tardé 2 h en llegar", "", ""}, Case{"de 2 a 3 h de viaje", "", ""}));

// "11-12" after a weekday is two hours when 12 November is not that weekday ("wed 11-12"
// on 12 February 2013); a date that falls on the weekday stays one ("Fri 3-15": Friday
// 15 March), and so does one with a word after it ("sat 3-4 hours" reads no hours).
class TemporalOwnWeekdayHours : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekdayHours, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekdayHours,
    ::testing::Values(
        Case{"wed 11-12", "2013-02-13T11:00:00", "hour", "2013-02-13T12:00:00"},
        Case{"can we do Fri 3-5?", "2013-02-15T15:00:00", "hour", "2013-02-15T17:00:00",
             "Fri 3-5"},
        Case{"sun 9-5", "2013-02-17T09:00:00", "hour", "2013-02-17T17:00:00"},
        Case{"thursday 10-11", "2013-02-14T10:00:00", "hour", "2013-02-14T11:00:00"},
        Case{"Fri 3-15", "2013-03-15T00:00:00", "day"},
        Case{"Wed 11-13", "2013-11-13T00:00:00", "day"}));

// A bare "afternoon" (12-19) or "evening" (18-24) as the answer, today's; not after a
// word ("good afternoon"), as a greeting ("Evening!", "Evening, everyone") nor before a
// noun ("afternoon tea", "evening all").
class TemporalOwnBarePart : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnBarePart, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnBarePart,
    ::testing::Values(
        Case{"afternoon", "2013-02-12T12:00:00", "hour", "2013-02-12T19:00:00"},
        Case{"evening", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00"},
        Case{"Afternoon?", "2013-02-12T12:00:00", "hour", "2013-02-12T19:00:00", "Afternoon"},
        Case{"evening works for me", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00",
             "evening"},
        Case{"how about afternoon?", "2013-02-12T12:00:00", "hour", "2013-02-12T19:00:00",
             "afternoon"},
        Case{"good afternoon", "", ""}, Case{"Good evening everyone", "", ""},
        Case{"Evening!", "", ""}, Case{"Evening, everyone", "", ""},
        Case{"evening all", "", ""}, Case{"an evening dress", "", ""},
        Case{"afternoon tea at the Ritz", "", ""}, Case{"the afternoon session", "", ""},
        // "late"/"early" before the day of a part of the day; "mid-day" is noon
        Case{"late tomorrow night", "2013-02-13T21:00:00", "hour", "2013-02-14T00:00:00"},
        Case{"early monday morning", "2013-02-18T00:00:00", "hour", "2013-02-18T09:00:00"},
        Case{"late friday afternoon", "2013-02-15T15:00:00", "hour", "2013-02-15T19:00:00"},
        Case{"mid-day tomorrow", "2013-02-13T12:00:00", "hour"},
        Case{"mid-december", "2013-12-11T00:00:00", "day", "2013-12-20T00:00:00"},
        // the end of the week like EOM: Friday to Sunday
        Case{"EOW", "2013-02-15T00:00:00", "day", "2013-02-17T00:00:00"}));

// Earth Hour: the last Saturday of March, 20:30-21:30, a week earlier when that Saturday is
// Holy Saturday (2016, 2018, 2024); the Parsi New Year of India (Shahenshahi calendar: 365
// days, no leap day; published dates: 17 Aug 2019, 16 Aug 2020 and 2021, 15 Aug 2024).
class TemporalOwnHolidays : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnHolidays, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnHolidays,
    ::testing::Values(
        Case{"earth hour", "2013-03-23T20:30:00", "minute", "2013-03-23T21:30:00"},
        Case{"Earth Hour 2015", "2015-03-28T20:30:00", "minute", "2015-03-28T21:30:00"},
        Case{"earth hour 2016", "2016-03-19T20:30:00", "minute", "2016-03-19T21:30:00"},
        Case{"earth hour 2018", "2018-03-24T20:30:00", "minute", "2018-03-24T21:30:00"},
        Case{"Earth Hour 2021", "2021-03-27T20:30:00", "minute", "2021-03-27T21:30:00"},
        Case{"lights off for earth hour 2024", "2024-03-23T20:30:00", "minute",
             "2024-03-23T21:30:00", "earth hour 2024"},
        Case{"parsi new year 2019", "2019-08-17T00:00:00", "day"},
        Case{"Parsi New Year 2020", "2020-08-16T00:00:00", "day"},
        Case{"jamshedi navroz 2021", "2021-08-16T00:00:00", "day"},
        Case{"parsi new year in 2024", "2024-08-15T00:00:00", "day"},
        Case{"parsi new year", "2013-08-18T00:00:00", "day"},
        Case{"victoria day", "2013-05-20T00:00:00", "day"},
        Case{"victoria day 2015", "2015-05-18T00:00:00", "day"},
        Case{"arbor day", "2013-04-26T00:00:00", "day"},
        Case{"spring bank holiday", "2013-05-27T00:00:00", "day"},
        Case{"august bank holiday 2014", "2014-08-25T00:00:00", "day"},
        Case{"early may bank holiday", "2013-05-06T00:00:00", "day"},
        Case{"waitangi day", "2014-02-06T00:00:00", "day"},
        // Vesak (Sri Lanka's poya: the full moon's tithi at noon) and India's Buddha
        // Purnima (at sunrise) part when the full moon comes in the morning
        Case{"vesak 2015", "2015-05-03T00:00:00", "day"},
        Case{"buddha purnima 2015", "2015-05-04T00:00:00", "day"},
        Case{"Vesak 2018", "2018-04-29T00:00:00", "day"},
        Case{"buddha purnima 2018", "2018-04-30T00:00:00", "day"},
        Case{"vesak 2021", "2021-05-26T00:00:00", "day"},
        Case{"vesak 2022", "2022-05-15T00:00:00", "day"},
        Case{"buddha purnima 2022", "2022-05-16T00:00:00", "day"},
        Case{"vesak 2024", "2024-05-23T00:00:00", "day"},
        Case{"onam 2019", "2019-09-11T00:00:00", "day"},
        Case{"Thiruvonam 2022", "2022-09-08T00:00:00", "day"},
        Case{"onam", "2013-09-16T00:00:00", "day"},
        // feasts of several days: Navaratri (pratipada to navami), Durga Puja (shashthi to
        // dashami)
        Case{"navratri 2023", "2023-10-15T00:00:00", "day", "2023-10-23T00:00:00"},
        Case{"durga puja 2018", "2018-10-15T00:00:00", "day", "2018-10-19T00:00:00"},
        Case{"durga puja in 2019", "2019-10-04T00:00:00", "day", "2019-10-08T00:00:00"},
        Case{"Durga Puja 2023", "2023-10-20T00:00:00", "day", "2023-10-24T00:00:00"},
        Case{"an hour on earth", "", ""}));

class TemporalOwnHolidaysEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnHolidaysEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnHolidaysEs,
    ::testing::Values(
        Case{"la hora del planeta", "2013-03-23T20:30:00", "minute", "2013-03-23T21:30:00"},
        Case{"la Hora del Planeta 2016", "2016-03-19T20:30:00", "minute", "2016-03-19T21:30:00"},
        Case{"el día de la Inmaculada Concepción", "2013-12-08T00:00:00", "day"},
        Case{"la Inmaculada Concepción de 2014", "2014-12-08T00:00:00", "day"},
        Case{"una hora en el planeta", "", ""}));

// The week of a day: that day's (Monday to Sunday); in English a week runs from Sunday, so
// the week of a Sunday is the Monday after it. A bare day is the next such day ("la semana
// del 10" on 12 February: 10 March, a Sunday, in Spain the week of 4 March).
class TemporalOwnWeekOf : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekOf, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekOf,
    ::testing::Values(Case{"the week of march 5", "2013-03-04T00:00:00", "week"},
                      Case{"the week of march 10", "2013-03-11T00:00:00", "week"},
                      Case{"the week of the 10th we travel", "2013-03-11T00:00:00", "week", "",
                           "the week of the 10th"}));

class TemporalOwnWeekOfEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnWeekOfEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnWeekOfEs,
    ::testing::Values(Case{"la semana del 10", "2013-03-04T00:00:00", "week"},
                      Case{"la semana del 18 tengo examen", "2013-02-18T00:00:00", "week", "",
                           "la semana del 18"},
                      Case{"la semana del 10 de marzo", "2013-03-04T00:00:00", "week"},
                      Case{"la semana del 10 por ciento", "", ""},
                      Case{"subió la semana del 10%", "", ""}));

// A time written with a dot: alone ("18.30", "Ok. 18.30?") or with a day or "at"; not an
// amount ("costs 18.30 each", "Total: 18.30", "$18.30", "18.30%") nor a dotted number.
class TemporalOwnDotted : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnDotted, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnDotted,
    ::testing::Values(Case{"18.30", "2013-02-12T18:30:00", "minute"},
                      Case{"Ok. 18.30?", "2013-02-12T18:30:00", "minute", "", "18.30"},
                      Case{"tomorrow 18.30", "2013-02-13T18:30:00", "minute"},
                      Case{"at 18.30", "2013-02-12T18:30:00", "minute"},
                      Case{"costs 18.30 each", "", ""}, Case{"Total: 18.30", "", ""},
                      Case{"$18.30", "", ""}, Case{"18.30%", "", ""},
                      Case{"version 2.10", "", ""}, Case{"1.2.3", "", ""},
                      Case{"18.30 ok", "", ""}));

class TemporalOwnDottedEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwnDottedEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnDottedEs,
    ::testing::Values(Case{"18.30", "2013-02-12T18:30:00", "minute"},
                      Case{"mañana 18.30", "2013-02-13T18:30:00", "minute"},
                      Case{"cuesta 18.30 euros", "", ""}, Case{"Total: 18.30", "", ""}));

// Zones named in words, converted to the reference's offset (UTC-2) with the summer time
// of the day named: "3pm eastern" is 15:00 EST in February, EDT in July.
struct ZoneCase {
  const char* text;
  Lang lang;
  const char* start;    // "" = no zone read: `matched` is then the whole match
  const char* matched;
};
void PrintTo(const ZoneCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

class TemporalOwnZones : public ::testing::TestWithParam<ZoneCase> {};
TEST_P(TemporalOwnZones, ConvertToTheReferenceOffset) {
  const ZoneCase& c = GetParam();
  TemporalOptions o;
  o.utc_offset_minutes = -120;
  const auto ms = FindTemporal(c.text, c.lang, kTue, o);
  const TemporalMatch* m = Longest(ms);
  ASSERT_NE(m, nullptr) << c.text;
  EXPECT_EQ(m->text, c.matched) << c.text;
  if (*c.start) {
    EXPECT_EQ(FormatLocalTime(m->start), c.start) << c.text;
    EXPECT_EQ(m->grain, Grain::kMinute) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwnZones,
    ::testing::Values(
        ZoneCase{"3pm pacific time", Lang::kEn, "2013-02-12T21:00:00", "3pm pacific time"},
        ZoneCase{"call at 10am eastern", Lang::kEn, "2013-02-12T13:00:00", "at 10am eastern"},
        ZoneCase{"3pm eastern on July 10", Lang::kEn, "2013-07-10T17:00:00",
                 "3pm eastern on July 10"},
        ZoneCase{"at 3pm PT", Lang::kEn, "2013-02-12T21:00:00", "at 3pm PT"},
        ZoneCase{"9:00 London time", Lang::kEn, "2013-02-12T07:00:00", "9:00 London time"},
        ZoneCase{"noon pacific standard time", Lang::kEn, "2013-02-12T18:00:00",
                 "noon pacific standard time"},
        ZoneCase{"2pm (eastern)", Lang::kEn, "2013-02-12T17:00:00", "2pm (eastern)"},
        ZoneCase{"9pm (CET)", Lang::kEn, "2013-02-12T18:00:00", "9pm (CET)"},
        ZoneCase{"at 5 central park", Lang::kEn, "", "at 5"},
        ZoneCase{"at 4pm London calling", Lang::kEn, "", "at 4pm"},
        ZoneCase{"a las 10 hora de Madrid", Lang::kEs, "2013-02-12T07:00:00",
                 "a las 10 hora de Madrid"},
        ZoneCase{"el 10 de julio a las 10 hora de Madrid", Lang::kEs, "2013-07-10T06:00:00",
                 "el 10 de julio a las 10 hora de Madrid"},
        ZoneCase{"a las 17h (hora peninsular)", Lang::kEs, "2013-02-12T14:00:00",
                 "a las 17h (hora peninsular)"},
        ZoneCase{"a las 10 hora de Colombia", Lang::kEs, "2013-02-12T13:00:00",
                 "a las 10 hora de Colombia"},
        ZoneCase{"a las 10, hora de irse", Lang::kEs, "", "a las 10"}));

}  // namespace
}  // namespace chatbeto::events::testing
