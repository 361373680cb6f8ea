// The thirteenth blind round (tests/fixtures/temporal/own_phrases13.tsv) and the gaps fixed
// with it: Spanish "a partir de" after an amount counts from that day ("en dos semanas a
// partir del lunes" was Monday, "una semana a partir de mañana" tomorrow); a house number
// after "at" is no clock ("I live at 221 baker street" was 14:21); an end hour of 1-6 with no
// am/pm on the day after an evening's start is the night's ("de las 22 del viernes a las 2
// del sábado", "10pm friday to 2 saturday" ended at 14:00).
// Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn13 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn13, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Round13, TemporalOwn13,
    ::testing::Values(
        // "a partir de" after an amount: counted from the day
        std::pair{Lang::kEs,
                  Case{"en dos semanas a partir del lunes", "2013-03-04T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"una semana a partir de mañana", "2013-02-20T00:00:00", "day"}},
        std::pair{Lang::kEs,
                  Case{"dentro de tres días a partir del viernes", "2013-02-18T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"dos días a partir de hoy", "2013-02-14T00:00:00", "day"}},
        // unchanged: "a partir de" alone is an open bound
        std::pair{Lang::kEs, Case{"a partir del lunes", "2013-02-18T00:00:00", "day"}},
        // a house number after "at"
        std::pair{Lang::kEn, Case{"I live at 221 baker street", "", ""}},
        std::pair{Lang::kEn, Case{"meet at 1600 pennsylvania avenue", "", ""}},
        std::pair{Lang::kEn, Case{"at 1030 pm", "2013-02-12T22:30:00", "minute"}},
        std::pair{Lang::kEn, Case{"see you 1030 pm", "2013-02-12T22:30:00", "minute"}},
        std::pair{Lang::kEn, Case{"at 830 tomorrow", "2013-02-13T08:30:00", "minute"}},
        // a night's end after an evening's start, on the next day
        std::pair{Lang::kEs, Case{"de las 22 del viernes a las 2 del sábado", "2013-02-15T22:00:00",
                                  "hour", "2013-02-16T02:00:00"}},
        std::pair{Lang::kEs, Case{"del viernes a las 22 al sábado a las 2", "2013-02-15T22:00:00",
                                  "hour", "2013-02-16T02:00:00"}},
        std::pair{Lang::kEn, Case{"10pm friday to 2 saturday", "2013-02-15T22:00:00", "hour",
                                  "2013-02-16T02:00:00"}},
        // unchanged: an afternoon's start keeps the named day's afternoon
        std::pair{Lang::kEs, Case{"del viernes a las 17 al sábado a las 3", "2013-02-15T17:00:00",
                                  "hour", "2013-02-16T15:00:00"}}));

}  // namespace
}  // namespace chatbeto::events::testing
