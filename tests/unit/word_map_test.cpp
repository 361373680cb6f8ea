#include "util/word_map.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace chatbeto::util {
namespace {

TEST(WordMap, FindsEveryKeyAndNothingElse) {
  const WordMap<int> m = {{"lunes", 1}, {"martes", 2}, {"mar", 3}, {"", 4}, {"a", 5}};
  ASSERT_EQ(m.size(), 5u);
  ASSERT_NE(m.Find("lunes"), nullptr);
  EXPECT_EQ(*m.Find("lunes"), 1);
  EXPECT_EQ(*m.Find("martes"), 2);
  EXPECT_EQ(*m.Find("mar"), 3);
  EXPECT_EQ(*m.Find(""), 4);
  EXPECT_EQ(*m.Find("a"), 5);
  for (const char* absent : {"lune", "lunesx", "Lunes", "marte", "ma", "b", "aa", "martes "})
    EXPECT_EQ(m.Find(absent), nullptr) << absent;
  EXPECT_TRUE(m.Contains("mar"));
  EXPECT_FALSE(m.Contains("mars"));
}

TEST(WordMap, AKeyGivenTwiceKeepsItsFirstValue) {
  const WordMap<int> m = {{"may", 5}, {"may", 6}, {"june", 6}};
  EXPECT_EQ(m.size(), 2u);
  EXPECT_EQ(*m.Find("may"), 5);
}

TEST(WordMap, ManyKeysWithSharedPrefixesAndLongKeys) {
  // Enough keys to collide in the probe array, lengths past the filter's 31.
  std::vector<std::string> keys;
  for (int i = 0; i < 2000; ++i) keys.push_back("w" + std::to_string(i * 7919));
  keys.push_back(std::string(40, 'x'));
  std::vector<std::pair<std::string_view, int>> entries;
  for (size_t i = 0; i < keys.size(); ++i) entries.emplace_back(keys[i], static_cast<int>(i));
  const WordMap<int> m(entries);
  ASSERT_EQ(m.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const int* v = m.Find(keys[i]);
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(*v, static_cast<int>(i));
  }
  EXPECT_EQ(m.Find("w1"), nullptr);
  EXPECT_EQ(m.Find(std::string(41, 'x')), nullptr);
  EXPECT_EQ(m.Find(std::string(39, 'x')), nullptr);
}

TEST(WordMap, EmptyMapFindsNothing) {
  const WordMap<int> m;
  EXPECT_EQ(m.size(), 0u);
  EXPECT_EQ(m.Find(""), nullptr);
  EXPECT_EQ(m.Find("x"), nullptr);
}

TEST(WordSet, ContainsItsWordsOnly) {
  const WordSet s = {"and", "y", "que"};
  EXPECT_EQ(s.size(), 3u);
  EXPECT_TRUE(s.Contains("and"));
  EXPECT_TRUE(s.Contains("y"));
  EXPECT_FALSE(s.Contains("an"));
  EXPECT_FALSE(s.Contains("ya"));
  EXPECT_FALSE(s.Contains(""));
}

TEST(WordSet, BuiltFromViewsKeepsOneOfEachWord) {
  const std::vector<std::string_view> words = {"ra", "ram", "ram", "rama"};
  const WordSet s(words);
  EXPECT_EQ(s.size(), 3u);
  EXPECT_TRUE(s.Contains("ram"));
  EXPECT_FALSE(s.Contains("r"));
  EXPECT_FALSE(s.Contains("ramas"));
}

TEST(WordMap, ForEachKeyVisitsEveryKeyOnce) {
  const WordMap<int> m = {{"may", 5}, {"may", 6}, {"june", 6}, {"", 0}};
  std::vector<std::string> keys;
  m.ForEachKey([&](std::string_view k) { keys.emplace_back(k); });
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"", "june", "may"}));
  const WordSet s = {"ra", "ram", "ra"};
  keys.clear();
  s.ForEachKey([&](std::string_view k) { keys.emplace_back(k); });
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"ra", "ram"}));
  WordMap<int>().ForEachKey([](std::string_view) { FAIL() << "an empty map has no keys"; });
}

}  // namespace
}  // namespace chatbeto::util
