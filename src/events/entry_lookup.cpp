#include "events/entry_lookup.h"

namespace chatbeto::events::detail {

bool EntryLookup::ReportsEntry(const Sentence& s, const std::string& sender, const std::string& answered) {
  if (s.Has(kEntries)) {
    looking_ = true;
    // "Do I have anything on Sunday?" looks; "your schedule shows ..." tells the other.
    looker_ = s.question ? sender : answered;
    return false;
  }
  if (!looking_) return false;
  if ((s.kinds & (kIntentVerb | kAsk | kSuccess)) || (sender == looker_ && !s.noun.empty())) {
    looking_ = false;
    return false;
  }
  return sender != looker_ && !s.question && !s.noun.empty() && !(s.kinds & (kReschedule | kCancel | kFailure));
}

}  // namespace chatbeto::events::detail
