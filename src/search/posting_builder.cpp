#include "search/posting_builder.h"

#include <algorithm>
#include <cstring>

#include "util/error.h"

namespace chatbeto::search {

void PostingBuilder::NewSlice(List& l) {
  const bool first = l.size == 0 && l.pos == 0 && l.end == 0;
  if (!first && l.level < kMaxLevel) ++l.level;
  const uint32_t size = uint32_t{16} << l.level;
  constexpr uint32_t kBlock = uint32_t{1} << kBlockBits;
  if (blocks_.empty() || (arena_ & (kBlock - 1)) + size > kBlock || arena_ == blocks_.size() * kBlock) {
    if (blocks_.size() + 1 >= (size_t{1} << (32 - kBlockBits)))  // positions are 32-bit
      throw Error(ErrorKind::kDatabase, "too much text to index in one batch (4 GB of posting lists)");
    arena_ = static_cast<uint32_t>(blocks_.size()) << kBlockBits;
    blocks_.emplace_back(new char[kBlock]);
  }
  const uint32_t slice = arena_;
  arena_ += size;
  if (first) {
    l.head = slice;
  } else {
    std::memcpy(At(l.end), &slice, 4);  // the link at the end of the full slice
  }
  l.pos = slice;
  l.end = slice + size - 4;
}

void PostingBuilder::Read(const List& l, std::string& out) const {
  out.resize(l.size);
  uint32_t pos = l.head;
  uint8_t level = 0;
  for (uint32_t done = 0; done < l.size;) {
    const uint32_t room = (uint32_t{16} << level) - 4;
    const uint32_t n = std::min(room, l.size - done);
    std::memcpy(out.data() + done, At(pos), n);
    done += n;
    if (done < l.size) {
      std::memcpy(&pos, At(pos + room), 4);
      if (level < kMaxLevel) ++level;
    }
  }
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

void PostingBuilder::SortByKey(std::vector<std::pair<uint64_t, uint32_t>>& order) const {
  std::sort(order.begin(), order.end());
}

}  // namespace chatbeto::search
