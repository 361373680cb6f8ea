// The title a plan noun gives: the noun with the capitalised name before it and the
// place or person after it ("Cena con Ana", "Chris Webby Concert"). Pure.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "events/cues.h"
#include "events/extract.h"

namespace chatbeto::events {

// Whether byte `i` of `src` opens an upper-case letter (ASCII or Latin-1 accented).
bool IsUpperAt(std::string_view src, size_t i);

// The intent noun `noun` of message `m` (folded as `f`, split as `w`) with up to three
// capitalised words before it inside its sentence and the complement after a
// preposition ("con Ana", "at Fountain Plaza"), cut at `cut_src`, the source byte of
// the sentence's first day/time value. `sentence_first_word`, `sentence_end_word`: the
// sentence's words.
std::string TitlePhrase(const ChatMessage& m, const FoldedText& f, const std::vector<Word>& w,
                        const CueHit& noun, size_t sentence_first_word, size_t sentence_end_word,
                        size_t cut_src);

}  // namespace chatbeto::events
