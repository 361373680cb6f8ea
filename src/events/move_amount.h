// A plan moved by an amount instead of to a day or time: "pushed back an hour",
// "bumped a day", "can you make it an hour later?", "¿la adelantamos media hora?",
// "una hora más tarde". Read on folded words (cues.h). Pure.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "events/cues.h"

namespace chatbeto::events {

struct MoveAmount {
  int minutes = 0;                      // later > 0, earlier < 0; 0: no move by an amount
  bool by_verb = false;                 // said by a moving word before it ("pushed back an hour")
  size_t first_word = 0, end_word = 0;  // the words that say it: [first_word, end_word)
};

// The move by an amount in words [first, end) of `folded`: a count and a unit
// (minutes to weeks; "half an hour", "media hora") with its direction right after
// it ("an hour later", "un día después", "media hora antes") or a moving word right
// before it ("pushed back an hour", "moved up a day", "retrasamos una hora"). "In an
// hour", "every 2 days" and "for an hour" move nothing.
MoveAmount FindMoveAmount(std::string_view folded, const std::vector<Word>& words, size_t first,
                          size_t end);

}  // namespace chatbeto::events
