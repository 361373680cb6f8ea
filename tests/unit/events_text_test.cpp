// The event scanner's text helpers: accent folding, cues, language
// detection, the chat-export reader of the evaluation, user dates.
#include <gtest/gtest.h>

#include "events/chat_text.h"
#include "events/cue_context.h"
#include "events/cues.h"
#include "events/event_store.h"
#include "events/move_amount.h"
#include "events/value_words.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

TEST(EventsFold, LowersAndStripsAccentsKeepingOffsets) {
  FoldedText f = Fold("¿REUNIÓN mañana? Can't");
  EXPECT_EQ(f.text, "\x01reunion manana? can t");
  ASSERT_EQ(f.source_offset.size(), f.text.size());
  EXPECT_EQ(f.source_offset[1], 2u);  // "R" after the two bytes of "¿"
}

uint32_t KindsOf(const std::string& text) {
  FoldedText f = Fold(text);
  uint32_t k = 0;
  for (const auto& h : FindCues(f.text, SplitWords(f.text))) k |= h.kinds;
  return k;
}

TEST(EventsCues, FindsPhrasesInBothLanguages) {
  EXPECT_TRUE(KindsOf("Quiero agendar una reunión") & kIntentVerb);
  EXPECT_TRUE(KindsOf("Quiero agendar una reunión") & kIntentNoun);
  EXPECT_TRUE(KindsOf("Your booking has been made") & kSuccess);
  EXPECT_TRUE(KindsOf("Sorry, they are fully booked") & kFailure);
  EXPECT_TRUE(KindsOf("Cancelo la cita") & kCancel);
  EXPECT_TRUE(KindsOf("se pasa al miércoles") & kReschedule);
  EXPECT_TRUE(KindsOf("Ayer fuimos al cine") & kPast);
  EXPECT_TRUE(KindsOf("closes at 9 on Sundays") & kHabitual);
  EXPECT_TRUE(KindsOf("si hubiera sabido") & kHypothetical);
  EXPECT_FALSE(KindsOf("The show is scheduled to begin at 7") & kSuccess);
  EXPECT_EQ(KindsOf("hola, buenas"), 0u);
}

// A move by an amount: the minutes it moves by, 0 for none.
int MoveMinutes(const std::string& text) {
  FoldedText f = Fold(text);
  std::vector<Word> w = SplitWords(f.text);
  return FindMoveAmount(f.text, w, 0, w.size()).minutes;
}

TEST(EventsMoveAmount, ReadsAMoveByAnAmountAndNothingElse) {
  const std::pair<const char*, int> kCases[] = {
      {"lunch got pushed back an hour", 60},     {"the review got bumped a day", 1440},
      {"moved up a day", -1440},                 {"push it back by 30 minutes", 30},
      {"can you make it an hour later?", 60},    {"half an hour earlier?", -30},
      {"¿La adelantamos media hora?", -30},      {"una hora más tarde", 60},
      {"lo retrasamos dos horas", 120},          {"un día después", 1440},
      // no move: from now, a span, a habit, a pick-up
      {"I'll call you back in an hour", 0},      {"every 2 days", 0},
      {"for an hour", 0},                        {"I'll pick you up an hour before", 0},
      {"set up a call a day before", 0},         {"en dos horas", 0},
  };
  for (const auto& [text, minutes] : kCases) EXPECT_EQ(MoveMinutes(text), minutes) << text;
}

// Whether the first day/time `when` finds in `text` is when a stay or rental ends.
bool EndsAStay(const std::string& text, Lang lang = Lang::kEn) {
  FoldedText f = Fold(text);
  auto matches = FindTemporal(text, lang, LocalTime{2025, 3, 5, 9, 0, 0});
  if (matches.empty()) ADD_FAILURE() << "no value in " << text;
  return !matches.empty() && EndOfStay(f, SplitWords(f.text), matches.back().begin, 0);
}

