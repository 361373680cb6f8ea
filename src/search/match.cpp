#include "search/match.h"

namespace chatbeto::search {

FoldedMatcher::FoldedMatcher(const FoldTable& fold, const std::vector<char32_t>& term)
    : fold_(fold), term_(term), fail_(term.size(), 0) {
  for (size_t i = 1, k = 0; i < term_.size(); ++i) {
    while (k > 0 && term_[i] != term_[k]) k = fail_[k - 1];
    if (term_[i] == term_[k]) ++k;
    fail_[i] = k;
  }
}

bool FoldedMatcher::FoundIn(std::string_view s) const {
  if (term_.empty()) return false;
  size_t k = 0;  // characters of the term matched so far
  size_t i = 0;
  while (i < s.size()) {
    // Decoded exactly as FoldText does: an invalid sequence is U+FFFD, one byte.
    auto c = static_cast<unsigned char>(s[i]);
    char32_t cp = 0xFFFD;
    size_t n = 1;
    if (c < 0x80) {
      cp = c;
    } else {
      size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      if (len && i + len <= s.size()) {
        char32_t v = c & (0x7F >> len);
        bool ok = true;
        for (size_t j = 1; j < len; ++j) {
          auto d = static_cast<unsigned char>(s[i + j]);
          if ((d & 0xC0) != 0x80) ok = false;
          v = (v << 6) | (d & 0x3F);
        }
        if (ok && v <= 0x10FFFF) {
          cp = v;
          n = len;
        }
      }
    }
    i += n;
    const char32_t f = fold_.Fold(cp);
    while (k > 0 && f != term_[k]) k = fail_[k - 1];
    if (f == term_[k] && ++k == term_.size()) return true;
  }
  return false;
}

}  // namespace chatbeto::search
