// AppendJson: minified, faithful re-serialization of a simdjson DOM.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "chatgpt/json_write.h"

namespace chatbeto::chatgpt {
namespace {

std::string Minify(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  EXPECT_EQ(parser.parse(json).get(e), simdjson::SUCCESS) << json;
  std::string out;
  AppendJson(e, &out);
  return out;
}

TEST(ChatgptJsonWrite, MinifiesFaithfully) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"( { "a" : [ 1 , 2.5 , -3 , true , false , null ] } )",
       R"({"a":[1,2.5,-3,true,false,null]})"},
      {"{}", "{}"},
      {"[]", "[]"},
      {"[[],{},[{}]]", "[[],{},[{}]]"},
      {"1.0", "1.0"},  // a float stays a float
      {"-0.0", "-0.0"},
      {"1714585031.148505", "1714585031.148505"},
      {"1e300", "1e+300"},
      {"18446744073709551615", "18446744073709551615"},
      {"-9223372036854775808", "-9223372036854775808"},
      {R"("q\" b\\ s\/ n\n r\r t\t b\b f\f u\u0001 \u001f")",
       R"("q\" b\\ s/ n\n r\r t\t b\b f\f u\u0001 \u001f")"},
      {R"("\u00e9\ud83d\ude00 é")", "\"\u00e9\U0001F600 \u00e9\""},
      {R"("a long string without anything to escape at all, twice as long as a word")",
       R"("a long string without anything to escape at all, twice as long as a word")"},
      {R"("12345678\"12345678\\")", R"("12345678\"12345678\\")"},
      {R"({"k\"ey":"v"})", R"({"k\"ey":"v"})"},
  };
  for (const auto& [in, want] : cases) EXPECT_EQ(Minify(in), want) << in;
}

TEST(ChatgptJsonWrite, RoundTripsThroughTheParser) {
  const std::string doc =
      R"({"title":"x\n\"y\"","n":[1,1.5,-2,1e-7],"nested":{"a":[{"b":null}]},"u":"\u2028\u0000"})";
  const std::string once = Minify(doc);
  EXPECT_EQ(Minify(once), once);
}

}  // namespace
}  // namespace chatbeto::chatgpt
