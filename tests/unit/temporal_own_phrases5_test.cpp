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

}  // namespace
}  // namespace chatbeto::events::testing
