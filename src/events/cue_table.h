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

// `phrase` (folded, words split at spaces) as an entry of `kinds` showing `display`.
Entry MakeEntry(uint32_t kinds, const char* phrase, const char* display = nullptr);

// The wording of booking dialogues (cue_table_dialogue.cpp): the many ways to say
// yes, to put a booking off, to report it done or failed, to offer another slot,
// and phrases whose cue word says something else ("a party of 4"). Appended to
// `e` after the main table.
void AddDialogueCues(std::vector<Entry>& e);

// Sports and outings friends arrange (cue_table_activities.cpp): tennis, bowling, karaoke,
// a museum, an escape room, in Spanish and English, as service nouns (a title's noun when
// nothing better is named). Appended after the main table's service nouns.
void AddActivityNouns(std::vector<Entry>& e);

// The Spanish wording of the same families (cue_table_spanish.cpp): calendar lookups,
// decisions put off, prices and slots asked, calendar entries added and removed, when
// to be there, "venga", "paso el jueves". Appended after AddDialogueCues.
void AddSpanishDialogueCues(std::vector<Entry>& e);

// More of those families, found missing by round x (cue_table_more.cpp): a plan that hangs
// on the weather, the weather asked, a search put off, tickets left to buy at the door.
// Appended after AddSpanishDialogueCues.
void AddMoreDialogueCues(std::vector<Entry>& e);

}  // namespace chatbeto::events::detail
