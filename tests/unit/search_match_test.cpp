// search/match.h: the one-pass check agrees with FoldText + std::search.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "search/match.h"

namespace chatbeto::search {
namespace {

bool Reference(const FoldTable& t, std::string_view text, const std::vector<char32_t>& term) {
  auto f = FoldText(t, text);
  return !term.empty() && std::search(f.begin(), f.end(), term.begin(), term.end()) != f.end();
}

FoldTable CaseFold() {
  return FoldTable::FromWeights({{U'A', "a"}, {U'a', "a"}, {U'\u00e1', "a"}, {U'B', "b"},
                                 {U'b', "b"}, {U'\uac00', "k"}, {U'\uac01', "k"}});
}

TEST(SearchMatch, FindsFoldedTermsAcrossScriptsAndCaseAndAccent) {
  FoldTable t = CaseFold();
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "ab")).FoundIn("xxáB"));
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "가a")).FoundIn("각á"));
  EXPECT_FALSE(FoldedMatcher(t, FoldText(t, "abc")).FoundIn("ab c"));
  EXPECT_FALSE(FoldedMatcher(t, FoldText(t, "")).FoundIn("anything"));
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "🎉x")).FoundIn("a🎉x"));
  // KMP: a partial match that restarts inside itself.
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "aab")).FoundIn("aaab"));
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "abab c")).FoundIn("ababab c"));
  // Invalid UTF-8 is U+FFFD, one byte at a time, as in FoldText.
  EXPECT_TRUE(FoldedMatcher(t, FoldText(t, "\xff" "a")).FoundIn("\xe0\x80" "a"));
}

TEST(SearchMatch, AgreesWithFoldTextOnRandomText) {
  FoldTable t = CaseFold();
  const std::vector<std::string> pieces = {"a", "A", "b", "B", "á", "가", "각", "🎉", " ", "x",
                                           "\xff", "\xe0\x80", "\xc3", "\xf0\x9f"};
  std::mt19937 rng(11);
  auto random_text = [&](size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
    return s;
  };
  for (int i = 0; i < 20000; ++i) {
    std::string text = random_text(rng() % 30);
    std::string term_text = (rng() % 2 && text.size() > 2)
                                ? text.substr(rng() % text.size(), 1 + rng() % 6)
                                : random_text(1 + rng() % 4);
    auto term = FoldText(t, term_text);
    ASSERT_EQ(FoldedMatcher(t, term).FoundIn(text), Reference(t, text, term))
        << "text '" << text << "' term '" << term_text << "'";
  }
}

}  // namespace
}  // namespace chatbeto::search
