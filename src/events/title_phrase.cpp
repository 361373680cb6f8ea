#include "events/title_phrase.h"

namespace chatbeto::events {

bool IsUpperAt(std::string_view src, size_t i) {
  unsigned char c = src[i];
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && i + 1 < src.size() && static_cast<unsigned char>(src[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(src[i + 1]) <= 0x9E;
}

// "Cena con Ana", "Chris Webby Concert": the intent noun at word `n` with
// the capitalised name before it and the place or person after it, cut at
// the first day/time value.
std::string TitlePhrase(const ChatMessage& m, const FoldedText& f, const std::vector<Word>& w,
                        const CueHit& noun, size_t sentence_first_word, size_t sentence_end_word,
                        size_t cut_src) {
  const std::string_view src = m.body;
  auto src_begin = [&](size_t k) { return f.source_offset[w[k].begin]; };
  auto src_end = [&](size_t k) { return SourceEnd(f, src, w[k].end); };
  std::string title;
  size_t k = noun.first_word;
  size_t name_begin = k;
  while (name_begin > sentence_first_word + 1 && IsUpperAt(src, src_begin(name_begin - 1)) &&
         k - name_begin < 3)
    --name_begin;
  if (name_begin < k) title = std::string(src.substr(src_begin(name_begin), src_end(k - 1) - src_begin(name_begin))) + " ";
  title += noun.display;
  size_t after = noun.first_word + noun.words;
  std::string_view folded = f.text;
  auto word = [&](size_t j) { return WordAt(folded, w, j); };
  if (after < sentence_end_word && IsTitlePreposition(word(after)) && src_begin(after) < cut_src) {
    size_t last = after;
    for (size_t j = after + 1; j < sentence_end_word && j < after + 5; ++j) {
      if (src_begin(j) >= cut_src || IsTitleStop(word(j))) break;
      if (!Joined(folded, w, j - 1)) break;  // words follow each other within the sentence
      last = j;
    }
    while (last > after && IsTitlePreposition(word(last))) --last;  // "at Fountain Plaza at"
    if (last > after) title += " " + std::string(src.substr(src_begin(after), src_end(last) - src_begin(after)));
  }
  return title;
}

}  // namespace chatbeto::events
