// The twelfth blind round (tests/fixtures/temporal/own_phrases12.tsv) and the gaps fixed
// with it: chat shorthands of a day's parts ("sat am", "fri nite", "wed eve", "mon morn",
// "thurs aft", "tmw", "2day") and Spanish "tempranito"; Argentina's spaced "N hs" as a
// clock ("19 hs", "tipo 21 hs"); a dotted date with its year day first in English
// ("03.12.2025" was 12 March); "in like 30 mins"; "from 3 onwards"; a score after a word of
// rating ("rated it 8/10" was 10 August); a weekday abbreviation that is a word after "see
// you" ("ok see u sat"); a bare hour after a verb that moves or sets a meeting ("mtg moved to
// 3", "nos vemos tipo 9"); a day's clock after the event's noun ("sun brunch 11am" was 11:00
// today); found while probing past the file: "b4" (before), "mornin", "evenin", Spanish
// diminutive units ("en una semanita", "en una horita"), "luego de" as "después de", "as of"
// and "beginning" as open bounds, no bound from "the day after tomorrow at 9" (was "after
// 9"), "in three quarters of an hour" (was November), "new yrs eve"; Latin America's "que
// pasó" ("el domingo que pasó" was next Sunday); "tomoro", "tmrow", "abt", "vday", "thxgiving";
// the weekend of a day ("the weekend of the 23rd", "el finde del 23" were that day or this
// weekend); "18 y 19 de febrero" no clock (was 18:19).
// Reference: Tuesday 12 February 2013, 04:30.
#include "events/temporal_open_bound.h"
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
        std::pair{Lang::kEn, Case{"see you tomorrow Eve!", "2013-02-13T00:00:00", "day", "", "tomorrow"}},
        std::pair{Lang::kEn, Case{"the sun am", "", ""}},
        std::pair{Lang::kEn, Case{"a 2day course", "", ""}},
        // "b4" (before), "mornin", "evenin"
        std::pair{Lang::kEn, Case{"tmrw b4 noon", "2013-02-13T12:00:00", "hour", "", "tmrw b4 noon"}},
        std::pair{Lang::kEn, Case{"free b4 10?", "2013-02-12T10:00:00", "hour", "", "10"}},
        std::pair{Lang::kEn, Case{"sat mornin", "2013-02-16T00:00:00", "hour", "2013-02-16T12:00:00"}},
        std::pair{Lang::kEn, Case{"sun evenin", "2013-02-17T18:00:00", "hour", "2013-02-18T00:00:00"}},
        std::pair{Lang::kEn, Case{"b45", "", ""}},
        std::pair{Lang::kEn, Case{"new yrs eve", "2013-12-31T00:00:00", "day"}},
        // more chat spellings: "tomoro", "tmrow", "abt", "vday", "thxgiving"
        std::pair{Lang::kEn, Case{"tomoro 9am", "2013-02-13T09:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tmrow nite", "2013-02-13T18:00:00", "hour", "2013-02-14T00:00:00"}},
        std::pair{Lang::kEn, Case{"in abt 20 mins", "2013-02-12T04:50:00", "second"}},
        std::pair{Lang::kEn, Case{"vday", "2013-02-14T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"thxgiving", "2013-11-28T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"in three quarters of an hour", "2013-02-12T05:15:00", "second"}},
        // Spanish: the diminutive of "temprano" after a day (06-09, like "a primera hora")
        std::pair{Lang::kEs, Case{"pasado mañana tempranito", "2013-02-14T06:00:00", "hour",
                                  "2013-02-14T09:00:00"}},
        std::pair{Lang::kEs, Case{"el domingo tempranito", "2013-02-17T06:00:00", "hour",
                                  "2013-02-17T09:00:00"}},
        std::pair{Lang::kEs, Case{"llegué tempranito", "", ""}},
        // the diminutives of units
        std::pair{Lang::kEs, Case{"en una semanita", "2013-02-19T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"en una horita", "2013-02-12T05:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"en 5 minutitos", "2013-02-12T04:35:00", "second"}}));

