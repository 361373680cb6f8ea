// Grouping a search's documents by conversation without reading any row, and
// choosing which conversations to show. Pure.
//
// Each indexed conversation's documents are numbered consecutively
// (search/index.h), so a sorted list of conversation ranges maps a document
// to its conversation; a document no range covers belongs to a replaced
// conversation (dead) and is dropped.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "search/postings.h"

namespace chatbeto::search {

struct DocRange {
  uint32_t first = 0, last = 0;  // documents first..last (inclusive)
};

struct GroupSpan {
  size_t range = 0;             // index into the ranges
  size_t begin = 0, end = 0;    // the group's documents: live[begin, end)
};

struct Grouped {
  DocList live;                  // the documents some range covers, ascending
  std::vector<GroupSpan> groups; // ranges holding at least one, in range order
};

// `docs` ascending; `ranges` sorted by `first`, not overlapping.
Grouped GroupByRange(const DocList& docs, const std::vector<DocRange>& ranges);

// Documents of a range (both visible and not): its length for ranking.
inline uint64_t RangeDocs(const DocRange& r) { return (r.last >> 1) - (r.first >> 1) + 1; }

// The order in which the first `limit` items are shown, by `score` descending;
// items with equal scores are ordered by `tie_less` (a strict weak order),
// which needs data (the newest hit) only some items have. Returns the indices
// (at most `limit`) of the best items, best first, and sets `needs_tie_data`
// to the items whose tie data decides that order: those shown, and every item
// whose score equals the last shown one's. `tie_less` is called only on
// items of `needs_tie_data` once `fill` has been called with them.
std::vector<size_t> TopByScore(const std::vector<double>& score, size_t limit,
                               const std::function<void(const std::vector<size_t>&)>& fill,
                               const std::function<bool(size_t, size_t)>& tie_less);

}  // namespace chatbeto::search
