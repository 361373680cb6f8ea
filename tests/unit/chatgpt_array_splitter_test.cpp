#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "chatgpt/array_splitter.h"

namespace chatbeto::chatgpt {
namespace {

struct Piece {
  std::string bytes;
  uint64_t offset;
  size_t index;
  bool operator==(const Piece&) const = default;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Feeds `input` in chunks of the sizes `next_size()` returns, then Finish().
template <class NextSize>
std::vector<Piece> SplitChunked(std::string_view input, NextSize next_size) {
  ArraySplitter s;
  std::vector<Piece> out;
  auto sink = [&](const ArraySplitter::Element& e) {
    out.push_back({std::string(e.bytes), e.offset, e.index});
  };
  size_t pos = 0;
  while (pos < input.size()) {
    const size_t n = std::min(input.size() - pos, std::max<size_t>(1, next_size()));
    s.Feed(input.substr(pos, n), sink);
    pos += n;
  }
  s.Finish();
  return out;
}

std::vector<Piece> Split(std::string_view input) {
  return SplitChunked(input, [&] { return input.size(); });
}

struct ValidCase {
  const char* name;
  std::string input;
  std::vector<Piece> want;
};

TEST(ChatgptArraySplitter, SplitsValidArrays) {
  const std::vector<ValidCase> cases = {
      {"empty", "[]", {}},
      {"empty with space", " \n\t[ \r\n ]\n", {}},
      {"one object", R"([{"a":1}])", {{R"({"a":1})", 1, 0}}},
      {"bom", "\xEF\xBB\xBF[{}]", {{"{}", 4, 0}}},
      {"two with spaces", "[ {\"a\":[1,{}]} ,\n {}\n]", {{"{\"a\":[1,{}]}", 2, 0}, {"{}", 18, 1}}},
      {"brackets in strings",
       R"([{"a":"}]{["},{"b":"x"}])",
       {{R"({"a":"}]{["})", 1, 0}, {R"({"b":"x"})", 14, 1}}},
      {"escaped quotes",
       R"([{"a":"\"}"},{"b":"\\"},{"c":"\\\"]"}])",
       {{R"({"a":"\"}"})", 1, 0}, {R"({"b":"\\"})", 13, 1}, {R"({"c":"\\\"]"})", 24, 2}}},
      {"scalars",
       R"([1, "x\"", null,true])",
       {{"1", 1, 0}, {R"("x\"")", 4, 1}, {"null", 11, 2}, {"true", 16, 3}}},
      {"nested array element", "[[1,[2]],{}]", {{"[1,[2]]", 1, 0}, {"{}", 9, 1}}},
      {"trailing whitespace", "[{}]  \n", {{"{}", 1, 0}}},
  };
  for (const ValidCase& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(Split(c.input), c.want);
    EXPECT_EQ(SplitChunked(c.input, [] { return 1; }), c.want);
  }
}

struct BadCase {
  const char* name;
  std::string input;
  uint64_t offset;
  const char* reason_part;
};

TEST(ChatgptArraySplitter, RejectsBrokenArraysWithOffsets) {
  const std::vector<BadCase> cases = {
      {"empty input", "", 0, "empty input"},
      {"only spaces", "  \n", 3, "no '['"},
      {"object, not array", R"({"id":"x"})", 0, "expected '['"},
      {"garbage first", "  x[]", 2, "expected '[' (a JSON array of conversations) but found 'x'"},
      {"broken bom", "\xEF\xBB[]", 2, "byte order mark"},
      {"missing comma", R"([{"a":1} {"b":2}])", 9,
       "expected ',' or ']' after record 0 but found '{'"},
      {"missing comma later", R"([{},{}"x"])", 6, "after record 1"},
      {"trailing comma", R"([{"a":1},])", 9, "expected record 1 but found ']'"},
      {"leading comma", "[,{}]", 1, "expected record 0 but found ','"},
      {"colon", "[{}:1]", 3, "after record 0 but found ':'"},
      {"stray close", "[}]", 1, "expected record 0 but found '}'"},
      {"trailing garbage", "[{}] x", 5, "unexpected 'x' after the closing ']'"},
      {"second array", "[{}][]", 4, "after the closing ']'"},
      {"nul after", std::string("[{}]\0", 5), 4, "byte 0x00"},
      {"truncated in element", R"([{},{"a":)", 4, "truncated input: record 1 starting here"},
      {"truncated in string", R"([{"a":"}]}])", 1, "record 0 starting here is incomplete"},
      {"truncated after element", "[{}", 3, "no closing ']'"},
      {"truncated after comma", "[{},", 4, "no closing ']'"},
      {"truncated after [", "[", 1, "no closing ']'"},
      {"truncated scalar", "[12", 1, "record 0 starting here is incomplete"},
      {"truncated escape", R"([{"a":"\)", 1, "record 0"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.name);
    for (size_t chunk : {c.input.size(), size_t{1}}) {
      try {
        SplitChunked(c.input, [&] { return chunk; });
        ADD_FAILURE() << "accepted: " << c.input;
      } catch (const SplitError& e) {
        EXPECT_EQ(e.offset(), c.offset) << e.what();
        EXPECT_NE(e.reason().find(c.reason_part), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).rfind("at byte " + std::to_string(c.offset) + ": ", 0), 0u);
        EXPECT_EQ(e.kind(), ErrorKind::kInvalidInput);
      }
    }
  }
}

