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

// Index keys. A one-character term is looked up by its unigram; a longer one
// by its bigrams (pairs of adjacent classes). Unigram and bigram keys never
// collide (bit 63).
inline uint64_t UnigramKey(char32_t c) { return (uint64_t{1} << 63) | c; }
inline uint64_t BigramKey(char32_t a, char32_t b) { return (uint64_t{a} << 21) | b; }

// Every distinct unigram and bigram key of a folded text, sorted.
std::vector<uint64_t> TextGrams(const std::vector<char32_t>& folded);
// The keys a folded term needs (all must be present in a matching text),
// sorted and distinct. Empty for an empty term.
std::vector<uint64_t> TermGrams(const std::vector<char32_t>& folded);
// Whether the keys decide a match on their own: a term of one or two
// characters matches exactly the texts holding its one key.
inline bool TermGramsExact(const std::vector<char32_t>& folded) { return folded.size() <= 2; }

// Byte ranges [begin, end) in `text` where `term` occurs (non-overlapping,
// left to right), both folded with `t`; `offsets` as from FoldText(text).
std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::vector<char32_t>& text,
                                                   const std::vector<uint32_t>& offsets,
                                                   const std::vector<char32_t>& term);

}  // namespace chatbeto::search
