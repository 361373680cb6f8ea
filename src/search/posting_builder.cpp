#include "search/posting_builder.h"

#include <algorithm>

namespace chatbeto::search {

void PostingBuilder::Grow() {
  std::vector<uint32_t> bigger(table_.size() * 2, 0);
  size_t mask = bigger.size() - 1;
  for (uint32_t slot = 1; slot <= keys_.size(); ++slot) {
    size_t i = Hash(keys_[slot - 1].key) & mask;
    while (bigger[i] != 0) i = (i + 1) & mask;
    bigger[i] = slot;
  }
  table_.swap(bigger);
}

void PostingBuilder::SortByKey(std::vector<uint32_t>& order) const {
  std::sort(order.begin(), order.end(),
            [this](uint32_t a, uint32_t b) { return keys_[a].key < keys_[b].key; });
}

}  // namespace chatbeto::search
