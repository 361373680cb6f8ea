#include "events/temporal_open_bound.h"

#include <array>
#include <cctype>
#include <span>
#include <string>

namespace chatbeto::events {

using detail::EndsWithWords;

namespace {

struct Lead {
  std::string_view words;  // lowercase, single spaces
  OpenEnd open;
};

// Longest first where one ends another ("no later than" before "later than").
constexpr std::array kLeadsEn = {
    Lead{"no later than", OpenEnd::kBefore},   Lead{"not later than", OpenEnd::kBefore},
    Lead{"no earlier than", OpenEnd::kAfter},  Lead{"not earlier than", OpenEnd::kAfter},
    Lead{"not before", OpenEnd::kAfter},       Lead{"anytime before", OpenEnd::kBefore},
    Lead{"any time before", OpenEnd::kBefore}, Lead{"anytime after", OpenEnd::kAfter},
    Lead{"any time after", OpenEnd::kAfter},   Lead{"earlier than", OpenEnd::kBefore},
    Lead{"later than", OpenEnd::kAfter},       Lead{"prior to", OpenEnd::kBefore},
    Lead{"before", OpenEnd::kBefore},          Lead{"b4", OpenEnd::kBefore},
    Lead{"until", OpenEnd::kBefore},
    Lead{"till", OpenEnd::kBefore},            Lead{"til", OpenEnd::kBefore},
    Lead{"after", OpenEnd::kAfter},            Lead{"since", OpenEnd::kAfter},
    Lead{"starting from", OpenEnd::kAfter},    Lead{"starting", OpenEnd::kAfter},
    Lead{"as of", OpenEnd::kAfter},            Lead{"beginning", OpenEnd::kAfter},
};
constexpr std::array kLeadsEs = {
    Lead{"no más tarde de", OpenEnd::kBefore},
    Lead{"no mas tarde de", OpenEnd::kBefore},
    Lead{"no más tarde", OpenEnd::kBefore},
    Lead{"no mas tarde", OpenEnd::kBefore},
    Lead{"no antes de", OpenEnd::kAfter},
    Lead{"a más tardar", OpenEnd::kBefore},
    Lead{"a mas tardar", OpenEnd::kBefore},
    Lead{"como muy tarde", OpenEnd::kBefore},
    Lead{"como máximo", OpenEnd::kBefore},
    Lead{"como maximo", OpenEnd::kBefore},
    Lead{"antes de", OpenEnd::kBefore},
    Lead{"antes", OpenEnd::kBefore},
    Lead{"hasta", OpenEnd::kBefore},
    Lead{"después del", OpenEnd::kAfter},
    Lead{"despues del", OpenEnd::kAfter},
    Lead{"antes del", OpenEnd::kBefore},
    Lead{"después de", OpenEnd::kAfter},
    Lead{"despues de", OpenEnd::kAfter},
    Lead{"después", OpenEnd::kAfter},
    Lead{"despues", OpenEnd::kAfter},
    Lead{"luego de", OpenEnd::kAfter},  // Latin America's "después de"
    Lead{"luego", OpenEnd::kAfter},     // (only before the match's own "de": "luego de las 6")
    Lead{"a partir de", OpenEnd::kAfter},
    Lead{"a partir", OpenEnd::kAfter},
    Lead{"desde", OpenEnd::kAfter},
    Lead{"pasadas", OpenEnd::kAfter},  // "pasadas las 9"
};

bool Space(char c) { return c == ' ' || c == '\t'; }

// ASCII-lowercase equality (the accented letters of the Spanish leads are lowercase already).
bool SameFolded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(a[k])) != static_cast<unsigned char>(b[k]))
      return false;
  return true;
}


}  // namespace

