// The one list of the words that join a range's two ends (lexicon RangeWord, Parser::RangeSep),
// used by every range rule: dates, clock times, a day and time to another, two expressions
// joined. Each rule reads "til", "thru", "untill" and an en dash as it reads "to" or a
// hyphen; an en dash is a hyphen everywhere (a score "3–1" stays no time). Reference:
// Tuesday 12 February 2013, 04:30.
#include "events/temporal_lexicon.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

TEST(TemporalRangeWords, OneListPerLanguage) {
  for (const char* w : {"to", "till", "til", "until", "untill", "through", "thru"})
    EXPECT_TRUE(detail::RangeWord(Lang::kEn, w)) << w;
  for (const char* w : {"a", "al", "hasta"}) EXPECT_TRUE(detail::RangeWord(Lang::kEs, w)) << w;
  // "and"/"y" join only after "between"/"entre" (the rules' own); other words never
  for (const char* w : {"and", "or", "from", "at", "a", "hasta"})
    EXPECT_FALSE(detail::RangeWord(Lang::kEn, w)) << w;
  for (const char* w : {"y", "de", "desde", "to", "til"}) EXPECT_FALSE(detail::RangeWord(Lang::kEs, w)) << w;
}

class TemporalRangeWordsEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalRangeWordsEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalRangeWordsEn,
    ::testing::Values(
        // a day and time to another (DateTimeRange): as with "to"
        Case{"friday 18:00 til monday 08:00", "2013-02-15T18:00:00", "minute", "2013-02-18T08:00:00"},
        Case{"friday 18:00 untill monday 08:00", "2013-02-15T18:00:00", "minute",
             "2013-02-18T08:00:00"},
        Case{"friday 18:00 – monday 08:00", "2013-02-15T18:00:00", "minute", "2013-02-18T08:00:00"},
        // dates (DateRange)
        Case{"march 3 til march 5", "2013-03-03T00:00:00", "day", "2013-03-05T00:00:00"},
        Case{"march 3 – march 5", "2013-03-03T00:00:00", "day", "2013-03-05T00:00:00"},
        Case{"from monday til friday", "2013-02-18T00:00:00", "day", "2013-02-22T00:00:00"},
        // clock times (ClockRange), also after a part of the day
        Case{"from 9–11am", "2013-02-12T09:00:00", "hour", "2013-02-12T11:00:00"},
        Case{"from 9 in the morning thru 1 in the afternoon", "2013-02-12T09:00:00", "hour",
             "2013-02-12T13:00:00"},
        // "twenty to 6" counts minutes when another range word follows, any of them
        Case{"from twenty to 6 until 7", "2013-02-12T05:40:00", "minute", "2013-02-12T07:00:00"},
        Case{"from twenty to 6 thru 7", "2013-02-12T05:40:00", "minute", "2013-02-12T07:00:00"},
        Case{"from 10 to 6", "2013-02-12T10:00:00", "hour", "2013-02-12T18:00:00"},
        // two expressions joined (JoinRanges)
        Case{"from christmas – new year", "2013-12-25T00:00:00", "day", "2014-01-01T00:00:00"},
        // an en dash is a hyphen: a score, a span of pages, a job's hours stay no time
        Case{"we won 3–1 on friday", "2013-02-15T00:00:00", "day", "", "on friday"},
        Case{"read pages 10–12", "", ""}, Case{"the 9–5 job", "", ""},
        // "and" without "between" joins nothing
        Case{"march 3 and march 5", "2013-03-03T00:00:00", "day", "", "march 3"}));

class TemporalRangeWordsEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalRangeWordsEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalRangeWordsEs,
    ::testing::Values(
        Case{"3–5 de marzo", "2013-03-03T00:00:00", "day", "2013-03-05T00:00:00"},
        Case{"de 9–11 de la mañana", "2013-02-12T09:00:00", "hour", "2013-02-12T11:00:00"},
        Case{"el viernes a las 18:00 – el lunes a las 8:00", "2013-02-15T18:00:00", "minute",
             "2013-02-18T08:00:00"},
        // the part of the day after the start, then "al" (as "a" and "hasta")
        Case{"de 9 de la mañana al mediodía", "2013-02-12T09:00:00", "hour", "2013-02-12T12:00:00"},
        Case{"de 9 de la mañana hasta la 1 de la tarde", "2013-02-12T09:00:00", "hour",
             "2013-02-12T13:00:00"},
        Case{"ganamos 3–1 el viernes", "2013-02-15T00:00:00", "day", "", "el viernes"}));

}  // namespace
}  // namespace chatbeto::events::testing
