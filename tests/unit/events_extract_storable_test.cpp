// Events are what the database and a calendar can hold. Their titles are valid
// UTF-8 no longer than extracted_events.title holds, and their days lie in the years
// 1000-9999 (SQL DATETIME, iCalendar): "Meeting in 9000 years at 10am?" - "Sure" made
// an event in the year 11025 whose INSERT failed the whole scan, every run. A title cut after a word ending in an accented
// letter ("mamá", "Chamberí", "será") used to end in the middle of its character
// (the folded text's offset of 'a' is the first byte of "á"), and the scan's INSERT
// failed for the whole batch ("Incorrect string value '\xC3'"). A topic is a whole
// first line of a few words, so a long one (a pasted code, a URL) is cut to kMaxTitleBytes. Chats on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include <string>

#include "chatgpt/text_clean.h"
#include "events/plan.h"
#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Chat;

using chatgpt::IsValidUtf8;

std::string OnlyTitle(const std::vector<std::string>& lines) {
  auto got = ExtractEvents(Chat(lines));
  EXPECT_EQ(got.size(), 1u);
  return got.empty() ? "" : got[0].title;
}

TEST(EventsExtractStorable, AWordEndingInAnAccentedLetterKeepsItsWholeCharacter) {
  EXPECT_EQ(OnlyTitle({"Comida de cumple de mamá el domingo a las 2 en el Asador", "B: Allí estaré"}),
            "Comida de cumple de mamá");
  EXPECT_EQ(OnlyTitle({"Quiero ver el piso de Chamberí, ¿hay visitas el lunes que viene a las 5?",
                       "B: Sí, reservada la visita"}),
            "Visita de Chamberí");
}

TEST(EventsExtractStorable, EveryTitleIsValidUtf8WhateverTheLastLetter) {
  // Each accented or non-Latin letter at the end of the words a title takes.
  for (std::string w : {"mamá", "José", "Chamberí", "Logroño", "Perú", "Müller", "Zoë", "Ελλάδα", "東京"}) {
    std::string title = OnlyTitle({"Cena con " + w + " el viernes a las 9", "B: ¡Hecho!"});
    EXPECT_TRUE(IsValidUtf8(title)) << w << ": " << title;
    EXPECT_NE(title.find(w), std::string::npos) << w << ": " << title;
  }
}

TEST(EventsExtractStorable, ALongTopicIsCutOnACharacterBoundary) {
  // A short answer (a few words) can still be long: words of hundreds of letters.
  std::string long_word;
  while (long_word.size() < detail::kMaxTitleBytes) long_word += "ñ";
  std::string topic = "Revisión " + long_word + " " + long_word;
  auto got = ExtractEvents(Chat({"Quiero agendar una reunión", "B: Claro, ¿cuándo te gustaría?",
                                 "A: El viernes a las 10", "B: Perfecto, ¿sobre qué tema?", "A: " + topic}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_LE(got[0].title.size(), detail::kMaxTitleBytes);
  EXPECT_GT(got[0].title.size(), detail::kMaxTitleBytes - 10);
  EXPECT_TRUE(IsValidUtf8(got[0].title));
  EXPECT_EQ(got[0].title.rfind("Revisi", 0), 0u) << got[0].title;
}

TEST(EventsExtractStorable, NoEventBeyondTheYear9999) {
  EXPECT_TRUE(ExtractEvents(Chat({"Meeting in 9000 years at 10am?", "B: Sure, see you then"})).empty());
  // The same plan within reach is one.
  auto got = ExtractEvents(Chat({"Meeting in 2 years at 10am?", "B: Sure, see you then"}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].start.year, 2027);
}

TEST(EventsExtractStorable, AStoredEventMovedBeyondTheYear9999StaysAsStored) {
  ExtractedEvent stored;
  stored.title = "Meeting";
  stored.start = LocalTime{2025, 3, 7, 10, 0, 0};
  stored.status = EventStatus::kConfirmed;
  stored.confidence = 0.9;
  stored.source_message_ids = {1, 2};
  stored.origin_message_id = 1;
  stored.stored_id = 7;
  auto chat = Chat({"The meeting is moved to 10am in 9000 years", "B: ok"});
  for (auto& m : chat) m.id += 10;
  auto got = ExtractEvents(chat, {stored});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].stored_id, 7);
  EXPECT_EQ(testing_util::Fmt(got[0]), "2025-03-07T10:00");
  EXPECT_TRUE(detail::InCalendarRange(got[0]));
}

TEST(EventsExtractStorable, InCalendarRangeLooksAtStartAndEnd) {
  ExtractedEvent e;
  e.start = LocalTime{9999, 12, 31, 23, 0, 0};
  EXPECT_TRUE(detail::InCalendarRange(e));
  e.end = LocalTime{10000, 1, 1, 1, 0, 0};
  EXPECT_FALSE(detail::InCalendarRange(e));
  e.start = LocalTime{999, 12, 31, 0, 0, 0};
  e.end.reset();
  EXPECT_FALSE(detail::InCalendarRange(e));
}

}  // namespace
}  // namespace chatbeto::events
