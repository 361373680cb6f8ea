// Search queries: what the user typed, split into terms. Pure.
//
// Grammar: terms are separated by whitespace and taken literally, so code
// such as gpt-4o, C++, snake_case, 50% or a word with a particle attached is
// one term. "a quoted phrase" is one term that keeps its spaces. A backslash
// makes the next character literal (\" is a quote, \\ a backslash), inside
// quotes and out. Every term must occur in a message for it to match; there
// are no operators (a leading '-' or a '*' is part of the term).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::search {

struct Term {
  std::string text;     // UTF-8, as the user wrote it (escapes resolved)
  bool phrase = false;  // written in quotes
};

struct Query {
  std::vector<Term> terms;
};

constexpr size_t kMaxTerms = 16;
constexpr size_t kMaxTermBytes = 400;

// Throws Error(kUsage) naming the character position for: no terms, an
// unterminated quote, an empty phrase, a trailing lone backslash, invalid
// UTF-8, a control character, more than kMaxTerms terms or a term longer
// than kMaxTermBytes.
Query ParseQuery(std::string_view input);

// `term` as a LIKE pattern that matches it anywhere: "%...%" with the LIKE
// metacharacters % and _ and the escape character \ escaped (LIKE's default
// escape is the backslash). Goes inside a quoted SQL string (db::Quote).
std::string LikeContains(std::string_view term);

}  // namespace chatbeto::search
