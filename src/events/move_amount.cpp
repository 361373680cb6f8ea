#include "events/move_amount.h"

#include <cstdlib>
#include <string>

#include "util/word_map.h"

namespace chatbeto::events {
namespace {

// Looked up at every word of every sentence (util::WordMap, not a scan of the list).
int UnitMinutes(std::string_view w) {
  static const util::WordMap<int> kUnits = {
      {"minute", 1},  {"minutes", 1},  {"min", 1},       {"mins", 1},       {"minuto", 1},
      {"minutos", 1}, {"hour", 60},    {"hours", 60},    {"hr", 60},        {"hrs", 60},
      {"hora", 60},   {"horas", 60},   {"day", 1440},    {"days", 1440},    {"dia", 1440},
      {"dias", 1440}, {"week", 10080}, {"weeks", 10080}, {"semana", 10080}, {"semanas", 10080}};
  const int* minutes = kUnits.Find(w);
  return minutes ? *minutes : 0;
}

// A count said before a unit, in halves ("media hora": 1, "an hour": 2, "2 days": 4), or 0.
int CountHalves(std::string_view w) {
  static const util::WordMap<int> kCounts = {{"a", 2},    {"an", 2},   {"one", 2},    {"un", 2},
                                             {"una", 2},  {"two", 4},  {"dos", 4},    {"three", 6},
                                             {"tres", 6}, {"four", 8}, {"cuatro", 8}, {"media", 1}};
  if (const int* n = kCounts.Find(w)) return *n;
  if (w.empty() || w.size() > 2 || w.find_first_not_of("0123456789") != std::string_view::npos)
    return 0;
  return std::atoi(std::string(w).c_str()) * 2;
}

// +1 later, -1 earlier, 0 neither: a direction said after an amount.
int DirectionAfter(std::string_view w) {
  if (w == "later" || w == "tarde" || w == "despues") return 1;
  if (w == "earlier" || w == "antes") return -1;
  return 0;
}

// A moving word before an amount: "back", "pushed", "retrasamos" (+1), "adelantamos" (-1);
// "up" and "forward" only after a verb of moving ("moved up", "bring it forward").
int DirectionBefore(std::string_view w, std::string_view before1, std::string_view before2) {
  for (std::string_view x : {"back", "pushed", "push", "bumped", "bump", "delayed", "delay"})
    if (w == x) return 1;
  if (w.starts_with("retras") || w.starts_with("atras")) return 1;
  if (w.starts_with("adelant")) return -1;
  if (w == "up" || w == "forward")
    for (std::string_view v : {before1, before2})
      for (std::string_view x :
           {"move", "moved", "moving", "bring", "brought", "bump", "bumped", "push", "pushed"})
        if (v == x) return -1;
  return 0;
}

}  // namespace

MoveAmount FindMoveAmount(std::string_view folded, const std::vector<Word>& words, size_t first,
                          size_t end) {
  auto word = [&](size_t k) {
    return k < words.size() ? WordAt(folded, words, k) : std::string_view();
  };
  for (size_t u = first + 1; u < end; ++u) {
    const int unit = UnitMinutes(word(u));
    if (!unit) continue;
    size_t a = u - 1;
    int halves = CountHalves(word(a));
    if (halves == 2 && word(a) == "an" && a > first && word(a - 1) == "half") halves = 1, --a;
    if (!halves) continue;
    MoveAmount m{0, false, a, u + 1};
    // "an hour later", "una hora más tarde"
    size_t after = u + 1 < end && word(u + 1) == "mas" ? u + 2 : u + 1;
    if (after < end && DirectionAfter(word(after))) {
      m.minutes = DirectionAfter(word(after)) * unit * halves / 2;
      m.end_word = after + 1;
      return m;
    }
    // "pushed back an hour", "pushed back by an hour", "retrasamos una hora"
    size_t b = a > first && word(a - 1) == "by" ? a - 1 : a;
    if (b > first) {
      const int d = DirectionBefore(word(b - 1), b >= first + 2 ? word(b - 2) : "",
                                    b >= first + 3 ? word(b - 3) : "");
      if (d) {
        m.minutes = d * unit * halves / 2;
        m.by_verb = true;
        m.first_word = b - 1;
        return m;
      }
    }
  }
  return {};
}

}  // namespace chatbeto::events
