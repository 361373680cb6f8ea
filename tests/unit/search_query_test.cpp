// search/query.h: terms, "quoted phrases", escapes, and the inputs refused.
#include <gtest/gtest.h>

#include "search/query.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

std::vector<std::string> Texts(const Query& q) {
  std::vector<std::string> out;
  for (const auto& t : q.terms) out.push_back((t.phrase ? "P:" : "") + t.text);
  return out;
}

TEST(SearchQuery, TermsAreTakenLiterally) {
  struct Case {
    std::string in;
    std::vector<std::string> terms;
  } cases[] = {
      {"rollback", {"rollback"}},
      {"  매수를   세금 ", {"매수를", "세금"}},
      {"gpt-4o C++ snake_case 50%", {"gpt-4o", "C++", "snake_case", "50%"}},
      {"-not +an *operator*", {"-not", "+an", "*operator*"}},
      {"🎉 日本語", {"🎉", "日本語"}},
      {"\"a quoted phrase\" word", {"P:a quoted phrase", "word"}},
      {"\"say \\\"hi\\\"\"", {"P:say \"hi\""}},
      {"back\\\\slash", {"back\\slash"}},
      {"\\\"quote", {"\"quote"}},
      {"\"tab\tinside\"", {"P:tab\tinside"}},
  };
  for (const auto& c : cases) EXPECT_EQ(Texts(ParseQuery(c.in)), c.terms) << c.in;
}

TEST(SearchQuery, RejectsWithPosition) {
  struct Case {
    std::string in;
    std::string message;  // a part of the error
  } cases[] = {
      {"", "no terms"},
      {"   ", "no terms"},
      {"\"open phrase", "unterminated quote at character 1"},
      {"ok \"\"", "empty phrase at character 4"},
      {"trailing\\", "lone backslash"},
      {"mid\"quote", "quote inside a word (escape it as \\\") at character 4"},
      {"bad\xff", "invalid UTF-8 at character 4"},
      {"\xc0\xaf", "invalid UTF-8"},          // overlong '/'
      {"\xed\xa0\x80", "invalid UTF-8"},      // a surrogate
      {"bell\x07", "control character"},
      {std::string(kMaxTermBytes + 1, 'a'), "longer than"},
      {"a b c d e f g h i j k l m n o p q", "more than 16 terms"},
  };
  for (const auto& c : cases) {
    try {
      ParseQuery(c.in);
      ADD_FAILURE() << "accepted: " << c.in;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kUsage);
      EXPECT_NE(std::string(e.what()).find(c.message), std::string::npos)
          << c.in << " -> " << e.what();
    }
  }
}

TEST(SearchQuery, LikePatternEscapesMetacharacters) {
  EXPECT_EQ(LikeContains("abc"), "%abc%");
  EXPECT_EQ(LikeContains("50%"), "%50\\%%");
  EXPECT_EQ(LikeContains("snake_case"), "%snake\\_case%");
  EXPECT_EQ(LikeContains("C:\\x"), "%C:\\\\x%");
}

}  // namespace
}  // namespace chatbeto::search
