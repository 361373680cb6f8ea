// Session 34's blind round (tests/fixtures/temporal/own_phrases6.tsv) and the known defects
// fixed with it: open intervals said with their bound ("no later than 5pm"), "la 1 de la
// serie", a spaced "2h 15 min", a holiday inside a place's name ("Palau Sant Jordi"),
// halves of a year written "2nd"/"semestre", "20hs". Reference: Tuesday 12 February 2013,
// 04:30.
#include "events/temporal_open_bound.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn6 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn6, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn6,
    ::testing::Values(
        // (b) an article and a number before "de" + a noun that is no part of the day nor a
        // day: a rank, an episode, a track
        std::pair{Lang::kEs, Case{"la 1 de la serie", "", ""}},
        std::pair{Lang::kEs, Case{"vimos la 2 del ranking", "", ""}},
        std::pair{Lang::kEs, Case{"las 3 de la lista", "", ""}},
        std::pair{Lang::kEs, Case{"la 1 de la tarde", "2013-02-12T13:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"a la 1 del lunes", "2013-02-18T13:00:00", "hour"}},
        // (c) hours and minutes with the unit apart: how long, not a clock
        std::pair{Lang::kEn, Case{"the flight is 2h 15 min", "", ""}},
        std::pair{Lang::kEn, Case{"it took 1h 40 minutes", "", ""}},
        std::pair{Lang::kEs, Case{"el viaje dura 2h 15 min", "", ""}},
        std::pair{Lang::kEs, Case{"son 3h 20 minutos de viaje", "", ""}},
        std::pair{Lang::kEs, Case{"quedamos a las 15h", "2013-02-12T15:00:00", "minute"}},
        // (d) a holiday right after the capitalized head of a place's name
        std::pair{Lang::kEs, Case{"concierto en el Palau Sant Jordi", "", ""}},
        std::pair{Lang::kEs, Case{"en el Estadio Navidad", "", ""}},
        std::pair{Lang::kEs, Case{"Sant Jordi", "2013-04-23T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el día de Sant Jordi", "2013-04-23T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"see you at Christmas", "2013-12-25T00:00:00", "day"}},
        // halves of a year with ordinals in digits, and semesters
        std::pair{Lang::kEn, Case{"the 2nd half of the year", "2013-07-01T00:00:00", "month",
                                  "2013-12-01T00:00:00"}},
        std::pair{Lang::kEn, Case{"in the 1st half of 2014", "2014-01-01T00:00:00", "month",
                                  "2014-06-01T00:00:00"}},
        std::pair{Lang::kEs, Case{"el primer semestre de 2014", "2014-01-01T00:00:00", "month",
                                  "2014-06-01T00:00:00"}},
        std::pair{Lang::kEs, Case{"el segundo semestre del año", "2013-07-01T00:00:00", "month",
                                  "2013-12-01T00:00:00"}},
        std::pair{Lang::kEn, Case{"the second half", "", ""}},
        // "20hs" glued (an hour of 13-24, or written 08hs), "20 hs" spaced; a small number or
        // "de viaje" after is how long
        std::pair{Lang::kEs, Case{"20hs", "2013-02-12T20:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"tardamos 2hs", "", ""}},
        std::pair{Lang::kEs, Case{"son 20 hs de viaje", "", ""}}));

class TemporalOwn6Open : public ::testing::TestWithParam<std::pair<Lang, OpenCase>> {};
TEST_P(TemporalOwn6Open, Widens) {
  CheckOpen(GetParam().second, GetParam().first, kTue);
}

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn6Open,
    ::testing::Values(
        // (a) "no later than": an open interval ending there, as "before"
        std::pair{Lang::kEn, OpenCase{"no later than 5pm", "no later than 5pm", OpenEnd::kBefore}},
        std::pair{Lang::kEn, OpenCase{"send it no later than Friday", "no later than Friday",
                                      OpenEnd::kBefore}},
        std::pair{Lang::kEn, OpenCase{"before 5pm", "before 5pm", OpenEnd::kBefore}},
        std::pair{Lang::kEn, OpenCase{"anytime before 4", "anytime before 4", OpenEnd::kBefore}},
        std::pair{Lang::kEn, OpenCase{"not before 10am", "not before 10am", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"after christmas", "after christmas", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"from 6pm on", "from 6pm on", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"from 8am onwards", "from 8am onwards", OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"a más tardar el lunes", "a más tardar el lunes",
                                      OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"no más tarde del jueves", "no más tarde del jueves",
                                      OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"antes del 15", "antes del 15", OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"hasta el jueves", "hasta el jueves", OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"a partir de las 3", "a partir de las 3", OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"después de Navidad", "después de Navidad",
                                      OpenEnd::kAfter}},
        // no bound: a plain time, a range, a word that only ends like a lead
        std::pair{Lang::kEn, OpenCase{"at 5pm", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"from 2 to 4pm", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"hereafter 5pm", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"starting monday", "starting monday", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"the show is starting at 8:30 pm", "", OpenEnd::kNone}},
        std::pair{Lang::kEs, OpenCase{"el jueves", "", OpenEnd::kNone}}));

}  // namespace
}  // namespace chatbeto::events::testing
