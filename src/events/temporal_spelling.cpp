#include "events/temporal_spelling.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/temporal_holiday_table.h"
#include "events/temporal_lexicon.h"
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

constexpr size_t kMinFuzzy = 7;  // shorter misspellings are as often other words ("sundae")
constexpr size_t kMaxFuzzy = 24;

// A word the grammar knows as a word of its own (a holiday's name aside).
bool KnownWord(Lang lang, std::string_view w) {
  return WeekdayWord(lang, w) || MonthWord(lang, w) || RelativeDayWord(lang, w) ||
         NumberWord(lang, w) || OrdinalWord(lang, w) || UnitWord(lang, w).count > 0 ||
         PodWord(lang, w) != Pod::kNone;
}

// A word the grammar knows as it is: never "corrected" into another.
bool Known(Lang lang, std::string_view w) { return KnownWord(lang, w) || HolidayFirstWord(lang, w); }

// The letters of a word, a bit each: a letter one word has and the other lacks costs an
// edit, so most words are ruled out without measuring their distance.
uint32_t Letters(std::string_view w) {
  uint32_t m = 0;
  for (char c : w) m |= 1u << (c - 'a');
  return m;
}

struct Target {
  std::string_view word;
  int max_edits;
  uint32_t letters;
};

// The names a misspelling is read as, by first letter (a typo keeps the first letter:
// one lookup of a bucket, not of every name, for the long words of every message) and
// by length within it, and the names themselves (most long words of a message that
// start a name are the name).
struct Targets {
  std::array<std::vector<Target>, 26> by_letter;
  util::WordSet names;
};

Targets BuildTargets(Lang lang) {
  Targets t;
  auto& b = t.by_letter;
  std::vector<std::string_view> names;
  auto add = [&](std::string_view w, int edits) {
    if (w.size() < kMinFuzzy || w.size() > kMaxFuzzy || w[0] < 'a' || w[0] > 'z') return;
    for (char c : w)
      if (c < 'a' || c > 'z') return;
    b[w[0] - 'a'].push_back({w, w.size() >= 9 ? edits : 1, Letters(w)});
    names.push_back(w);
  };
  for (std::string_view w : LexiconWords(lang))
    if (WeekdayWord(lang, w) || MonthWord(lang, w)) add(w, 2);
  for (const RelativeDay& d : RelativeDays(lang)) add(d.word, 2);
  // holiday names: one edit only ("christmas" is two from "christians")
  for (const auto& [k, v] : HolidayTable(lang))
    if (k.size() >= 8) add(k, 1);
  for (auto& bucket : b)
    std::sort(bucket.begin(), bucket.end(),
              [](const Target& x, const Target& y) { return x.word.size() < y.word.size(); });
  t.names = util::WordSet(names);
  return t;
}

// Where a letter sits on a QWERTY keyboard: its row, and its column in half keys (the
// rows are staggered).
struct Key {
  int row = -1, half_col = 0;
};
Key KeyOf(char c) {
  static constexpr std::string_view kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  for (int r = 0; r < 3; ++r)
    if (size_t k = kRows[r].find(c); k != std::string_view::npos) return {r, static_cast<int>(2 * k) + r};
  return {};
}

// A letter typed for another costs an edit when it is a key next to it ("fridsy") or a
// vowel for a vowel ("wednesdey"); any other letter two: "dominio" is a word, not a
// misspelt "domingo".
int SubstitutionCost(char a, char b) {
  if (a == b) return 0;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (vowel(a) && vowel(b)) return 1;
  const Key x = KeyOf(a), y = KeyOf(b);
  if (x.row < 0 || y.row < 0) return 2;
  const int dr = x.row - y.row, dc = x.half_col - y.half_col;
  return (dr == 0 && (dc == 2 || dc == -2)) || ((dr == 1 || dr == -1) && (dc == 1 || dc == -1)) ? 1 : 2;
}

