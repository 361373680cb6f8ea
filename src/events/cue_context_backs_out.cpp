// Refusals that say one will not be there (BacksOut) and the "not going" ones read in
// context (GoingNoInContext); contracts in cue_context.h. Pure.
#include <string_view>
#include <vector>

#include "events/cue_context.h"
#include "util/word_map.h"

namespace chatbeto::events {

namespace {

// Word `k` (after a refusal) says when or why one will not be there, or what one will not
// come to: "... tonight", "... sorry", "... after all", "no puedo ir al cine".
bool GoesOnWithWhenOrWhy(std::string_view folded, const std::vector<Word>& w, size_t k) {
  static const util::WordSet kGoesOn = {
      "make",    "come",      "go",       "do",       "join",     "attend",   "be",      "anymore", "after",
      "sorry",   "either",    "on",       "this",     "that",     "today",    "tonight", "tomorrow", "tmrw",
      "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday", "unfortunately",
      "ir",      "venir",     "al",       "el",       "este",     "esta",     "hoy",     "manana",  "ya",
      "lunes",   "martes",    "miercoles", "jueves",  "viernes",  "sabado",   "domingo", "lo",      "finalmente",
      "quedar",  "asistir",   "llegar",   "tampoco",  "perdon"};
  return kGoesOn.Contains(WordAt(folded, w, k));
}

// Words [k, ...) say one will be late, not away: "on time", "in time", "a tiempo".
bool OnTimeAfter(std::string_view folded, const std::vector<Word>& w, size_t k) {
  if (k + 1 >= w.size()) return false;
  const std::string_view a = WordAt(folded, w, k), b = WordAt(folded, w, k + 1);
  return b == "time" ? (a == "on" || a == "in") : (a == "a" && b == "tiempo");
}

}  // namespace

bool BacksOut(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words, size_t end) {
  const size_t last = n + cue_words - 1;
  // a refusal of being able to ("can't", "no puedo") or of going ("won't make it", "we're not
  // going", "no vamos a ir"), not of an offer ("no thanks")
  static const util::WordSet kAble = {"can",  "cannot", "able",   "puedo", "podemos", "podre", "poder",
                                      "make", "going",  "coming", "voy",   "vamos"};
  bool able = false;
  for (size_t k = n; k <= last; ++k) able = able || kAble.Contains(WordAt(folded, w, k));
  if (!able) return false;
  if (last + 1 < end && OnTimeAfter(folded, w, last + 1)) return false;  // "won't make it on time": late
  if (WordAt(folded, w, last) == "it" && cue_words >= 3) return true;  // "can't make it"
  if (last + 1 >= end) return true;
  return GoesOnWithWhenOrWhy(folded, w, last + 1);
}

bool GoingNoInContext(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                      size_t sentence_first) {
  static const util::WordSet kGoingNo = {
      "won t make it", "wont make it", "not going to make it", "i m not going", "im not going",
      "i am not going", "we re not going", "we are not going", "not coming", "i m not coming",
      "we re not coming", "no vamos a ir", "no voy a ir"};
  const size_t last = n + cue_words - 1;
  if (!kGoingNo.Contains(folded.substr(w[n].begin, w[last].end - w[n].begin))) return true;
  // said of oneself: "(I) won't make it", not "Sam won't make it", "he's not coming"
  static const util::WordSet kSelf = {"i", "we", "ll", "m", "re"};
  const std::string_view first = WordAt(folded, w, n);
  if ((first == "won" || first == "wont" || first == "not") && n > sentence_first &&
      !kSelf.Contains(WordAt(folded, w, n - 1)))
    return false;
  if (last + 1 >= w.size() || !Joined(folded, w, last)) return true;  // standing alone
  return !OnTimeAfter(folded, w, last + 1) && GoesOnWithWhenOrWhy(folded, w, last + 1);
}

}  // namespace chatbeto::events
