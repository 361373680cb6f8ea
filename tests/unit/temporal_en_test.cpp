// English temporal expressions: table-driven, against a Tuesday 04:30 and a
// Friday 09:00 reference.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalEnTue : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalEnTue, Resolves) { Check(GetParam(), Lang::kEn, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalEnTue,
    ::testing::Values(
        Case{"today", "2013-02-12T00:00:00", "day"},
        Case{"see you tomorrow!", "2013-02-13T00:00:00", "day", "", "tomorrow"},
        Case{"the day after tomorrow", "2013-02-14T00:00:00", "day"},
        Case{"yesterday", "2013-02-11T00:00:00", "day"},
        // weekdays
        Case{"friday", "2013-02-15T00:00:00", "day"},
        Case{"on Tuesday", "2013-02-19T00:00:00", "day"},
        Case{"this Thursday", "2013-02-14T00:00:00", "day"},
        Case{"next Thursday", "2013-02-21T00:00:00", "day"},
        Case{"Thursday next week", "2013-02-21T00:00:00", "day"},
        Case{"Monday, next week", "2013-02-18T00:00:00", "day"},
        Case{"last Sunday", "2013-02-10T00:00:00", "day"},
        Case{"saturday after next", "2013-02-23T00:00:00", "day"},
        Case{"wednesday of this week", "2013-02-13T00:00:00", "day"},
        Case{"Sat.", "2013-02-16T00:00:00", "day"},
        // dates
        Case{"March 14", "2013-03-14T00:00:00", "day"},
        Case{"march 3rd, 2015", "2015-03-03T00:00:00", "day"},
        Case{"the 8th", "2013-03-08T00:00:00", "day"},
        Case{"on the 20th", "2013-02-20T00:00:00", "day"},
        Case{"the 2nd of April", "2013-04-02T00:00:00", "day"},
        Case{"twenty-first of june", "2013-06-21T00:00:00", "day"},
        Case{"Jan 5", "2014-01-05T00:00:00", "day"}, Case{"12/25", "2013-12-25T00:00:00", "day"},
        Case{"7/4/2016", "2016-07-04T00:00:00", "day"},
        Case{"2014-04-18", "2014-04-18T00:00:00", "day"},
        // a year before the month, or after a clock as `date` prints it
        Case{"2018 March 18", "2018-03-18T00:00:00", "day"},
        Case{"2012/Aug/10", "2012-08-10T00:00:00", "day"},
        Case{"Thu Oct 26 11:00:09 2023", "2023-10-26T11:00:09", "second"},
        Case{"Wednesday, May 8", "2013-05-08T00:00:00", "day"},
        // times of day
        Case{"at 3pm", "2013-02-12T15:00:00", "hour"}, Case{"3 PM", "2013-02-12T15:00:00", "hour"},
        Case{"at 7", "2013-02-12T07:00:00", "hour"}, Case{"at 2", "2013-02-12T14:00:00", "hour"},
        Case{"8:30", "2013-02-12T08:30:00", "minute"},
        Case{"11:45 p.m.", "2013-02-12T23:45:00", "minute"},
        Case{"half past 11 in the morning", "2013-02-12T11:30:00", "minute"},
        Case{"quarter to 6 in the evening", "2013-02-12T17:45:00", "minute"},
        Case{"a quarter past noon", "2013-02-12T12:15:00", "minute"},
        Case{"ten minutes to midnight", "2013-02-12T23:50:00", "minute"},
        Case{"7ish", "2013-02-12T07:00:00", "hour"},
        Case{"around 9ish pm", "2013-02-12T21:00:00", "hour"},
        Case{"noon", "2013-02-12T12:00:00", "hour"},
        Case{"4 o'clock in the afternoon", "2013-02-12T16:00:00", "hour"},
        Case{"six thirty pm", "2013-02-12T18:30:00", "minute"},
        Case{"18h30", "2013-02-12T18:30:00", "minute"},
        Case{"2 in the morning", "2013-02-13T02:00:00", "hour"},
        Case{"evening 6:45", "2013-02-12T18:45:00", "minute"},
        // combinations
        Case{"on Friday at 3pm", "2013-02-15T15:00:00", "hour"},
        Case{"tomorrow morning at 9", "2013-02-13T09:00:00", "hour"},
        Case{"9 tomorrow evening", "2013-02-13T21:00:00", "hour"},
        Case{"tonight at 8", "2013-02-12T20:00:00", "hour"},
        Case{"Tuesday next week at 10:30 am", "2013-02-19T10:30:00", "minute"},
        Case{"moved to Thursday 5pm", "2013-02-14T17:00:00", "hour", "", "Thursday 5pm"},
        // intervals
        Case{"March 14 from 2 to 4pm", "2013-03-14T14:00:00", "hour", "2013-03-14T16:00:00"},
        Case{"3-4pm", "2013-02-12T15:00:00", "hour", "2013-02-12T16:00:00"},
        Case{"from 9:30 to 11", "2013-02-12T09:30:00", "minute", "2013-02-12T11:00:00"},
        Case{"between 1 and 3pm", "2013-02-12T13:00:00", "hour", "2013-02-12T15:00:00"},
        Case{"July 13-15", "2013-07-13T00:00:00", "day", "2013-07-15T00:00:00"},
        Case{"this weekend", "2013-02-15T18:00:00", "hour", "2013-02-18T00:00:00"},
        // periods and amounts of time
        Case{"next week", "2013-02-18T00:00:00", "week"},
        Case{"last month", "2013-01-01T00:00:00", "month"},
        Case{"next year", "2014-01-01T00:00:00", "year"},
        Case{"in 2 hours", "2013-02-12T06:30:00", "minute"},
        Case{"in half an hour", "2013-02-12T05:00:00", "second"},
        Case{"in a week", "2013-02-19T00:00:00", "day"},
        Case{"3 days ago", "2013-02-09T04:00:00", "hour"},
        Case{"2 weeks from now", "2013-02-26T00:00:00", "day"},
        // counted and parts of periods, nth weekday of a month
        Case{"the next 3 days", "2013-02-13T00:00:00", "day", "2013-02-15T00:00:00"},
        Case{"past 2 weeks", "2013-01-28T00:00:00", "week", "2013-02-04T00:00:00"},
        Case{"end of the month", "2013-02-21T00:00:00", "day", "2013-02-28T00:00:00"},
        Case{"beginning of next week", "2013-02-18T00:00:00", "day", "2013-02-20T00:00:00"},
        Case{"late March", "2013-03-21T00:00:00", "day", "2013-03-31T00:00:00"},
        Case{"the second Sunday of May", "2013-05-12T00:00:00", "day"},
        Case{"last friday in november 2014", "2014-11-28T00:00:00", "day"},
        Case{"first monday of next month", "2013-03-04T00:00:00", "day"},
        // a weekday counted from a day ("after" / "before")
        Case{"the 2nd friday after new year's day 2014", "2014-01-10T00:00:00", "day"},
        Case{"the first sunday before halloween", "2013-10-27T00:00:00", "day"},
        Case{"the ides of march 2015", "2015-03-15T00:00:00", "day"},
        // an hour before 6 said with "tonight" is the afternoon's
        Case{"tonight at 4", "2013-02-12T16:00:00", "hour"},
        Case{"tomorrow lunch", "2013-02-13T12:00:00", "hour", "2013-02-13T14:00:00"},
        Case{"thu 9-11am", "2013-02-14T09:00:00", "hour", "2013-02-14T11:00:00"},
        Case{"from the 2nd to the 5th of May", "2013-05-02T00:00:00", "day", "2013-05-05T00:00:00"},
        // holidays and amounts counted from a day
        Case{"christmas eve", "2013-12-24T00:00:00", "day"},
        Case{"thanksgiving 2014", "2014-11-27T00:00:00", "day"},
        Case{"easter", "2013-03-31T00:00:00", "day"},
        Case{"a week from tomorrow", "2013-02-20T00:00:00", "day"},
        Case{"Jul 18, Fri", "2014-07-18T00:00:00", "day"},
        Case{"20 of next month", "2013-03-20T00:00:00", "day"},
        Case{"at 10.30", "2013-02-12T10:30:00", "minute"},
        // a clock read out: "oh" minutes need no "at"
        Case{"nine oh five", "2013-02-12T09:05:00", "minute"},
        Case{"leaving two zero seven", "2013-02-12T14:07:00", "minute"},
        // nothing
        Case{"32 August", ""}, Case{"February 29", ""},
        Case{"friday 2017 was a good year", "2013-02-15T00:00:00", "day", "", "friday"},
        Case{"I want to book a table", ""}, Case{"we are 4 people", ""}, Case{"call me maybe", ""},
        Case{"I sat on the sun deck", ""}, Case{"abc3pm", ""}, Case{"good morning", ""},
        Case{"version 2.5 is out", ""}, Case{"", ""}));

