// Posting rows by bucket (search/buckets.h): entries read back as written;
// a damaged row is refused with a clear error, never read past its end.
#include "search/buckets.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>
#include <vector>

#include "search/postings.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

using Entry = std::tuple<uint64_t, uint32_t, uint32_t, std::string>;

std::vector<Entry> Read(std::string_view row) {
  std::vector<Entry> out;
  ForEachBucketEntry(row, [&](uint64_t k, uint32_t n, uint32_t rel, std::string_view list) {
    out.emplace_back(k, n, rel, std::string(list));
  });
  return out;
}

TEST(SearchBuckets, EntriesReadBackAsWritten) {
  std::string list;
  EncodePostings({10, 12, 400}, 10, list);
  const std::vector<Entry> want = {{1, 3, 0, list}, {~uint64_t{0}, 1, 300, std::string(1, '\0')},
                                   {uint64_t{1} << 62 | 5, 0, 1u << 31, ""}};
  std::string row;
  for (const auto& [k, n, rel, l] : want) AppendBucketEntry(row, k, n, rel, l);
  EXPECT_EQ(Read(row), want);
  EXPECT_TRUE(Read("").empty());
  DocList docs;
  DecodePostings(std::get<3>(Read(row)[0]), 10, docs);
  EXPECT_EQ(docs, (DocList{10, 12, 400}));
}

TEST(SearchBuckets, DamagedRowsAreRefused) {
  std::string good;
  AppendBucketEntry(good, 42, 2, 7, "\x00\x05");
  const std::vector<std::string> bad = {
      good.substr(0, 5),                                   // inside the key
      good.substr(0, 8),                                   // no count
      good.substr(0, 10),                                  // no length
      good.substr(0, good.size() - 1),                     // list cut short
      std::string(8, 'k') + "\xff\xff\xff\xff\xff\x01",    // a count over five bytes
      std::string(8, 'k') + "\xff\xff\xff\xff\x7f" "\x00\x00",  // over 32 bits
      std::string(8, 'k') + "\x01\x00\x7f",                // list longer than the row
  };
  for (const auto& b : bad) EXPECT_THROW(Read(b), Error) << b.size();
}

TEST(SearchBuckets, KeysSpreadOverTheBuckets) {
  // Trigrams that differ only in their first character (the high bits) must
  // not share a bucket.
  std::set<uint32_t> seen;
  // 1,000 keys in 4,096 buckets: about 890 distinct ones if spread at random.
  for (uint64_t a = 0; a < 1000; ++a) {
    const uint32_t b = BucketOf(uint64_t{1} << 62 | a << 40 | 0x44 << 20 | 0x55);
    EXPECT_LT(b, kBuckets);
    seen.insert(b);
  }
  EXPECT_GT(seen.size(), 850u);
}

}  // namespace
}  // namespace chatbeto::search
