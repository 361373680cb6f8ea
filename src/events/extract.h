// Conversation-level, rule-based event extraction (Spanish and English).
//
// Reads a chat in order and keeps a plan being made: its intent ("reunión",
// "dinner", "book tickets"), its day and time (each from any message, resolved
// by FindTemporal against that message's own time), its title (the topic
// named when asked, else the intent noun with its place or person), and how
// firm it is. A plan becomes an event when someone states its day/time or it
// is agreed (a "yes" from another speaker after a proposal, or a booking
// reported done); times that are only asked about and never agreed give
// nothing. Later messages move it ("mejor el lunes", "moved to Thursday 5pm",
// a proposal answered "ok"), retry it after a failed booking, or cancel it.
// Past, habitual and hypothetical sentences ("ayer fuimos al cine a las 8",
// "closes at 9 on Sundays", "si hubiera ido el lunes") are ignored.
// Pure: no I/O, no clock; the same input always gives the same events.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "events/temporal.h"

namespace chatbeto::events {

struct ChatMessage {
  int64_t id = 0;          // stable id (whatsapp_messages.id); events cite it
  std::string sender;      // who wrote it; only compared for equality
  std::string body;
  LocalTime local_time;    // when it was sent, wall clock of the conversation's zone
};

enum class EventStatus { kTentative, kConfirmed, kCancelled };
const char* StatusName(EventStatus s);  // "tentative", "confirmed", "cancelled"

struct ExtractedEvent {
  std::string title;
  LocalTime start;                 // all-day events: hour/minute/second are 0
  std::optional<LocalTime> end;    // exclusive end when a range was given
  bool all_day = false;
  EventStatus status = EventStatus::kTentative;
  double confidence = 0;           // 0..1
  std::vector<int64_t> source_message_ids;  // ascending, no duplicates
  // The message that opened the plan: the event's identity across rescans
  // (a re-run over the same messages gives the same origin).
  int64_t origin_message_id = 0;
  int64_t stored_id = 0;           // carried through from `prior` (0 = new)
  // Its place among the events its origin message opened (0, 1, ...: "se suspende la
  // clase del jueves, la recuperamos el martes" opens two): with the origin, its identity.
  int origin_seq = 0;
};

struct ExtractOptions {
  // Force one language for every message; otherwise each message is
  // detected on its own, falling back to the conversation's majority.
  std::optional<Lang> lang;
};

// The events planned in `messages` (in the order given; callers pass them
// by time). `prior` are events already stored for this conversation whose
// opening message lies before `messages`: the last of them can still be
// moved or cancelled by these messages, and all come back in the result
// (changed or not) with their stored_id, before the new ones.
std::vector<ExtractedEvent> ExtractEvents(const std::vector<ChatMessage>& messages,
                                          const std::vector<ExtractedEvent>& prior = {},
                                          const ExtractOptions& options = {});

}  // namespace chatbeto::events
