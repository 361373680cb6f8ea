#include "events/entry_lookup.h"

namespace chatbeto::events::detail {

bool EntryLookup::Read(const Sentence& s, const std::string& sender, const std::string& answered) {
  // "Do I have anything on Sunday?", "What's on my schedule on Friday?" look; "your
  // schedule shows ..." in answer to a question tells the other (a reminder nobody asked
  // for is no lookup).
  if (s.Has(kEntries) && (s.question || !answered.empty())) {
    looking_ = true;
    entry_.reset();
    looker_ = s.question ? sender : answered;
    if (s.question) return false;
  } else if (looking_ && sender == looker_ && s.question && s.noun.empty() && !s.slot.Empty() &&
             !(s.kinds & (kIntentVerb | kSuccess | kReschedule | kCancel))) {
    return true;  // "what about the 7th?", "and on Friday?": the same lookup, of another day
  } else if (s.kinds & (kIntentVerb | kAsk | kSuccess)) {
    looking_ = false;
  }
  if (!looking_) return false;
  // (one that calls off what was read back, "Delete that, the lesson is off", names it)
  if (sender == looker_ && !s.noun.empty() && !s.Has(kCancel)) {
    looking_ = false;
    return false;
  }
  // The entry read back names what it is, or only when it is ("¿Cuándo es mi turno con la
  // pediatra?" - "El lunes 10 a las 9:30").
  const bool entry = sender != looker_ && !s.question && (!s.noun.empty() || !s.slot.Empty()) &&
                     !(s.kinds & (kReschedule | kCancel | kFailure));
  if (entry) entry_ = s;
  return entry;
}

}  // namespace chatbeto::events::detail
