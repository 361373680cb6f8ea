// Session 32's third blind round (tests/fixtures/temporal/own_phrases3.tsv): the families
// its misses stood for. Halves of a month or a year ("the second half of march", "la
// segunda quincena de marzo", "la primera mitad del año": days 1-15 / 16-end, months 1-6 /
// 7-12); the nth or last month or quarter of a year ("the last quarter of 2013" read the
// quarter before this one); "mañana en ocho" without its "de"; Spanish days the table
// lacked (los Fieles Difuntos, la Asunción alone, San Jorge / Sant Jordi, la Ascensión del
// Señor). Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn3En : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn3En, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn3En,
    ::testing::Values(
        Case{"the second half of march", "2013-03-16T00:00:00", "day", "2013-03-31T00:00:00"},
        Case{"the first half of june", "2013-06-01T00:00:00", "day", "2013-06-15T00:00:00"},
        Case{"the second half of february 2014", "2014-02-16T00:00:00", "day",
             "2014-02-28T00:00:00"},
        Case{"the first half of 2014", "2014-01-01T00:00:00", "month", "2014-06-01T00:00:00"},
        Case{"the second half of next year", "2014-07-01T00:00:00", "month",
             "2014-12-01T00:00:00"},
        Case{"the last quarter of 2013", "2013-10-01T00:00:00", "quarter"},
        Case{"the first quarter of next year", "2014-01-01T00:00:00", "quarter"},
        Case{"the last month of 2014", "2014-12-01T00:00:00", "month"},
        Case{"the second month of the year", "2013-02-01T00:00:00", "month"},
        Case{"the last quarter", "2012-10-01T00:00:00", "quarter"},  // the one before this
        // no half of a week; no month of a month; a half that is not of a date
        Case{"the first half of the game", "", ""},
        Case{"the second half", "", ""},
        Case{"the first half of the week", "", ""}));

class TemporalOwn3Es : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn3Es, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn3Es,
    ::testing::Values(
        Case{"la segunda quincena de marzo", "2013-03-16T00:00:00", "day",
             "2013-03-31T00:00:00"},
        Case{"la primera quincena de agosto", "2013-08-01T00:00:00", "day",
             "2013-08-15T00:00:00"},
        Case{"en la segunda quincena del mes que viene", "2013-03-16T00:00:00", "day",
             "2013-03-31T00:00:00"},
        Case{"la primera mitad del año", "2013-01-01T00:00:00", "month", "2013-06-01T00:00:00"},
        Case{"la segunda mitad de 2014", "2014-07-01T00:00:00", "month", "2014-12-01T00:00:00"},
        Case{"el último trimestre de 2013", "2013-10-01T00:00:00", "quarter"},
        Case{"el primer mes del año que viene", "2014-01-01T00:00:00", "month"},
        Case{"mañana en ocho", "2013-02-20T00:00:00", "day"},
        Case{"mañana en quince días", "2013-02-27T00:00:00", "day"},
        Case{"el día de los difuntos", "2013-11-02T00:00:00", "day"},
        Case{"los fieles difuntos", "2013-11-02T00:00:00", "day"},
        Case{"la asunción", "2013-08-15T00:00:00", "day"},
        Case{"hasta la asunción", "2013-08-15T00:00:00", "day"},
        Case{"el día de san jorge", "2013-04-23T00:00:00", "day"},
        Case{"sant jordi", "2013-04-23T00:00:00", "day"},
        Case{"la ascensión del señor", "2013-05-09T00:00:00", "day"},
        // "mañana en ocho horas" is how long from now; a quincena or a mitad of no date;
        // "asunción" as a common word
        Case{"mañana en ocho horas", "2013-02-12T12:30:00", "minute"},
        Case{"la segunda quincena", "", ""},
        Case{"la primera mitad del partido", "", ""},
        Case{"la asunción de riesgos es mía", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
