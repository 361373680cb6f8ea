// Session 32's fourth blind round (tests/fixtures/temporal/own_phrases4.tsv): the families
// its misses stood for. A written clock with the 24-hour clock's word after it ("at 15:30
// hrs", "09.45 hours"; "it took 3:30 hours" stays how long), and Spanish "right away"
// words read as now, as Duckling's "right now" rule ("enseguida", "en seguida", "cuanto
// antes"; "cuanto antes mejor" is no time); a bare day after "del" when a bound leads it
// ("después del 15", "antes del 20", "a partir del 3", "no más tarde del 28"; "del 1 al
// 10" alone stays a scale). Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn4En : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn4En, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn4En,
    ::testing::Values(Case{"at 15:30 hrs", "2013-02-12T15:30:00", "minute"},
                      Case{"meet 09.45 hours", "2013-02-12T09:45:00", "minute"},
                      Case{"arrive at 7:15 hours", "2013-02-12T07:15:00", "minute"},
                      Case{"at 15:30 hrs tomorrow", "2013-02-13T15:30:00", "minute"},
                      // how long, not when
                      Case{"it took 3:30 hours", "", ""},
                      Case{"it took 13:30 hours of work", "", ""}));

class TemporalOwn4Es : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalOwn4Es, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalOwn4Es,
    ::testing::Values(Case{"enseguida", "2013-02-12T04:30:00", "second"},
                      Case{"vengo en seguida", "2013-02-12T04:30:00", "second"},
                      Case{"cuanto antes", "2013-02-12T04:30:00", "second"},
                      Case{"mándalo cuanto antes, por favor", "2013-02-12T04:30:00", "second"},
                      // not "right away"
                      Case{"cuanto antes mejor", "", ""}, Case{"cuanto cuesta", "", ""},
                      Case{"en seguridad", "", ""},
                      // a bare day after "del" when a bound leads it
                      Case{"después del 15", "2013-02-15T00:00:00", "day"},
                      Case{"antes del 20", "2013-02-20T00:00:00", "day"},
                      Case{"a partir del 3", "2013-03-03T00:00:00", "day"},
                      Case{"no más tarde del 28", "2013-02-28T00:00:00", "day"},
                      Case{"del 1 al 10", "", ""}, Case{"la nota del 5", "", ""},
                      Case{"antes del 50 por ciento", "", ""},
                      Case{"después del 3 a 1", "", ""}));

}  // namespace
}  // namespace chatbeto::events::testing
