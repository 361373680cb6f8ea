#include "events/choice_pick.h"

#include <algorithm>
#include <tuple>

#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

Pick Ordinal(std::string_view x) {
  static const util::WordMap<Pick> kOrdinals = {
      {"first", Pick::kFirst},       {"1st", Pick::kFirst},        {"second", Pick::kSecond},
      {"2nd", Pick::kSecond},        {"third", Pick::kThird},      {"3rd", Pick::kThird},
      {"middle", Pick::kMiddle},     {"last", Pick::kLast},        {"earlier", Pick::kEarliest},
      {"earliest", Pick::kEarliest}, {"later", Pick::kLatest},     {"latest", Pick::kLatest}};
  const Pick* p = kOrdinals.Find(x);
  return p ? *p : Pick::kNone;
}

// What a choice is called after its ordinal: "the later one", "the second option".
bool ChoiceWord(std::string_view x) {
  static const util::WordSet kWords = {"one",     "option", "options", "choice",    "time",   "slot",
                                       "show",    "showing", "session", "flight",   "bus",    "train",
                                       "departure", "night", "date",    "day",      "opening", "game",
                                       "concert", "table",  "appointment"};
  return kWords.Contains(x);
}

// Orders choices by when they are: day first, then time. The day is the one said for the
// choice, else its time's: in "tomorrow at 9am or 10am" the parser resolves "10am" alone to
// today, but the choice is tomorrow's (message_view gives it the sentence's day).
bool Before(const Slot& a, const Slot& b) {
  auto key = [](const Slot& s) {
    const LocalTime d = s.date ? *s.date : s.time ? *s.time : LocalTime{};
    const LocalTime t = s.time ? *s.time : LocalTime{};
    return std::make_tuple(d.year, d.month, d.day, s.time ? t.hour : -1, s.time ? t.minute : -1);
  };
  return key(a) < key(b);
}

}  // namespace

Pick PickedChoice(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end) {
  for (size_t k = first; k < end; ++k) {
    const std::string_view x = WordAt(folded, w, k);
    if (x == "former" || x == "latter")
      if (k > first && WordAt(folded, w, k - 1) == "the") return x == "former" ? Pick::kFirst : Pick::kLast;
    const Pick p = Ordinal(x);
    if (p != Pick::kNone && k + 1 < end && ChoiceWord(WordAt(folded, w, k + 1))) return p;
  }
  return Pick::kNone;
}

void ChoiceMemory::Read(MessageView& v, const std::string& sender, int seq) {
  for (Sentence& s : v.sentences) {
    if (s.pick == Pick::kNone || s.question || choices_.empty() || sender == offerer_ || seq - seq_ > 2)
      continue;
    std::vector<Slot> sorted = choices_;
    std::stable_sort(sorted.begin(), sorted.end(), Before);
    const size_t n = choices_.size();
    const Slot* chosen = nullptr;
    switch (s.pick) {
      case Pick::kFirst: chosen = &choices_[0]; break;
      case Pick::kSecond: chosen = n > 1 ? &choices_[1] : nullptr; break;
      case Pick::kThird: chosen = n > 2 ? &choices_[2] : nullptr; break;
      case Pick::kMiddle: chosen = n == 3 ? &choices_[1] : nullptr; break;
      case Pick::kLast: chosen = &choices_[n - 1]; break;
      case Pick::kEarliest: chosen = &sorted.front(); break;
      case Pick::kLatest: chosen = &sorted.back(); break;
      case Pick::kNone: break;
    }
    if (!chosen) continue;
    // A day or time the sentence says itself wins: "the later one, at 9 instead".
    if (chosen->time ? !s.slot.time : !s.slot.date) {
      Slot picked = *chosen;
      picked.Merge(s.slot);
      s.slot = picked;
    }
  }
  for (const Sentence& s : v.sentences)
    if (s.choices.size() >= 2) {
      choices_ = s.choices;
      offerer_ = sender;
      seq_ = seq;
    }
}

}  // namespace chatbeto::events::detail
