// Characters the way the text column's collation compares them in LIKE, and
// the index keys (grams) derived from them. Pure.
//
// MySQL and MariaDB compare LIKE patterns one character at a time: two
// characters match when the collation gives them the same weights (so under
// utf8mb4_unicode_ci 'a' = 'A' = 'á', but 'ß' matches neither 's' nor "ss").
// A FoldTable maps each BMP character to the smallest code point with the
// same weights (its class), built from the server's own WEIGHT_STRING, so a
// term occurs in a text under LIKE exactly when its class sequence occurs in
// the text's class sequence. Characters past U+FFFF (emoji) are their own
// class: LIKE compares them by code point on both servers.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatbeto::search {

class FoldTable {
 public:
  FoldTable();  // identity: every character is its own class
  // Sets cp's class (cp and rep < 0x10000).
  void Set(char32_t cp, char32_t rep) { rep_[cp] = rep; }
  char32_t Fold(char32_t cp) const { return cp < rep_.size() ? rep_[cp] : cp; }
  // Builds the table from (code point, weight string) pairs: each code point's
  // class is the smallest code point with the same weights.
  static FoldTable FromWeights(std::vector<std::pair<char32_t, std::string>> weights);

 private:
  std::vector<char32_t> rep_;
};

// Decodes UTF-8 (an invalid byte decodes as U+FFFD and moves on one byte) and
// folds each character. `offsets`, when given, receives the byte offset of
// each character plus a final entry for the end.
std::vector<char32_t> FoldText(const FoldTable& t, std::string_view utf8,
                               std::vector<uint32_t>* offsets = nullptr);

// Index keys: one character class (unigram), two adjacent ones (bigram) or
// three (trigram). A term of one, two or three characters is looked up by its
// one key, a longer one by its trigrams. The three kinds never collide: bit
// 63 marks unigrams, bit 62 trigrams, bigrams fit in 42 bits. A trigram packs
// 20 bits per class; the classes past U+FFFFF (plane 16, private use) share
// one value there, so such a trigram is not exact.
constexpr char32_t kTrigramClassMax = 0xFFFFF;
inline uint64_t UnigramKey(char32_t c) { return (uint64_t{1} << 63) | c; }
inline uint64_t BigramKey(char32_t a, char32_t b) { return (uint64_t{a} << 21) | b; }
inline uint64_t TrigramKey(char32_t a, char32_t b, char32_t c) {
  auto v = [](char32_t x) { return uint64_t{x < kTrigramClassMax ? x : kTrigramClassMax}; };
  return (uint64_t{1} << 62) | (v(a) << 40) | (v(b) << 20) | v(c);
}

// Characters of the scripts with thousands of letters: Han ideographs
// (CJK Unified, Extension A, compatibility, and the supplementary planes'
// extensions) and Hangul syllables.
inline bool LargeScript(char32_t c) {
  if (c < 0x3400) return false;  // one comparison for Latin, Cyrillic, punctuation
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}
// Whether the trigram of three adjacent classes is an index key: not when it
// mixes a LargeScript character with any other (a space, punctuation, a
// Latin letter: "수 를", "I를"). Two such characters in a row already pick
// out few documents, so a term is looked up by its bigrams there; three of
// them in a row (a three-syllable word: "테스트", "日本語") keep their
// trigram, so that such a word is decided by its one key. In a mostly
// Korean export this drops two thirds of the distinct keys and a quarter of
// the (key, document) pairs.
// TrigramIndexed from how many of the three are LargeScript (GramReader
// counts them as it goes).
inline bool TrigramIndexedLarge(int large) { return large == 0 || large == 3; }
inline bool TrigramIndexed(char32_t a, char32_t b, char32_t c) {
  return TrigramIndexedLarge(LargeScript(a) + LargeScript(b) + LargeScript(c));
}
// Whether the bigram of two adjacent classes is an index key: not when one
// is LargeScript and the other is not ("를 ", " 매", "I를"). Such pairs sit
// at every word's edge in Korean or Chinese text (15 % of the index's bytes
// on the generated export) and a term needs them only when it crosses that
// edge; such a term is looked up by its other keys and the characters of
// the pair (TermGrams), and checked in the text.
inline bool BigramIndexedLarge(bool large_a, bool large_b) { return large_a == large_b; }
inline bool BigramIndexed(char32_t a, char32_t b) {
  return BigramIndexedLarge(LargeScript(a), LargeScript(b));
}

