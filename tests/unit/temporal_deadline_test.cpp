// Deadlines ("by 2pm") as the interval from the reference time to them.
#include <gtest/gtest.h>

#include <string>

#include "events/temporal.h"
#include "events/temporal_deadline.h"

namespace chatbeto::events {
namespace {

const LocalTime kRef{2013, 2, 12, 4, 30, 0};  // a Tuesday

// The deadline form of the first match in `text`, as "start..end text", or
// "as found: <start>" when it is not one.
std::string Deadline(const std::string& text, Lang lang = Lang::kEn) {
  auto ms = FindTemporal(text, lang, kRef);
  if (ms.empty()) return "nothing";
  auto d = AsDeadline(ms[0], text, lang, kRef);
  if (!d) return "as found: " + FormatLocalTime(ms[0].start);
  EXPECT_EQ(d->grain, Grain::kSecond);
  EXPECT_EQ(text.substr(d->begin, d->end - d->begin), d->text);
  return FormatLocalTime(d->start) + ".." + FormatLocalTime(*d->end_time) + " " + d->text;
}

TEST(TemporalDeadline, ByAPointEndsJustBeforeIt) {
  EXPECT_EQ(Deadline("by 2:00pm"), "2013-02-12T04:30:00..2013-02-12T13:59:59 by 2:00pm");
  EXPECT_EQ(Deadline("send it By tomorrow please"),
            "2013-02-12T04:30:00..2013-02-12T23:59:59 By tomorrow");
  EXPECT_EQ(Deadline("by  Friday"), "2013-02-12T04:30:00..2013-02-14T23:59:59 by  Friday");
}

TEST(TemporalDeadline, ByAnIntervalEndsWithIt) {
  EXPECT_EQ(Deadline("by the end of next month"),
            "2013-02-12T04:30:00..2013-03-31T23:59:59 by the end of next month");
  EXPECT_EQ(Deadline("by the end of the year"),
            "2013-02-12T04:30:00..2013-12-31T23:59:59 by the end of the year");
}

// The end of a working day is a deadline with or without "by": the day it
// ends, from now to its last second (Duckling's "by EOD").
TEST(TemporalDeadline, TheEndOfTheWorkingDayEndsWithTheDay) {
  const std::string today = "2013-02-12T04:30:00..2013-02-12T23:59:59 ";
  for (const char* text : {"by EOD", "by end of day", "by the end of the day", "by COB",
                           "by cob", "by close of business", "end of day", "EOD", "eod",
                           "by end of business day", "end of the business day",
                           "by close of play"})
    EXPECT_EQ(Deadline(text), today + text);
  EXPECT_EQ(Deadline("send it eod pls"), today + "eod");
  EXPECT_EQ(Deadline("EOD Friday"), "2013-02-12T04:30:00..2013-02-15T23:59:59 EOD Friday");
  EXPECT_EQ(Deadline("need it Friday EOD"),
            "2013-02-12T04:30:00..2013-02-15T23:59:59 Friday EOD");
  EXPECT_EQ(Deadline("tomorrow by COB"),
            "2013-02-12T04:30:00..2013-02-13T23:59:59 tomorrow by COB");
  EXPECT_EQ(Deadline("by the end of tomorrow"),
            "2013-02-12T04:30:00..2013-02-13T23:59:59 by the end of tomorrow");
  EXPECT_EQ(Deadline("close of business on Monday"),
            "2013-02-12T04:30:00..2013-02-18T23:59:59 close of business on Monday");
  EXPECT_EQ(Deadline("yesterday EOD"), "as found: 2013-02-11T00:00:00");
}

TEST(TemporalDeadline, TheEndOfTheDayIsTheDayItselfInFindTemporal) {
  auto ms = FindTemporal("can you send it by EOD?", Lang::kEn, kRef);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].text, "EOD");
  EXPECT_EQ(FormatLocalTime(ms[0].start), "2013-02-12T00:00:00");
  EXPECT_EQ(ms[0].grain, Grain::kDay);
  EXPECT_TRUE(ms[0].deadline);
  EXPECT_FALSE(ms[0].end_time);
  // "at the end of the day" is "all things considered"; "on the cob" is corn
  for (const char* text : {"at the end of the day it's your call", "end of the day, up to you",
                           "corn on the cob", "the close of the day"})
    EXPECT_TRUE(FindTemporal(text, Lang::kEn, kRef).empty()) << text;
}

TEST(TemporalDeadline, OnlyAnEnglishByRightBeforeItAndStillAhead) {
  EXPECT_EQ(Deadline("tomorrow"), "as found: 2013-02-13T00:00:00");
  EXPECT_EQ(Deadline("stand by me tomorrow"), "as found: 2013-02-13T00:00:00");
  EXPECT_EQ(Deadline("a flyby tomorrow"), "as found: 2013-02-13T00:00:00");
  // a word ending in a non-ASCII letter is a word too, as for the open bounds' leads
  EXPECT_EQ(Deadline("el niñby tomorrow"), "as found: 2013-02-13T00:00:00");
  EXPECT_EQ(Deadline("café by tomorrow"), "2013-02-12T04:30:00..2013-02-12T23:59:59 by tomorrow");
  EXPECT_EQ(Deadline("by yesterday"), "as found: 2013-02-11T00:00:00");
  EXPECT_EQ(Deadline("by mañana", Lang::kEs), "as found: 2013-02-13T00:00:00");
}

}  // namespace
}  // namespace chatbeto::events