// The n-th nearest weekday or holiday to a day, both ways; the day itself counts.
INSTANTIATE_TEST_SUITE_P(
    Closest, TemporalEnTue,
    ::testing::Values(
        Case{"the closest Monday to Oct 5th", "2013-10-07T00:00:00", "day"},
        Case{"the 2nd closest Tuesday to March 3", "2013-02-26T00:00:00", "day"},
        Case{"the closest xmas to today", "2012-12-25T00:00:00", "day"},
        Case{"the second closest xmas to today", "2013-12-25T00:00:00", "day"},
        Case{"the third closest xmas to today", "2011-12-25T00:00:00", "day"},
        Case{"the closest friday to the 15th", "2013-02-15T00:00:00", "day"},
        Case{"nearest monday to christmas", "2013-12-23T00:00:00", "day"},
        Case{"my closest friend", "", ""}, Case{"sat closest to the door", "", ""},
        Case{"the closest thing to Christmas", "2013-12-25T00:00:00", "day", "", "Christmas"},
        Case{"the closest sun to the earth", "", ""}));

// A year with its era is the year as said; below 1000 only with one.
INSTANTIATE_TEST_SUITE_P(
    Eras, TemporalEnTue,
    ::testing::Values(Case{"in 14 a.d.", "0014-01-01T00:00:00", "year"},
                      Case{"14 AD", "0014-01-01T00:00:00", "year"},
                      Case{"the year 14 AD", "0014-01-01T00:00:00", "year"},
                      Case{"in the year 2014", "2014-01-01T00:00:00", "year"},
                      Case{"300 B.C.", "-0300-01-01T00:00:00", "year"},
                      Case{"in 2014 BC", "-2014-01-01T00:00:00", "year"},
                      Case{"10 August 88 AD", "0088-08-10T00:00:00", "day"},
                      Case{"in 14", "", ""}, Case{"the year 14", "", ""},
                      Case{"we ran 14 ad campaigns", "", ""},
                      Case{"I left 5 bc I was tired", "", ""}));

