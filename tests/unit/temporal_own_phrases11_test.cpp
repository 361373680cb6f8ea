// The eleventh blind round (tests/fixtures/temporal/own_phrases11.tsv) and the gaps fixed
// with it: a day after a clock and the one noun it qualifies ("the 10:30 showing tomorrow"
// was 10:30 today and tomorrow apart), Spanish "de mañana" after an hour no morning has
// ("las 22:30 de mañana" was today's 22:30), a bare day with its article as a range's end
// after an opener ("from March 8th till the 12th" was "till the 12th" alone), a small "q"
// quarter with its year ("q1 2014"), a score after an indefinite article ("that's a 10/10",
// "es un 10/10" were 10 October), Spanish "hs" as hours in an amount ("en 2 hs"), no "in N
// days" from a bare "N días más" ("necesito 2 días más"), Spanish b/v spellings of a
// weekday or month ("el juebes") and a misspelt month after a day ("20 de febero").
// Reference: Tuesday 12 February 2013, 04:30.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn11 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn11, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    DayAfterClockNoun, TemporalOwn11,
    ::testing::Values(
        // "the <clock> <noun> <day>": the day's clock
        std::pair{Lang::kEn, Case{"2 tickets for the 10:30 showing tomorrow", "2013-02-13T10:30:00",
                                  "minute", "", "10:30 showing tomorrow"}},
        std::pair{Lang::kEn, Case{"the 7pm show on friday", "2013-02-15T19:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"is the 9am class tomorrow?", "2013-02-13T09:00:00", "hour"}},
        // unchanged: no "the", a word that goes on with the sentence, a bare number
        std::pair{Lang::kEn, Case{"at 10:30 showing tomorrow", "2013-02-12T10:30:00", "minute", "",
                                  "at 10:30"}},
        std::pair{Lang::kEn, Case{"the 10:30 we said tomorrow", "2013-02-13T00:00:00", "day", "",
                                  "tomorrow"}},
        std::pair{Lang::kEn, Case{"the 10 people tomorrow", "2013-02-13T00:00:00", "day", "",
                                  "tomorrow"}}));

INSTANTIATE_TEST_SUITE_P(
    DeMananaAfterEveningClock, TemporalOwn11,
    ::testing::Values(
        // an hour of the afternoon or night, then "de mañana": tomorrow's
        std::pair{Lang::kEs, Case{"2 entradas para la sesión de las 22:30 de mañana",
                                  "2013-02-13T22:30:00", "minute", "", "de las 22:30 de mañana"}},
        std::pair{Lang::kEs, Case{"a las 10 pm de mañana", "2013-02-13T22:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"a las 20 de mañana", "2013-02-13T20:00:00", "hour"}},
        // unchanged: a morning's hour or noon ("de mañana" may be "in the morning")
        std::pair{Lang::kEs, Case{"a las 8 de mañana", "2013-02-12T08:00:00", "hour", "", "a las 8"}},
        std::pair{Lang::kEs, Case{"a las 8 de la mañana", "2013-02-12T08:00:00", "hour"}}));

INSTANTIATE_TEST_SUITE_P(
    RangeEndWithArticle, TemporalOwn11,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"book the house from March 8th till the 12th",
                                  "2013-03-08T00:00:00", "day", "2013-03-12T00:00:00",
                                  "from March 8th till the 12th"}},
        std::pair{Lang::kEn, Case{"from march 8th until the 12th", "2013-03-08T00:00:00", "day",
                                  "2013-03-12T00:00:00"}},
        std::pair{Lang::kEs, Case{"desde el 5 de marzo hasta el 9", "2013-03-05T00:00:00", "day",
                                  "2013-03-09T00:00:00"}},
        // unchanged: without an opener, or an end before the start
        std::pair{Lang::kEn,
                  Case{"March 8th till the 12th", "2013-03-08T00:00:00", "day", "", "March 8th"}},
        std::pair{Lang::kEn,
                  Case{"from march 8th to the 7th", "2013-03-08T00:00:00", "day", "", "march 8th"}}));

INSTANTIATE_TEST_SUITE_P(
    SmallQWithYear, TemporalOwn11,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"q1 2014", "2014-01-01T00:00:00", "quarter"}},
        std::pair{Lang::kEn, Case{"q3 of 2025", "2025-07-01T00:00:00", "quarter"}},
        std::pair{Lang::kEn, Case{"the q1 2014 numbers", "2014-01-01T00:00:00", "quarter", "",
                                  "the q1 2014"}},
        // unchanged: a small "q" alone is a name or a question number; a capital one a quarter
        std::pair{Lang::kEn, Case{"see q1", "", ""}},
        std::pair{Lang::kEn, Case{"Q4", "2013-10-01T00:00:00", "quarter"}}));

INSTANTIATE_TEST_SUITE_P(
    ScoreAfterArticle, TemporalOwn11,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"that's a 10/10", "", ""}},
        std::pair{Lang::kEn, Case{"I'd give it an 8/10", "", ""}},
        std::pair{Lang::kEs, Case{"es un 10/10", "", ""}},
        std::pair{Lang::kEs, Case{"le pongo una 9/10", "", ""}},
        // unchanged: a date after a preposition
        std::pair{Lang::kEn, Case{"on 10/10", "2013-10-10T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"lo paso a 10/3", "2013-03-10T00:00:00", "day", "", "10/3"}}));

INSTANTIATE_TEST_SUITE_P(
    SpanishAmounts, TemporalOwn11,
    ::testing::Values(
        // "hs" (and "hr") as hours in an amount from now
        std::pair{Lang::kEs, Case{"en 2 hs", "2013-02-12T06:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"hace 2 hs", "2013-02-12T02:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"en 1 hr", "2013-02-12T05:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 18 hs", "2013-02-12T18:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"tardo 2 hs en llegar", "", ""}},
        // a bare "N días más" is an amount; "más tarde" and a lead "en" keep the future
        std::pair{Lang::kEs, Case{"necesito 2 días más para terminarlo", "", ""}},
        std::pair{Lang::kEs, Case{"quedan 3 semanas más", "", ""}},
        std::pair{Lang::kEs, Case{"tres días más tarde", "2013-02-15T04:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"en 2 días más", "2013-02-14T04:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"dos días después", "2013-02-14T04:00:00", "hour"}}));

INSTANTIATE_TEST_SUITE_P(
    SpanishSpellings, TemporalOwn11,
    ::testing::Values(
        // a "b" for a "v" or the reverse in a weekday's or month's name
        std::pair{Lang::kEs, Case{"el juebes", "2013-02-14T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el savado", "2013-02-16T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"bienes y servicios", "", ""}},
        // a misspelt month after a day and "de"
        std::pair{Lang::kEs, Case{"20 de febero", "2013-02-20T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el 3 de agsto", "2013-08-03T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"5 de mayor", "", ""}},
        std::pair{Lang::kEs, Case{"el 1 de marco", "", ""}}));

}  // namespace
}  // namespace chatbeto::events::testing
