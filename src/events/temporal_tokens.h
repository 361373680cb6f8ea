// Splits chat text into the tokens the temporal grammar reads: words
// (case-folded, accents removed with ICU: "Mañana" -> "manana", "MIÉ" ->
// "mie"), ASCII digit runs, and single punctuation characters, each with its
// byte span. Letters and digits are split apart ("3pm" -> "3" "pm", "14april"
// -> "14" "april"); `glued` says a token touches the previous one. The chat
// spellings of "mañana" written with its ñ ("mñn", "mñna", "mañna") fold to "manana".
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::events::detail {

struct Token {
  enum Kind { kWord, kNumber, kPunct };
  Kind kind = kWord;
  size_t begin = 0, end = 0;  // bytes in the input
  std::string text;           // folded word, digits, or the punctuation's bytes (typographic
                              // quotes as ASCII ones, an en dash as "-")
  int value = -1;             // kNumber: the value (capped at 10^8), else -1
  bool glued = false;         // no space between this token and the previous one
  char punct() const { return kind == kPunct && text.size() == 1 ? text[0] : '\0'; }
};

// Never throws; invalid UTF-8 bytes become one-byte punctuation tokens.
std::vector<Token> Tokenize(std::string_view text);

// Lowercase, accents stripped (NFKC case fold, then NFD without marks); the chat
// spellings of "mañana" with its ñ ("mñn", "mñna") give "manana".
std::string FoldWord(std::string_view utf8);

}  // namespace chatbeto::events::detail
