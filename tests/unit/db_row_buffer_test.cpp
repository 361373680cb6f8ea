#include "db/row_buffer.h"

#include <gtest/gtest.h>

#include <random>
#include <optional>
#include <string>
#include <vector>

namespace chatbeto::db {
namespace {

std::string NaiveTsv(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\0': out += "\\0"; break;
      default: out += c;
    }
  }
  return out;
}

// The 16-bytes-at-a-time scan escapes exactly what a byte-by-byte one does,
// wherever the special bytes fall (any offset, runs, the last bytes, UTF-8,
// bytes over 0x7F), in values shorter and longer than one step.
TEST(DbRowBuffer, TsvEscapingMatchesByteByByte) {
  std::mt19937 rng(7);
  const std::string alphabet = std::string("ab\\\t\n\xea\xb0\x80 \xff\x8b\x5d") + std::string(1, '\0');
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    const int len = static_cast<int>(rng() % 80);
    for (int i = 0; i < len; ++i)
      s += rng() % 4 ? 'x' : alphabet[rng() % alphabet.size()];
    RowBuffer b(RowBuffer::Format::kTsv);
    b.BeginRow();
    b.Str(s);
    b.EndRow();
    ASSERT_EQ(b.data(), NaiveTsv(s) + "\n") << n;
  }
}

TEST(DbRowBuffer, BytesAreHexInSqlAndEscapedInTsv) {
  const std::string bytes("\x00\xff\\\t", 4);
  RowBuffer sql(RowBuffer::Format::kSql);
  sql.BeginRow();
  sql.Bytes(bytes);
  sql.EndRow();
  EXPECT_EQ(sql.data(), "(X'00FF5C09')");
  RowBuffer tsv(RowBuffer::Format::kTsv);
  tsv.BeginRow();
  tsv.Bytes(bytes);
  tsv.UInt(~uint64_t{0});
  tsv.EndRow();
  EXPECT_EQ(tsv.data(), std::string("\\0\xff\\\\\\t\t18446744073709551615\n"));
}

// kBinary keeps every value as it is, length-prefixed: BinaryFields gives
// back the same values, NULLs where the row had them, and numbers, booleans
// and times as the SQL text the other formats write.
TEST(DbRowBuffer, BinaryRowsReadBackValueByValue) {
  const std::string bytes("\x00\xff\\\t\n", 5);
  const std::string big(70000, '\xea');  // a length over 16 bits
  RowBuffer b(RowBuffer::Format::kBinary);
  b.BeginRow();
  b.Str("caf\xc3\xa9");
  b.StrOrNull("");
  b.Bytes(bytes);
  b.Int(-42);
  b.UInt(~uint64_t{0});
  b.Bool(true);
  b.Bool(std::nullopt);
  b.Time(0.5);
  b.EndRow();
  b.BeginRow();
  b.Str("");
  b.Str(big);
  b.Null();
  b.EndRow();
  EXPECT_EQ(b.rows(), 2u);
  std::vector<std::optional<std::string>> got;
  BinaryFields f(b.data());
  for (std::optional<std::string_view> v; f.Next(v);)
    got.push_back(v ? std::optional<std::string>(std::string(*v)) : std::nullopt);
  EXPECT_TRUE(f.ok());
  const std::vector<std::optional<std::string>> want = {
      "caf\xc3\xa9", std::nullopt, bytes, "-42", "18446744073709551615", "1", std::nullopt,
      "1970-01-01 00:00:00.500000", "", big, std::nullopt};
  EXPECT_EQ(got, want);
}

// What is no kBinary encoding stops the reader with ok() false: an unknown
// tag, a length cut short, a length past the end.
TEST(DbRowBuffer, BinaryFieldsRejectsWhatIsNoEncoding) {
  const std::vector<std::string> bad = {std::string("\x02", 1), std::string("\x01\x05\x00", 3),
                                        std::string("\x01\x05\x00\x00\x00" "abcd", 9),
                                        std::string("\x01\xff\xff\xff\xff", 5)};
  for (const auto& data : bad) {
    BinaryFields f(data);
    std::optional<std::string_view> v;
    EXPECT_FALSE(f.Next(v)) << data.size();
    EXPECT_FALSE(f.ok()) << data.size();
  }
  BinaryFields empty("");
  std::optional<std::string_view> v;
  EXPECT_FALSE(empty.Next(v));
  EXPECT_TRUE(empty.ok());
}

}  // namespace
}  // namespace chatbeto::db