// Optimal string alignment distance of a and b (both at most kMaxFuzzy letters), or
// max + 1 once it exceeds max.
int Edits(std::string_view a, std::string_view b, int max) {
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > static_cast<size_t>(max)) return max + 1;
  int rows[3][kMaxFuzzy + 1];  // rows i - 2, i - 1 and i, in turn
  for (size_t j = 0; j <= m; ++j) rows[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    int* cur = rows[i % 3];
    const int* prev = rows[(i - 1) % 3];
    const int* prev2 = rows[(i + 1) % 3];
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      int v = prev[j - 1] + SubstitutionCost(a[i - 1], b[j - 1]);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
        v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < row_min) row_min = v;
    }
    if (row_min > max) return max + 1;
  }
  return rows[n % 3][m];
}

// The name `w` (7 letters or more) misspells, or an empty view.
std::string_view Misspelt(Lang lang, std::string_view w) {
  if (w.size() > kMaxFuzzy || w[0] < 'a' || w[0] > 'z') return {};
  static const Targets en = BuildTargets(Lang::kEn), es = BuildTargets(Lang::kEs);
  const Targets& targets = lang == Lang::kEs ? es : en;
  const auto& bucket = targets.by_letter[w[0] - 'a'];
  if (bucket.empty()) return {};
  if (targets.names.Contains(w)) return {};
  // (a letter outside a-z takes some bit: it only ever costs an edit against a name)
  uint32_t letters = 0;
  for (char c : w) letters |= 1u << ((c - 'a') & 31);
  std::string_view best;
  int best_edits = 3;
  const size_t n = w.size();
  auto it = std::lower_bound(bucket.begin(), bucket.end(), n - 2,
                             [](const Target& x, size_t len) { return x.word.size() < len; });
  for (; it != bucket.end() && it->word.size() <= n + 2; ++it) {
    const Target& t = *it;
    const size_t m = t.word.size();
    if ((n > m ? n - m : m - n) > static_cast<size_t>(t.max_edits) ||
        std::popcount(letters & ~t.letters) > t.max_edits ||
        std::popcount(t.letters & ~letters) > t.max_edits)
      continue;
    const int e = Edits(w, t.word, t.max_edits);
    if (e <= t.max_edits && e < best_edits) {
      best = t.word;
      best_edits = e;
    }
  }
  // a word the grammar knows as it is stays itself ("tuesdays", not "tuesday"); the start of
  // a holiday's name that is the name found cut short is that name ("el miercole": the start
  // of "miercolesdeceniza" too)
  if (best.empty() || KnownWord(lang, w)) return {};
  const bool cut_short = best.size() > n && best.compare(0, n, w) == 0;
  if (HolidayFirstWord(lang, w) && !cut_short) return {};
  return best;
}

bool IsWord(const Token& t, std::string_view w) { return t.kind == Token::kWord && t.text == w; }

// "2moro", "2nite": the "2" at i and the word glued after it, as one token.
void MergeTwo(std::vector<Token>& tokens, size_t i) {
  if (i + 1 >= tokens.size() || tokens[i].text != "2" || tokens[i + 1].kind != Token::kWord ||
      !tokens[i + 1].glued)
    return;
  const std::string& w = tokens[i + 1].text;
  const char* as = nullptr;
  if (w == "moro" || w == "morrow" || w == "mrw" || w == "mro") as = "tomorrow";
  // "a 2night stay", "for 2night": two nights
  const bool counted = i > 0 && (IsWord(tokens[i - 1], "a") || IsWord(tokens[i - 1], "for") ||
                                 IsWord(tokens[i - 1], "the"));
  if ((w == "nite" || w == "nyt" || w == "night") && !counted) as = "tonight";
  if (w == "day" && !counted) as = "today";  // "2day at 4"; not "a 2day course"
  if (!as) return;
  tokens[i].kind = Token::kWord;
  tokens[i].text = as;
  tokens[i].value = -1;
  tokens[i].end = tokens[i + 1].end;
  tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
}

// The Spanish one-letter shorthands at i.
void SpanishLetter(std::vector<Token>& tokens, size_t i) {
  Token& t = tokens[i];
  const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
  if (!next) return;
  const bool after_number = i > 0 && tokens[i - 1].kind == Token::kNumber;
  if (t.text == "q" && next->kind == Token::kWord) {
    t.text = "que";
  } else if (t.text == "d" && next->kind != Token::kPunct && !(after_number && t.glued)) {
    t.text = "de";
  } else if (t.text == "x" && !after_number &&
             (IsWord(*next, "la") || IsWord(*next, "el") || IsWord(*next, "las") ||
              IsWord(*next, "los") || IsWord(*next, "esta") || IsWord(*next, "este"))) {
    t.text = "por";
  }
}

