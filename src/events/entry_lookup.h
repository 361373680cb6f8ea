// What a calendar already holds, looked up in a chat: "What's on my calendar for
// the 6th?" - "You have a Dentist appointment at 10 am on March 6th" - "ok thanks".
// The plans the other side reports in answer are entries that exist, not new ones:
// the event extractor (extract.cpp) reads past them. Pure.
#pragma once
#include <string>

#include "events/message_view.h"

namespace chatbeto::events::detail {

class EntryLookup {
 public:
  // Reads sentence `s`, written by `sender` in answer to a message of `answered`
  // (empty when none), and says whether it reports an entry already held: a plan
  // named (and maybe its day or time) by someone other than whoever looked, after a
  // lookup ("what's on my calendar", "do I have", "your schedule shows"; kEntries)
  // and before anyone books, asks to confirm, or the one who looked names a plan of
  // their own ("Ok, add a Dinner at 7 pm on the same day"). A sentence that moves,
  // cancels or fails something reports no entry.
  bool ReportsEntry(const Sentence& s, const std::string& sender, const std::string& answered);

 private:
  bool looking_ = false;
  std::string looker_;  // who looked (or was told what the calendar holds)
};

}  // namespace chatbeto::events::detail