TEST(EventsValueWords, TellsTheEndOfAStayFromAStart) {
  for (const char* end : {"check-out March 13th", "checking out on the 13th", "drop it off on Tuesday",
                          "drop-off on March 5th", "returning March 9th at 4 pm", "coming back on the 9th",
                          "bring it back Monday", "the return flight leaves at 4 pm",
                          "the movie ends at about 9:10 pm", "the class finishes at 6"})
    EXPECT_TRUE(EndsAStay(end)) << end;
  EXPECT_TRUE(EndsAStay("la peli acaba a las 11", Lang::kEs));
  for (const char* start : {"check in on March 10th", "call me back on Monday", "I'm back at work on Monday",
                            "pick it up on Friday at 10", "leaving on the 5th", "drop by on Friday",
                            "see you at the end of the week", "the plumber arrives at 10",
                            "my flight lands Sunday 11:40pm"})
    EXPECT_FALSE(EndsAStay(start)) << start;
}

TEST(EventsCues, ANounOfBothLanguagesShowsTheMessagesOwn) {
  auto noun = [](const std::string& text, Lang lang) {
    FoldedText f = Fold(text);
    for (const CueHit& h : FindCues(f.text, SplitWords(f.text), lang))
      if (!h.display.empty()) return std::string(h.display);
    return std::string("none");
  };
  EXPECT_EQ(noun("Yoga Saturday at 10?", Lang::kEn), "Workout");
  EXPECT_EQ(noun("¿Yoga el sábado a las 10?", Lang::kEs), "Entrenamiento");
  EXPECT_EQ(noun("Picnic Saturday at noon?", Lang::kEn), "Barbecue");
  EXPECT_EQ(noun("¿Picnic el sábado?", Lang::kEs), "Barbacoa");
  EXPECT_EQ(noun("the webinar is at 5", Lang::kEn), "Conference");
  EXPECT_EQ(noun("Funeral on Monday", Lang::kEn), "Funeral");
  // a noun of one language keeps its own display in a message of the other
  EXPECT_EQ(noun("dinner at the hotel", Lang::kEs), "Dinner");
  EXPECT_EQ(noun("cena el viernes", Lang::kEn), "Cena");
}

// How the success cue in `text` (the first one FindCues reads) is negated.
SuccessNegation SuccessIn(const std::string& text) {
  FoldedText f = Fold(text);
  auto w = SplitWords(f.text);
  for (const CueHit& h : FindCues(f.text, w))
    if (h.kinds & kSuccess) return NegatedSuccess(f.text, w, h.first_word, h.first_word + h.words, 0);
  ADD_FAILURE() << "no success cue in " << text;
  return SuccessNegation::kNone;
}

TEST(EventsCueContext, TellsABookingReportedNotMade) {
  for (const char* no : {"I haven't booked anything", "OK, nothing's been booked.", "no reservation has been made",
                         "You are not booked", "nothing was added", "it has not been confirmed",
                         "no se ha reservado nada"})
    EXPECT_EQ(SuccessIn(no), SuccessNegation::kNegated) << no;
  for (const char* pending : {"I haven't booked it yet", "your table isn't booked yet"})
    EXPECT_EQ(SuccessIn(pending), SuccessNegation::kPending) << pending;
  for (const char* done : {"No, it's booked", "No worries, all booked!", "No problem, your table is booked",
                           "Don't worry, it's confirmed", "booked!", "nope, it's booked already"})
    EXPECT_EQ(SuccessIn(done), SuccessNegation::kNone) << done;
}

TEST(EventsCueContext, TellsACalendarLookedAtFromOneTold) {
  auto asks = [](const std::string& text) {
    FoldedText f = Fold(text);
    auto w = SplitWords(f.text);
    for (const CueHit& h : FindCues(f.text, w))
      if (h.kinds & kEntries) return AsksTheCalendar(f.text, w, h.first_word, 0);
    ADD_FAILURE() << "no lookup cue in " << text;
    return false;
  };
  for (const char* a : {"what's coming up for me on saturday", "do I have anything friday",
                        "anything on my calendar tomorrow", "show me my events for today",
                        "list my appointments for friday", "read me my events for tomorrow",
                        "when is my haircut next week", "when's my dentist appointment"})
    EXPECT_TRUE(asks(a)) << a;
  for (const char* t : {"your schedule shows a meeting at 2", "according to your calendar you're free",
                        "Yes, so I checked: do I have to pay?", "you asked when is my haircut",
                        "ok so tell me my options"})
    EXPECT_FALSE(asks(t)) << t;
}

