#include "search/rank.h"

#include <algorithm>
#include <cmath>

namespace chatbeto::search {
namespace {
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kTitleBonus = 1.0;

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

double ConversationScore(const ConversationHits& c, double avg_messages) {
  double tf = static_cast<double>(c.hits);
  double len = static_cast<double>(std::max<uint64_t>(c.messages, c.hits));
  double norm = avg_messages > 0 ? 1 - kB + kB * len / avg_messages : 1;
  double score = tf * (kK1 + 1) / (tf + kK1 * norm);
  return score + (c.title_match ? kTitleBonus : 0);
}

Snippet MakeSnippet(std::string_view text, const std::vector<std::vector<char32_t>>& terms,
                    const FoldTable& fold, size_t width) {
  std::vector<uint32_t> offsets;
  auto folded = FoldText(fold, text, &offsets);
  // Every occurrence of every term, by position; which terms occur.
  std::vector<std::pair<uint32_t, uint32_t>> occ;
  size_t distinct = 0;
  for (const auto& t : terms) {
    auto found = FindAll(folded, offsets, t);
    distinct += !found.empty();
    occ.insert(occ.end(), found.begin(), found.end());
  }
  std::sort(occ.begin(), occ.end());
  // The window start that covers the most occurrences within `width` bytes.
  size_t best_first = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < occ.size(); ++i) {
    if (j < i) j = i;
    while (j < occ.size() && occ[j].second <= occ[i].first + width) ++j;
    if (j - i > best_count) {
      best_count = j - i;
      best_first = i;
    }
  }
  Snippet s;
  // Shorter messages that hold every term read best as a result.
  s.score = static_cast<double>(distinct) * 10 + std::min<double>(static_cast<double>(occ.size()), 5) -
            std::log1p(static_cast<double>(text.size()) / 1000.0);
  size_t start = 0;
  if (!occ.empty()) {
    size_t first = occ[best_first].first;
    size_t lead = width / 4;
    start = first > lead ? first - lead : 0;
  }
  while (start > 0 && start < text.size() && IsContinuation(static_cast<unsigned char>(text[start])))
    --start;
  size_t end = std::min(text.size(), start + width);
  while (end < text.size() && end > start && IsContinuation(static_cast<unsigned char>(text[end])))
    --end;
  // A mark cut by the window's end is dropped rather than split.
  std::string out = start > 0 ? "…" : "";
  size_t shift = out.size();
  for (size_t i = start; i < end; ++i) {
    char c = text[i];
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  if (end < text.size()) out += "…";
  s.text = std::move(out);
  for (const auto& [b, e] : occ)
    if (b >= start && e <= end)
      s.marks.emplace_back(static_cast<uint32_t>(b - start + shift),
                           static_cast<uint32_t>(e - start + shift));
  return s;
}

std::string MarkUp(const Snippet& s, std::string_view open, std::string_view close) {
  std::string out;
  size_t pos = 0;
  for (const auto& [b, e] : s.marks) {
    if (b < pos) continue;  // overlapping occurrences of two terms: the first wins
    out.append(s.text, pos, b - pos);
    out.append(open);
    out.append(s.text, b, e - b);
    out.append(close);
    pos = e;
  }
  out.append(s.text, pos, std::string::npos);
  return out;
}

}  // namespace chatbeto::search
