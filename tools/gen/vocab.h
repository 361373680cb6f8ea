// Words for the generated text, so that an export has the variety of real
// writing: a real account's text holds hundreds of thousands of distinct
// words and character triples, while the corpus sentences (corpus.h) repeat a
// few dozen. What the search index costs depends on that variety (one
// posting row per distinct key and batch), so a generator without it makes
// the import look cheaper than it is on real data.
//
// Each language gets a fixed vocabulary made up once per seed: Korean words
// of one to four syllables drawn from about 2,350 syllables (the size of the
// common KS X 1001 set), English and Spanish words from letters in their
// usual frequencies. Words are drawn by a Zipf law (a few very common, a long
// tail of rare ones), as in natural text.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json_out.h"
#include "rng.h"

namespace gen {

class Zipf {
 public:
  Zipf(size_t n, double s) : cum_(n) {
    double t = 0;
    for (size_t i = 0; i < n; ++i) cum_[i] = t += 1.0 / std::pow(static_cast<double>(i + 1), s);
  }
  size_t draw(Rng& r) const {
    const double u = r.unit() * cum_.back();
    return static_cast<size_t>(std::upper_bound(cum_.begin(), cum_.end(), u) - cum_.begin());
  }

 private:
  std::vector<double> cum_;
};

class Vocabulary {
 public:
  enum class Script { kHangul, kLatinEn, kLatinEs };

  Vocabulary(Rng& r, Script script, size_t words) : zipf_(words, 1.05) {
    std::vector<std::string> units = Units(r, script);
    const Zipf unit_zipf(units.size(), script == Script::kHangul ? 1.0 : 0.9);
    words_.reserve(words);
    for (size_t i = 0; i < words; ++i) {
      std::string w;
      const int n = script == Script::kHangul ? Pick(r, {15, 45, 30, 10}) + 1
                                                : static_cast<int>(r.range(2, 10));
      for (int k = 0; k < n; ++k) w += units[unit_zipf.draw(r)];
      words_.push_back(make_frag(w));
    }
  }
  const Frag& draw(Rng& r) const { return words_[zipf_.draw(r)]; }

 private:
  static int Pick(Rng& r, std::initializer_list<int> weights) {
    int total = 0;
    for (int w : weights) total += w;
    int x = static_cast<int>(r.below(static_cast<uint64_t>(total))), i = 0;
    for (int w : weights) {
      if (x < w) return i;
      x -= w;
      ++i;
    }
    return i - 1;
  }
  static std::string Utf8(char32_t c) {
    std::string s;
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
  }
  // The building blocks, most frequent first.
  static std::vector<std::string> Units(Rng& r, Script script) {
    std::vector<std::string> out;
    if (script == Script::kHangul) {
      for (int i = 0; i < 2350; ++i) out.push_back(Utf8(0xAC00 + static_cast<char32_t>(r.below(11172))));
      return out;
    }
    // Letters by their frequency in running text.
    static constexpr std::string_view kEn[] = {"e", "t", "a", "o", "i", "n", "s", "h", "r", "d", "l",
                                               "c", "u", "m", "w", "f", "g", "y", "p", "b", "v", "k",
                                               "j", "x", "q", "z"};
    static constexpr std::string_view kEs[] = {"e", "a", "o", "s", "r", "n", "i", "d", "l", "c",
                                               "t", "u", "m", "p", "b", "g", "v", "y", "q", "h",
                                               "f", "z", "j", "ñ", "x", "á", "é", "í", "ó", "ú"};
    if (script == Script::kLatinEn) out.assign(std::begin(kEn), std::end(kEn));
    else out.assign(std::begin(kEs), std::end(kEs));
    return out;
  }

  Zipf zipf_;
  std::vector<Frag> words_;
};

}  // namespace gen
