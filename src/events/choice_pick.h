// Choices offered and one of them picked by its place in the list: "They can do 6:15 pm or
// 8:45 pm" - "Go with the later one", "shows on March 6th, March 9th and March 14th" - "The
// second one works for me". The pick is the day or time it names, as if said. Internal to
// events/extract.cpp and events/message_view.cpp. Pure.
#pragma once
#include <string>
#include <vector>

#include "events/cues.h"
#include "events/message_view.h"

namespace chatbeto::events::detail {

// The pick in the sentence of words [first, end) of folded text: an ordinal ("first",
// "second", "third", "last", "middle", "earlier", "later", "earliest", "latest", "1st" ...)
// before "one", "option", "choice", "time", "slot", a show, a trip or a night ("the later one",
// "the second option", "the first night"), or "the former" / "the latter".
Pick PickedChoice(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end);

// The choices offered by the last message that offered some, and who offered them.
class ChoiceMemory {
 public:
  // Reads message number `seq` by `sender`: its choices (Sentence::choices) replace those
  // remembered; a sentence of another speaker that picks one (Sentence::pick), states no day
  // or time of that kind and asks nothing, within two messages of the offer, takes the
  // picked choice as its slot.
  void Read(MessageView& v, const std::string& sender, int seq);

 private:
  std::vector<Slot> choices_;
  std::string offerer_;
  int seq_ = -10;
};

}  // namespace chatbeto::events::detail
