// End-to-end: db::BatchInsert against a real MariaDB. Its values go as
// strings in the binary character set (the session's character_set_client
// is binary while it sends them): they must land byte for byte in text and
// binary columns alike, and the session must get its character set back,
// after an error too.
#include <gtest/gtest.h>

#include <string>

#include "db/batch_insert.h"
#include "db/connection.h"
#include "db/row_buffer.h"
#include "support/harness.h"
#include "util/error.h"

namespace chatbeto::testing {
namespace {

class BatchInsertTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    Conn().Execute(
        "CREATE TABLE bi (id INT NOT NULL, s VARCHAR(8) NULL, t LONGTEXT NULL, b LONGBLOB NULL, "
        "d DATETIME(6) NULL) DEFAULT CHARSET = utf8mb4 COLLATE utf8mb4_unicode_ci");
  }
  std::string Hex(const std::string& column, int id) {
    auto rs = Conn().Query("SELECT HEX(" + column + ") FROM bi WHERE id = " + std::to_string(id));
    return rs->next() && !rs->isNull(1) ? std::string(rs->getString(1)) : "NULL";
  }
  static std::string HexOf(const std::string& bytes) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : bytes) (out += digits[c >> 4]) += digits[c & 15];
    return out;
  }
  // The session reads a literal as utf8mb4 and compares it with the
  // connection's case-insensitive collation.
  void ExpectSessionIsUtf8() {
    EXPECT_EQ(Conn().QueryString("SELECT @@character_set_client").value_or(""), "utf8mb4");
    EXPECT_EQ(Conn().QueryInt("SELECT CHAR_LENGTH('añ한😀')").value_or(-1), 4);
    EXPECT_EQ(Conn().QueryInt("SELECT 'ÁBC' = 'abc'").value_or(-1), 1);
  }
};

TEST_F(BatchInsertTest, ValuesLandByteForByteInTextAndBinaryColumns) {
  const std::string korean = "매수를 세금 주식 코드", emoji = "😀 gpt-4o C++ 50% snake_case";
  std::string blob("\x00\xff\x80\xc3(\x1f\x8b \\ '\"\n\t", 14);
  db::RowBuffer rows(db::RowBuffer::Format::kBinary);
  for (int i = 0; i < 70; ++i) {  // more than one statement (64 rows each at most)
    rows.BeginRow();
    rows.Int(i);
    rows.StrOrNull(i % 3 ? "añ한" : "");
    rows.Str(i % 2 ? korean : emoji);
    rows.Bytes(blob + std::to_string(i));
    rows.Time(1700000000.25 + i);
    rows.EndRow();
  }
  db::BatchInsert insert(Conn(), "bi", "id, s, t, b, d");
  insert.Insert(rows);

  EXPECT_EQ(Count("SELECT COUNT(*) FROM bi"), 70);
  EXPECT_EQ(Hex("t", 1), HexOf(korean));
  EXPECT_EQ(Hex("t", 2), HexOf(emoji));
  EXPECT_EQ(Hex("s", 1), HexOf("añ한"));
  EXPECT_EQ(Hex("s", 3), "NULL");
  EXPECT_EQ(Hex("b", 69), HexOf(blob + "69"));
  // Text columns hold characters, compared by the column's collation.
  EXPECT_EQ(Count("SELECT CHAR_LENGTH(s) FROM bi WHERE id = 1"), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM bi WHERE s = 'AÑ한'"), Count("SELECT COUNT(*) FROM bi WHERE s IS NOT NULL"));
  EXPECT_EQ(Conn().QueryString("SELECT DATE_FORMAT(d, '%Y-%m-%d %H:%i:%s.%f') FROM bi WHERE id = 0").value_or(""),
            "2023-11-14 22:13:20.250000");
  ExpectSessionIsUtf8();
}

TEST_F(BatchInsertTest, AnInsertTheServerRefusesLeavesTheSessionsCharacterSetAsItWas) {
  db::RowBuffer rows(db::RowBuffer::Format::kBinary);
  rows.BeginRow();
  rows.Int(1);
  rows.Str("far too long for eight characters");  // strict mode: an error
  rows.Null();
  rows.Null();
  rows.Null();
  rows.EndRow();
  db::BatchInsert insert(Conn(), "bi", "id, s, t, b, d");
  try {
    insert.Insert(rows);
    FAIL() << "the server took a value longer than its column";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("inserting into bi"), std::string::npos) << e.what();
  }
  ExpectSessionIsUtf8();
}

TEST_F(BatchInsertTest, InvalidUtf8InATextColumnIsRefused) {
  db::RowBuffer rows(db::RowBuffer::Format::kBinary);
  rows.BeginRow();
  rows.Int(1);
  rows.Null();
  rows.Str(std::string("ok \xc3\x28 then", 10));  // a lead byte without its continuation
  rows.Null();
  rows.Null();
  rows.EndRow();
  db::BatchInsert insert(Conn(), "bi", "id, s, t, b, d");
  EXPECT_THROW(insert.Insert(rows), Error);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM bi"), 0);
  ExpectSessionIsUtf8();
}

}  // namespace
}  // namespace chatbeto::testing
