#include "search/fold.h"

#include <algorithm>
#include <map>

namespace chatbeto::search {

FoldTable::FoldTable() : rep_(0x10000) {
  for (char32_t c = 0; c < rep_.size(); ++c) rep_[c] = c;
}

FoldTable FoldTable::FromWeights(std::vector<std::pair<char32_t, std::string>> weights) {
  FoldTable t;
  std::map<std::string, char32_t> smallest;
  std::sort(weights.begin(), weights.end());
  for (const auto& [cp, w] : weights) {
    if (cp >= 0x10000) continue;
    auto it = smallest.emplace(w, cp).first;
    t.Set(cp, it->second);
  }
  return t;
}

std::vector<char32_t> FoldText(const FoldTable& t, std::string_view s,
                               std::vector<uint32_t>* offsets) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  if (offsets) {
    offsets->clear();
    offsets->reserve(s.size() + 1);
  }
  size_t i = 0;
  while (i < s.size()) {
    if (offsets) offsets->push_back(static_cast<uint32_t>(i));
    out.push_back(t.Fold(NextCodePoint(s, i)));
  }
  if (offsets) offsets->push_back(static_cast<uint32_t>(s.size()));
  return out;
}

std::vector<uint64_t> TextGrams(const std::vector<char32_t>& f) {
  std::vector<uint64_t> g;
  g.reserve(f.size() * 3);
  ForEachGram(f, [&](uint64_t k) { g.push_back(k); });
  std::sort(g.begin(), g.end());
  g.erase(std::unique(g.begin(), g.end()), g.end());
  return g;
}

std::vector<uint64_t> TermGrams(const std::vector<char32_t>& f) {
  std::vector<uint64_t> g;
  // The bigram of a and b, or where that is no key the unigrams of both.
  auto pair = [&](char32_t a, char32_t b) {
    if (BigramIndexed(a, b)) {
      g.push_back(BigramKey(a, b));
    } else {
      g.push_back(UnigramKey(a));
      g.push_back(UnigramKey(b));
    }
  };
  if (f.size() == 1) g.push_back(UnigramKey(f[0]));
  if (f.size() == 2) pair(f[0], f[1]);
  for (size_t i = 0; i + 2 < f.size(); ++i) {
    if (TrigramIndexed(f[i], f[i + 1], f[i + 2])) {
      g.push_back(TrigramKey(f[i], f[i + 1], f[i + 2]));
      continue;
    }
    pair(f[i], f[i + 1]);
    pair(f[i + 1], f[i + 2]);
  }
  std::sort(g.begin(), g.end());
  g.erase(std::unique(g.begin(), g.end()), g.end());
  return g;
}

bool TermGramsExact(const std::vector<char32_t>& f) {
  if (f.size() == 1) return true;
  if (f.size() == 2) return BigramIndexed(f[0], f[1]);
  return f.size() == 3 && f[0] < kTrigramClassMax && f[1] < kTrigramClassMax &&
         f[2] < kTrigramClassMax && TrigramIndexed(f[0], f[1], f[2]);
}

std::vector<std::pair<uint32_t, uint32_t>> FindAll(const std::vector<char32_t>& text,
                                                   const std::vector<uint32_t>& offsets,
                                                   const std::vector<char32_t>& term) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  if (term.empty() || term.size() > text.size()) return out;
  auto it = text.begin();
  while (true) {
    it = std::search(it, text.end(), term.begin(), term.end());
    if (it == text.end()) break;
    size_t pos = static_cast<size_t>(it - text.begin());
    out.emplace_back(offsets[pos], offsets[pos + term.size()]);
    it += static_cast<std::ptrdiff_t>(term.size());
  }
  return out;
}

}  // namespace chatbeto::search
