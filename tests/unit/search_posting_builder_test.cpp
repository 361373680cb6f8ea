#include "search/posting_builder.h"

#include "search/fold.h"
#include "search/postings.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

namespace chatbeto::search {
namespace {

std::map<uint64_t, std::vector<uint32_t>> Lists(const PostingBuilder& b) {
  std::map<uint64_t, std::vector<uint32_t>> out;
  uint64_t prev = 0;
  bool first = true;
  b.ForEach([&](uint64_t key, uint32_t first_doc, size_t n, std::string_view encoded) {
    EXPECT_TRUE(first || key > prev) << "keys not ascending at " << key;
    first = false;
    prev = key;
    std::vector<uint32_t> docs;
    DecodePostings(encoded, first_doc, docs);  // throws on a malformed list
    EXPECT_EQ(docs.size(), n) << key;
    EXPECT_EQ(docs.empty() ? 0 : docs.front(), first_doc) << key;
    out[key] = docs;
  });
  return out;
}

TEST(SearchPostingBuilder, DropsRepeatsAndKeepsDocumentsAscending) {
  PostingBuilder b;
  b.Add(7, 1);
  b.Add(3, 1);
  b.Add(7, 1);  // repeat in the same document
  b.Add(7, 4);
  b.Add(~uint64_t{0}, 4);  // bit 63 set: unigram keys
  b.Add(3, 9);
  auto lists = Lists(b);
  ASSERT_EQ(lists.size(), 3u);
  EXPECT_EQ(lists[3], (std::vector<uint32_t>{1, 9}));
  EXPECT_EQ(lists[7], (std::vector<uint32_t>{1, 4}));
  EXPECT_EQ(lists[~uint64_t{0}], (std::vector<uint32_t>{4}));
}

TEST(SearchPostingBuilder, EmptyBuilderCallsNothing) {
  PostingBuilder b;
  EXPECT_TRUE(b.empty());
  EXPECT_TRUE(Lists(b).empty());
}

// Many keys (the table grows many times) against a std::map of sets.
TEST(SearchPostingBuilder, MatchesASimpleModelOnRandomInput) {
  std::mt19937_64 rng(42);
  PostingBuilder b;
  std::map<uint64_t, std::set<uint32_t>> want;
  for (uint32_t doc = 0; doc < 2000; ++doc)
    for (int i = 0; i < 60; ++i) {
      uint64_t key = rng() % 50000 * 0x100000001ull;  // collide in the low bits
      b.Add(key, doc);
      want[key].insert(doc);
    }
  auto lists = Lists(b);
  ASSERT_EQ(lists.size(), want.size());
  EXPECT_EQ(b.keys(), want.size());
  for (const auto& [key, docs] : want)
    EXPECT_EQ(lists[key], std::vector<uint32_t>(docs.begin(), docs.end())) << key;
}

// A key in many documents with gaps of every varint width: its list spans
// many arena slices, and reads back exactly.
TEST(SearchPostingBuilder, LongListsWithWideGapsReadBack) {
  PostingBuilder b;
  std::vector<uint32_t> docs;
  uint32_t doc = 0;
  for (int i = 0; i < 20000; ++i) {
    doc += 1 + static_cast<uint32_t>((i * 2654435761u) % (i % 7 == 0 ? 300000u : 100u));
    docs.push_back(doc);
    b.Add(5, doc);
    if (i % 3 == 0) b.Add(9, doc);
  }
  auto lists = Lists(b);
  EXPECT_EQ(lists[5], docs);
  EXPECT_EQ(lists[9].size(), 6667u);
}

// A builder cleared and filled again (the importer reuses one per batch)
// gives exactly the lists of a new one, with its arena blocks reused and
// more added, and keys that differ only in a trigram's first character.
TEST(SearchPostingBuilder, ClearedBuilderIsLikeANewOne) {
  PostingBuilder reused;
  for (int round = 0; round < 3; ++round) {
    std::mt19937_64 rng(100 + round);
    PostingBuilder fresh;
    std::map<uint64_t, std::set<uint32_t>> want;
    const int docs = 300 + 900 * round;  // the later rounds need more arena blocks
    for (uint32_t doc = 0; doc < static_cast<uint32_t>(docs); ++doc)
      for (int i = 0; i < 200; ++i) {
        const char32_t first = static_cast<char32_t>(0xAC00 + rng() % 3000);
        const uint64_t key = TrigramKey(first, 0xAC01, 0xAC02 + static_cast<char32_t>(rng() % 4));
        reused.Add(key, doc);
        fresh.Add(key, doc);
        want[key].insert(doc);
      }
    auto got = Lists(reused);
    ASSERT_EQ(got.size(), want.size()) << round;
    for (const auto& [key, d] : want)
      ASSERT_EQ(got[key], std::vector<uint32_t>(d.begin(), d.end())) << round << " " << key;
    EXPECT_EQ(got, Lists(fresh)) << round;
    reused.Clear();
    EXPECT_TRUE(reused.empty());
    EXPECT_TRUE(Lists(reused).empty());
  }
}

// AddAll is Add, key by key.
TEST(SearchPostingBuilder, AddAllIsAddInTurn) {
  std::vector<uint64_t> keys;
  for (uint64_t k = 0; k < 5000; ++k) keys.push_back((k * 7919) % 1234);
  PostingBuilder a, b;
  for (uint32_t doc = 0; doc < 4; ++doc) {
    a.AddAll(keys.data(), keys.size(), doc);
    for (uint64_t k : keys) b.Add(k, doc);
  }
  EXPECT_EQ(Lists(a), Lists(b));
  EXPECT_EQ(a.keys(), 1234u);
}

// The same in calls of every size around its look-ahead (8 keys), from an
// empty table that grows many times on the way (room is made per call).
TEST(SearchPostingBuilder, AddAllInCallsOfAnySizeIsAdd) {
  std::mt19937_64 rng(11);
  PostingBuilder a, b;
  for (uint32_t doc = 0; doc < 300; ++doc) {
    const size_t n = doc % 20;  // 0 .. 19 keys
    std::vector<uint64_t> keys;
    for (size_t i = 0; i < n; ++i) keys.push_back(rng() % 2000 + (i % 3 == 0 ? 0 : doc * 1000));
    a.AddAll(keys.data(), keys.size(), doc);
    for (uint64_t k : keys) b.Add(k, doc);
  }
  EXPECT_EQ(Lists(a), Lists(b));
  EXPECT_EQ(a.keys(), b.keys());
  EXPECT_GT(a.keys(), 2000u);
}

// ForEachRanked gives every list ForEach gives, in (rank, key) order.
TEST(SearchPostingBuilder, RankedOrderIsByRankThenKey) {
  std::mt19937_64 rng(5);
  PostingBuilder b;
  for (uint32_t doc = 0; doc < 500; ++doc)
    for (int i = 0; i < 40; ++i) b.Add(rng() % 3000 * 0x9E3779B97F4A7C15ull, doc);
  auto rank = [](uint64_t key) { return static_cast<uint32_t>(key >> 60); };  // 16 ranks
  std::map<uint64_t, std::vector<uint32_t>> got;
  std::pair<uint32_t, uint64_t> prev{0, 0};
  bool first = true;
  b.ForEachRanked(rank, [&](uint64_t key, uint32_t first_doc, size_t n, std::string_view encoded) {
    const std::pair<uint32_t, uint64_t> at{rank(key), key};
    EXPECT_TRUE(first || at > prev) << key;
    first = false;
    prev = at;
    std::vector<uint32_t> docs;
    DecodePostings(encoded, first_doc, docs);
    EXPECT_EQ(docs.size(), n);
    got[key] = docs;
  });
  EXPECT_EQ(got, Lists(b));
}

}  // namespace
}  // namespace chatbeto::search