std::optional<TemporalMatch> AsOpenInterval(const TemporalMatch& m, std::string_view text,
                                            Lang lang) {
  if (m.end_time || m.deadline || m.open != OpenEnd::kNone || m.begin > text.size() ||
      m.end > text.size())
    return std::nullopt;
  const bool es = lang == Lang::kEs;
  // The match may begin with the lead's last word: "de las 3" after "a partir", "del 15"
  // after "antes"; "de" and "del" are then the lead's.
  size_t b = m.begin;
  std::string_view mt = text.substr(m.begin, m.end - m.begin);
  auto starts = [&](std::string_view w) {
    return mt.size() > w.size() && SameFolded(mt.substr(0, w.size()), w) && Space(mt[w.size()]);
  };
  const bool de_first = es && (starts("de") || starts("del"));
  size_t e = b;
  while (e > 0 && Space(text[e - 1])) --e;
  size_t from = 0;
  OpenEnd open = OpenEnd::kNone;
  if (e < b) {
    for (const Lead& l : es ? std::span<const Lead>(kLeadsEs) : std::span<const Lead>(kLeadsEn)) {
      // "antes de" before "de las 6" would say "de" twice: only the leads without it
      if (de_first && l.words.ends_with(" de")) continue;
      if (l.words == "luego" && !de_first) continue;  // "luego el lunes" is "then on Monday"
      // "the show is starting at 8:30 pm" says when it begins, not from when on
      if (l.words == "starting" && starts("at")) continue;
      if (EndsWithWords(text, e, l.words, from)) {
        open = l.open;
        break;
      }
    }
  }
  // ... or inside it, between a day and its clock: "tomorrow after 5pm", "el lunes hasta
  // las 3", "el viernes a partir de las 6" (the day's bound)
  // (at each word's start, the leads longest first; the first found wins)
  if (open == OpenEnd::kNone && m.has_date && m.has_time) {
    for (size_t p = 1; p < mt.size() && open == OpenEnd::kNone; ++p) {
      if (!Space(mt[p - 1]) || Space(mt[p])) continue;
      for (const Lead& l : es ? std::span<const Lead>(kLeadsEs) : std::span<const Lead>(kLeadsEn)) {
        if (p + l.words.size() >= mt.size() || !Space(mt[p + l.words.size()]) ||
            l.words.starts_with("starting") || !SameFolded(mt.substr(p, l.words.size()), l.words))
          continue;
        // "the day after tomorrow at 9", "the day before yesterday at 3pm": a day, no bound
        size_t q = m.begin + p, day_at;
        while (q > m.begin && Space(text[q - 1])) --q;
        if ((l.words == "after" || l.words == "before") && EndsWithWords(text, q, "day", day_at))
          continue;
        open = l.open;
        from = m.begin;
        break;
      }
    }
  }
  size_t end = m.end;
  if (open == OpenEnd::kNone && es && (starts("hasta") || starts("desde"))) {
    from = m.begin;  // the clock's own lead: "hasta las 8", "desde las 9"
    open = starts("hasta") ? OpenEnd::kBefore : OpenEnd::kAfter;
  }
  if (open == OpenEnd::kNone) {
    // "from 6pm on", "from 8am onwards", "de las 5 en adelante", "desde las 5 en adelante"
    std::string_view rest = text.substr(m.end);
    size_t k = 0;
    while (k < rest.size() && Space(rest[k])) ++k;
    auto after = [&](std::string_view w) {
      return rest.size() >= k + w.size() && SameFolded(rest.substr(k, w.size()), w) &&
             (rest.size() == k + w.size() || !std::isalnum(static_cast<unsigned char>(rest[k + w.size()])));
    };
    std::string_view suffix = es ? (after("en adelante") ? "en adelante" : "")
                                 : after("onwards") ? "onwards"
                                 : after("onward")  ? "onward"
                                 : after("on")      ? "on"
                                                    : "";
    const bool led = es ? starts("de") || starts("desde") || (e < b && EndsWithWords(text, e, "desde", from))
                        : starts("from") || (e < b && EndsWithWords(text, e, "from", from));
    if (suffix.empty() || !led || k == 0) return std::nullopt;
    if (!(e < b && EndsWithWords(text, e, es ? "desde" : "from", from))) from = m.begin;
    open = OpenEnd::kAfter;
    end = m.end + k + suffix.size();
  }
  TemporalMatch d = m;
  d.begin = from;
  d.end = end;
  d.text = std::string(text.substr(from, end - from));
  d.open = open;
  return d;
}

namespace detail {

bool EndsWithWords(std::string_view text, size_t e, std::string_view words, size_t& from) {
  size_t t = e, w = words.size();
  while (w > 0) {
    size_t ws = words.rfind(' ', w - 1);
    ws = ws == std::string_view::npos ? 0 : ws + 1;
    std::string_view word = words.substr(ws, w - ws);
    if (t < word.size() || !SameFolded(text.substr(t - word.size(), word.size()), word)) return false;
    t -= word.size();
    w = ws == 0 ? 0 : ws - 1;
    if (w > 0) {
      if (t == 0 || !Space(text[t - 1])) return false;
      while (t > 0 && Space(text[t - 1])) --t;
    }
  }
  if (t > 0 && (std::isalnum(static_cast<unsigned char>(text[t - 1])) ||
                static_cast<unsigned char>(text[t - 1]) >= 0x80))
    return false;
  from = t;
  return true;
}

}  // namespace detail

}  // namespace chatbeto::events
