#include "db/row_buffer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

}  // namespace
}  // namespace chatbeto::db
