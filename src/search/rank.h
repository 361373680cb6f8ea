// Relevance and snippets. Pure.
//
// A conversation's relevance is BM25's saturating term frequency over its
// matching messages: more hits raise it, with diminishing returns, and a long
// conversation needs more hits than a short one to rank as high. A title that
// holds every term adds a fixed bonus. Ties go to the newest hit.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/fold.h"

namespace chatbeto::search {

struct ConversationHits {
  uint64_t hits = 0;            // matching messages
  uint64_t messages = 0;        // its length: indexed messages (with text), all branches
  bool title_match = false;     // the title holds every term
};

// `avg_messages`: the mean length over the conversations being ranked.
double ConversationScore(const ConversationHits& c, double avg_messages);

struct Snippet {
  std::string text;  // one line, "…" where cut
  std::vector<std::pair<uint32_t, uint32_t>> marks;  // byte ranges of matches in `text`
  double score = 0;  // how well this message shows the terms (higher is better)
};

// The excerpt of `text` (about `width` bytes) around the densest cluster of
// term occurrences, with every occurrence inside it marked. `terms` are
// folded with `fold`, as FoldText does. Newlines and tabs become spaces.
Snippet MakeSnippet(std::string_view text, const std::vector<std::vector<char32_t>>& terms,
                    const FoldTable& fold, size_t width);

// `s.text` with each mark wrapped in `open` ... `close` (e.g. ANSI bold).
std::string MarkUp(const Snippet& s, std::string_view open, std::string_view close);

}  // namespace chatbeto::search
