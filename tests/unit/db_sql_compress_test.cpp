#include "db/sql_compress.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace chatbeto::db {
namespace {

TEST(DbSqlCompress, RoundTripsAndWritesTheLengthFirst) {
  for (std::string s : {std::string("x"), std::string(1000, 'a'), std::string("{\"a\": \"\xea\xb0\x80\"}"),
                        std::string("\0\1\2", 3)}) {
    std::string z = SqlCompress(s);
    ASSERT_GE(z.size(), 5u);
    EXPECT_EQ(static_cast<unsigned char>(z[0]), s.size() & 0xFF);
    EXPECT_EQ(z[3], 0);
    EXPECT_EQ(SqlUncompress(z), s);
  }
  EXPECT_EQ(SqlCompress(""), "");
  EXPECT_EQ(SqlUncompress(""), "");
}

// Below kStoreBelow the stream holds the bytes as they are (a stored block:
// zlib's 2-byte header, 5 bytes of block header, 4 of checksum); from it on,
// repeated JSON shrinks.
TEST(DbSqlCompress, StoresShortValuesAndCompressesLongOnes) {
  std::string brief;
  while (brief.size() + 16 < kStoreBelow) brief += "{\"k\": \"v\"}, ";
  const std::string z = SqlCompress(brief);
  EXPECT_EQ(z.size(), 4 + 2 + 5 + brief.size() + 4);
  EXPECT_NE(z.find(brief), std::string::npos);
  EXPECT_EQ(SqlUncompress(z), brief);
  std::string longer = brief;
  while (longer.size() < kStoreBelow) longer += "{\"k\": \"v\"}, ";
  const std::string zl = SqlCompress(longer);
  EXPECT_LT(zl.size(), longer.size() / 4);
  EXPECT_EQ(SqlUncompress(zl), longer);
}

TEST(DbSqlCompress, RejectsWhatIsNotCompressed) {
  for (std::string bad : {std::string("abc"), std::string("\x05\0\0\0garbage", 11),
                          SqlCompress("hello").substr(0, 8)})
    EXPECT_THROW(SqlUncompress(bad), Error) << bad.size();
  EXPECT_THROW(SqlCompress(std::string(kMaxSqlCompress + 1, 'x')), Error);
}

}  // namespace
}  // namespace chatbeto::db
