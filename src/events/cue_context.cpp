#include "events/cue_context.h"

#include <algorithm>

#include "util/word_map.h"

namespace chatbeto::events {

bool NegatedNoun(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first) {
  auto word = [&](size_t k) { return WordAt(folded, w, k); };
  if (n >= sentence_first + 1 && word(n - 1) == "no" && Joined(folded, w, n - 1)) return true;
  return n >= sentence_first + 2 && word(n - 2) == "no" && (word(n - 1) == "hay" || word(n - 1) == "habra") &&
         Joined(folded, w, n - 2) && Joined(folded, w, n - 1);
}

bool CancelInstruction(std::string_view folded, const std::vector<Word>& w, size_t n) {
  auto word = [&](size_t k) { return WordAt(folded, w, k); };
  static const char* const kVerbs[] = {"reply", "text", "press", "click", "tap", "respond", "call", "visit",
                                       "responda", "responde", "pulse", "pulsa", "envie", "envia", "llame",
                                       "llama", "escriba", "escribe", "conteste", "contesta"};
  auto verb = [&](size_t k) {
    for (const char* v : kVerbs)
      if (word(k) == v) return true;
    return false;
  };
  // "responda ANULAR", "reply CANCEL": the word to send
  if (n >= 1 && verb(n - 1)) return true;
  // "at least it's not cancelled", "it isn't cancelled", "no se cancela", "no está cancelada": negated
  if (n >= 1 && word(n - 1) == "not") return true;
  if (n >= 2 && ((word(n - 2) == "no" && (word(n - 1) == "se" || word(n - 1) == "esta")) ||
                 (word(n - 1) == "t" && (word(n - 2) == "isn" || word(n - 2) == "wasn" || word(n - 2) == "aren"))))
    return true;
  // "You can cancel for free until March 7th", "you are free to cancel": what one may do
  // ("can you cancel it?" asks for it: the modal before its subject)
  if (n >= 2 && (word(n - 1) == "can" || word(n - 1) == "may" || word(n - 1) == "could") &&
      (word(n - 2) == "you" || word(n - 2) == "we" || word(n - 2) == "they" || word(n - 2) == "guests"))
    return true;
  if (n >= 2 && word(n - 1) == "to" && (word(n - 2) == "free" || word(n - 2) == "able")) return true;
  if (n == 0 || (word(n - 1) != "to" && word(n - 1) != "para")) return false;
  // "Responda SI para confirmar o NO para anular": the verb before both choices
  for (size_t k = n >= 7 ? n - 7 : 0; k + 1 < n; ++k)
    if (verb(k)) return true;
  for (size_t k = n + 1; k < w.size() && k <= n + 3; ++k)
    if (verb(k)) return true;
  return false;
}

bool RemovesFromCalendar(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first) {
  const std::string_view first = WordAt(folded, w, n);
  if (first != "from" && first != "off") return true;
  static const util::WordSet kRemoving = {"remove", "removing", "take", "taking", "took", "get", "clear",
                                          "drop", "wipe", "strike", "cross", "scratch", "pull"};
  for (size_t k = sentence_first; k < n; ++k)
    if (kRemoving.Contains(WordAt(folded, w, k))) return true;
  return false;
}

bool ForgetsThePlan(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                    size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at) {
  auto word = [&](size_t k) { return WordAt(folded, w, k); };
  static const util::WordSet kForget = {"forget", "olvidate", "olvida", "olvidese", "olvidemos"};
  static const util::WordSet kStrike = {"scratch", "scrap", "drop"};
  const bool strike = kStrike.Contains(word(n));
  if (!strike && !kForget.Contains(word(n))) return true;
  static const util::WordSet kNegation = {"t", "not", "never", "dont", "nunca"};
  // What may come before a bidding "forget": nothing, or an opener ("Actually, forget ...",
  // "ok just forget it", "y olvídate de ..."). A subject, an auxiliary, a negation or "to"
  // before it ("don't forget", "I always forget", "easy to forget") make it no bidding.
  static const util::WordSet kNotBidding = {"t", "not", "never", "dont", "you", "i", "we", "they", "he",
                                            "she", "to", "will", "ll", "d", "would", "can", "could",
                                            "might", "may", "did", "didn", "won", "cannot", "gonna",
                                            "nunca"};
  // ("Thank you, forget it": a comma between, a bidding)
  if (n > sentence_first && Joined(folded, w, n - 1) &&
      (strike ? kNegation : kNotBidding).Contains(word(n - 1)))
    return false;
  const std::string_view last = word(n + cue_words - 1);
  static const util::WordSet kDeterminers = {"the", "my", "our", "this", "la", "el", "mi", "del", "las",
                                             "los", "nuestra"};
  if (!kDeterminers.Contains(last)) return true;  // "forget it", "forget about it"
  const size_t k = n + cue_words;
  if (k >= w.size() || !Joined(folded, w, k - 1)) return false;
  static const util::WordSet kWhole = {"whole", "idea", "plan", "plans"};
  if (!kWhole.Contains(word(k)) && !plan_noun_at(k)) return false;
  // "drop the tickets off", "drop the booking by": handed over, not dropped
  for (size_t j = k + 1; j < w.size() && j <= k + 2; ++j)
    if (word(j) == "off" || word(j) == "by") return false;
  return true;
}

bool ConsultPutsOff(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words) {
  auto word = [&](size_t k) { return k < w.size() ? WordAt(folded, w, k) : std::string_view(); };
  const size_t person = n + cue_words;  // "my [wife]"
  if (word(person - 1) != "my" || word(person + 1) != "about") return true;
  static const util::WordSet kThePlan = {"it", "this", "that", "the", "them", "our", "booking",
                                         "reservation", "appointment", "visit", "tickets"};
  return kThePlan.Contains(word(person + 2));
}

bool PutOffStandsAlone(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                       size_t sentence_first) {
  const size_t last = n + cue_words - 1;
  const std::string_view end = WordAt(folded, w, last);
  // "won't be necessary" of the plan ("That won't be necessary after all"), not of a thing
  // ("A jacket won't be necessary")
  if (end == "necessary" || end == "needed") {
    static const util::WordSet kThePlan = {"it", "that", "this", "which", "so", "then"};
    return n == sentence_first || !Joined(folded, w, n - 1) || kThePlan.Contains(WordAt(folded, w, n - 1));
  }
  const bool hold = cue_words >= 3 && WordAt(folded, w, last - 2) == "hold" && WordAt(folded, w, last - 1) == "on";
  const bool better_not = end == "not" && cue_words >= 2 && WordAt(folded, w, last - 1) == "better";
  // "I'll sort it out later" (not "I'll sort it out later who drives"); "myself" is put off
  // whatever follows ("I'll do it myself on their website")
  const bool for_later = cue_words >= 3 && end == "later";
  if (!hold && !better_not && !for_later) return true;
  if (last + 1 >= w.size() || !Joined(folded, w, last)) return true;  // "Let's hold on that.", "I'd better not"
  static const util::WordSet kPutOff = {"for", "until", "till", "til", "a", "now", "then", "yet", "today",
                                        "book", "go", "do", "commit", "reserve", "buy", "risk", "chance"};
  return kPutOff.Contains(WordAt(folded, w, last + 1));
}

// "I'd rather not go ahead with the green", "I'd rather not buy the blue one": a preference
// about a thing other than the booking, which it leaves standing (the cue at word `n`,
// `cue_words` long, led by "rather not" / "prefer not to"). "I'd rather not go ahead with
// it", "with the booking", "I'd rather not book the hotel" still withdraw.
static bool PreferenceSparesThePlan(std::string_view folded, const std::vector<Word>& w, size_t n,
                                    size_t cue_words) {
  const std::string_view lead = WordAt(folded, w, n);
  if (lead != "rather" && lead != "prefer") return false;
  static const util::WordSet kThing = {
      "booking", "bookings", "reservation", "reservations", "appointment", "appointments", "ticket",
      "tickets", "table", "purchase", "order", "visit", "viewing", "event", "entry", "plan",
      "plans", "trip", "room", "car", "rental", "flight", "hotel", "bus", "train", "show", "movie",
      "session", "class", "tour", "transfer", "payment", "ride", "concert", "game", "play", "seats"};
  static const util::WordSet kArticle = {"the", "a", "an", "my", "our", "your", "that", "this"};
  const size_t last = n + cue_words - 1;
  const std::string_view end = WordAt(folded, w, last);
  size_t k = last + 1;
  // "make the ...", "make a ...": the cue ends in its article
  if (end == "the" || end == "a") return k < w.size() && Joined(folded, w, last) && !kThing.Contains(WordAt(folded, w, k));
  if (k >= w.size() || !Joined(folded, w, last)) return false;
  if (WordAt(folded, w, k) == "with") {
    if (k + 1 >= w.size() || !Joined(folded, w, k)) return false;
    ++k;
  }
  if (!kArticle.Contains(WordAt(folded, w, k)) || k + 1 >= w.size() || !Joined(folded, w, k)) return false;
  const std::string_view thing = WordAt(folded, w, k + 1);
  return !kThing.Contains(thing) && thing != "one" && thing != "it";
}

// "Sorry, they don't have visits that day", "there are no appointments left on that date":
// no slot of the kind asked for is a failure said as one, with regret somewhere before it in
// the message; "heads up there are no tables that day, so bring a blanket" is news about the
// place (the failure cue at word `n`, `cue_words` long).
static bool NoSlotsToldAsNews(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words) {
  static const util::WordSet kLead = {"don", "doesn", "do", "does", "there", "have"};
  static const util::WordSet kThings = {"visits", "appointments", "tables", "slots", "rooms", "seats", "cars",
                                        "openings", "spots", "times", "tickets", "tours", "viewings"};
  static const util::WordSet kTail = {"day", "date", "then", "time", "available", "left"};
  if (cue_words < 4 || !kLead.Contains(WordAt(folded, w, n)) ||
      !kTail.Contains(WordAt(folded, w, n + cue_words - 1)))
    return false;
  bool things = false;
  for (size_t k = n; k < n + cue_words; ++k) things = things || kThings.Contains(WordAt(folded, w, k));
  if (!things) return false;
  static const util::WordSet kRegret = {"sorry", "unfortunately", "afraid", "sadly", "regrettably",
                                        "apologies", "apologize", "unluckily", "alas"};
  for (size_t k = 0; k < n; ++k) {
    const std::string_view word = WordAt(folded, w, k);
    if (kRegret.Contains(word) || (word == "bad" && k + 1 < w.size() && WordAt(folded, w, k + 1) == "news"))
      return false;
  }
  return true;
}

uint32_t KindsInContext(uint32_t kinds, std::string_view folded, const std::vector<Word>& w, size_t n,
                        size_t cue_words, size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at) {
  if ((kinds & kCancel) &&
      (CancelInstruction(folded, w, n) || !RemovesFromCalendar(folded, w, n, sentence_first) ||
       DeletesAThing(folded, w, n, cue_words, sentence_first, plan_noun_at)))
    kinds &= ~kCancel;
  if ((kinds & kAffirm) && WordAt(folded, w, n) == "done" &&
      (n != sentence_first || (n + 1 < w.size() && Joined(folded, w, n))))
    kinds &= ~kAffirm;
  // "I'm in!", "me apunto", "ahí estoy", "sale", "voy!": a yes standing alone; "I'm in a meeting", "me
  // apunto el número", "I'm there at 7", "sale a las 7:45", "voy tarde" are not (an emoji after it is no word: "we're in 🙌")
  if (kinds & kAffirm) {
    static const util::WordSet kAlone = {"i m in",  "im in",    "i am in",     "we re in",  "i m so in",
                                         "me apunto", "nos apuntamos", "me sumo", "yo me apunto", "apuntame",
                                         "i m there", "ahi estoy", "alli estoy", "sale", "voy"};
    const size_t last = n + cue_words - 1;
    if (kAlone.Contains(folded.substr(w[n].begin, w[last].end - w[n].begin)) && last + 1 < w.size() &&
        Joined(folded, w, last) && static_cast<unsigned char>(WordAt(folded, w, last + 1)[0]) < 0xE2)
      kinds &= ~kAffirm;
    // "in!" is a yes only as the whole message (not "meet in the lobby", "in 10 minutes", "in?")
    if (cue_words == 1 && WordAt(folded, w, n) == "in" &&
        (n != 0 || (n + 1 < w.size() && static_cast<unsigned char>(WordAt(folded, w, n + 1)[0]) < 0xE2) ||
         folded.find('?') != std::string_view::npos))
      kinds &= ~kAffirm;
  }
  if ((kinds & kWithdraw) && (!ForgetsThePlan(folded, w, n, cue_words, sentence_first, plan_noun_at) ||
                              !ConsultPutsOff(folded, w, n, cue_words) ||
                              !PutOffStandsAlone(folded, w, n, cue_words, sentence_first) ||
                              PreferenceSparesThePlan(folded, w, n, cue_words)))
    kinds &= ~(kWithdraw | kNegate);  // "don't forget the tickets": no plan dropped, and no "no"
  if ((kinds & kFailure) && NoSlotsToldAsNews(folded, w, n, cue_words)) kinds &= ~kFailure;
  if ((kinds & kNegate) && !GoingNoInContext(folded, w, n, cue_words, sentence_first)) kinds &= ~kNegate;
  // "I'd rather not drive, can u pick me up at 7:30?", "prefiero no conducir": a preference
  // against something, no move of the plan ("I'd rather do Saturday", "prefiero el lunes" are)
  if ((kinds & kReschedule) && cue_words == 1 && n + 1 < w.size()) {
    const std::string_view x = WordAt(folded, w, n), next = WordAt(folded, w, n + 1);
    if (((x == "rather" || x == "prefer") && next == "not") || (x == "prefiero" && next == "no"))
      kinds &= ~kReschedule;
  }
  // "no puedo el sábado, lo dejamos": "lo dejamos" with no new day after it ("para otro día",
  // "para el martes") drops the plan rather than moving it
  if ((kinds & kReschedule) && cue_words == 2 && WordAt(folded, w, n + 1) == "dejamos" &&
      (n + 2 >= w.size() || !Joined(folded, w, n + 1)))
    kinds &= ~kReschedule;
  // ... and its "no" says no to that thing only: "prefiero no conducir" (not "prefiero no ir")
  if ((kinds & kNegate) && cue_words == 1 && n > 0 && n + 1 < w.size() && WordAt(folded, w, n) == "no" &&
      WordAt(folded, w, n - 1) == "prefiero") {
    static const util::WordSet kThePlan = {"ir", "venir", "quedar", "hacerlo", "reservar", "reservarlo", "salir"};
    if (!kThePlan.Contains(WordAt(folded, w, n + 1))) kinds &= ~kNegate;
  }
  return kinds;
}

bool AsksWhetherOpen(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end) {
  auto word = [&](size_t k) { return k < end ? WordAt(folded, w, k) : std::string_view(); };
  size_t k = first;
  if (word(k) == "do" && (word(k + 1) == "you" || word(k + 1) == "they")) k += 2;
  else if (word(k) == "does") k += 1;
  else return false;
  static const util::WordSet kOpen = {"anything", "any",   "room",  "space", "availability", "openings",
                                      "tables",   "seats", "slots", "time",  "spots"};
  static const util::WordSet kOne = {"table", "slot", "spot", "opening", "seat", "appointment", "free"};
  for (size_t h = k; h < end && h <= k + 6; ++h) {
    if (word(h) != "have") continue;
    if (kOpen.Contains(word(h + 1))) return true;
    return (word(h + 1) == "a" || word(h + 1) == "an") && kOne.Contains(word(h + 2));
  }
  return false;
}

bool AsksTheCalendar(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first) {
  static const util::WordSet kAsking = {"what", "whats", "do", "am", "have", "anything", "any",
                                        "check", "look", "show", "how", "tell", "list", "read", "when"};
  return n <= sentence_first + 1 && kAsking.Contains(WordAt(folded, w, n));
}

SuccessNegation NegatedSuccess(std::string_view folded, const std::vector<Word>& w, size_t n, size_t end,
                               size_t sentence_first) {
  auto word = [&](size_t k) { return WordAt(folded, w, k); };
  // What may stand between the negation and the success word.
  static const util::WordSet kBetween = {
      "been", "be",   "was",         "were",    "is",          "are",   "has",         "have",  "had",
      "s",    "ve",   "it",          "them",    "anything",    "i",     "we",          "you",   "your",
      "the",  "a",    "any",         "yet",     "reservation", "booking", "appointment", "table",
      "tickets", "ticket", "visit",  "event",   "ha",          "han",   "he",          "se",    "lo",
      "la",   "nada", "todavia"};
  static const util::WordSet kNegations = {"not", "t", "no", "nothing", "never", "nobody", "nunca"};
  // Most success words have no negation before them: every negation is "t" or opens with n.
  bool maybe = false;
  for (size_t j = n > sentence_first + 6 ? n - 6 : sentence_first; j < n && !maybe; ++j)
    maybe = word(j)[0] == 'n' || word(j) == "t";
  if (!maybe) return SuccessNegation::kNone;
  size_t k = n, skipped = 0;
  while (k > sentence_first && skipped <= 4 && Joined(folded, w, k - 1)) {
    --k;
    if (kNegations.Contains(word(k))) {
      for (size_t j = end; j < w.size() && j < end + 2; ++j)
        if (word(j) == "yet") return SuccessNegation::kPending;
      return SuccessNegation::kNegated;
    }
    if (!kBetween.Contains(word(k))) break;
    ++skipped;
  }
  return SuccessNegation::kNone;
}

bool LeadsWithAnother(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end) {
  for (size_t k = first; k + 1 < end && k <= first + 1; ++k) {
    const std::string_view lead = WordAt(folded, w, k), article = WordAt(folded, w, k + 1);
    if ((lead == "and" || lead == "then" || lead == "plus") && (article == "a" || article == "an")) return true;
  }
  return false;
}

bool NamedAs(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first) {
  if (n <= sentence_first) return false;
  const std::string_view before = WordAt(folded, w, n - 1);
  return before == "named" || before == "called" || before == "titled" || before == "labeled" ||
         before == "labelled";
}

size_t MessageContentFrom(std::string_view folded, const std::vector<Word>& w, size_t n, size_t end,
                          size_t sentence_end) {
  static const util::WordSet kMessage = {"message", "text", "whatsapp", "saying"};
  static const util::WordSet kSaying = {"saying", "says", "telling"};
  if (end == 0 || !kMessage.Contains(WordAt(folded, w, end - 1))) return SIZE_MAX;
  for (size_t k = end - 1; k < sentence_end && k < end + 6; ++k)
    if (kSaying.Contains(WordAt(folded, w, k))) return k + 1;
  return SIZE_MAX;
}

bool InQuotedMessage(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_begin) {
  static const util::WordSet kSend = {"send", "text", "message", "saying", "says", "tell"};
  // The quotes before the word (a curly one is a word byte: it may open the word itself): an
  // odd count opens a passage; the last one opened it.
  const size_t upto = w[n].begin + (folded.compare(w[n].begin, 3, "\xE2\x80\x9C") == 0 ? 3 : 0);
  size_t quotes = 0, open = std::string_view::npos;
  for (size_t i = sentence_begin; i < upto; ++i) {
    const bool straight = folded[i] == '"';
    const bool curly = i + 2 < upto && folded.compare(i, 2, "\xE2\x80") == 0 &&
                       (folded[i + 2] == '\x9C' || folded[i + 2] == '\x9D');
    if (!straight && !curly) continue;
    if (++quotes % 2) open = i;
    if (curly) i += 2;
  }
  if (quotes % 2 == 0) return false;
  // The send word right before the passage, or before its addressee ("text Jo \u201c...\u201d").
  for (size_t k = n, seen = 0; k-- > 0 && seen < 3;) {
    if (w[k].begin < sentence_begin) return false;
    if (w[k].begin >= open) continue;
    if (kSend.Contains(WordAt(folded, w, k))) return true;
    ++seen;
  }
  return false;
}

bool ContrastTurnsDown(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end,
                       const std::vector<size_t>& contrast, bool question, bool has_slot, bool names_plan) {
  // "who else", "anyone else", "my other friend", "otros amigos": people coming along
  static const util::WordSet kWho = {"who", "anyone", "anybody", "someone", "somebody", "alguien", "quien"};
  static const util::WordSet kPeople = {"friend", "friends", "people", "guys", "girls", "ppl", "person",
                                        "amigo", "amigos", "amiga", "amigas", "gente", "half", "kids"};
  auto about_people = [&](size_t k) {
    const std::string_view x = WordAt(folded, w, k);
    if (x == "else") return k > first && kWho.Contains(WordAt(folded, w, k - 1));
    return k + 1 < end && kPeople.Contains(WordAt(folded, w, k + 1));
  };
  if (std::all_of(contrast.begin(), contrast.end(), about_people)) return false;
  if (question || has_slot) return true;
  static const util::WordSet kSeeks = {"else",   "others",  "options", "rather",   "prefer", "instead",
                                       "cheaper", "elsewhere", "somewhere", "prefiero", "prefiere",
                                       "mejor",  "opciones", "alternativa", "alternativas"};
  static const util::WordSet kOther = {"other", "another", "otro", "otra", "otros", "otras", "different",
                                       "diferente"};
  static const util::WordSet kWhat = {"day",  "days",  "time",  "times", "date",  "place", "places",
                                      "one",  "ones",  "dia",   "dias",  "hora",  "horas", "momento",
                                      "fecha", "sitio", "lugar", "sitios", "lugares", "vez", "week", "semana"};
  static const util::WordSet kAsWell = {"too", "also", "tambien", "well"};
  bool other = false, as_well = false;
  for (size_t k = first; k < end && k < w.size(); ++k) {
    const std::string_view x = WordAt(folded, w, k);
    if (kSeeks.Contains(x)) {
      // "I'd rather not drive", "prefiero no conducir": a preference about another thing
      static const util::WordSet kThePlan = {"go", "come", "book", "do", "it", "that", "this", "ir", "venir",
                                             "reservar", "hacerlo", "quedar"};
      size_t k2 = k + 1;
      if ((x == "rather" || x == "prefer" || x == "prefiero") && k2 < end && WordAt(folded, w, k2) == "not") ++k2;
      else if (x == "prefiero" && k2 < end && WordAt(folded, w, k2) == "no") ++k2;
      else return true;
      if (k2 < end && WordAt(folded, w, k2) == "to") ++k2;
      if (k2 >= end || kThePlan.Contains(WordAt(folded, w, k2))) return true;
      continue;
    }
    if (kOther.Contains(x) && k + 1 < end && kWhat.Contains(WordAt(folded, w, k + 1))) other = true;
    as_well = as_well || kAsWell.Contains(x);
  }
  return other && !(names_plan && as_well);
}

}  // namespace chatbeto::events
