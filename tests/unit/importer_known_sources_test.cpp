// The reader's first test of a record's source hash: its first 64 bits.
#include <gtest/gtest.h>

#include <string>

#include "importer/known_sources.h"

namespace chatbeto::importer {
namespace {

TEST(ImporterKnownSources, PrefixIsTheFirstSixteenHexDigits) {
  EXPECT_EQ(SourcePrefix("0000000000000001" + std::string(48, 'f')), 1u);
  EXPECT_EQ(SourcePrefix("ffffffffffffffff" + std::string(48, '0')), ~uint64_t{0});
  EXPECT_EQ(SourcePrefix("0123456789abcdef0"), 0x0123456789abcdefULL);
  EXPECT_NE(SourcePrefix("0123456789abcdee"), SourcePrefix("0123456789abcdef"));
}

TEST(ImporterKnownSources, FilterMatchesStoredPrefixesOnly) {
  EXPECT_EQ(KnownSourceFilter({}), nullptr);  // nothing stored: nothing to skip
  std::string a = "a1b2c3d4e5f60718" + std::string(48, '9');
  std::string b = "00000000000000ff" + std::string(48, '1');
  auto known = KnownSourceFilter({SourcePrefix(b), SourcePrefix(a), 7});  // any order
  ASSERT_NE(known, nullptr);
  EXPECT_TRUE(known(a));
  EXPECT_TRUE(known(b));
  EXPECT_TRUE(known("0000000000000007" + std::string(48, 'e')));
  // Same first 64 bits, other rest: a candidate the writer must confirm.
  EXPECT_TRUE(known("a1b2c3d4e5f60718" + std::string(48, '0')));
  EXPECT_FALSE(known("a1b2c3d4e5f60719" + std::string(48, '9')));
  EXPECT_FALSE(known("0000000000000006" + std::string(48, 'e')));
}

}  // namespace
}  // namespace chatbeto::importer