INSTANTIATE_TEST_SUITE_P(
    SpacedHs, TemporalOwn12,
    ::testing::Values(
        // "N hs" spaced, 13-23, alone or after a day or a lead of the clock: a clock
        std::pair{Lang::kEs, Case{"19 hs", "2013-02-12T19:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"tipo 21 hs", "2013-02-12T21:00:00", "hour"}},
        std::pair{Lang::kEs, Case{"el viernes 20 hs", "2013-02-15T20:00:00", "hour"}},
        // unchanged: amounts of hours
        std::pair{Lang::kEs, Case{"en 15 hs", "2013-02-12T19:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"hace 14 hs", "2013-02-11T14:30:00", "minute"}},
        std::pair{Lang::kEs, Case{"trabajo 14 hs por día", "", ""}},
        std::pair{Lang::kEs, Case{"unas 16 hs", "", ""}},
        std::pair{Lang::kEs, Case{"abierto 24 hs", "", ""}},
        std::pair{Lang::kEs, Case{"mañana 18 hs", "2013-02-13T18:00:00", "hour"}},
        // unchanged: after another word, how long ("viajé 14 hs", "estuve 16 hs despierto")
        std::pair{Lang::kEs, Case{"viajé 14 hs", "", ""}},
        std::pair{Lang::kEs, Case{"estuve 16 hs despierto", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    DottedDateDayFirst, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"03.12.2025", "2025-12-03T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"31.03.2013", "2013-03-31T00:00:00", "day"}},
        // unchanged: only month first fits; slashes month first; Spanish day first
        std::pair{Lang::kEn, Case{"05.25.2015", "2015-05-25T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"03/12/2025", "2025-03-12T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"03.12.2025", "2025-12-03T00:00:00", "day"}},
        std::pair{Lang::kEn, Case{"version 2.4.1", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    FillersAndOpenBounds, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"in like 30 mins", "2013-02-12T05:00:00", "second"}},
        std::pair{Lang::kEn, Case{"in like a week", "2013-02-19T00:00:00", "day"}},
        // a bare hour after "from" that "onwards" (or a closing "on") ends (the CLI shows it
        // as an open bound, "open": "after")
        std::pair{Lang::kEn, Case{"from 3 onwards", "2013-02-12T15:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"free from 5 on.", "2013-02-12T05:00:00", "hour", "", "from 5"}},
        // unchanged: "from N" alone, "on" going on with the sentence
        std::pair{Lang::kEn, Case{"from 3 on the list", "", ""}},
        std::pair{Lang::kEn, Case{"from 3 people", "", ""}},
        std::pair{Lang::kEn, Case{"pages from 10 onward", "", ""}},
        std::pair{Lang::kEn, Case{"from 2 onwards the list is empty", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    ScoreAfterRating, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"rated it 8/10", "", ""}},
        std::pair{Lang::kEn, Case{"I'd give it 4/5", "", ""}},
        std::pair{Lang::kEn, Case{"score: 9/10", "", ""}},
        std::pair{Lang::kEs, Case{"puntaje 8/10", "", ""}},
        // unchanged: a date after other words
        std::pair{Lang::kEn, Case{"due 8/10", "2013-08-10T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el 8/10", "2013-10-08T00:00:00", "day"}}));

INSTANTIATE_TEST_SUITE_P(
    WeekdayAfterSeeYou, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"ok see u sat", "2013-02-16T00:00:00", "day", "", "sat"}},
        std::pair{Lang::kEn, Case{"c ya wed!", "2013-02-13T00:00:00", "day", "", "wed"}},
        // unchanged: the verb
        std::pair{Lang::kEn, Case{"we sat", "", ""}},
        std::pair{Lang::kEn, Case{"see you sat down", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    HourAfterMeetingVerb, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"mtg moved to 3", "2013-02-12T15:00:00", "hour", "", "3"}},
        std::pair{Lang::kEn, Case{"can we push it to 5?", "2013-02-12T05:00:00", "hour", "", "5"}},
        std::pair{Lang::kEs, Case{"nos vemos tipo 9", "2013-02-12T09:00:00", "hour", "", "tipo 9"}},
        std::pair{Lang::kEs, Case{"quedamos tipo 21", "2013-02-12T21:00:00", "hour"}},
        // unchanged: a count after the verb, "tipo" as "type"
        std::pair{Lang::kEn, Case{"we moved to 3 houses", "", ""}},
        std::pair{Lang::kEs, Case{"diabetes tipo 2", "", ""}},
        std::pair{Lang::kEs, Case{"vamos tipo 3 personas", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    ClockAfterEventNoun, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"sun brunch 11am", "2013-02-17T11:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"friday dinner at 8pm", "2013-02-15T20:00:00", "hour"}},
        std::pair{Lang::kEn, Case{"tomorrow meeting 10:30", "2013-02-13T10:30:00", "minute"}},
        // unchanged: "the sun", a bare number after the noun
        std::pair{Lang::kEn, Case{"the sun game 7pm", "2013-02-12T19:00:00", "hour", "", "7pm"}},
        std::pair{Lang::kEn, Case{"sat game 7", "", ""}}));

INSTANTIATE_TEST_SUITE_P(
    QuePaso, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEs, Case{"el domingo que pasó", "2013-02-10T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"el viernes que pasó fuimos", "2013-02-08T00:00:00", "day", "",
                                  "el viernes que pasó"}},
        std::pair{Lang::kEs, Case{"el domingo que paso", "2013-02-10T00:00:00", "day"}},
        std::pair{Lang::kEs, Case{"la semana que pasó", "2013-02-04T00:00:00", "week"}},
        std::pair{Lang::kEs, Case{"el mes que paso", "2013-01-01T00:00:00", "month"}},
        // unchanged: "que paso" (I pass) going on with the clause
        std::pair{Lang::kEs, Case{"el lunes que paso a buscarte", "2013-02-18T00:00:00", "day", "",
                                  "el lunes"}}));

INSTANTIATE_TEST_SUITE_P(
    WeekendOfDay, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEn, Case{"the weekend of the 23rd", "2013-02-22T18:00:00", "hour",
                                  "2013-02-25T00:00:00"}},
        std::pair{Lang::kEn, Case{"weekend of march 2nd", "2013-03-01T18:00:00", "hour",
                                  "2013-03-04T00:00:00"}},
        std::pair{Lang::kEn, Case{"the weekend of the 17th", "2013-02-15T18:00:00", "hour",
                                  "2013-02-18T00:00:00"}},
        std::pair{Lang::kEs, Case{"el finde del 23", "2013-02-22T18:00:00", "hour",
                                  "2013-02-25T00:00:00"}},
        std::pair{Lang::kEs, Case{"el fin de semana del 2 de marzo", "2013-03-01T18:00:00", "hour",
                                  "2013-03-04T00:00:00"}},
        // unchanged: a weekend alone
        std::pair{Lang::kEs, Case{"el fin de semana", "2013-02-15T18:00:00", "hour",
                                  "2013-02-18T00:00:00"}}));

INSTANTIATE_TEST_SUITE_P(
    TwoDaysNotMinutes, TemporalOwn12,
    ::testing::Values(
        std::pair{Lang::kEs, Case{"18 y 19 de febrero", "2013-02-19T00:00:00", "day", "",
                                  "19 de febrero"}},
        // unchanged: after "las" the minutes
        std::pair{Lang::kEs, Case{"a las 8 y 20 de la noche", "2013-02-12T20:20:00", "minute"}},
        std::pair{Lang::kEs, Case{"a las 8 y 20 de marzo", "2013-02-12T08:20:00", "minute", "",
                                  "a las 8 y 20"}}));

// The open bounds of this round: "from 3 onwards", "b4", Latin America's "luego de"
class TemporalOwn12Open : public ::testing::TestWithParam<std::pair<Lang, OpenCase>> {};
TEST_P(TemporalOwn12Open, Widens) {
  CheckOpen(GetParam().second, GetParam().first, kTue);
}

INSTANTIATE_TEST_SUITE_P(
    Bounds, TemporalOwn12Open,
    ::testing::Values(
        std::pair{Lang::kEn, OpenCase{"from 3 onwards", "from 3 onwards", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"free from 5 on.", "from 5 on", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"b4 noon", "b4 noon", OpenEnd::kBefore}},
        std::pair{Lang::kEs, OpenCase{"luego de las 6 de la tarde", "luego de las 6 de la tarde",
                                      OpenEnd::kAfter}},
        std::pair{Lang::kEs, OpenCase{"luego del lunes", "luego del lunes", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"as of monday", "as of monday", OpenEnd::kAfter}},
        std::pair{Lang::kEn, OpenCase{"beginning the 1st of march", "beginning the 1st of march",
                                      OpenEnd::kAfter}},
        // unchanged: "luego" as "then"; "the day after"/"the day before" name a day
        std::pair{Lang::kEs, OpenCase{"luego el lunes", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"the day after tomorrow at 9", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"the day before yesterday at 3pm", "", OpenEnd::kNone}},
        std::pair{Lang::kEn, OpenCase{"tomorrow after 5pm", "tomorrow after 5pm", OpenEnd::kAfter}}));

}  // namespace
}  // namespace chatbeto::events::testing