// A key with every bit stirred into every other (a trigram's first character
// sits in its high bits): for hash tables and bucket numbers.
inline uint64_t MixKey(uint64_t k) {
  k ^= k >> 33;
  k *= 0xFF51AFD7ED558CCDull;
  k ^= k >> 33;
  return k;
}

// Calls f(key) for every key of a folded text, repeats included, in text
// order (the importer's path: no sorting): each class, each two adjacent
// ones that BigramIndexed, and each three adjacent ones that TrigramIndexed.
template <typename F>
void ForEachGram(const std::vector<char32_t>& t, F&& f) {
  for (size_t i = 0; i < t.size(); ++i) {
    f(UnigramKey(t[i]));
    if (i + 1 < t.size() && BigramIndexed(t[i], t[i + 1])) f(BigramKey(t[i], t[i + 1]));
    if (i + 2 < t.size() && TrigramIndexed(t[i], t[i + 1], t[i + 2]))
      f(TrigramKey(t[i], t[i + 1], t[i + 2]));
  }
}

// The code point at s[i] (an invalid or cut sequence is U+FFFD, one byte
// long), moving i past it: FoldText's decoding.
inline char32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (len && i + len <= s.size()) {
    char32_t v = c & (0x7F >> len);
    bool ok = true;
    for (size_t k = 1; k < len; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) ok = false;
      v = (v << 6) | (d & 0x3F);
    }
    if (ok && v <= 0x10FFFF) {
      i += len;
      return v;
    }
  }
  ++i;
  return 0xFFFD;
}

// Every key of FoldText(t, utf8), in ForEachGram's order, a block at a time,
// without holding the folded text (4 bytes per character: 2.4 GB for a 600
// MB message): the text is folded one character at a time, keeping the last
// two and whether each is LargeScript (asked once per character, not three
// times per trigram).
class GramReader {
 public:
  GramReader(const FoldTable& t, std::string_view utf8) : t_(t), s_(utf8) {}
  // Writes the keys of up to `chars` more characters to out (at most three
  // per character: out needs room for 3 * chars) and returns how many; 0
  // once the text has ended.
  size_t Next(uint64_t* out, size_t chars) {
    size_t k = 0;
    for (; chars > 0 && i_ < s_.size(); --chars) {
      const char32_t c = t_.Fold(NextCodePoint(s_, i_));
      const bool large = LargeScript(c);
      out[k++] = UnigramKey(c);
      if (n_ >= 1 && BigramIndexedLarge(large_b_, large)) out[k] = BigramKey(b_, c), ++k;
      if (n_ >= 2 && TrigramIndexedLarge(large_a_ + large_b_ + large))
        out[k] = TrigramKey(a_, b_, c), ++k;
      a_ = b_;
      b_ = c;
      large_a_ = large_b_;
      large_b_ = large;
      ++n_;
    }
    return k;
  }

 private:
  const FoldTable& t_;
  std::string_view s_;
  size_t i_ = 0, n_ = 0;         // next byte; characters read
  char32_t a_ = 0, b_ = 0;       // the two characters before the next one
  bool large_a_ = false, large_b_ = false;
};

// Calls f(key) for every key GramReader gives, in its order. A key may be
// reported more than once; each key of the text is reported at least once.
// `piece_bytes` is not used (the text was once folded in pieces that size).
template <class F>
void ForEachGramInPieces(const FoldTable& t, std::string_view utf8, size_t /*piece_bytes*/,
                         F&& f) {
  GramReader r(t, utf8);
  uint64_t keys[3 * 64];
  for (size_t n; (n = r.Next(keys, 64)) > 0;)
    for (size_t k = 0; k < n; ++k) f(keys[k]);
}
// Every distinct key of a folded text, sorted.
std::vector<uint64_t> TextGrams(const std::vector<char32_t>& folded);
// The keys a folded term needs (all must be present in a matching text),
// sorted and distinct: its one key up to two characters, else the trigram
// of each three adjacent ones, or where that is not indexed its two
// bigrams; a bigram that is not indexed gives the unigrams of its two
// characters instead. Empty for an empty term.
std::vector<uint64_t> TermGrams(const std::vector<char32_t>& folded);
// Whether the keys decide a match on their own: a term of one character,
// of two with an indexed bigram, or of three with an indexed trigram,
// matches exactly the texts holding its one key.
bool TermGramsExact(const std::vector<char32_t>& folded);

// Byte ranges [begin, end) in `text` where `term` occurs (non-overlapping,
// left to right), both folded with `t`; `offsets` as from FoldText(text).
std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::vector<char32_t>& text,
                                                   const std::vector<uint32_t>& offsets,
                                                   const std::vector<char32_t>& term);

}  // namespace chatbeto::search