TEST(ChatgptArraySplitter, ElementsBeforeAnErrorAreDelivered) {
  ArraySplitter s;
  std::vector<std::string> got;
  EXPECT_THROW(s.Feed(R"([{"a":1},{"b":2} {"c":3}])",
                      [&](const ArraySplitter::Element& e) { got.emplace_back(e.bytes); }),
               SplitError);
  EXPECT_EQ(got, (std::vector<std::string>{R"({"a":1})", R"({"b":2})"}));
}

const std::string& ModernFixture() {
  static const std::string bytes =
      ReadFile(CHATBETO_TEST_DATA_DIR "/fixtures/chatgpt/librechat/chatgpt-modern-export.json");
  return bytes;
}

TEST(ChatgptArraySplitter, EveryTruncationIsAnErrorNotACrash) {
  const std::string& full = ModernFixture();
  const std::vector<Piece> all = Split(full);
  ASSERT_EQ(all.size(), 3u);
  // The file ends with "]\n" (or "]"): every prefix shorter than the ']' is truncated.
  const size_t close = full.rfind(']');
  for (size_t len = 0; len < full.size(); ++len) {
    const std::string_view prefix(full.data(), len);
    ArraySplitter s;
    std::vector<Piece> got;
    s.Feed(prefix, [&](const ArraySplitter::Element& e) {
      got.push_back({std::string(e.bytes), e.offset, e.index});
    });
    ASSERT_LE(got.size(), all.size());
    for (size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], all[i]) << "prefix " << len;
    if (len <= close) {
      try {
        s.Finish();
        ADD_FAILURE() << "prefix of " << len << " bytes accepted";
      } catch (const SplitError& e) {
        EXPECT_LE(e.offset(), len);
        EXPECT_NE(e.reason().find(len == 0 ? "empty" : "truncated"), std::string::npos) << e.what();
      }
    } else {
      EXPECT_NO_THROW(s.Finish());
    }
  }
}

TEST(ChatgptArraySplitter, ChunkBoundariesDoNotMatter) {
  const std::string& full = ModernFixture();
  const std::vector<Piece> want = Split(full);
  EXPECT_EQ(SplitChunked(full, [] { return 1; }), want);
  for (uint32_t seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<size_t> size(1, 700);
    EXPECT_EQ(SplitChunked(full, [&] { return size(rng); }), want) << "seed " << seed;
  }
  // Offsets point at the element in the original bytes.
  for (const Piece& p : want) EXPECT_EQ(full.substr(p.offset, p.bytes.size()), p.bytes);
}

TEST(ChatgptArraySplitter, ElementLargerThanChunksIsAssembled) {
  std::string big = "{\"text\":\"" + std::string(3 << 20, 'x') + "\\\"\"}";
  std::string input = "[" + big + ",{\"small\":\"\\\\\"}]";
  const auto got = SplitChunked(input, [] { return 64 << 10; });
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].bytes, big);
  EXPECT_EQ(got[1].offset, big.size() + 2);
  EXPECT_EQ(got[1].bytes, "{\"small\":\"\\\\\"}");
}

// TakeElement hands a large element over (with padding after it) and the
// elements after it come out as before, whatever the chunking.
TEST(ChatgptArraySplitter, TakenElementsAndWhatFollowsThem) {
  std::string input = "[";
  std::vector<std::string> want;
  for (int i = 0; i < 6; ++i) {
    want.push_back("{\"n\":" + std::to_string(i) + ",\"t\":\"" +
                   std::string(i % 2 ? 300000 : 10, 'a' + i) + "\"}");
    input += (i ? " , " : "") + want.back();
  }
  input += "]";
  for (size_t chunk : {size_t{7}, size_t{4096}, size_t{65536}, input.size()}) {
    SCOPED_TRACE(chunk);
    ArraySplitter s;
    std::vector<std::string> got;
    for (size_t pos = 0; pos < input.size(); pos += chunk) {
      s.Feed(std::string_view(input).substr(pos, chunk), [&](const ArraySplitter::Element& e) {
        const std::string expected(e.bytes);
        if (e.index % 2 == 0) return got.push_back(expected);
        std::string taken = s.TakeElement(64);
        EXPECT_TRUE(taken == expected);
        EXPECT_GE(taken.capacity(), taken.size() + 64);
        got.push_back(std::move(taken));
      });
    }
    s.Finish();
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) EXPECT_TRUE(got[i] == want[i]) << i;
  }
}

TEST(ChatgptArraySplitter, ElementSizeLimitBoundsMemory) {
  const std::string input = R"([{"a":1},{"b":"0123456789"},{"c":"never closed)";
  for (size_t chunk : {input.size(), size_t{1}, size_t{5}}) {
    ArraySplitter s(16);
    std::vector<std::string> got;
    size_t pos = 0;
    try {
      for (; pos < input.size(); pos += chunk) {
        s.Feed(std::string_view(input).substr(pos, chunk),
               [&](const ArraySplitter::Element& e) { got.emplace_back(e.bytes); });
      }
      ADD_FAILURE() << "no error";
    } catch (const SplitError& e) {
      EXPECT_EQ(e.offset(), 9u);
      EXPECT_NE(e.reason().find("record 1 starting here is larger than 16 bytes"),
                std::string::npos);
    }
    EXPECT_EQ(got, std::vector<std::string>{R"({"a":1})"});
  }
}

TEST(ChatgptArraySplitter, CountsBytesAndElements) {
  ArraySplitter s;
  s.Feed("[{},", [](const ArraySplitter::Element&) {});
  s.Feed("{}]", [](const ArraySplitter::Element&) {});
  s.Finish();
  EXPECT_EQ(s.bytes_fed(), 7u);
  EXPECT_EQ(s.elements(), 2u);
}

}  // namespace
}  // namespace chatbeto::chatgpt
