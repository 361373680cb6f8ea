// Words before a number or a day that say what it is in a chat (round 12): a word of
// rating before a score ("rated it 8/10"); a verb that moves or sets a meeting before a bare
// hour ("mtg moved to 3", "nos vemos tipo 9"); the noun of an event between a day and its
// clock ("sun brunch 11am"); Latin America's "que pasó" after a day or a unit (the last one);
// what may come before "from 3 onwards".
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

bool Parser::ScoreLead(size_t i) const {
  static const util::WordSet en = {"rated", "rate", "rates", "rating", "score", "scored",
                                   "scores", "give", "gave", "giving", "gives", "stars"};
  static const util::WordSet es = {"califico", "calificacion", "puntuacion", "puntaje", "nota",
                                   "doy", "di", "pongo", "puse", "puntuo", "valoro", "valoracion",
                                   "saco", "saque", "sacaste", "sacamos"};
  size_t p = i;
  if (p >= 1 && IsP(p - 1, ':')) --p;
  if (p >= 1 && (Is(p - 1, "a") || Is(p - 1, "an") || Is(p - 1, "un") || Is(p - 1, "una"))) --p;
  if (p >= 1 && (Is(p - 1, "it") || Is(p - 1, "them") || Is(p - 1, "this") || Is(p - 1, "le") ||
                 Is(p - 1, "les") || Is(p - 1, "lo") || Is(p - 1, "la")))
    --p;
  return p >= 1 && IsWordTok(p - 1) && (lang_ == Lang::kEs ? es : en).Contains(toks_[p - 1].text);
}


bool Parser::MeetVerbBefore(size_t i) const {
  // English: the verb, an optional "it"/"that"/"this", then "to" ("push it to 4")
  static const util::WordSet en = {"moved",   "move",    "moving",  "pushed",   "push",
                                   "pushing", "changed", "change",  "changing", "bumped",
                                   "bump",    "shifted", "shift",   "switched", "switch",
                                   "rescheduled", "reschedule", "postponed", "postpone"};
  // Spanish: the verb right before "tipo" (River Plate: "about"), which the clock has read
  static const util::WordSet es = {"vemos", "veo",    "ves",     "quedamos", "paso",
                                   "pasas", "pasamos", "llego",  "llegas",   "llegamos",
                                   "salgo", "salimos", "juntamos", "arrancamos", "empezamos",
                                   "busco", "buscas", "voy",     "vengo",
                                   "buscarte", "verte", "vernos", "juntarnos", "llamo"};
  if (lang_ == Lang::kEs) {
    return i >= 1 && Is(i, "tipo") && IsWordTok(i - 1) && es.Contains(toks_[i - 1].text);
  }
  if (i < 2 || !Is(i - 1, "to")) return false;
  size_t p = i - 2;
  if ((Is(p, "it") || Is(p, "that") || Is(p, "this") || Is(p, "them")) && p >= 1) --p;
  return IsWordTok(p) && en.Contains(toks_[p].text);
}

bool Parser::EventNounBeforeClock(size_t k) const {
  static const util::WordSet nouns = {
      "brunch",   "breakfast", "dinner",  "drinks",    "coffee",  "meeting",  "mtg",
      "call",     "practice",  "game",    "class",     "appt",    "appointment", "party",
      "show",     "movie",     "flight",  "train",     "interview", "standup", "session",
      "lesson",   "massage",   "haircut", "gym",       "yoga",    "run",      "match",
      "rehearsal", "dentist",  "doctor",  "pickup",    "dropoff", "date"};
  if (lang_ != Lang::kEn || !IsWordTok(k) || Glued(k) || !nouns.Contains(toks_[k].text)) return false;
  size_t m = k + 1;
  if (Is(m, "at") || IsP(m, '@')) ++m;
  Clock c;
  return ParseClock(m, c, false) && c.anchored;
}

bool Parser::QuePaso(size_t q) const {
  if (!Is(q, "que") || !Is(q + 1, "paso")) return false;
  // written "pasó", or where the clause ends ("el lunes que paso a buscarte" is "when I pass")
  const Token& t = toks_[q + 1];
  return text_.substr(t.begin, t.end - t.begin).ends_with("\xc3\xb3") || Boundary(q + 2);
}

bool Parser::OnwardsLead(size_t j) const {
  static const util::WordSet leads = {
      "free",  "available", "open",  "here",  "there", "be",    "am",    "is",      "are",
      "me",    "us",        "anytime", "ok",  "okay",  "fine",  "good",  "home",    "back",
      "around", "working",  "busy",  "booked", "come", "arrive", "so",   "then",    "and",
      "but",   "yes",       "yeah",  "sure",  "maybe", "call",  "text",  "it"};
  return j == 0 || !IsWordTok(j - 1) || leads.Contains(toks_[j - 1].text);
}

}  // namespace chatbeto::events::detail
