// FindTemporal: tokenize once, then try the grammar only where a token can
// start a temporal expression (a number or a word of the lexicon), so a
// message without one costs a tokenization and a few hash lookups.
#include "events/temporal.h"

#include <cstdio>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "events/temporal_calendar.h"
#include "events/temporal_join.h"
#include "events/temporal_parser.h"
#include "events/temporal_spelling.h"
#include "util/text.h"
#include "util/word_map.h"

namespace chatbeto::events {
namespace {

using detail::Token;

// Whether a token can start a temporal expression: kYes, or kIfHoliday for a
// word that can only begin a holiday's name ("good" of "Good Friday", "can"
// of "Canada Day": every beginning of a name, so that a name split in two
// words is found), which starts one only where a name does.
enum class Start { kNo, kYes, kIfHoliday };

Start MayStart(Lang lang, const Token& t) {
  if (t.kind == Token::kNumber) return Start::kYes;
  if (t.kind == Token::kPunct)
    return t.punct() == '@' || t.punct() == '\'' ? Start::kYes : Start::kNo;
  // One table per language: the lead words, the words of a day relative to today (the
  // lexicon's one list of them), of numbers, ordinals, weekdays and months (kYes), then
  // those that begin a holiday's name (kIfHoliday, unless already kYes: a key given twice
  // keeps its first value). One lookup per token (seven were a twentieth of the extractor).
  auto starters = [](Lang l, std::initializer_list<std::string_view> leads) {
    std::vector<std::pair<std::string_view, Start>> words;
    for (std::string_view w : leads) words.emplace_back(w, Start::kYes);
    for (const detail::RelativeDay& d : detail::RelativeDays(l))
      words.emplace_back(d.word, Start::kYes);
    for (std::string_view w : detail::LexiconWords(l)) words.emplace_back(w, Start::kYes);
    detail::HolidayFirstWords(l).ForEachKey(
        [&](std::string_view w) { words.emplace_back(w, Start::kIfHoliday); });
    return util::WordMap<Start>(words);
  };
  static const util::WordMap<Start> en = starters(Lang::kEn, {
      "at",        "around",     "about",    "by",        "for",       "approximately",
      "approx",    "the",        "noon",     "midday",    "mid",       "midnight",
      "a",         "an",         "quarter",  "half",      "in",        "within",
      "on",        "this",       "current",  "present",   "next",      "coming",
      "upcoming",  "following",  "last",     "past",      "previous",  "prior",
      "tonight",   "tonite",     "early",    "during",    "right",     "just",
      "now",       "later",      "day",
      "from",      "between",    "couple",   "few",       "of",        "end",
      "beginning", "start",      "middle",   "late",      "eom",       "bom",
      "eoy",       "rest",       "all",      "whole",     "entire",    "spring",
      "summer",    "summertime", "fall",     "autumn",    "winter",    "wintertime",
      "over",      "season",     "until",    "till",      "through",   "thru",
      "since",     "before",     "after",    "weekend",   "wkend",     "like",
      "eod",       "cob",        "close",    "closest",   "nearest",   "q",
      "eve",       "eow",        "wknd",     "noonish",   "middayish", "midnightish",
      "week",      "wk",         "midweek"});
  static const util::WordMap<Start> es = starters(Lang::kEs, {
      "a",          "al",        "para",      "sobre",      "hacia",     "desde",    "hasta",
      "de",         "del",       "tipo",      "como",       "las",       "la",       "el",
      "los",        "mediodia",  "medio",     "medianoche", "esta",      "este",     "por",
      "en",         "durante",   "proximo",   "proxima",    "siguiente", "pasado",   "pasada",
      "ultimo",     "ultima",    "ahora",     "ahorita",    "ya",
      "enseguida",  "cuanto",    "antes",     "dia",        "dias",      "dentro",
      "hace",       "entre",     "semana",    "mes",        "ano",       "fin",      "finde",
      "weekend",    "unos",      "unas",      "media",      "un",        "una",      "principios",
      "comienzos",  "inicios",   "mediados",  "finales",    "fines",     "proximos", "proximas",
      "siguientes", "pasados",   "pasadas",   "ultimos",    "ultimas",   "resto",    "toda",
      "todo",       "primavera", "verano",    "otono",      "invierno",  "despues",
      "anoche",     "final",     "principio", "inicio",     "comienzo",  "vispera",
      "anteanoche", "antenoche", "aqui",      "aca"});
  if (detail::PodWord(lang, t.text) != detail::Pod::kNone) return Start::kYes;
  const Start* s = (lang == Lang::kEs ? es : en).Find(t.text);
  return s ? *s : Start::kNo;
}

}  // namespace

std::vector<TemporalMatch> FindTemporal(std::string_view text, Lang lang,
                                        const LocalTime& reference) {
  return FindTemporal(text, lang, reference, TemporalOptions{});
}

std::vector<TemporalMatch> FindTemporal(std::string_view text, Lang lang,
                                        const LocalTime& reference,
                                        const TemporalOptions& options) {
  std::vector<TemporalMatch> out;
  if (!detail::ValidDate(reference.year, reference.month, reference.day)) return out;
  std::vector<Token> tokens = detail::Tokenize(text);
  detail::ReadChatSpellings(lang, tokens);
  detail::ReadChatShorthands(lang, text, tokens);
  detail::Parser parser(tokens, text, lang, reference, options);
  for (size_t i = 0; i < tokens.size();) {
    // A word that only begins holiday names ("can", "good", "is", "me": a
    // quarter of the places tried in ordinary chats) is tried only where a name
    // follows.
    const Start start = MayStart(lang, tokens[i]);
    size_t name_end = i;
    if (start == Start::kNo || (start == Start::kIfHoliday && !parser.HolidayName(name_end))) {
      ++i;
      continue;
    }
    TemporalMatch m;
    size_t next = parser.MatchAt(i, m);
    if (next > i) {
      out.push_back(std::move(m));
      i = next;
    } else {
      ++i;
    }
  }
  if (out.size() > 1) detail::JoinRanges(text, lang, tokens, out);
  return out;
}

std::string FormatLocalTime(const LocalTime& t) {
  // By hand in the usual case (snprintf was a visible share of a scan: every
  // event and source line is formatted).
  if (t.year >= 0 && t.year <= 9999 && t.month >= 0 && t.month <= 99 && t.day >= 0 && t.day <= 99 &&
      t.hour >= 0 && t.hour <= 99 && t.minute >= 0 && t.minute <= 99 && t.second >= 0 &&
      t.second <= 99) {
    std::string out = "0000-00-00T00:00:00";
    PutDigits(&out[0], t.year, 4);
    PutDigits(&out[5], t.month, 2);
    PutDigits(&out[8], t.day, 2);
    PutDigits(&out[11], t.hour, 2);
    PutDigits(&out[14], t.minute, 2);
    PutDigits(&out[17], t.second, 2);
    return out;
  }
  char buf[96];
  if (t.year >= 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour,
                  t.minute, t.second);
  else
    std::snprintf(buf, sizeof buf, "-%04d-%02d-%02dT%02d:%02d:%02d", -t.year, t.month, t.day,
                  t.hour, t.minute, t.second);
  return buf;
}

const char* GrainName(Grain g) {
  switch (g) {
    case Grain::kSecond:
      return "second";
    case Grain::kMinute:
      return "minute";
    case Grain::kHour:
      return "hour";
    case Grain::kDay:
      return "day";
    case Grain::kWeek:
      return "week";
    case Grain::kMonth:
      return "month";
    case Grain::kQuarter:
      return "quarter";
    case Grain::kYear:
      return "year";
  }
  return "day";
}

}  // namespace chatbeto::events
