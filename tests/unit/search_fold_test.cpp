// search/fold.h, search/postings.h, search/body.h: classes, keys, matching,
// posting lists and stored bodies.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "search/fold.h"
#include "search/postings.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

// A small collation: 'a' 'A' 'á' weigh the same, 'b' 'B' too, U+0000 and
// U+0001 are both ignorable (empty weights).
FoldTable Table() {
  return FoldTable::FromWeights({{U'a', "A"}, {U'A', "A"}, {U'\u00e1', "A"}, {U'b', "B"},
                                 {U'B', "B"}, {0, ""}, {1, ""}, {U'c', "C"}});
}

std::vector<char32_t> F(const FoldTable& t, std::string_view s) { return FoldText(t, s); }

TEST(SearchFold, ClassIsSmallestCodePointWithSameWeights) {
  auto t = Table();
  EXPECT_EQ(t.Fold(U'a'), U'A');
  EXPECT_EQ(t.Fold(U'\u00e1'), U'A');
  EXPECT_EQ(t.Fold(U'B'), U'B');
  EXPECT_EQ(t.Fold(1), 0u);
  EXPECT_EQ(t.Fold(U'z'), U'z');                 // not in the table: itself
  EXPECT_EQ(t.Fold(U'\U0001F389'), U'\U0001F389');  // past the BMP: itself
}

TEST(SearchFold, DecodesUtf8WithOffsets) {
  FoldTable id;
  std::vector<uint32_t> off;
  auto f = FoldText(id, "a\xc3\xa1\xf0\x9f\x8e\x89\xff", &off);
  EXPECT_EQ(f, (std::vector<char32_t>{U'a', U'\u00e1', U'\U0001F389', 0xFFFD}));
  EXPECT_EQ(off, (std::vector<uint32_t>{0, 1, 3, 7, 8}));
}

TEST(SearchFold, FindAllMatchesPerCharacterClasses) {
  auto t = Table();
  std::vector<uint32_t> off;
  std::string text = "xAb \xc3\xa1" "B ab";
  auto f = FoldText(t, text, &off);
  auto hits = FindAll(f, off, F(t, "ab"));
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(text.substr(hits[1].first, hits[1].second - hits[1].first), "\xc3\xa1" "B");
  EXPECT_TRUE(FindAll(f, off, F(t, "abc")).empty());
}

TEST(SearchFold, KeysOfATermAreAmongTheKeysOfEveryTextHoldingIt) {
  auto t = Table();
  std::string texts[] = {"gpt-4o is here", "C++ and snake_case", "매수를 했다", "50% 🎉 ok",
                         "AB ab áB"};
  std::string terms[] = {"gpt-4o", "c++", "매수", "50%", "🎉", "ab", "_", "e", "AB a", "snake_",
                         "매수를", "수를 했", "를 했다", "매를", "u+매", "를 ", "다.", "50% 🎉", "B áb"};
  for (const auto& text : texts) {
    auto keys = TextGrams(F(t, text));
    auto ft = F(t, text);
    std::vector<uint32_t> off;
    FoldText(t, text, &off);
    for (const auto& term : terms) {
      auto fterm = F(t, term);
      bool occurs = !FindAll(ft, off, fterm).empty();
      auto need = TermGrams(fterm);
      bool all = std::includes(keys.begin(), keys.end(), need.begin(), need.end());
      if (occurs) {
        EXPECT_TRUE(all) << term << " in " << text;
      }
      if (TermGramsExact(fterm)) {
        EXPECT_EQ(all, occurs) << term << " in " << text;
      }
    }
  }
}

TEST(SearchFold, KeyKindsNeverCollide) {
  const char32_t cs[] = {0, 1, U'a', 0xFFFF, 0x1F389, 0xFFFFE, 0x10FFFF};
  std::set<uint64_t> keys;
  size_t n = 0;
  for (char32_t a : cs) {
    keys.insert(UnigramKey(a));
    ++n;
    for (char32_t b : cs) {
      keys.insert(BigramKey(a, b));
      ++n;
      for (char32_t c : cs)
        if (a < kTrigramClassMax && b < kTrigramClassMax && c < kTrigramClassMax) {
          keys.insert(TrigramKey(a, b, c));
          ++n;
        }
    }
  }
  EXPECT_EQ(keys.size(), n);
}

TEST(SearchFold, ShortTermsAreDecidedByTheirOneKey) {
  FoldTable t;
  EXPECT_EQ(TermGrams(F(t, "a")).size(), 1u);
  EXPECT_EQ(TermGrams(F(t, "ab")).size(), 1u);
  EXPECT_EQ(TermGrams(F(t, "abc")).size(), 1u);
  EXPECT_EQ(TermGrams(F(t, "abcd")).size(), 2u);
  EXPECT_EQ(TermGrams(F(t, "aaaa")).size(), 1u);  // distinct keys
  EXPECT_TRUE(TermGramsExact(F(t, "abc")));
  EXPECT_FALSE(TermGramsExact(F(t, "abcd")));
  EXPECT_FALSE(TermGramsExact(F(t, "a\U0010FFFFb")));  // plane 16 shares a trigram value
}

