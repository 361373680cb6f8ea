#include "search/posting_builder.h"

#include <algorithm>
#include <cstring>

#include "util/error.h"

namespace chatbeto::search {

uint32_t PostingBuilder::Allocate(uint32_t size) {
  constexpr uint64_t kBlock = uint64_t{1} << kBlockBits;
  uint64_t at = arena_;
  if ((at & (kBlock - 1)) + size > kBlock) at = ((at >> kBlockBits) + 1) << kBlockBits;  // no slice spans two blocks
  const uint64_t block = at >> kBlockBits;
  if (block + 1 >= (uint64_t{1} << (32 - kBlockBits)))  // positions are 32-bit
    throw Error(ErrorKind::kDatabase, "too much text to index in one batch (4 GB of posting lists)");
  if (block >= blocks_.size()) blocks_.emplace_back(new char[kBlock]);  // else reused after Clear
  arena_ = static_cast<uint32_t>(at + size);
  return static_cast<uint32_t>(at);
}

void PostingBuilder::New(Slot& s, uint64_t key, uint32_t doc) {
  const uint32_t slice = Allocate(16);
  heads_.push_back({doc, slice, 0});
  ++keys_;
  s = {key, static_cast<uint32_t>(heads_.size()), doc, slice, slice + 16 - 4, 0, 1};
  Put(s, 0);  // the first document is the list's base: a gap of 0
}

void PostingBuilder::NewSlice(Slot& s) {
  Head& h = heads_[s.id - 1];
  if (h.level < kMaxLevel) ++h.level;
  const uint32_t size = uint32_t{16} << h.level;
  const uint32_t slice = Allocate(size);
  std::memcpy(At(s.end), &slice, 4);  // the link at the end of the full slice
  s.pos = slice;
  s.end = slice + size - 4;
}

void PostingBuilder::Read(const Slot& s, std::string& out) const {
  out.resize(s.size);
  uint32_t pos = heads_[s.id - 1].head;
  uint8_t level = 0;
  for (uint32_t done = 0; done < s.size;) {
    const uint32_t room = (uint32_t{16} << level) - 4;
    const uint32_t n = std::min(room, s.size - done);
    std::memcpy(out.data() + done, At(pos), n);
    done += n;
    if (done < s.size) {
      std::memcpy(&pos, At(pos + room), 4);
      if (level < kMaxLevel) ++level;
    }
  }
}

void PostingBuilder::Clear() {
  if (keys_ == 0) return;
  std::memset(static_cast<void*>(table_.data()), 0, table_.size() * sizeof(Slot));  // all empty
  heads_.clear();
  keys_ = 0;
  arena_ = 0;  // the blocks stay, filled again from the first
}

void PostingBuilder::Grow() {
  std::vector<Slot> bigger(table_.size() * 2);
  const size_t mask = bigger.size() - 1;
  for (const Slot& s : table_) {
    if (s.id == 0) continue;
    size_t i = Hash(s.key) & mask;
    while (bigger[i].id != 0) i = (i + 1) & mask;
    bigger[i] = s;
  }
  table_.swap(bigger);
}

}  // namespace chatbeto::search
