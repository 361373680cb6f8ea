// The one list of the words for a day relative to today (temporal_lexicon.h's
// RelativeDays): every spelling is read the same in every rule that takes such a day
// (a day on its own, "from <day> to <day>", "a week <day>", "<day> from 4", "the day after
// <day>"). Reference: Tuesday 12 February 2013, 04:30.
#include <string>

#include "events/temporal_lexicon.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

using detail::RelativeDay;
using detail::RelativeDays;
using detail::RelativeDayWord;

TEST(TemporalRelativeDay, EveryWordOfTheListIsFound) {
  for (Lang lang : {Lang::kEn, Lang::kEs})
    for (const RelativeDay& d : RelativeDays(lang))
      EXPECT_EQ(RelativeDayWord(lang, d.word), d.days) << d.word;
  EXPECT_EQ(RelativeDayWord(Lang::kEn, "tomorrow"), 1);
  EXPECT_EQ(RelativeDayWord(Lang::kEn, "tomoz"), 1);
  EXPECT_EQ(RelativeDayWord(Lang::kEn, "yesterday"), -1);
  EXPECT_EQ(RelativeDayWord(Lang::kEs, "antier"), -2);
  // Not a relative day, or not in that language.
  EXPECT_FALSE(RelativeDayWord(Lang::kEn, "hoy"));
  EXPECT_FALSE(RelativeDayWord(Lang::kEs, "today"));
  EXPECT_FALSE(RelativeDayWord(Lang::kEn, "tomorrowland"));
  EXPECT_FALSE(RelativeDayWord(Lang::kEn, "day"));
}

std::string Longest(const std::string& text, Lang lang) {
  const auto ms = FindTemporal(text, lang, kTue);
  const TemporalMatch* m = testing::Longest(ms);
  if (!m) return "-";
  return FormatLocalTime(m->start) + (m->end_time ? ".." + FormatLocalTime(*m->end_time) : "") +
         " [" + m->text + "]";
}

// Each English spelling of tomorrow, in each rule that takes a day relative to today.
TEST(TemporalRelativeDay, EverySpellingOfTomorrowInEveryRule) {
  for (const RelativeDay& d : RelativeDays(Lang::kEn)) {
    if (d.days != 1) continue;
    const std::string w(d.word);
    EXPECT_EQ(Longest(w + " at 5pm", Lang::kEn), "2013-02-13T17:00:00 [" + w + " at 5pm]");
    EXPECT_EQ(Longest("off from " + w + " to friday", Lang::kEn),
              "2013-02-13T00:00:00..2013-02-15T00:00:00 [from " + w + " to friday]");
    EXPECT_EQ(Longest("a week " + w, Lang::kEn), "2013-02-20T00:00:00 [a week " + w + "]");
    EXPECT_EQ(Longest(w + " week", Lang::kEn), "2013-02-20T00:00:00 [" + w + " week]");
    EXPECT_EQ(Longest("the day after " + w, Lang::kEn),
              "2013-02-14T00:00:00 [the day after " + w + "]");
  }
}

class TemporalRelativeDayEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalRelativeDayEn, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalRelativeDayEn,
    ::testing::Values(Case{"tday at 3", "2013-02-12T15:00:00", "hour"},
                      Case{"2moro at 9am", "2013-02-13T09:00:00", "hour"},
                      Case{"day before yesterday", "2013-02-10T00:00:00", "day"},
                      Case{"from yesterday till friday", "2013-02-11T00:00:00", "day",
                           "2013-02-15T00:00:00"},
                      // a week before yesterday is no "a week <day>": yesterday alone
                      Case{"a week yesterday", "2013-02-11T00:00:00", "day", "", "yesterday"},
                      // "today week" is not said: today alone
                      Case{"today week", "2013-02-12T00:00:00", "day", "", "today"},
                      // not a day: a word that only begins like one
                      Case{"tomorrowland tickets", "", ""}));

class TemporalRelativeDayEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalRelativeDayEs, Resolves) { Check(GetParam(), Lang::kEs, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalRelativeDayEs,
    ::testing::Values(Case{"antier", "2013-02-10T00:00:00", "day"},
                      Case{"antes de ayer", "2013-02-10T00:00:00", "day"},
                      Case{"hoy mismo", "2013-02-12T00:00:00", "day"},
                      Case{"desde pasado mañana hasta el viernes", "2013-02-14T00:00:00", "day",
                           "2013-02-15T00:00:00"},
                      Case{"desde ayer hasta el viernes", "2013-02-11T00:00:00", "day",
                           "2013-02-15T00:00:00"},
                      Case{"de hoy en ocho", "2013-02-19T00:00:00", "day"},
                      // "mañana" after an article is the morning: no day, no range
                      Case{"toda la mañana", "", ""},
                      Case{"de mañana en ocho", "2013-02-20T00:00:00", "day"}));

}  // namespace
}  // namespace chatbeto::events::testing