// A trigram mixing Han or Hangul with other characters is not a key: a term
// is looked up by the bigrams of such a window, and a three-character term
// of that kind is no longer decided by its keys alone. Three Han or Hangul
// characters in a row keep their trigram.
TEST(SearchFold, MixedHanAndHangulWindowsGoByBigrams) {
  FoldTable t;
  EXPECT_EQ(TermGrams(F(t, "매수를")), (std::vector<uint64_t>{TrigramKey(U'매', U'수', U'를')}));
  EXPECT_TRUE(TermGramsExact(F(t, "매수를")));
  EXPECT_TRUE(TermGramsExact(F(t, "東京都")));
  EXPECT_TRUE(TermGramsExact(F(t, "ひらが")));  // kana: a small syllabary keeps its trigrams
  EXPECT_FALSE(TermGramsExact(F(t, "매 수")));
  // "매 " and " 수" mix Hangul with a space: no bigram keys either, so the
  // term needs its three characters.
  EXPECT_EQ(TermGrams(F(t, "매 수")),
            (std::vector<uint64_t>{UnigramKey(' '), UnigramKey(U'매'), UnigramKey(U'수')}));
  // "xab매": the window holding 매 gives the bigram "ab" and the characters
  // b and 매; "xab" keeps its trigram.
  auto keys = TermGrams(F(t, "xab매"));
  EXPECT_TRUE(std::count(keys.begin(), keys.end(), TrigramKey('x', 'a', 'b')));
  EXPECT_TRUE(std::count(keys.begin(), keys.end(), BigramKey('a', 'b')));
  EXPECT_TRUE(std::count(keys.begin(), keys.end(), UnigramKey(U'매')));
  EXPECT_FALSE(std::count(keys.begin(), keys.end(), BigramKey('b', U'매')));
  EXPECT_FALSE(std::count(keys.begin(), keys.end(), TrigramKey('a', 'b', U'매')));
  std::set<uint64_t> text;
  ForEachGram(F(t, "매수를 ok"), [&](uint64_t k) { text.insert(k); });
  EXPECT_TRUE(text.count(TrigramKey(U'매', U'수', U'를')));
  EXPECT_FALSE(text.count(TrigramKey(U'수', U'를', ' ')));
  EXPECT_FALSE(text.count(TrigramKey(U'를', ' ', 'o')));
  EXPECT_TRUE(text.count(TrigramKey(' ', 'o', 'k')));
  EXPECT_TRUE(text.count(BigramKey(U'매', U'수')));
  EXPECT_TRUE(text.count(BigramKey(' ', 'o')));
  EXPECT_FALSE(text.count(BigramKey(U'를', ' ')));
  EXPECT_TRUE(text.count(UnigramKey(U'를')));
}

// A two-character term that mixes Han or Hangul with another character has
// no key of its own: it is looked up by its two characters and checked in
// the text; one of two Han or Hangul characters, or of two others, is
// decided by its bigram.
TEST(SearchFold, MixedHanAndHangulPairsGoByTheirCharacters) {
  FoldTable t;
  EXPECT_EQ(TermGrams(F(t, "다.")), (std::vector<uint64_t>{UnigramKey('.'), UnigramKey(U'다')}));
  EXPECT_FALSE(TermGramsExact(F(t, "다.")));
  EXPECT_FALSE(TermGramsExact(F(t, "I를")));
  EXPECT_TRUE(TermGramsExact(F(t, "매수")));
  EXPECT_TRUE(TermGramsExact(F(t, "日本")));
  EXPECT_TRUE(TermGramsExact(F(t, "ab")));
  EXPECT_TRUE(TermGramsExact(F(t, "é🎉")));  // neither is Han or Hangul
  EXPECT_TRUE(BigramIndexed(U'日', U'매'));
  EXPECT_FALSE(BigramIndexed(U'日', U'ひ'));  // kana is no LargeScript
}

TEST(SearchPostings, RoundTripAndIntersect) {
  DocList d = {5, 6, 200, 70000, 4000000000u};
  std::string blob;
  EncodePostings(d, 5, blob);
  DocList back;
  DecodePostings(blob, 5, back);
  EXPECT_EQ(back, d);
  EXPECT_EQ(Intersect(d, DocList{1, 6, 70000, 70001}), (DocList{6, 70000}));
  DocList m = {3, 1, 3, 2};
  Normalize(m);
  EXPECT_EQ(m, (DocList{1, 2, 3}));
}

TEST(SearchPostings, DamagedListsAreRefused) {
  const std::string bad[] = {std::string("\x80", 1), std::string("\x01\x00", 2),
                             std::string("\xff\xff\xff\xff\xff\x01", 6)};
  for (const auto& b : bad) {
    DocList out;
    EXPECT_THROW(DecodePostings(b, 0, out), Error) << b.size();
  }
}

// A giant message is folded a piece at a time; the keys must be exactly those
// of folding it whole, whatever the piece size and wherever a split falls
// (inside a multi-byte character, next to an invalid byte, an emoji).
TEST(SearchFold, GramsInPiecesAreTheGramsOfTheWholeText) {
  const FoldTable t = Table();
  const std::vector<std::string> texts = {
      "", "a", "ab", "Abá bab", "매수를 매수 코드 gpt-4o C++ 50%",
      "x\xff\xfey\xe2\x82", "😀a😀b😀", std::string(300, 'a') + "매수" + std::string(50, 'B')};
  for (const auto& text : texts) {
    std::set<uint64_t> whole;
    ForEachGram(FoldText(t, text), [&](uint64_t g) { whole.insert(g); });
    for (size_t piece : {size_t{1}, size_t{2}, size_t{3}, size_t{5}, size_t{7}, size_t{64}, size_t{1} << 20}) {
      std::set<uint64_t> pieces;
      ForEachGramInPieces(t, text, piece, [&](uint64_t g) { pieces.insert(g); });
      EXPECT_EQ(pieces, whole) << "text \"" << text << "\" piece " << piece;
    }
  }
}

}  // namespace
}  // namespace chatbeto::search
