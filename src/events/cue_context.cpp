#include "events/cue_context.h"

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
  // "You can cancel for free until March 7th", "you are free to cancel": what one may do
  // ("can you cancel it?" asks for it: the modal before its subject)
  if (n >= 2 && (word(n - 1) == "can" || word(n - 1) == "may" || word(n - 1) == "could") &&
      (word(n - 2) == "you" || word(n - 2) == "we" || word(n - 2) == "they" || word(n - 2) == "guests"))
    return true;
  if (n >= 2 && word(n - 1) == "to" && (word(n - 2) == "free" || word(n - 2) == "able")) return true;
  if (n == 0 || (word(n - 1) != "to" && word(n - 1) != "para")) return false;
  for (size_t k = n >= 4 ? n - 4 : 0; k + 1 < n; ++k)
    if (verb(k)) return true;
  for (size_t k = n + 1; k < w.size() && k <= n + 3; ++k)
    if (verb(k)) return true;
  return false;
}

}  // namespace chatbeto::events
