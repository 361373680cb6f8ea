// Builds the posting lists of a batch of documents in memory, fast: one
// open-addressing table from key to list, and each list kept already
// encoded (the varint gaps of search/postings.h) in slices of a byte arena
// that grow with the list, so that a (key, document) pair costs about one
// byte and no pass over all pairs is needed at the end. On the importer's
// path every character of every text adds three keys. Pure.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/fold.h"

namespace chatbeto::search {

class PostingBuilder {
 public:
  // Records that `doc` holds `key`. Documents must come in ascending order
  // (all keys of one document before the next); repeats are dropped.
  void Add(uint64_t key, uint32_t doc) {
    if ((keys_ + 1) * 2 > table_.size()) Grow();
    AddHashed(key, Hash(key), doc);
  }
  // Add(keys[i], doc) for each of the n keys, asking the memory for each
  // key's table slot a few keys ahead (a large batch's table does not fit
  // in the caches). Each key is hashed once.
  void AddAll(const uint64_t* keys, size_t n, uint32_t doc) {
    while ((keys_ + n) * 2 > table_.size()) Grow();  // room for n new keys
    constexpr size_t kAhead = 32;  // 8: 6-10 % more of PrepareDocs's samples (perf, 100 MB import)
    size_t hashes[kAhead];
    const size_t mask = table_.size() - 1;
    const size_t first = std::min(n, kAhead);
    for (size_t i = 0; i < first; ++i) {
      hashes[i] = Hash(keys[i]);
      __builtin_prefetch(&table_[hashes[i] & mask]);
    }
    for (size_t i = 0; i < n; ++i) {
      const size_t h = hashes[i % kAhead];
      if (i + kAhead < n) {
        hashes[i % kAhead] = Hash(keys[i + kAhead]);
        __builtin_prefetch(&table_[hashes[i % kAhead] & mask]);
      }
      AddHashed(keys[i], h, doc);
    }
  }

  bool empty() const { return keys_ == 0; }
  size_t keys() const { return keys_; }
  // At least the bytes of all the lists together.
  size_t bytes_bound() const { return arena_; }
  // Empties the builder but keeps its memory (table and arena), so that the
  // next batch does not fault in new pages: for varied text (CJK), hundreds
  // of MB per batch, and the page faults cost more than the work.
  void Clear();
  // Calls f(key, first_doc, n, encoded) for each key in ascending key order:
  // its n documents, ascending, as EncodePostings(docs, first_doc) writes them.
  template <typename F>
  void ForEach(F&& f) const {
    ForEachRanked([](uint64_t) { return 0u; }, std::forward<F>(f));
  }
  // The same, in ascending (rank(key), key) order: the importer's lists by
  // search bucket (search/buckets.h), so that they are written in the order
  // the bucket rows read them.
  template <typename Rank, typename F>
  void ForEachRanked(Rank&& rank, F&& f) const {
    struct Entry {
      uint32_t rank, slot;
      uint64_t key;
    };
    std::vector<Entry> order;
    order.reserve(keys_);
    for (uint32_t i = 0; i < table_.size(); ++i)
      if (table_[i].id != 0)
        order.push_back({static_cast<uint32_t>(rank(table_[i].key)), i, table_[i].key});
    std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.key < b.key;
    });
    std::string bytes;
    for (const Entry& e : order) {
      const Slot& s = table_[e.slot];
      Read(s, bytes);
      f(e.key, heads_[s.id - 1].first_doc, size_t{s.count}, std::string_view(bytes));
    }
  }

 private:
  // A key and the state of its list: everything Add touches on a repeat,
  // in one 32-byte slot (two per cache line). The list's bytes are slices
  // of the arena, each ending in the 4-byte position of the next; [pos, end)
  // is the free part of the last one.
  struct Slot {
    uint64_t key = 0;
    uint32_t id = 0;  // index in heads_ + 1; 0 = empty
    uint32_t last_doc = 0;
    uint32_t pos = 0, end = 0;
    uint32_t size = 0;   // bytes written
    uint32_t count = 0;  // documents
  };
  // What only a new slice or the final read needs.
  struct Head {
    uint32_t first_doc, head;
    uint8_t level;  // size of the last slice: 16 << level (up to kMaxLevel)
  };
  static constexpr uint32_t kBlockBits = 20;  // 1 MiB arena blocks; no slice spans two
  static constexpr uint8_t kMaxLevel = 9;     // slices up to 8 KiB
  // Every bit of the key moves the slot (a trigram's first character is in
  // its high bits: a plain multiply would put the trigrams that differ only
  // there next to each other, in one long probe run).
  static size_t Hash(uint64_t k) { return static_cast<size_t>(MixKey(k)); }
  char* At(uint32_t pos) const { return blocks_[pos >> kBlockBits].get() + (pos & ((1u << kBlockBits) - 1)); }
  void Put(Slot& s, uint8_t b) {
    if (s.pos == s.end) NewSlice(s);
    *At(s.pos++) = static_cast<char>(b);
    ++s.size;
  }
  void New(Slot& s, uint64_t key, uint32_t doc);
  uint32_t Allocate(uint32_t size);  // a slice of the arena
  void NewSlice(Slot& s);
  void Read(const Slot& s, std::string& out) const;
  void Grow();
  // Add with the key's hash given, the table known to have room.
  void AddHashed(uint64_t key, size_t hash, uint32_t doc) {
    const size_t mask = table_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& s = table_[i];
      if (s.id == 0) {
        New(s, key, doc);
        return;
      }
      if (s.key == key) {
        if (s.last_doc != doc) {
          uint32_t gap = doc - s.last_doc;
          s.last_doc = doc;
          ++s.count;
          while (gap >= 0x80) {
            Put(s, static_cast<uint8_t>((gap & 0x7F) | 0x80));
            gap >>= 7;
          }
          Put(s, static_cast<uint8_t>(gap));
        }
        return;
      }
    }
  }

  std::vector<Slot> table_ = std::vector<Slot>(1024);
  std::vector<Head> heads_;
  size_t keys_ = 0;
  std::vector<std::unique_ptr<char[]>> blocks_;
  uint32_t arena_ = 0;  // next free arena position
};

}  // namespace chatbeto::search
