// What a calendar already holds, looked up in a chat: "What's on my calendar for
// the 6th?" - "You have a Dentist appointment at 10 am on March 6th" - "ok thanks".
// The plans the other side reports in answer are entries that exist, not new ones:
// the event extractor (extract.cpp) reads past them. Pure.
#pragma once
#include <optional>
#include <string>

#include "events/message_view.h"

namespace chatbeto::events::detail {

class EntryLookup {
 public:
  // Reads sentence `s`, written by `sender` in answer to a question of `answered`
  // (empty when it answers no question), and says whether it reports an entry
  // already held: a plan named, or its day or time, by someone other than
  // whoever looked, in or after a lookup (kEntries: asked, "what's on my calendar",
  // "Am I busy on Tuesday?" - "Yes, you have a Board meeting at 2 pm", or told in
  // answer to a question, "your schedule shows ...") and before anyone books or asks to
  // confirm, or the one who looked names a plan of their own ("Ok, add a Dinner at
  // 7 pm on the same day"). A sentence that moves, cancels or fails something
  // reports no entry. The one who looked asking after another day or time with no plan
  // named ("what about the 7th?") looks on: the sentence is part of the lookup.
  bool ReportsEntry(const Sentence& s, const std::string& sender, const std::string& answered) {
    return (looking_ || s.Has(kEntries)) && Read(s, sender, answered);  // most sentences: neither
  }
  // The last entry reported in the lookup still going on (nullptr if none): what "Delete that"
  // right after it calls off.
  const Sentence* Entry() const { return looking_ && entry_.has_value() ? &*entry_ : nullptr; }

 private:
  bool Read(const Sentence& s, const std::string& sender, const std::string& answered);
  bool looking_ = false;
  std::optional<Sentence> entry_;
  std::string looker_;  // who looked (or was told what the calendar holds)
};

}  // namespace chatbeto::events::detail
