#include "events/temporal_join.h"

#include <algorithm>

#include "events/temporal_calendar.h"
#include "events/temporal_lexicon.h"

namespace chatbeto::events::detail {
namespace {

// The token that starts at byte `begin` / ends at byte `end`; tokens.size() if none.
size_t TokenStarting(const std::vector<Token>& tokens, size_t begin) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                             [](const Token& t, size_t b) { return t.begin < b; });
  return it != tokens.end() && it->begin == begin ? static_cast<size_t>(it - tokens.begin())
                                                  : tokens.size();
}
size_t TokenEnding(const std::vector<Token>& tokens, size_t end) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), end,
                             [](const Token& t, size_t e) { return t.end < e; });
  return it != tokens.end() && it->end == end ? static_cast<size_t>(it - tokens.begin())
                                              : tokens.size();
}

enum class Lead { kNone, kFrom, kBetween };

Lead LeadWord(Lang lang, const Token& t) {
  if (t.kind != Token::kWord) return Lead::kNone;
  const std::string& w = t.text;
  if (lang == Lang::kEs) {
    if (w == "entre") return Lead::kBetween;
    return w == "de" || w == "del" || w == "desde" ? Lead::kFrom : Lead::kNone;
  }
  if (w == "between") return Lead::kBetween;
  return w == "from" ? Lead::kFrom : Lead::kNone;
}

bool Connector(Lang lang, Lead lead, const Token& t) {
  if (t.kind == Token::kPunct) return lead == Lead::kFrom && t.text == "-";  // (or en dash)
  const std::string& w = t.text;
  if (lead == Lead::kBetween) return w == (lang == Lang::kEs ? "y" : "and");
  return RangeWord(lang, w);
}

// Where `m` ends as the second end of a range at grain `g` (no coarser than m's):
// a clock time is the moment ("to 5pm": 17:00), a day or longer its last moment
// at g ("until friday" from now: 23:59:59 on Friday).
LocalTime LastAt(const TemporalMatch& m, Grain g) {
  if (m.end_time) return *m.end_time;
  if (g >= m.grain || m.has_time) return m.start;
  return AddGrain(AddGrain(m.start, m.grain, 1), g, -1);
}

}  // namespace

void JoinRanges(std::string_view text, Lang lang, const std::vector<Token>& tokens,
                std::vector<TemporalMatch>& matches) {
  std::vector<TemporalMatch> out;
  out.reserve(matches.size());
  for (size_t i = 0; i < matches.size(); ++i) {
    if (i + 1 < matches.size()) {
      const TemporalMatch& a = matches[i];
      const TemporalMatch& b = matches[i + 1];
      const size_t first = TokenStarting(tokens, a.begin);
      const size_t last = TokenEnding(tokens, a.end);
      const size_t second = TokenStarting(tokens, b.begin);
      const Lead lead = first > 0 && first < tokens.size() ? LeadWord(lang, tokens[first - 1]) : Lead::kNone;
      // with no lead only "through" says a range of two days: "christmas through new year's"
      // ("monday to friday" may be a move from one to the other)
      const bool through =
          lead == Lead::kNone && lang == Lang::kEn && last + 2 == second &&
          (tokens[last + 1].text == "through" || tokens[last + 1].text == "thru") && a.has_date &&
          b.has_date && !a.has_time && !b.has_time && a.grain == Grain::kDay &&
          b.grain == Grain::kDay;
      if (through && !a.end_time && ToSeconds(b.start) > ToSeconds(a.start)) {
        TemporalMatch m = a;
        m.end = b.end;
        m.text.assign(text.substr(m.begin, m.end - m.begin));
        m.end_time = b.start;
        m.past = a.past && b.past;
        m.deadline = false;
        out.push_back(std::move(m));
        ++i;
        continue;
      }
      if (lead != Lead::kNone && last + 2 == second && Connector(lang, lead, tokens[last + 1]) &&
          !a.end_time && (!b.has_time || a.has_time) &&
          ToSeconds(b.start) > ToSeconds(a.start)) {
        TemporalMatch m = a;
        m.begin = tokens[first - 1].begin;
        m.end = b.end;
        m.text.assign(text.substr(m.begin, m.end - m.begin));
        m.grain = std::min(a.grain, b.grain);
        m.end_time = LastAt(b, m.grain);
        m.has_date = a.has_date || b.has_date;
        m.past = a.past && b.past;
        m.deadline = false;
        out.push_back(std::move(m));
        ++i;
        continue;
      }
    }
    out.push_back(std::move(matches[i]));
  }
  matches.swap(out);
}

}  // namespace chatbeto::events::detail
