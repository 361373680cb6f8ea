// Fuzz target for the event scanner's text path: a chat export read by
// ReadChatText (the first byte chooses day- or month-first), then
// ExtractEvents over its messages. Invariants:
// - reading either succeeds or throws Error(kInvalidInput), nothing else;
// - every event has a real date, a valid clock, a confidence in [0, 1], an
//   origin that is one of the messages, and ascending unique source ids that
//   are all messages of the chat;
// - the same messages give the same events (no hidden state).
#include <cstdint>
#include <set>
#include <string>

#include "events/chat_text.h"
#include "events/extract.h"
#include "fuzz_check.h"
#include "util/error.h"

using namespace chatbeto::events;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<ChatMessage> msgs;
  try {
    msgs = ReadChatText(text, data[0] & 1, "fuzz.txt");
  } catch (const chatbeto::Error& e) {
    CHECK(e.kind() == chatbeto::ErrorKind::kInvalidInput);
    return 0;
  }
  std::set<int64_t> ids;
  for (const auto& m : msgs) ids.insert(m.id);
  auto events = ExtractEvents(msgs);
  for (const auto& e : events) {
    CHECK(e.start.month >= 1 && e.start.month <= 12);
    CHECK(e.start.day >= 1 && e.start.day <= 31);
    CHECK(e.start.hour >= 0 && e.start.hour <= 23);
    CHECK(e.start.minute >= 0 && e.start.minute <= 59);
    CHECK(e.confidence >= 0 && e.confidence <= 1);
    CHECK(ids.count(e.origin_message_id) == 1);
    for (size_t i = 0; i < e.source_message_ids.size(); ++i) {
      CHECK(ids.count(e.source_message_ids[i]) == 1);
      if (i) CHECK(e.source_message_ids[i - 1] < e.source_message_ids[i]);
    }
  }
  auto again = ExtractEvents(msgs);
  CHECK(again.size() == events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    CHECK(again[i].title == events[i].title);
    CHECK(again[i].origin_message_id == events[i].origin_message_id);
  }
  return 0;
}
