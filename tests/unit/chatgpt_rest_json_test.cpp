// Rest JSON (chatgpt/rest_json.h): which raw JSON loses its text part, and
// that putting the text back gives the raw JSON byte for byte.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "chatgpt/rest_json.h"

namespace chatbeto::chatgpt {
namespace {

const std::string kLong = "A long answer, long enough to be worth leaving out of the raw JSON. ";

std::string Raw(const std::string& part_literal) {
  return R"({"id":"n1","author":{"role":"assistant"},"content":{"content_type":"text","parts":[)" +
         part_literal + R"(]},"status":"finished_successfully"})";
}

TEST(SqlJsonQuote, EscapesAsBothServersDo) {
  EXPECT_EQ(SqlJsonQuote("a\"b\\c/d\n\t\r\b\f é 😀 \x7f"),
            "\"a\\\"b\\\\c/d\\n\\t\\r\\b\\f é 😀 \x7f\"");
  // \u001F (MariaDB) or \u001f (MySQL): not used.
  EXPECT_EQ(SqlJsonQuote(std::string("a\x01", 2)), std::nullopt);
  EXPECT_EQ(SqlJsonQuote(std::string("a\0b", 3)), std::nullopt);
}

TEST(RestJson, LeavesOutTheTextPartAndPutsItBackExactly) {
  const std::string text = kLong + "He said \"hi\" \\ then:\n\tcode /path 매수를 😀";
  const std::string raw = Raw(*SqlJsonQuote(text));
  auto rest = RestJson(raw, text);
  ASSERT_TRUE(rest);
  EXPECT_EQ(*rest, Raw(std::string(kRestTextMarker)));
  EXPECT_EQ(RestoreRestJson(*rest, text), raw);
}

TEST(RestJson, KeepsTheRawJsonWhenTheViewCouldNotRebuildIt) {
  const std::string text = kLong;
  // The part is escaped otherwise than JSON_QUOTE would (\u00e9, \/).
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\\u00e9\""), kLong + "é"));
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\\/\""), kLong + "/"));
  // The text column is not the part (cleaned, or joined from several parts).
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\\ue200cite\""), kLong));
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\",\"more\""), kLong + "more"));
  // A control character JSON_QUOTE writes differently on each server.
  const std::string ctl = kLong + "\x01";
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\\u0001\""), ctl));
  // Too short to be worth it; the raw JSON already holding the marker.
  EXPECT_FALSE(RestJson(Raw("\"short\""), "short"));
  EXPECT_FALSE(RestJson(Raw("\"" + kLong + "\"") + std::string(kRestTextMarker), kLong));
  // The same text elsewhere too: only the part becomes the marker.
  const std::string twice = R"({"title":")" + kLong + R"(","content":{"parts":[")" + kLong +
                            R"("]}})";
  auto rest = RestJson(twice, kLong);
  ASSERT_TRUE(rest);
  EXPECT_NE(rest->find(kLong), std::string::npos);
  EXPECT_EQ(RestoreRestJson(*rest, kLong), twice);
}


// The definition, built the obvious way: the first `"parts":[` followed by
// SqlJsonQuote(text) and `]`.
std::optional<std::string> RestJsonByDefinition(const std::string& raw, const std::string& text) {
  if (text.size() < 64 || text.size() > raw.size()) return std::nullopt;
  if (raw.find(kRestTextMarker) != std::string::npos) return std::nullopt;
  auto quoted = SqlJsonQuote(text);
  if (!quoted) return std::nullopt;
  const std::string needle = "\"parts\":[" + *quoted + "]";
  const size_t at = raw.find(needle);
  if (at == std::string::npos) return std::nullopt;
  return raw.substr(0, at + 9) + std::string(kRestTextMarker) + raw.substr(at + needle.size() - 1);
}

// The in-place comparison agrees with the definition on texts full of what
// JSON_QUOTE escapes, near misses (a byte changed, an escape written another
// way, the part cut short or followed by more) and several candidates.
TEST(RestJson, AgreesWithItsDefinitionOnRandomParts) {
  std::mt19937 rng(11);
  const std::string alphabet = std::string("ab \"\\/\n\t\r\b\f\xc3\xa9]") + std::string(1, '\x01');
  for (int n = 0; n < 3000; ++n) {
    std::string text = kLong;
    const int len = static_cast<int>(rng() % 30);
    for (int i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    if (rng() % 3 == 0) text.erase(rng() % text.size(), 1);
    auto quoted = SqlJsonQuote(text);
    std::string part = quoted ? *quoted : "\"" + kLong + "\"";
    switch (rng() % 5) {
      case 0: part[rng() % part.size()] = 'z'; break;
      case 1: part.insert(part.size() - 1, "x"); break;
      case 2: part += ",\"more\""; break;
      default: break;
    }
    std::string raw = Raw(part);
    if (rng() % 2) raw = R"({"parts":["no"],"x":)" + raw + "}";
    if (rng() % 4 == 0) raw += Raw(quoted.value_or("\"\""));
    ASSERT_EQ(RestJson(raw, text), RestJsonByDefinition(raw, text)) << n << ": " << raw;
  }
}

}  // namespace
}  // namespace chatbeto::chatgpt