// Quarters of a year: written out, with an ordinal, or as Q1-Q4 (a capital Q
// and one digit with nothing glued after it).
INSTANTIATE_TEST_SUITE_P(
    Quarters, TemporalEnTue,
    ::testing::Values(Case{"the third quarter of 2025", "2025-07-01T00:00:00", "quarter"},
                      Case{"the 4th qtr of 2018", "2018-10-01T00:00:00", "quarter"},
                      Case{"2018Q4", "2018-10-01T00:00:00", "quarter"},
                      Case{"Q3 2025", "2025-07-01T00:00:00", "quarter"},
                      Case{"targets for Q1 of 2014", "2014-01-01T00:00:00", "quarter", "",
                           "Q1 of 2014"},
                      Case{"Q4, 2015 results", "2015-10-01T00:00:00", "quarter", "", "Q4, 2015"},
                      Case{"in Q2", "2013-04-01T00:00:00", "quarter", "", "Q2"},
                      Case{"q3 results", "", ""}, Case{"Q5 2025", "", ""}, Case{"Q3a", "", ""},
                      Case{"Q3.5", "", ""}, Case{"FAQ3", "", ""}, Case{"Q 3", "", ""}));

class TemporalEnFri : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalEnFri, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

// Said on Friday 1 March 2019 at 09:00 (the booking dialogues' "today").
INSTANTIATE_TEST_SUITE_P(
    Table, TemporalEnFri,
    ::testing::Values(
        // early in the day, only with a day
        Case{"early tomorrow", "2019-03-02T06:00:00", "hour", "2019-03-02T09:00:00"},
        Case{"first thing Monday", "2019-03-04T06:00:00", "hour", "2019-03-04T09:00:00"},
        Case{"I came early", "", ""},
        Case{"the first thing I did", "", ""},
        // a smaller unit after the first
        Case{"in 2 hours and 30 minutes", "2019-03-01T11:30:00", "second"},
        Case{"3 hours 20 minutes ago", "2019-03-01T05:40:00", "second"},
        Case{"in 2 hours, 5 of us", "2019-03-01T11:00:00", "minute", "", "in 2 hours"},
        // ISO 8601 with its T; "this coming <weekday>" as one phrase
        Case{"2019-03-14T14:30", "2019-03-14T14:30:00", "minute"},
        Case{"at 2019-03-14T14:30:15", "2019-03-14T14:30:15", "second"},
        Case{"this coming Monday", "2019-03-04T00:00:00", "day", "", "this coming Monday"},Case{"next Monday", "2019-03-04T00:00:00", "day"},
                      Case{"this Sunday", "2019-03-03T00:00:00", "day"},
                      Case{"Tuesday next week", "2019-03-05T00:00:00", "day"},
                      Case{"the 8th", "2019-03-08T00:00:00", "day"},
                      Case{"the 1st", "2019-03-01T00:00:00", "day"},
                      Case{"later today", "2019-03-01T00:00:00", "day"},
                      Case{"at 8", "2019-03-01T20:00:00", "hour"},
                      Case{"5:30 in the evening", "2019-03-01T17:30:00", "minute"},
                      Case{"a quarter to 13 in the afternoon", "2019-03-01T12:45:00", "minute"}));

