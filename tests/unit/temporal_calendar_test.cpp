#include "events/temporal_calendar.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "events/temporal_tokens.h"

namespace chatbeto::events::detail {
namespace {

TEST(TemporalCalendar, WeekdaysAndArithmetic) {
  EXPECT_EQ(Weekday(LocalTime{2013, 2, 12}), 1);  // Tuesday
  EXPECT_EQ(Weekday(LocalTime{2019, 3, 1}), 4);   // Friday
  EXPECT_EQ(FormatLocalTime(AddDays(LocalTime{2012, 2, 28}, 1)), "2012-02-29T00:00:00");
  EXPECT_EQ(FormatLocalTime(AddMonths(LocalTime{2013, 1, 31}, 1)), "2013-02-28T00:00:00");
  EXPECT_EQ(FormatLocalTime(AddMonths(LocalTime{2013, 1, 15}, -2)), "2012-11-15T00:00:00");
  EXPECT_EQ(FormatLocalTime(AddSeconds(LocalTime{2013, 12, 31, 23, 59, 30}, 45)),
            "2014-01-01T00:00:15");
  EXPECT_EQ(FormatLocalTime(Truncate(LocalTime{2013, 2, 17, 5, 6, 7}, Grain::kWeek)),
            "2013-02-11T00:00:00");
  EXPECT_EQ(FormatLocalTime(Truncate(LocalTime{2013, 8, 17}, Grain::kQuarter)),
            "2013-07-01T00:00:00");
  EXPECT_FALSE(ValidDate(2013, 2, 29));
  EXPECT_TRUE(ValidDate(2016, 2, 29));
}

TEST(TemporalTokens, FoldsAccentsAndCaseAndSplitsDigits) {
  auto t = Tokenize("MAÑANA a las 3pm, Miércoles 14april");
  std::vector<std::string> words;
  for (const auto& x : t) words.push_back(x.text);
  EXPECT_EQ(words, (std::vector<std::string>{"manana", "a", "las", "3", "pm", ",", "miercoles",
                                             "14", "april"}));
  EXPECT_EQ(t[3].value, 3);
  EXPECT_TRUE(t[4].glued);
  EXPECT_FALSE(t[3].glued);
  EXPECT_EQ(t[0].begin, 0u);
  EXPECT_EQ(t[0].end, 7u);  // "MAÑANA" is 7 bytes
}

TEST(TemporalTokens, InvalidUtf8BecomesPunctuation) {
  auto t = Tokenize(
      "a\xff"
      "b");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].kind, Token::kPunct);
}

// The hand-written formatting is snprintf's "%04d-%02d-%02dT%02d:%02d:%02d"
// wherever it applies, and snprintf's own output elsewhere (a negative or
// five-digit year, a field out of range).
TEST(TemporalCalendar, FormatLocalTimeIsPrintfsFormat) {
  const int years[] = {0, 7, 99, 100, 999, 1000, 1969, 2026, 9999, 10000, -44};
  const int small[] = {0, 1, 9, 10, 31, 59, 99, 100, -1};
  for (int y : years)
    for (int v : small) {
      const LocalTime t{y, v, (v + 3) % 40, v, (v * 7) % 60, v};
      char want[96];
      if (y >= 0)
        std::snprintf(want, sizeof want, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day,
                      t.hour, t.minute, t.second);
      else
        std::snprintf(want, sizeof want, "-%04d-%02d-%02dT%02d:%02d:%02d", -t.year, t.month,
                      t.day, t.hour, t.minute, t.second);
      EXPECT_EQ(FormatLocalTime(t), want) << y << " " << v;
    }
}

}  // namespace
}  // namespace chatbeto::events::detail
