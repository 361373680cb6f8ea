// Chat shorthands of the words for a day and its parts, read as the words they stand for
// (ReadChatShorthands in temporal_spelling.h).
#include <cstddef>
#include <string_view>

#include "events/temporal_lexicon.h"
#include "events/temporal_spelling.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

bool IsWord(const Token& t, std::string_view w) { return t.kind == Token::kWord && t.text == w; }

// A weekday (its abbreviations too) or a day relative to today: the words after which
// "am", "eve" and "aft" are the day's parts ("sat am", "wed eve", "thurs aft").
// (an abbreviation that is also a word, not after "the": "the sun am")
bool DayWord(Lang lang, const std::vector<Token>& tokens, size_t d) {
  const Token& t = tokens[d];
  if (t.kind != Token::kWord) return false;
  if (const Word wd = WeekdayWord(lang, t.text)) return !(wd.weak && d > 0 && IsWord(tokens[d - 1], "the"));
  return RelativeDayWord(lang, t.text).has_value();
}

// "am" after a day is its morning unless the sentence goes on with "am" as a verb
// ("on monday am I free?" is rare; "if not sat am going out" is not).
bool AmIsVerb(const std::vector<Token>& tokens, size_t i) {
  static const util::WordSet verbs_after = {"i",    "not",  "going", "gonna", "so",    "sure",
                                            "free", "busy", "in",    "at",    "here",  "there",
                                            "home", "back", "out",   "off",   "still", "working"};
  return i + 1 < tokens.size() && tokens[i + 1].kind == Token::kWord &&
         verbs_after.Contains(tokens[i + 1].text);
}

}  // namespace

void ReadChatShorthands(Lang lang, std::string_view text, std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.kind != Token::kWord) continue;
    if (lang == Lang::kEs) {
      // the diminutive of "temprano" (Latin America): "mañana tempranito"
      if (t.text == "tempranito") t.text = "temprano";
      continue;
    }
    if (t.text == "b" && i + 1 < tokens.size() && tokens[i + 1].kind == Token::kNumber &&
        tokens[i + 1].text == "4" && tokens[i + 1].glued &&
        !(i + 2 < tokens.size() && tokens[i + 2].glued && tokens[i + 2].kind != Token::kPunct)) {
      // "b4 noon", "tmrw b4 5": one word, "before"
      t.text = "before";
      t.end = tokens[i + 1].end;
      tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    } else if (t.text == "nite") {  // "fri nite", "sat nite"
      t.text = "night";
    } else if (t.text == "morn" || t.text == "mornin") {  // "mon morn", "sat mornin"
      t.text = "morning";
    } else if (t.text == "evenin") {
      t.text = "evening";
    } else if (t.text == "tmw") {  // "tmw 10ish"
      t.text = "tomorrow";
    } else if (t.text == "abt") {  // "abt 7", "hw abt 2mrw"
      t.text = "about";
    } else if ((t.text == "yrs" || t.text == "yr") && i > 0 && IsWord(tokens[i - 1], "new")) {
      t.text = t.text == "yrs" ? "years" : "year";  // "new yrs eve", "new yr's day"
    } else if (i > 0 && !t.glued && DayWord(lang, tokens, i - 1)) {
      if (t.text == "eve" && text.substr(t.begin, 3) != "Eve" &&
          !(i + 1 < tokens.size() && IsWord(tokens[i + 1], "of")))
        t.text = "evening";  // "wed eve"; not "the eve of"
      else if (t.text == "aft")
        t.text = "afternoon";  // "thurs aft"
      else if (t.text == "am" && !AmIsVerb(tokens, i))
        t.text = "morning";  // "sat am", "tmrw am"
    }
  }
}

}  // namespace chatbeto::events::detail