// Whether the last two values of `text` are offered as choices.
bool Choices(const std::string& text, Lang lang = Lang::kEn) {
  FoldedText f = Fold(text);
  auto m = FindTemporal(text, lang, LocalTime{2025, 3, 5, 9, 0, 0});
  if (m.size() < 2) ADD_FAILURE() << "fewer than two values in " << text;
  return m.size() >= 2 && JoinedAsChoices(f, SplitWords(f.text), m[m.size() - 2].end, m.back().begin);
}

TEST(EventsValueWords, TellsChoicesFromOtherPairs) {
  for (const char* c : {"at 5:20 pm and 8:10 pm", "a showing at 4:30 pm and one at 7:15 pm", "Friday at 3 or at 4"})
    EXPECT_TRUE(Choices(c)) << c;
  EXPECT_TRUE(Choices("el viernes a las 5 o a las 7", Lang::kEs));
  for (const char* c : {"Friday at 3, I have yoga at 6", "leaves at 6:45 am and arrives at 9:20 am",
                        "departing at 11:25 am and returning at 4 pm"})
    EXPECT_FALSE(Choices(c)) << c;
}

TEST(EventsLang, DetectsSpanishAndEnglish) {
  EXPECT_EQ(DetectLang("Quedamos el viernes a las 10", Lang::kEn), Lang::kEs);
  EXPECT_EQ(DetectLang("¿Mañana?", Lang::kEn), Lang::kEs);
  EXPECT_EQ(DetectLang("Can we meet on Friday at 10?", Lang::kEs), Lang::kEn);
  EXPECT_EQ(DetectLang("10:30", Lang::kEs), Lang::kEs);  // no evidence: the fallback
  EXPECT_EQ(DetectLang("10:30", Lang::kEn), Lang::kEn);
}

TEST(EventsChatText, ReadsAndroidAndIosHeadersWithContinuations) {
  auto m = ReadChatText(
      "3/1/19, 9:00 AM - Alex: Hi\nsecond line\n3/1/19, 9:01\xE2\x80\xAFPM - Concierge: Yes: ok\n"
      "3/1/19, 9:02 PM - Messages are end-to-end encrypted\n",
      true, "a.txt");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].body, "Hi\nsecond line");
  EXPECT_EQ(m[1].sender, "Concierge");
  EXPECT_EQ(m[1].body, "Yes: ok");
  EXPECT_EQ(m[1].local_time.hour, 21);
  auto i = ReadChatText("[05/03/25, 18:20:00] Lucía: Hola\n", false, "b.txt");
  ASSERT_EQ(i.size(), 1u);
  EXPECT_EQ(i[0].local_time.month, 3);
  EXPECT_EQ(i[0].local_time.day, 5);
  EXPECT_EQ(i[0].local_time.year, 2025);
}

TEST(EventsChatText, RejectsOutOfRangeHeadersNamingFileAndLine) {
  const char* bad[] = {"13/40/19, 9:00 - A: x", "3/1/19, 25:00 - A: x", "3/1/19, 13:00 PM - A: x",
                       "3/1/19, 9:61 - A: x", "00/01/19, 9:00 - A: x"};
  for (const char* b : bad) {
    try {
      ReadChatText(std::string("3/1/19, 9:00 - A: ok\n") + b + "\n", true, "chat.txt");
      ADD_FAILURE() << "accepted: " << b;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalidInput);
      EXPECT_NE(std::string(e.what()).find("chat.txt:2"), std::string::npos) << e.what();
    }
  }
}

TEST(EventsUserDate, AcceptsDatesAndRejectsTheRest) {
  EXPECT_EQ(SqlDatetime(*ParseUserDate("2025-03-07")), "2025-03-07 00:00:00");
  EXPECT_EQ(SqlDatetime(*ParseUserDate("2025-03-07T10:30")), "2025-03-07 10:30:00");
  EXPECT_EQ(SqlDatetime(*ParseUserDate("2024-02-29 23:59:59")), "2024-02-29 23:59:59");
  for (const char* bad : {"", "yesterday", "2025-13-01", "2025-02-29", "2025-3-7", "2025-03-07 24:00",
                          "2025-03-07 10:60", "20250307", "2025-03-07x", "0999-01-01", "2025/03/07"})
    EXPECT_FALSE(ParseUserDate(bad).has_value()) << bad;
}

}  // namespace
}  // namespace chatbeto::events
