#include "mapping/suggest.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "mapping/mapping_file.h"
#include "mapping/text.h"

namespace chatbeto::mapping {
namespace {

// Words that say nothing about a project: function words, and the verbs and
// nouns ChatGPT's automatic titles are full of ("Help with ...", "New chat").
const std::set<std::string_view>& StopWords() {
  static const std::set<std::string_view> words = {
      // English
      "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be",
      "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
      "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
      "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "if", "in",
      "into", "is", "it", "its", "just", "let", "me", "more", "most", "my", "no", "not", "now",
      "of", "off", "on", "once", "only", "or", "other", "our", "out", "over", "own", "same",
      "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
      "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
      "up", "us", "very", "via", "vs", "was", "we", "were", "what", "when", "where", "which",
      "while", "who", "whom", "why", "will", "with", "would", "you", "your",
      "chat", "conversation", "explain", "explained", "explanation", "help", "new",
      "question", "questions", "request", "untitled", "use", "using",
      // Spanish
      "al", "algo", "algunas", "algunos", "ante", "antes", "cada", "como", "cómo", "con",
      "contra", "cual", "cuál", "cuando", "cuándo", "de", "del", "desde", "donde", "dónde",
      "durante", "el", "él", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa",
      "esas", "ese", "eso", "esos", "esta", "está", "están", "estas", "este", "esto", "estos",
      "fue", "ha", "hay", "la", "las", "le", "les", "lo", "los", "mas", "más", "mi", "mis",
      "muy", "nada", "ni", "nos", "nosotros", "otra", "otro", "para", "pero", "poco", "por",
      "porque", "que", "qué", "quien", "quién", "se", "ser", "si", "sí", "sin", "sobre", "su",
      "sus", "también", "tan", "te", "tener", "tengo", "ti", "tu", "tú", "tus", "un", "una",
      "unas", "uno", "unos", "ya", "yo",
      "ayuda", "consulta", "explicación", "explicar", "nueva", "nuevo", "pregunta", "usar",
  };
  return words;
}

// Letters and digits of any script; punctuation, symbols, emoji and private
// use characters (ChatGPT's citation markers) separate words.
bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c < 0xC0) return false;  // C1 controls, NBSP, ¡ ¿ « » ...
  if (c < 0x100) return c != 0xD7 && c != 0xF7;
  const bool separator = (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
                         (c >= 0x3000 && c <= 0x303F) || (c >= 0xE000 && c <= 0xF8FF) ||
                         (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE30 && c <= 0xFE4F) ||
                         (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFFF0 && c <= 0xFFFF) ||
                         c >= 0x1F000;
  return !separator;
}

struct Token {
  std::string lower;
  std::string surface;  // as written in the title
};

std::vector<Token> Tokenize(std::string_view title) {
  std::vector<Token> tokens;
  Token current;
  size_t letters = 0;
  bool digits_only = true;
  auto finish = [&] {
    if (letters >= 2 && !digits_only && !StopWords().count(current.lower))
      tokens.push_back(std::move(current));
    current = Token{};
    letters = 0;
    digits_only = true;
  };
  char32_t cp;
  for (size_t i = 0; i < title.size();) {
    const size_t n = DecodeUtf8(title, i, &cp);
    if (n == 0 || !IsWordChar(cp)) {
      finish();
      i += n == 0 ? 1 : n;
      continue;
    }
    current.surface.append(title.substr(i, n));
    AppendUtf8(ToLowerLatin1(cp), &current.lower);
    ++letters;
    digits_only = digits_only && cp >= '0' && cp <= '9';
    i += n;
  }
  finish();
  return tokens;
}

// "kubernetes" -> "Kubernetes"; words with capitals ("iOS", "API") stay as written.
std::string Capitalize(const std::string& word) {
  char32_t cp;
  for (size_t i = 0; i < word.size();) {
    const size_t n = DecodeUtf8(word, i, &cp);  // > 0: words hold only valid UTF-8
    if (ToLowerLatin1(cp) != cp) return word;
    i += n;
  }
  const size_t n = DecodeUtf8(word, 0, &cp);
  std::string out;
  AppendUtf8(ToUpperLatin1(cp), &out);
  return out + word.substr(n);
}

struct Candidate {
  std::string word;
  int tf = 0;  // titles of this gizmo containing the word
  double score = 0;
  size_t first_title = 0, first_position = 0;
  std::map<std::string, int> spellings;

