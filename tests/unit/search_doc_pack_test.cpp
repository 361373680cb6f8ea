// search/doc_pack.h: a conversation's document facts packed into one value
// (search_convs.docs), and malformed values refused.
#include <gtest/gtest.h>

#include "search/doc_pack.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

TEST(SearchDocPack, RoundTripsEveryKindOfValue) {
  std::string v;
  AppendPackedDoc(v, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "assistant", "2025-08-24 01:46:40.123456");
  AppendPackedDoc(v, "client-created-root", "", "");
  AppendPackedDoc(v, "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0", "critic", "1000-01-01 00:00:00.000000");
  AppendPackedDoc(v, "", "tool", "9999-12-31 23:59:59.999999");
  AppendPackedDoc(v, "n", "user", "1969-12-31 23:59:59.5");
  auto docs = UnpackDocs(v, 5);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].node_id, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
  EXPECT_EQ(docs[0].role, "assistant");
  ASSERT_TRUE(docs[0].time_us);
  EXPECT_EQ(*docs[0].time_us, 1756000000123456);
  EXPECT_EQ(FormatSqlSeconds(*docs[0].time_us), "2025-08-24 01:46:40");
  EXPECT_EQ(docs[1].node_id, "client-created-root");
  EXPECT_EQ(docs[1].role, "");
  EXPECT_FALSE(docs[1].time_us);
  EXPECT_EQ(docs[2].node_id, "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0");  // not packed: kept as is
  EXPECT_EQ(docs[2].role, "critic");
  EXPECT_EQ(FormatSqlSeconds(*docs[2].time_us), "1000-01-01 00:00:00");
  EXPECT_EQ(docs[3].node_id, "");
  EXPECT_EQ(docs[3].role, "tool");
  EXPECT_EQ(FormatSqlSeconds(*docs[3].time_us), "9999-12-31 23:59:59");
  EXPECT_EQ(docs[4].role, "user");
  EXPECT_EQ(*docs[4].time_us, -500000);
  EXPECT_EQ(FormatSqlSeconds(*docs[4].time_us), "1969-12-31 23:59:59");  // cut, not rounded
  EXPECT_TRUE(UnpackDocs("", 0).empty());
}

TEST(SearchDocPack, PackedDocsReadsAnyDocumentAlone) {
  std::string v;
  for (int i = 0; i < 50; ++i)
    AppendPackedDoc(v, "node-" + std::to_string(i), i % 2 ? "assistant" : "user",
                    i % 3 ? "2025-01-01 00:00:0" + std::to_string(i % 10) : "");
  PackedDocs docs(v, 50);
  ASSERT_EQ(docs.size(), 50u);
  for (size_t i : {49u, 0u, 17u, 18u}) {
    PackedDoc d = docs[i];
    EXPECT_EQ(d.node_id, "node-" + std::to_string(i));
    EXPECT_EQ(d.role, i % 2 ? "assistant" : "user");
    EXPECT_EQ(d.time_us.has_value(), i % 3 != 0);
  }
  EXPECT_EQ(FormatSqlSeconds(*docs[1].time_us), "2025-01-01 00:00:01");
  EXPECT_THROW(PackedDocs(v, 49), Error);
}

TEST(SearchDocPack, AUuidNodeTakesEighteenBytes) {
  std::string v;
  AppendPackedDoc(v, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "user", "");
  EXPECT_EQ(v.size(), 1u + 16u + 1u + 1u);
}

TEST(SearchDocPack, ParsesDatetimeTextsAsTheServerCompares) {
  EXPECT_EQ(ParseSqlDatetimeMicros("1970-01-01"), 0);
  EXPECT_EQ(ParseSqlDatetimeMicros("1970-01-02 00:00:01"), int64_t{86401} * 1000000);
  EXPECT_EQ(ParseSqlDatetimeMicros("1970-01-01 00:00:00.25"), 250000);
  EXPECT_EQ(ParseSqlDatetimeMicros("2024-02-29"), ParseSqlDatetimeMicros("2024-02-29 00:00:00.000000"));
  for (const char* bad : {"", "2023-02-29", "2024-13-01", "0999-01-01", "2024-01-01T00:00:00",
                          "2024-01-01 24:00:00", "2024-01-01 00:00:00.", "2024-01-01 00:00:00.1234567",
                          "2024-1-01", "2024-01-01 00:60:00"})
    EXPECT_FALSE(ParseSqlDatetimeMicros(bad)) << bad;
  std::string v;
  EXPECT_THROW(AppendPackedDoc(v, "n", "user", "yesterday"), Error);
}

void ExpectDamaged(std::string_view value, uint64_t expected, const std::string& what) {
  try {
    UnpackDocs(value, expected);
    ADD_FAILURE() << "accepted: " << what;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kDatabase) << what;
    EXPECT_NE(std::string(e.what()).find("damaged"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("search --reindex"), std::string::npos) << e.what();
  }
}

TEST(SearchDocPack, MalformedValuesAreRefusedAsADamagedIndex) {
  std::string v;
  AppendPackedDoc(v, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "assistant", "2025-08-24 01:46:40");
  AppendPackedDoc(v, "node-2", "moderator", "2025-08-24 01:46:41");
  ASSERT_EQ(UnpackDocs(v, 2).size(), 2u);
  for (size_t n = 1; n < v.size(); ++n) ExpectDamaged(v.substr(0, n), 2, "cut at " + std::to_string(n));
  ExpectDamaged(v, 1, "one more document than the range");
  ExpectDamaged(v, 3, "one fewer document than the range");
  ExpectDamaged("", 1, "empty value, one document expected");
  ExpectDamaged(std::string("\x03", 1), 1, "odd node code other than a UUID");
  ExpectDamaged(std::string(11, '\xff'), 1, "a number of more than 64 bits");
  ExpectDamaged(std::string("\x02n\x7f", 3), 1, "a role longer than the value");
  // A time past DATETIME's last microsecond (9999-12-31 23:59:59.999999):
  // node "n", no role, then the time's varint.
  auto with_time = [](uint64_t code) {
    std::string t("\x02n\x00", 3);
    for (; code >= 0x80; code >>= 7) t += static_cast<char>((code & 0x7f) | 0x80);
    return t + static_cast<char>(code);
  };
  const uint64_t last = uint64_t{3287182} * 86400 * 1000000 - 1;  // offset of the last one
  ASSERT_EQ(FormatSqlSeconds(*UnpackDocs(with_time(last + 1), 1)[0].time_us), "9999-12-31 23:59:59");
  ExpectDamaged(with_time(last + 2), 1, "a time in the year 10000");
  ExpectDamaged(with_time(uint64_t{1} << 60), 1, "a time thousands of years past 9999");
}

}  // namespace
}  // namespace chatbeto::search