// A Spanish word of 3-5 letters with an "x" written for "ch" ("noxe", "oxo"), or "orita".
void SpanishWord(Token& t) {
  if (t.text.size() == 5 && t.text == "orita") {
    t.text = "ahorita";
    return;
  }
  if (std::none_of(t.text.begin(), t.text.end(), [](char c) { return c == 'x'; }) ||
      Known(Lang::kEs, t.text))
    return;
  std::string ch;
  for (char c : t.text) ch += c == 'x' ? std::string("ch") : std::string(1, c);
  if (Known(Lang::kEs, ch)) t.text = ch;
}

// A Spanish weekday or month (its whole name) written with a "b" for a "v" or a "v" for a
// "b", which Spanish says alike ("juebes", "sabado" as "savado"), one letter changed; or
// empty.
std::string_view SpanishBV(std::string_view w) {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (std::string_view k : LexiconWords(Lang::kEs)) {
      const Word wd = WeekdayWord(Lang::kEs, k), mo = MonthWord(Lang::kEs, k);
      if ((wd && !wd.weak) || (mo && !mo.weak)) v.push_back(k);
    }
    return v;
  }();
  if (w.find_first_of("bv") == std::string_view::npos) return {};
  for (std::string_view k : names) {
    if (k.size() != w.size()) continue;
    int swaps = 0;
    for (size_t c = 0; c < k.size() && swaps <= 1; ++c)
      if (k[c] != w[c]) swaps += (k[c] == 'b' && w[c] == 'v') || (k[c] == 'v' && w[c] == 'b') ? 1 : 2;
    if (swaps == 1) return k;
  }
  return {};
}

// A month of 6 letters or more misspelt by one edit into a word below 7 ("febero", "agsto"),
// read as the month only after a day and "de" ("20 de febero"), where a month is what
// comes ("5 de mayor" is no "mayo": shorter names are one edit from words).
std::string_view SpanishMonthAfterDay(const std::vector<Token>& tokens, size_t i) {
  if (i < 2 || !IsWord(tokens[i - 1], "de") || tokens[i - 2].kind != Token::kNumber ||
      tokens[i - 2].value < 1 || tokens[i - 2].value > 31)
    return {};
  static const std::vector<std::string_view> months = [] {
    std::vector<std::string_view> v;
    for (std::string_view k : LexiconWords(Lang::kEs))
      if (const Word mo = MonthWord(Lang::kEs, k); mo && !mo.weak && k.size() >= 6) v.push_back(k);
    return v;
  }();
  const std::string_view w = tokens[i].text;
  for (std::string_view k : months)
    if (Edits(w, k, 1) <= 1) return k;
  return {};
}

}  // namespace

void ReadChatSpellings(Lang lang, std::vector<Token>& tokens) {
  const bool es = lang == Lang::kEs;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.kind == Token::kNumber) {
      if (!es && t.value == 2) MergeTwo(tokens, i);
      continue;
    }
    if (t.kind != Token::kWord) continue;
    const size_t n = t.text.size();
    if (n >= kMinFuzzy) {
      if (std::string_view fixed = Misspelt(lang, t.text); !fixed.empty()) t.text = fixed;
    } else if (es) {
      if (n == 1)
        SpanishLetter(tokens, i);
      else if (n >= 3 && n <= 5)  // "oxo", "noxe", "orita"
        SpanishWord(t);
      if (n >= 5 && !Known(lang, t.text)) {  // "juebes"; "20 de febero"
        std::string_view fixed = SpanishBV(t.text);
        if (fixed.empty()) fixed = SpanishMonthAfterDay(tokens, i);
        if (!fixed.empty()) t.text = fixed;
      }
    } else if (n == 3 && t.text == "nxt") {
      t.text = "next";
    }
  }
}

}  // namespace chatbeto::events::detail
