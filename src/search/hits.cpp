#include "search/hits.h"

#include <algorithm>
#include <numeric>

namespace chatbeto::search {

Grouped GroupByRange(const DocList& docs, const std::vector<DocRange>& ranges) {
  Grouped g;
  g.live.reserve(docs.size());
  size_t r = 0;
  for (uint32_t d : docs) {
    // Ranges that end before d hold none of the rest either (both ascending).
    while (r < ranges.size() && ranges[r].last < d) ++r;
    if (r == ranges.size()) break;
    if (d < ranges[r].first) continue;  // between ranges: dead
    if (g.groups.empty() || g.groups.back().range != r)
      g.groups.push_back({r, g.live.size(), g.live.size()});
    g.live.push_back(d);
    g.groups.back().end = g.live.size();
  }
  return g;
}

std::vector<size_t> TopByScore(const std::vector<double>& score, size_t limit,
                               const std::function<void(const std::vector<size_t>&)>& fill,
                               const std::function<bool(size_t, size_t)>& tie_less) {
  std::vector<size_t> order(score.size());
  std::iota(order.begin(), order.end(), size_t{0});
  if (order.empty() || limit == 0) {
    fill({});
    return {};
  }
  auto by_score = [&](size_t a, size_t b) { return score[a] > score[b] || (score[a] == score[b] && a < b); };
  size_t cut = std::min(limit, order.size());
  std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(cut - 1), order.end(), by_score);
  const double last = score[order[cut - 1]];
  // Every item at least as good as the last shown one: its tie data can
  // change which are shown and in what order.
  std::vector<size_t> need;
  for (size_t i : order)
    if (score[i] >= last) need.push_back(i);
  std::sort(need.begin(), need.end());
  fill(need);
  std::sort(need.begin(), need.end(), [&](size_t a, size_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return tie_less(a, b);
  });
  need.resize(cut);
  return need;
}

}  // namespace chatbeto::search
