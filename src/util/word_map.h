// A read-only table from words to values, for the fixed word lists of the
// event extractor (number words, cue phrases, language votes), which look
// up nearly every word of every message.
//
// std::unordered_map spent a sixth of the extractor's CPU in these lookups:
// a murmur hash over the bytes, a division by the bucket count, a walk of a
// linked bucket. Here a word is first checked against the first bytes and
// lengths the keys have (most words asked about are in no list and stop
// there), then hashed with FNV-1a and looked up by linear probing in a
// power-of-two array at most half full.
//
// Contract:
// - Keys are views: the bytes they point to must outlive the map (string
//   literals, or the static tables the callers build from).
// - A key given twice keeps its first value, as std::unordered_map's
//   initializer-list constructor does.
// - Find never allocates; the map is safe to read from many threads once
//   built (a function-local static is built once).
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace chatbeto::util {

template <class V>
class WordMap {
 public:
  WordMap() : slots_(2) {}
  WordMap(std::initializer_list<std::pair<std::string_view, V>> entries)
      : WordMap(std::vector<std::pair<std::string_view, V>>(entries)) {}
  explicit WordMap(const std::vector<std::pair<std::string_view, V>>& entries) {
    size_t capacity = 2;
    while (capacity < entries.size() * 2) capacity *= 2;
    slots_.resize(capacity);
    for (const auto& [key, value] : entries) Add(key, value);
  }

  // The value of `w`, or nullptr.
  const V* Find(std::string_view w) const {
    if (!MayHold(w)) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(w) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == w) return &s.value;
    }
  }
  bool Contains(std::string_view w) const { return Find(w) != nullptr; }
  size_t size() const { return size_; }
  // Calls f(key) for every key, in no particular order.
  template <class F>
  void ForEachKey(F&& f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.key);
  }

 private:
  struct Slot {
    std::string_view key;
    V value{};
    bool used = false;
  };

  static uint64_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  static uint32_t LengthBit(size_t n) { return 1u << (n < 31 ? n : 31); }
  bool MayHold(std::string_view w) const {
    const unsigned char first = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    return (lengths_[first] & LengthBit(w.size())) != 0;
  }
  void Add(std::string_view key, const V& value) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.used && s.key == key) return;  // the first value stays
      if (s.used) continue;
      s = {key, value, true};
      ++size_;
      const unsigned char first = key.empty() ? 0 : static_cast<unsigned char>(key[0]);
      lengths_[first] |= LengthBit(key.size());
      return;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  // By first byte: bit n set when a key of length n (31: longer) starts with it.
  uint32_t lengths_[256] = {};
};

// A set of words: a WordMap without values.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) : map_(Pairs(words)) {}
  explicit WordSet(const std::vector<std::string_view>& words) : map_(Pairs(words)) {}
  bool Contains(std::string_view w) const { return map_.Contains(w); }
  size_t size() const { return map_.size(); }
  template <class F>
  void ForEachKey(F&& f) const {
    map_.ForEachKey(f);
  }

 private:
  template <class Words>
  static std::vector<std::pair<std::string_view, bool>> Pairs(const Words& words) {
    std::vector<std::pair<std::string_view, bool>> out;
    out.reserve(words.size());
    for (std::string_view w : words) out.emplace_back(w, true);
    return out;
  }
  WordMap<bool> map_;
};

}  // namespace chatbeto::util
