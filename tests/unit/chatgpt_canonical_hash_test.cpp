#include "chatgpt/canonical_hash.h"

#include <gtest/gtest.h>

namespace chatbeto::chatgpt {
namespace {

std::string Hash(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  EXPECT_EQ(parser.parse(json).get(e), simdjson::SUCCESS) << json;
  return CanonicalJsonHash(e);
}

struct Pair {
  const char* name;
  std::string a, b;
};

TEST(ChatgptCanonicalHash, SameDataSpelledDifferentlyHashesTheSame) {
  const std::vector<Pair> same = {
      {"whitespace", R"({"a":[1,2],"b":"x"})", "{ \"a\" : [ 1 , 2 ] ,\n  \"b\" : \"x\" }"},
      {"ascii_escapes", "{\"t\":\"caf\xC3\xA9 \xF0\x9F\x9A\x80\"}", R"({"t":"caf\u00e9 \ud83d\ude80"})"},
      {"escaped_slash", R"({"u":"a/b"})", R"({"u":"a\/b"})"},
      {"int_vs_float", R"({"n":1714585031})", R"({"n":1714585031.0})"},
      {"exponent", R"({"n":1500})", R"({"n":1.5e3})"},
      {"fraction", R"({"n":0.1})", R"({"n":1e-1})"},
  };
  for (const auto& p : same) EXPECT_EQ(Hash(p.a), Hash(p.b)) << p.name;
}

TEST(ChatgptCanonicalHash, DifferentDataHashesDifferently) {
  const std::vector<Pair> different = {
      {"string", R"({"a":"x"})", R"({"a":"y"})"},
      {"number", R"({"a":1})", R"({"a":1.5})"},
      {"type_string_vs_number", R"({"a":"1"})", R"({"a":1})"},
      {"null_vs_missing", R"({"a":null})", R"({})"},
      {"key", R"({"a":1})", R"({"b":1})"},
      {"key_order", R"({"a":1,"b":2})", R"({"b":2,"a":1})"},
      {"array_order", R"([1,2])", R"([2,1])"},
      {"nesting", R"([[1],2])", R"([1,[2]])"},
      {"string_boundaries", R"(["ab","c"])", R"(["a","bc"])"},
      {"bool", R"({"a":true})", R"({"a":false})"},
      {"big_ints", R"({"a":9007199254740993})", R"({"a":9007199254740992})"},
  };
  for (const auto& p : different) EXPECT_NE(Hash(p.a), Hash(p.b)) << p.name;
}

}  // namespace
}  // namespace chatbeto::chatgpt
