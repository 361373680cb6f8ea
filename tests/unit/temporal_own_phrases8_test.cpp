// The eighth blind round (tests/fixtures/temporal/own_phrases8.tsv) and the defects fixed
// with it: chat spellings (ReadChatSpellings: misspelt weekdays, months, "tomorrow",
// holidays; "2nite", "nxt"; Spanish "q", "d", "x", "noxe", "orita", "mañna"), weekday
// ranges joined by any range word ("mon thru thurs"), a day of a month said after it ("next
// month on the 15th"), Spanish parts of the day led by "a la" or "de madrugada", and the
// end of a deadline that is a part of the day ("by tonight"). Reference: Tuesday 12
// February 2013, 04:30.
#include "events/temporal_deadline.h"
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalOwn8 : public ::testing::TestWithParam<std::pair<Lang, Case>> {};
TEST_P(TemporalOwn8, Resolves) { Check(GetParam().second, GetParam().first, kTue); }

INSTANTIATE_TEST_SUITE_P(
    Spelling, TemporalOwn8,
    ::testing::Values(
        // a name of 7 letters or more, one edit off (two for 9 letters or more)
        std::pair{Lang::kEn, Case{"wensday", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"see you wednsday afternoon", "2013-02-13T12:00:00", "hour",
                                  "2013-02-13T19:00:00", "wednsday afternoon"}},
        std::pair{Lang::kEn,
                  Case{"saterday night", "2013-02-16T18:00:00", "hour", "2013-02-17T00:00:00"}},
        std::pair{Lang::kEn, Case{"febuary 20", "2013-02-20T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"thrusday at 6", "2013-02-14T18:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tomorrrow", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"yesterdy", "2013-02-11T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"haloween", "2013-10-31T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el miercles", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el 5 de dicienbre", "2013-12-05T00:00:00", "day"}},
        // ... never a shorter word, nor one two edits from a holiday, nor a word the
        // grammar knows as it is
        std::pair{Lang::kEn, Case{"let's get a sundae", "", ""}},
        std::pair{Lang::kEn, Case{"a sundry list", "", ""}},
        std::pair{Lang::kEn, Case{"frida is coming", "", ""}},
        std::pair{Lang::kEn, Case{"christians", "", ""}},
        std::pair{Lang::kEn, Case{"tuesdays work", "2013-02-19T00:00:00", "day", "", "tuesdays"}},
        std::pair{Lang::kEs, Case{"el vienes", "", ""}},
        // ... a letter changed is a typo when it is a key next to the right one or a vowel
        // for a vowel; another letter makes another word ("el dominio" is a domain)
        std::pair{Lang::kEn, Case{"thursdsy at 6", "2013-02-14T18:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"wednesdey", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el dominio web vence", "", ""}},
        std::pair{Lang::kEs, Case{"compré el dominio", "", ""}},
        std::pair{Lang::kEs,
                  Case{"¿vienes el sábado?", "2013-02-16T00:00:00", "day", "", "el sábado"}},
        // English chat spellings
        std::pair{Lang::kEn, Case{"2nite at 8", "2013-02-12T20:00:00", "hour", "", "2nite at 8"}},
        std::pair{Lang::kEn, Case{"2night", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00"}},
        std::pair{Lang::kEn, Case{"2moro", "2013-02-13T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"nxt week", "2013-02-18T00:00:00", "week"}},
        std::pair{Lang::kEn, Case{"yday", "2013-02-11T00:00:00", "day"}},
        // Spanish shorthands: "q" que, "d" de, "x" por, "x" for "ch", "orita", "mañna"
        std::pair{Lang::kEs, Case{"la semana q viene", "2013-02-18T00:00:00", "week"}},
        std::pair{Lang::kEs,
                  Case{"el finde q viene", "2013-02-22T18:00:00", "hour", "2013-02-25T00:00:00"}},
        std::pair{Lang::kEs, Case{"a las 8 d la noche", "2013-02-12T20:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"de 5 a 7 d la tarde", "2013-02-12T17:00:00", "hour",
                                  "2013-02-12T19:00:00"}},
        std::pair{Lang::kEs,
                  Case{"x la tarde", "2013-02-12T12:00:00", "hour", "2013-02-12T19:00:00"}},
        std::pair{Lang::kEs,
                  Case{"esta noxe", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00"}},
        std::pair{Lang::kEs, Case{"a las oxo", "2013-02-12T08:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"orita", "2013-02-12T04:30:00", "second"}},
        std::pair{Lang::kEs,
                  Case{"mañna por la tarde", "2013-02-13T12:00:00", "hour", "2013-02-13T19:00:00"}},
        std::pair{Lang::kEs, Case{"2 x la mitad", "", ""}},
        std::pair{Lang::kEs, Case{"el plan d", "", ""}},
        std::pair{Lang::kEs, Case{"la opción q", "", ""}},
        std::pair{Lang::kEs, Case{"en 3d", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    Rules, TemporalOwn8,
    ::testing::Values(
        // two weekdays joined by any word of a range
        std::pair{Lang::kEn,
                  Case{"Mon thru Thurs", "2013-02-18T00:00:00", "day", "2013-02-21T00:00:00"}},
        std::pair{Lang::kEn,
                  Case{"tue through fri", "2013-02-19T00:00:00", "day", "2013-02-22T00:00:00"}},
        std::pair{Lang::kEs,
                  Case{"lun hasta mie", "2013-02-18T00:00:00", "day", "2013-02-20T00:00:00"}},
        std::pair{Lang::kEn,
                  Case{"mon to thurs", "2013-02-18T00:00:00", "day", "2013-02-21T00:00:00"}},
        // a day of the month said after the month
        std::pair{Lang::kEn, Case{"next month on the 15th", "2013-03-15T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"next month on the 31st", "2013-03-31T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el mes que viene el día 15", "2013-03-15T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el mes que viene el 15", "2013-03-15T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"next month the 2nd week", "2013-03-01T00:00:00", "month", "",
                                  "next month"}},
        std::pair{Lang::kEs, Case{"el mes que viene el primer lunes", "2013-03-01T00:00:00",
                                  "month", "", "el mes que viene"}},
        // Spanish parts of the day led by "a la", "de madrugada"
        std::pair{Lang::kEs,
                  Case{"a la noche", "2013-02-12T18:00:00", "hour", "2013-02-13T00:00:00"}},
        std::pair{Lang::kEs, Case{"nos vemos a la tarde", "2013-02-12T12:00:00", "hour",
                                  "2013-02-12T19:00:00", "a la tarde"}},
        std::pair{Lang::kEs,
                  Case{"de madrugada", "2013-02-12T00:00:00", "hour", "2013-02-12T06:00:00"}},
        std::pair{Lang::kEs, Case{"de la noche", "", ""}},
        std::pair{Lang::kEs, Case{"la noche", "", ""}}));

// A deadline that is a part of the day ends where it does: its end is exclusive already.
TEST(TemporalOwn8Deadline, APartOfTheDayEndsAtItsEnd) {
  auto deadline = [](const std::string& text) {
    auto ms = FindTemporal(text, Lang::kEn, kTue);
    if (ms.empty()) return std::string("nothing");
    auto d = AsDeadline(ms[0], text, Lang::kEn, kTue);
    return d ? FormatLocalTime(d->start) + ".." + FormatLocalTime(*d->end_time) : "none";
  };
  EXPECT_EQ(deadline("by tonight"), "2013-02-12T04:30:00..2013-02-12T23:59:59");
  EXPECT_EQ(deadline("by this afternoon"), "2013-02-12T04:30:00..2013-02-12T18:59:59");
  EXPECT_EQ(deadline("by the weekend"), "2013-02-12T04:30:00..2013-02-17T23:59:59");
  // unchanged: a point, an interval of days
  EXPECT_EQ(deadline("by 2pm"), "2013-02-12T04:30:00..2013-02-12T13:59:59");
  EXPECT_EQ(deadline("by tomorrow"), "2013-02-12T04:30:00..2013-02-12T23:59:59");
  EXPECT_EQ(deadline("by the end of next month"), "2013-02-12T04:30:00..2013-03-31T23:59:59");
}

// An hour put in another's place ("can we do 11 instead?", "11 works", "does 11 work?") is a
// time, as "make it 11" is; "2 works of art", "2 instead of 3" are counts.
INSTANTIATE_TEST_SUITE_P(
    HourInPlace, TemporalOwn8,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"can we do 11 instead?", "2013-02-12T11:00:00", "hour", "", "11"}},
        std::pair{Lang::kEn, Case{"sure, 11 works", "2013-02-12T11:00:00", "hour", "", "11"}},
        std::pair{Lang::kEn, Case{"does 11 work?", "2013-02-12T11:00:00", "hour", "", "11"}},
        std::pair{Lang::kEn, Case{"2 works of art", "", ""}},
        std::pair{Lang::kEn, Case{"I have 2 instead of 3", "", ""}},
        // two bare hours after a day, the first the larger and before 7, are a score, as
        // before a day ("won 3 to 1 on sunday"): not 15:00 to 14:00 the next day
        std::pair{Lang::kEn, Case{"great game today, 3-2!!", "2013-03-02T00:00:00", "day", "", "3-2"}},
        std::pair{Lang::kEn, Case{"next Friday, 9 to 5", "2013-02-22T09:00:00", "hour", "2013-02-22T17:00:00"}}));

}  // namespace
}  // namespace chatbeto::events::testing
