// Whether a text holds a term, compared as FoldText + std::search would, in
// one pass over the UTF-8 without building the folded text (the exact check
// of terms the index does not decide alone). Pure.
#pragma once
#include <string_view>
#include <vector>

#include "search/fold.h"

namespace chatbeto::search {

class FoldedMatcher {
 public:
  // `term`: folded with `fold` (FoldText); must outlive the matcher.
  FoldedMatcher(const FoldTable& fold, const std::vector<char32_t>& term);
  // Same answer as: term non-empty and found in FoldText(fold, text).
  bool FoundIn(std::string_view text) const;

 private:
  const FoldTable& fold_;
  const std::vector<char32_t>& term_;
  std::vector<size_t> fail_;  // KMP failure function of term_
};

}  // namespace chatbeto::search
