// A message's folded text (events/chat_text.h) cut into sentences for the cue
// reading of events/message_view.cpp. Pure.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace chatbeto::events {

// Folded bytes [fb, fe) of one sentence; q: it asks (ends in "?" or follows a "¿",
// which the folding writes as '\x01').
struct SentenceSpan {
  size_t fb, fe;
  bool q;
};

// Sentences end after . ! ? ; and newlines, but not at a dot at most three bytes into a
// sentence with no space after it ("a.m.", "e.g.", "ok.bye"), nor at the dot of a title
// before a name ("Dr. Ani Tajirian", "Sra. Gómez"); a "¿" opens one ("El viernes no
// puedo, ¿el sábado?" is a refusal, then a question). Empty sentences are left out.
std::vector<SentenceSpan> SplitSentences(const std::string& folded);

}  // namespace chatbeto::events
