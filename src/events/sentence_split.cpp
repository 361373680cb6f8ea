#include "events/sentence_split.h"

#include <cctype>
#include <set>
#include <string_view>

namespace chatbeto::events {
namespace {

// Whether the word ending at `dot` (folded text) is a title written before a
// name (Dr., Sra., Mrs.): its dot does not end the sentence.
bool IsTitleAbbreviation(const std::string& text, size_t dot) {
  size_t b = dot;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b > 0 && static_cast<unsigned char>(text[b - 1]) >= 0x80) return false;  // part of a longer word
  static const std::set<std::string, std::less<>> kTitles = {
      "dr", "dra", "mr", "mrs", "ms", "sr", "sra", "srta", "jr", "prof", "st", "mt"};
  return kTitles.count(std::string_view(text).substr(b, dot - b)) > 0;
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(const std::string& text) {
  std::vector<SentenceSpan> spans;
  size_t b = 0;
  bool q = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : '\n';
    if (c == '\x01') {
      if (i > b && text.find_first_not_of(" ,", b) < i) spans.push_back({b, i, q});
      if (i > b) b = i;
      q = true;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
      if (c == '?') q = true;
      // "3:30 p.m." and "Dr." do not end a sentence: a dot right after one
      // or two letters.
      bool abbrev = c == '.' && i >= 1 && i - b <= 3 && i + 1 < text.size() && text[i + 1] != ' ';
      // Nor does a title before a name: "with Dr. Ani Tajirian on March 14th".
      abbrev = abbrev || (c == '.' && i + 2 < text.size() && text[i + 1] == ' ' && IsTitleAbbreviation(text, i));
      if (!abbrev) {
        if (i > b) spans.push_back({b, i, q});
        b = i + 1;
        q = false;
      }
    }
  }
  return spans;
}

}  // namespace chatbeto::events
