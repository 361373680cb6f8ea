// Review round 11 (tests/fixtures/events es_f79): a weekday written cut short of its last
// letter ("el miercole") whose letters also start a holiday's name ("miércoles de ceniza",
// kept in the table as "miercolesdeceniza") was left unread, every start of a holiday's
// name counting as a word the grammar knows. It is the weekday now; a holiday's start that
// is no name cut short stays itself. Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalReview11 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalReview11, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    CutShort, TemporalReview11,
    ::testing::Values(
        std::pair{Lang::kEs, Case{"el miercole", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el miercole a las 6 de la tarde", "2013-02-13T18:00:00", "hour"}},
        // unchanged: the holiday, the whole weekday, other misspellings, short words
        std::pair{Lang::kEs, Case{"el miercoles de ceniza", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el miercles", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el vienes", "", ""}},
        std::pair{Lang::kEn, Case{"let's get a sundae", "", ""}},
        std::pair{Lang::kEn, Case{"christians", "", ""}}));

}  // namespace
}  // namespace chatbeto::events::testing
