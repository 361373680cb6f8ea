// The seventh blind round (tests/fixtures/temporal/own_phrases7.tsv) and the defects fixed
// with it: "ish" glued to noon or midnight ("noonish"), the European hour mark after a
// written clock in English ("20:15h"), "at night" said alone. Reference: Tuesday 12 February
// 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn7 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn7, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn7,
    ::testing::Values(
        // "ish" glued to a word of the clock is one token: about noon, about midnight
        std::pair{Lang::kEn, Case{"noonish?", "2013-02-12T12:00:00", "hour", "", "noonish"}},
        std::pair{Lang::kEn, Case{"lunch at noonish", "2013-02-12T12:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tomorrow middayish", "2013-02-13T12:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"home midnightish", "2013-02-13T00:00:00", "hour", "",
                                  "midnightish"}},
        std::pair{Lang::kEn, Case{"noon-ish", "2013-02-12T12:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"a noonishly thing", "", ""}},
        // "20:15h": a written clock with the hour mark glued, as "15h30"
        std::pair{Lang::kEn, Case{"20:15h at the bar", "2013-02-12T20:15:00", "minute", "",
                                  "20:15h"}},
        std::pair{Lang::kEn, Case{"friday at 8:30h", "2013-02-15T08:30:00", "minute"}},
        std::pair{Lang::kEn, Case{"friday 08:30h", "2013-02-15T08:30:00", "minute"}},
        std::pair{Lang::kEn, Case{"the flight took 2:30h", "", ""}},
        std::pair{Lang::kEn, Case{"15h30", "2013-02-12T15:30:00", "minute"}},
        // "at night" on its own, as "in the evening": tonight's night
        std::pair{Lang::kEn, Case{"at night?", "2013-02-12T18:00:00", "hour",
                                  "2013-02-13T00:00:00", "at night"}},
        std::pair{Lang::kEn, Case{"friday at night", "2013-02-15T18:00:00", "hour",
                                  "2013-02-16T00:00:00"}},
        std::pair{Lang::kEn, Case{"10 at night", "2013-02-12T22:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"meet at nightfall", "", ""}}));

}  // namespace
}  // namespace chatbeto::events::testing
