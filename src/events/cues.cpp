#include "events/cues.h"

#include <algorithm>
#include <map>

#include "events/cue_table.h"
#include "util/word_map.h"

namespace chatbeto::events {
namespace {

// Folded form of the second byte of a UTF-8 "C3 xx" sequence (Latin-1
// letters), or 0 when the letter has no plain ASCII base.
char FoldC3(unsigned char b) {
  static const char* kMap =
      // 0x80..0xBF: ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ
      "aaaaaaaceeeeiiiidnooooo\0ouuuuy\0saaaaaaaceeeeiiiidnooooo\0ouuuuy\0y";
  if (b < 0x80 || b > 0xBF) return 0;
  return kMap[b - 0x80];
}

using detail::Entries;
using detail::Entry;
using Index = util::WordMap<std::vector<const Entry*>>;

const Index& FirstWordIndex() {
  static const Index index = [] {
    std::map<std::string_view, std::vector<const Entry*>> by_first;
    for (const auto& e : Entries()) by_first[e.words[0]].push_back(&e);
    for (auto& [k, v] : by_first)
      std::stable_sort(v.begin(), v.end(),
                       [](const Entry* a, const Entry* b) { return a->words.size() > b->words.size(); });
    return Index(std::vector<std::pair<std::string_view, std::vector<const Entry*>>>(
        by_first.begin(), by_first.end()));
  }();
  return index;
}

bool IsWordByte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

}  // namespace

FoldedText Fold(std::string_view text) {
  // Written through pointers into buffers as long as the text (folding never
  // lengthens it), then cut to size: a per-byte push_back was a twentieth of
  // the extractor's instructions.
  FoldedText f;
  f.text.resize(text.size());
  f.source_offset.resize(text.size());
  char* out = f.text.data();
  uint32_t* at = f.source_offset.data();
  size_t n = 0;
  auto put = [&](char c, size_t from) {
    out[n] = c;
    at[n] = static_cast<uint32_t>(from);
    ++n;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c < 0x80 && c != '\'' && c != '`') {  // the usual byte
      put((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c), i);
      continue;
    }
    if (c == 0xC3 && i + 1 < text.size()) {
      if (char a = FoldC3(static_cast<unsigned char>(text[i + 1]))) {
        put(a, i);
        ++i;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) == 0xBF || static_cast<unsigned char>(text[i + 1]) == 0xA1)) {
      // ¿ and ¡ open a question or exclamation: kept as one marker byte.
      put(static_cast<unsigned char>(text[i + 1]) == 0xBF ? '\x01' : '\x02', i);
      ++i;
      continue;
    }
    if (c == '\'' || c == '`') c = ' ';  // "can't" -> "can t", "let's" -> "let s"
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x99 || static_cast<unsigned char>(text[i + 2]) == 0x98)) {
      put(' ', i);  // typographic apostrophes (’ ‘)
      i += 2;
      continue;
    }
    put(static_cast<char>(c), i);
  }
  f.text.resize(n);
  f.source_offset.resize(n);
  return f;
}

std::vector<Word> SplitWords(std::string_view s) {
  std::vector<Word> words;
  words.reserve(s.size() / 4 + 2);  // about a word per four bytes: one allocation
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(s[i])) ++i;
    size_t b = i;
    // a four-byte character (an emoji) is a word of its own: "👍👍" is two thumbs up, "ok👍" an ok
    // and a thumbs up
    if (i < s.size() && static_cast<unsigned char>(s[i]) == 0xF0) {
      i = std::min(s.size(), i + 4);
    } else {
      while (i < s.size() && IsWordByte(s[i]) && static_cast<unsigned char>(s[i]) != 0xF0) ++i;
    }
    if (i > b) words.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i)});
  }
  return words;
}

