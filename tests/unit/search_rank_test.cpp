// search/rank.h: relevance order and snippets with marks.
#include <gtest/gtest.h>

#include "search/rank.h"

namespace chatbeto::search {
namespace {

TEST(SearchRank, MoreHitsRankHigherWithDiminishingReturns) {
  double one = ConversationScore({1, 20, false}, 20);
  double five = ConversationScore({5, 20, false}, 20);
  double fifty = ConversationScore({50, 200, false}, 20);
  EXPECT_LT(one, five);
  EXPECT_LT(fifty, 2.2 + 1e-9);  // saturates below k1 + 1
  // The same hits weigh more in a short conversation than in a long one.
  EXPECT_GT(ConversationScore({3, 6, false}, 20), ConversationScore({3, 300, false}, 20));
  // A title holding the terms lifts a conversation above one without.
  EXPECT_GT(ConversationScore({1, 20, true}, 20), five);
}

TEST(SearchRank, SnippetCentersOnMatchesAndMarksThem) {
  auto t = FoldTable::FromWeights({{U'R', "r"}, {U'r', "r"}});
  std::string text(300, 'x');
  text += " the Rollback plan\nand rollback again ";
  text += std::string(300, 'y');
  auto s = MakeSnippet(text, {FoldText(t, "Rollback")}, t, 80);
  EXPECT_EQ(s.text.rfind("…", 0), 0u);
  EXPECT_NE(s.text.find("Rollback plan and rollback"), std::string::npos);  // newline flattened
  ASSERT_EQ(s.marks.size(), 2u);
  EXPECT_EQ(s.text.substr(s.marks[0].first, s.marks[0].second - s.marks[0].first), "Rollback");
  EXPECT_EQ(MarkUp(s, "[", "]").find("[Rollback] plan and rollback"), std::string::npos);
  EXPECT_NE(MarkUp(s, "[", "]").find("[Rollback] plan and [rollback]"), std::string::npos);
}

TEST(SearchRank, SnippetNeverSplitsACharacter) {
  FoldTable t;
  std::string text;
  for (int i = 0; i < 200; ++i) text += "한국어 ";
  text += "매수를 ";
  for (int i = 0; i < 200; ++i) text += "日本語 ";
  auto s = MakeSnippet(text, {FoldText(t, "매수")}, t, 50);
  std::vector<uint32_t> off;
  auto f = FoldText(t, s.text, &off);
  for (char32_t c : f) EXPECT_NE(c, 0xFFFDu) << s.text;
  ASSERT_EQ(s.marks.size(), 1u);
  EXPECT_EQ(s.text.substr(s.marks[0].first, 6), "매수");
}

TEST(SearchRank, MessagesHoldingEveryTermScoreHigher) {
  FoldTable t;
  std::vector<std::vector<char32_t>> terms = {FoldText(t, "alpha"), FoldText(t, "beta")};
  EXPECT_GT(MakeSnippet("alpha and beta", terms, t, 80).score,
            MakeSnippet("alpha alpha alpha", terms, t, 80).score);
  EXPECT_EQ(MakeSnippet("nothing here", terms, t, 80).marks.size(), 0u);
}

}  // namespace
}  // namespace chatbeto::search