  const std::string& CommonSpelling() const {
    auto best = spellings.begin();  // ties go to the smallest, i.e. capitalized, spelling
    for (auto it = spellings.begin(); it != spellings.end(); ++it)
      if (it->second > best->second) best = it;
    return best->first;
  }
};

}  // namespace

std::vector<std::string> TitleWords(std::string_view title) {
  std::vector<std::string> words;
  for (Token& t : Tokenize(title)) words.push_back(std::move(t.lower));
  return words;
}

void DocumentFrequency::AddTitle(std::string_view title) {
  ++titles_;
  std::set<std::string> distinct;
  for (std::string& w : TitleWords(title)) distinct.insert(std::move(w));
  for (const std::string& w : distinct) ++counts_[w];
}

int DocumentFrequency::Frequency(std::string_view word) const {
  auto it = counts_.find(word);
  return it == counts_.end() ? 0 : it->second;
}

DocumentFrequency BuildDocumentFrequency(const std::vector<std::string>& all_titles) {
  DocumentFrequency df;
  for (const std::string& t : all_titles) df.AddTitle(t);
  return df;
}

std::string FallbackProjectName(std::string_view gizmo_id) {
  switch (GizmoKind(gizmo_id)) {
    case Kind::kProject: return "Project " + std::string(gizmo_id.substr(gizmo_id.size() - 6));
    case Kind::kCustomGpt: return "GPT " + std::string(gizmo_id);
    case Kind::kInvalid: break;
  }
  return "Unknown gizmo";
}

std::string SuggestProjectName(std::string_view gizmo_id,
                               const std::vector<std::string>& titles_of_this_gizmo,
                               const DocumentFrequency& df_over_all_titles) {
  std::map<std::string, Candidate> by_word;
  for (size_t t = 0; t < titles_of_this_gizmo.size(); ++t) {
    std::set<std::string> in_this_title;
    std::vector<Token> tokens = Tokenize(titles_of_this_gizmo[t]);
    for (size_t k = 0; k < tokens.size(); ++k) {
      auto [it, inserted] = by_word.try_emplace(tokens[k].lower);
      Candidate& c = it->second;
      if (inserted) c.word = tokens[k].lower, c.first_title = t, c.first_position = k;
      ++c.spellings[tokens[k].surface];
      if (in_this_title.insert(tokens[k].lower).second) ++c.tf;
    }
  }
  if (by_word.empty()) return FallbackProjectName(gizmo_id);

  std::vector<Candidate> ranked;
  for (auto& [word, c] : by_word) {
    // Guard against a df built without these titles: never below tf.
    const int df = std::max(df_over_all_titles.Frequency(word), c.tf);
    const int n = std::max(df_over_all_titles.titles(), df);
    c.score = c.tf * std::log(1.0 + static_cast<double>(n) / df);
    ranked.push_back(std::move(c));
  }
  std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(b.score, b.tf, a.word) < std::tie(a.score, a.tf, b.word);
  });

  // A second or third word must be nearly as distinctive and, when there are
  // several titles, recur: a word from one title out of twenty is noise.
  std::vector<const Candidate*> chosen = {&ranked.front()};
  const bool several_titles = titles_of_this_gizmo.size() > 1;
  for (size_t i = 1; i < ranked.size() && chosen.size() < 3; ++i) {
    if (ranked[i].score < 0.5 * ranked.front().score) break;
    if (several_titles && ranked[i].tf < 2) continue;
    chosen.push_back(&ranked[i]);
  }
  std::sort(chosen.begin(), chosen.end(), [](const Candidate* a, const Candidate* b) {
    return std::tie(a->first_title, a->first_position) <
           std::tie(b->first_title, b->first_position);
  });

  std::string name;
  for (const Candidate* c : chosen) {
    if (!name.empty()) name += ' ';
    name += Capitalize(c->CommonSpelling());
  }
  return std::string(TrimBlanks(TruncateCodePoints(name, kMaxProjectNameChars)));
}

}  // namespace chatbeto::mapping