std::vector<CueHit> FindCues(std::string_view folded, const std::vector<Word>& words, Lang lang) {
  std::vector<CueHit> hits;
  const Index& idx = FirstWordIndex();
  auto word = [&](size_t k) { return WordAt(folded, words, k); };
  size_t neutral_until = 0;  // words inside a phrase of kind 0 ("de siempre") cue nothing
  for (size_t i = 0; i < words.size(); ++i) {
    if (i < neutral_until) continue;
    const std::vector<const Entry*>* entries = idx.Find(word(i));
    if (!entries) continue;
    for (const Entry* e : *entries) {
      if (i + e->words.size() > words.size()) continue;
      bool match = true;
      for (size_t k = 1; k < e->words.size() && match; ++k) match = word(i + k) == e->words[k];
      if (!match) continue;
      if (e->kinds == 0) neutral_until = i + e->words.size();
      CueHit h{e->kinds, i, e->words.size(), e->display ? std::string_view(e->display) : ""};
      // Several entries may share a phrase ("booking" is a noun and a verb). A noun
      // of both languages is listed in Spanish first (cue_table.cpp): English takes
      // the later display.
      for (const Entry* o : *entries)
        if (o != e && o->words == e->words) {
          h.kinds |= o->kinds;
          if (o->display && (h.display.empty() || lang == Lang::kEn)) h.display = o->display;
        }
      hits.push_back(h);
      break;
    }
  }
  return hits;
}

Lang DetectLang(std::string_view text, Lang fallback) {
  FoldedText f = Fold(text);
  return DetectLang(text, f, SplitWords(f.text), fallback);
}

Lang DetectLang(std::string_view text, const FoldedText& f, const std::vector<Word>& words,
                Lang fallback) {
  static const util::WordMap<int> kVotes = {
      // > 0 Spanish, < 0 English
      {"el", 1},    {"la", 1},     {"los", 1},   {"las", 1},       {"de", 1},      {"que", 1},
      {"y", 1},     {"en", 1},     {"por", 1},   {"para", 1},      {"con", 1},     {"una", 1},
      {"un", 1},    {"es", 1},     {"si", 1},    {"hola", 2},      {"gracias", 2}, {"quiero", 2},
      {"puedo", 2}, {"manana", 2}, {"hoy", 2},   {"tarde", 1},     {"noche", 1},   {"vale", 2},
      {"nos", 1},   {"te", 1},     {"me", 1},    {"lo", 1},        {"al", 1},      {"del", 1},
      {"muy", 1},   {"pero", 1},   {"mejor", 1}, {"bien", 1},      {"a", 0},       {"the", -1},
      {"to", -1},   {"and", -1},   {"of", -1},   {"is", -1},       {"you", -1},    {"i", -1},
      {"for", -1},  {"at", -1},    {"on", -1},   {"it", -1},       {"can", -1},    {"with", -1},
      {"my", -1},   {"this", -1},  {"that", -1}, {"please", -2},   {"thanks", -2}, {"thank", -2},
      {"what", -1}, {"would", -1}, {"like", -1}, {"tomorrow", -2}, {"today", -2},  {"be", -1},
      {"we", -1},   {"are", -1},   {"let", -1},  {"hi", -1},       {"hello", -2},  {"yes", -2},
      {"sure", -1}, {"pm", 0},     {"am", -1},   {"will", -1},     {"have", -1},   {"do", -1},
      {"there", -1}};
  int score = 0;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    unsigned char c = text[i], d = text[i + 1];
    if (c == 0xC3 && (d == 0xB1 || d == 0xA1 || d == 0xA9 || d == 0xAD || d == 0xB3 || d == 0xBA)) score += 2;
    if (c == 0xC2 && (d == 0xBF || d == 0xA1)) score += 3;
  }
  for (const Word& w : words) {
    if (const int* vote = kVotes.Find(std::string_view(f.text).substr(w.begin, w.end - w.begin)))
      score += *vote;
  }
  if (score > 0) return Lang::kEs;
  if (score < 0) return Lang::kEn;
  return fallback;
}

bool IsTitleStop(std::string_view w) {
  static const util::WordSet kStops = {
      "y",        "and",        "que",    "pero", "but",  "porque", "because", "so",   "then",
      "entonces", "please",     "por",    "if",   "si",   "for",    "to",      "is",   "es",
      "will",     "would",      "te",     "me",   "you",  "i",      "we",      "your", "my",
      "calendar", "calendario", "agenda", "that", "this", "it"};
  return kStops.Contains(w);
}

bool IsTitlePreposition(std::string_view w) {
  return w == "con" || w == "en" || w == "sobre" || w == "de" || w == "with" || w == "at" ||
         w == "about" || w == "on" || w == "del" || w == "al";
}

bool OpensWithRequest(std::string_view folded) {
  for (std::string_view lead : {"i want ", "i d like ", "i would like ", "i need ", "i m looking ", "im looking ",
                                "i am looking ", "looking for ", "find ", "get me ", "search "})
    if (folded.substr(0, lead.size()) == lead) return true;
  return false;
}

}  // namespace chatbeto::events
