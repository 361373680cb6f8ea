// Builds the posting lists of a batch of documents in memory, fast: one
// open-addressing table from key to list, and each list kept already
// encoded (the varint gaps of search/postings.h) in slices of a byte arena
// that grow with the list, so that a (key, document) pair costs about one
// byte and no pass over all pairs is needed at the end. On the importer's
// path every character of every text adds three keys. Pure.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::search {

class PostingBuilder {
 public:
  // Records that `doc` holds `key`. Documents must come in ascending order
  // (all keys of one document before the next); repeats are dropped.
  void Add(uint64_t key, uint32_t doc) {
    if ((keys_.size() + 1) * 2 > table_.size()) Grow();
    const size_t mask = table_.size() - 1;
    for (size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      Slot& s = table_[i];
      if (s.id == 0) {
        s = {key, static_cast<uint32_t>(keys_.size() + 1), doc};
        keys_.push_back({key, doc, 1, 0, 0, 0});
        List& l = keys_.back();
        NewSlice(l);
        Put(l, 0);  // the first document is the list's base: a gap of 0
        return;
      }
      if (s.key == key) {
        if (s.last_doc != doc) {
          List& l = keys_[s.id - 1];
          uint32_t gap = doc - s.last_doc;
          s.last_doc = doc;
          ++l.count;
          while (gap >= 0x80) {
            Put(l, static_cast<uint8_t>((gap & 0x7F) | 0x80));
            gap >>= 7;
          }
          Put(l, static_cast<uint8_t>(gap));
        }
        return;
      }
    }
  }
  bool empty() const { return keys_.empty(); }
  size_t keys() const { return keys_.size(); }

  // Calls f(key, first_doc, n, encoded) for each key in ascending key order:
  // its n documents, ascending, as EncodePostings(docs, first_doc) writes them.
  template <typename F>
  void ForEach(F&& f) const {
    std::vector<std::pair<uint64_t, uint32_t>> order(keys_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = {keys_[i].key, i};
    SortByKey(order);
    std::string bytes;
    for (const auto& [key, id] : order) {
      const List& l = keys_[id];
      Read(l, bytes);
      f(key, l.first_doc, size_t{l.count}, std::string_view(bytes));
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t id = 0;  // index in keys_ + 1; 0 = empty
    uint32_t last_doc = 0;
  };
  // A list's bytes: slices of the arena, each ending in the 4-byte position
  // of the next; `head` is the first slice, [pos, end) the free part of the
  // last one.
  struct List {
    uint64_t key;
    uint32_t first_doc, count;
    uint32_t head, pos, end;
    uint32_t size = 0;   // bytes written
    uint8_t level = 0;   // slice size 16 << level (up to kMaxLevel)
  };
  static constexpr uint32_t kBlockBits = 20;  // 1 MiB arena blocks; no slice spans two
  static constexpr uint8_t kMaxLevel = 9;     // slices up to 8 KiB
  static size_t Hash(uint64_t k) { return static_cast<size_t>((k * 0x9E3779B97F4A7C15ull) >> 20); }
  char* At(uint32_t pos) const { return blocks_[pos >> kBlockBits].get() + (pos & ((1u << kBlockBits) - 1)); }
  void Put(List& l, uint8_t b) {
    if (l.pos == l.end) NewSlice(l);
    *At(l.pos++) = static_cast<char>(b);
    ++l.size;
  }
  void NewSlice(List& l);
  void Read(const List& l, std::string& out) const;
  void Grow();
  void SortByKey(std::vector<std::pair<uint64_t, uint32_t>>& order) const;

  std::vector<Slot> table_ = std::vector<Slot>(1024);
  std::vector<List> keys_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  uint32_t arena_ = 0;  // next free arena position
};

}  // namespace chatbeto::search
