// The cue phrases of cues.h as data: each phrase folded (no accents, lower
// case) and split into words, with its Cue kinds and, for plan nouns, the
// display form a title shows. Internal to events/cues.cpp. Pure.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace chatbeto::events::detail {

struct Entry {
  std::vector<std::string> words;
  uint32_t kinds;  // Cue bits; 0: a phrase whose words cue nothing ("de siempre")
  const char* display;
};

// Every cue phrase, built once.
const std::vector<Entry>& Entries();

}  // namespace chatbeto::events::detail
