// The twelfth blind round (tests/fixtures/temporal/own_phrases12.tsv) and the gaps fixed
// with it: chat shorthands of a day's parts ("sat am", "fri nite", "wed eve", "mon morn",
// "thurs aft", "tmw", "2day") and Spanish "tempranito"; Argentina's spaced "N hs" as a
// clock ("19 hs", "tipo 21 hs").
// Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn12 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn12, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    ChatShorthands, TemporalOwn12,
    ::testing::Values(
        // a day's part written short after the day (English morning from midnight)
        std::pair{Lang::kEn, Case{"sat am", "2013-02-16T00:00:00", "hour", "2013-02-16T12:00:00"}},
        std::pair{Lang::kEn, Case{"tmrw am", "2013-02-13T00:00:00", "hour", "2013-02-13T12:00:00"}},
        std::pair{Lang::kEn, Case{"fri nite", "2013-02-15T18:00:00", "hour", "2013-02-16T00:00:00"}},
        std::pair{Lang::kEn, Case{"wed eve", "2013-02-13T18:00:00", "hour", "2013-02-14T00:00:00"}},
        std::pair{Lang::kEn, Case{"mon morn", "2013-02-18T00:00:00", "hour", "2013-02-18T12:00:00"}},
        std::pair{Lang::kEn, Case{"free thurs aft?", "2013-02-14T12:00:00", "hour",
                                  "2013-02-14T19:00:00", "thurs aft"}},
        std::pair{Lang::kEn, Case{"sunday nite 9ish", "2013-02-17T21:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tmw 10ish", "2013-02-13T10:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"2day at 4", "2013-02-12T16:00:00", "hour"}},
        // unchanged: "am" as a verb, "the eve of", a glued "2day" counted
        std::pair{Lang::kEn, Case{"sat am I free", "", ""}},
        std::pair{Lang::kEn, Case{"the eve of the election", "", ""}},
        std::pair{Lang::kEn, Case{"a 2day course", "", ""}},
        // Spanish: the diminutive of "temprano" after a day (06-09, like "a primera hora")
        std::pair{Lang::kEs, Case{"pasado mañana tempranito", "2013-02-14T06:00:00", "hour",
                                  "2013-02-14T09:00:00"}},
        std::pair{Lang::kEs, Case{"el domingo tempranito", "2013-02-17T06:00:00", "hour",
                                  "2013-02-17T09:00:00"}},
        std::pair{Lang::kEs, Case{"llegué tempranito", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    SpacedHs, TemporalOwn12,
    ::testing::Values(
        // "N hs" spaced, 13-23, no amount around it: a clock
        std::pair{Lang::kEs, Case{"19 hs", "2013-02-12T19:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"tipo 21 hs", "2013-02-12T21:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el viernes 20 hs", "2013-02-15T20:00:00", "hour"}},
        // unchanged: amounts of hours
        std::pair{Lang::kEs, Case{"en 15 hs", "2013-02-12T19:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"hace 14 hs", "2013-02-11T14:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"trabajo 14 hs por día", "", ""}},
        std::pair{Lang::kEs, Case{"unas 16 hs", "", ""}},
        std::pair{Lang::kEs, Case{"abierto 24 hs", "", ""}}));

}  // namespace
}  // namespace chatbeto::events::testing
