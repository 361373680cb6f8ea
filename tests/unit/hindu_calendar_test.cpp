// The Hindu calendar computations (events/hindu_calendar.h): the sun's and
// the moon's longitudes against the worked examples of Meeus, Astronomical
// Algorithms (25.a, 47.a), and feast days against the dates published for
// India (Government of India holiday lists and panchangs), not against any
// test corpus. 2023 had a leap month (Adhik Shravan, 18 July - 16 August): the
// feasts of Shravana and after fall a month later than a calendar without
// leap months would put them.
#include <gtest/gtest.h>

#include <string>

#include "events/hindu_calendar.h"
#include "events/temporal_calendar.h"

namespace chatbeto::events::detail {
namespace {

std::string Str(const std::optional<LocalTime>& d) {
  if (!d) return "none";
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", d->year, d->month, d->day);
  return b;
}

TEST(HinduCalendar, SunAndMoonMatchMeeusWorkedExamples) {
  EXPECT_NEAR(MoonLongitude(2448724.5), 133.162655, 0.0005);          // 1992-04-12 0h TD
  EXPECT_NEAR(SunApparentLongitude(2448908.5), 199.90895, 0.0005);  // 1992-10-13 0h TD
}

struct Feast {
  const char* name;
  int year, month, tithi;
  TithiHour hour;
  const char* want;
};

class HinduFeasts : public ::testing::TestWithParam<Feast> {};
TEST_P(HinduFeasts, FallOnThePublishedDay) {
  const Feast& f = GetParam();
  EXPECT_EQ(Str(HinduTithiInYear(f.year, f.month, f.tithi, f.hour)), f.want) << f.name;
}
INSTANTIATE_TEST_SUITE_P(
    Published, HinduFeasts,
    ::testing::Values(
        Feast{"Diwali 2021", 2021, 7, 30, TithiHour::kEvening, "2021-11-04"},
        Feast{"Diwali 2022", 2022, 7, 30, TithiHour::kEvening, "2022-10-24"},
        Feast{"Diwali 2023", 2023, 7, 30, TithiHour::kEvening, "2023-11-12"},
        Feast{"Holika Dahan 2024", 2024, 12, 15, TithiHour::kEvening, "2024-03-24"},
        Feast{"Raksha Bandhan 2022 (afternoon rule)", 2022, 5, 15, TithiHour::kAfternoon, "2022-08-11"},
        Feast{"Raksha Bandhan 2023 (after a leap month)", 2023, 5, 15, TithiHour::kAfternoon, "2023-08-30"},
        Feast{"Janmashtami 2023 (midnight)", 2023, 5, 23, TithiHour::kMidnight, "2023-09-06"},
        Feast{"Ganesh Chaturthi 2023 (noon)", 2023, 6, 4, TithiHour::kNoon, "2023-09-19"},
        Feast{"Dussehra 2023", 2023, 7, 10, TithiHour::kAfternoon, "2023-10-24"},
        // the tithi still runs when the next day's window opens: that day
        Feast{"Diwali 2013 (amavasya at both sunsets)", 2013, 7, 30, TithiHour::kEvening, "2013-11-03"},
        Feast{"Dussehra 2019 (dashami at both aparahnas)", 2019, 7, 10, TithiHour::kAfternoon, "2019-10-08"},
        Feast{"Raksha Bandhan 2016", 2016, 5, 15, TithiHour::kAfternoon, "2016-08-18"},
        Feast{"Raksha Bandhan 2018", 2018, 5, 15, TithiHour::kAfternoon, "2018-08-26"},
        Feast{"Bhai Dooj 2013", 2013, 8, 2, TithiHour::kAfternoon, "2013-11-05"},
        Feast{"Karva Chauth 2023", 2023, 7, 19, TithiHour::kEvening, "2023-11-01"},
        Feast{"Guru Nanak Jayanti 2023", 2023, 8, 15, TithiHour::kSunrise, "2023-11-27"},
        Feast{"Maha Shivaratri 2024", 2024, 11, 29, TithiHour::kMidnight, "2024-03-08"},
        Feast{"Ugadi 2024", 2024, 1, 1, TithiHour::kSunrise, "2024-04-09"},
        Feast{"Rama Navami 2024", 2024, 1, 9, TithiHour::kNoon, "2024-04-17"},
        Feast{"Buddha Purnima 2024", 2024, 2, 15, TithiHour::kSunrise, "2024-05-23"},
        Feast{"out of range", 1799, 7, 30, TithiHour::kEvening, "none"},
        Feast{"no such month", 2024, 13, 1, TithiHour::kSunrise, "none"},
        Feast{"no such tithi", 2024, 1, 31, TithiHour::kSunrise, "none"}));

TEST(HinduCalendar, OnamIsThiruvonamOfChingamTheSecondWhenItComesTwice) {
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2013, 4, 21)), "2013-09-16");  // also on 20 Aug
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2019, 4, 21)), "2019-09-11");
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2021, 4, 21)), "2021-08-21");
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2023, 4, 21)), "2023-08-29");
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2024, 4, 21)), "2024-09-15");  // 19 Aug: 2 h at sunrise
  EXPECT_EQ(Str(NakshatraDayInSolarMonth(2201, 4, 21)), "none");
}

TEST(HinduCalendar, SankrantiIsTheDayTheSunEntersTheSignOrTheNextAfterSunset) {
  EXPECT_EQ(Str(SankrantiInYear(2024, 9)), "2024-01-15");  // Makar Sankranti
  EXPECT_EQ(Str(SankrantiInYear(2023, 0)), "2023-04-14");  // Vaisakhi
  EXPECT_EQ(Str(SankrantiInYear(2024, 12)), "none");
  EXPECT_EQ(Str(SankrantiInYear(2201, 0)), "none");
}

}  // namespace
}  // namespace chatbeto::events::detail