TEST(TemporalEn, ZonesConvertToTheReferenceOffset) {
  TemporalOptions o;
  o.utc_offset_minutes = -120;
  auto ms = FindTemporal("4pm CET", Lang::kEn, kTue, o);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(FormatLocalTime(ms[0].start), "2013-02-12T13:00:00");
  // Without a known offset the wall clock stays as written.
  ms = FindTemporal("4pm CET", Lang::kEn, kTue);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(FormatLocalTime(ms[0].start), "2013-02-12T16:00:00");
}

TEST(TemporalEn, Iso8601OffsetsAndFractionsOfASecond) {
  TemporalOptions o;
  o.utc_offset_minutes = 0;
  auto one = [&](const std::string& text) {
    auto ms = FindTemporal(text, Lang::kEn, kTue, o);
    return ms.size() == 1 ? ms[0].text + " " + FormatLocalTime(ms[0].start) : std::to_string(ms.size()) + " matches";
  };
  EXPECT_EQ(one("2016-05-07T23:45:00.487+01:00"), "2016-05-07T23:45:00.487+01:00 2016-05-07T22:45:00");
  EXPECT_EQ(one("2016-05-07T23:45:00-05:00"), "2016-05-07T23:45:00-05:00 2016-05-08T04:45:00");
  EXPECT_EQ(one("2016-05-07T23:45+0530"), "2016-05-07T23:45+0530 2016-05-07T18:15:00");
  EXPECT_EQ(one("at 14:00 UTC+2"), "at 14:00 UTC+2 2013-02-12T12:00:00");
  // a minus between two times is a range, not an offset
  auto ms = FindTemporal("10:00:00-11:00:00", Lang::kEn, kTue, o);
  ASSERT_EQ(ms.size(), 1u);
  ASSERT_TRUE(ms[0].end_time);
  EXPECT_EQ(FormatLocalTime(*ms[0].end_time), "2013-02-12T11:00:00");
  ms = FindTemporal("10:00-11:00", Lang::kEn, kTue, o);
  ASSERT_EQ(ms.size(), 1u);
  ASSERT_TRUE(ms[0].end_time);
  EXPECT_EQ(FormatLocalTime(ms[0].end_time.value()), "2013-02-12T11:00:00");
}

// A weekday after a week names that weekday of the week; across a comma it is
// its own day. Tuesday 12 February 2013: this week's Thursday is the 14th.
TEST(TemporalEn, AWeekdayOfTheWeekNamedBeforeIt) {
  auto at = [](const std::string& text, Lang lang) {
    auto ms = FindTemporal(text, lang, kTue);
    std::string out;
    for (const auto& m : ms) out += m.text + " " + FormatLocalTime(m.start) + "; ";
    return out;
  };
  EXPECT_EQ(at("next week on Thursday at 4", Lang::kEn), "next week on Thursday at 4 2013-02-21T16:00:00; ");
  EXPECT_EQ(at("la semana que viene el jueves a las 4", Lang::kEs),
            "la semana que viene el jueves a las 4 2013-02-21T16:00:00; ");
  EXPECT_EQ(at("esta semana el viernes", Lang::kEs), "esta semana el viernes 2013-02-15T00:00:00; ");
  EXPECT_EQ(at("busy next week, thursday works", Lang::kEn),
            "next week 2013-02-18T00:00:00; thursday 2013-02-14T00:00:00; ");
}

TEST(TemporalEn, NeverThrowsOnHostileInput) {
  std::string junk = "\xff\xfe at 99:99 \xc3 the 45th of Smarch 0/0/0 -- in 1/0 hours 2013-13-45";
  EXPECT_NO_THROW(FindTemporal(junk, Lang::kEn, kTue));
  EXPECT_NO_THROW(FindTemporal(junk, Lang::kEs, kTue));
  EXPECT_TRUE(FindTemporal("at 3pm", Lang::kEn, LocalTime{2013, 2, 30}).empty());  // no such day
}

}  // namespace
}  // namespace chatbeto::events::testing
