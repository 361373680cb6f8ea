// What a delete word deletes (DeletesAThing): a thing, or the plan a calendar holds; contract in
// cue_context.h. Pure.
#include <functional>
#include <string_view>
#include <vector>

#include "events/cue_context.h"
#include "util/word_map.h"

namespace chatbeto::events {

bool DeletesAThing(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                   size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at) {
  auto word = [&](size_t k) { return WordAt(folded, w, k); };
  static const util::WordSet kDeleting = {"delete",  "deleted", "deleting",  "erase",    "erased",
                                          "borra",   "borrar",  "borrado",   "borrada",  "borre",
                                          "elimina", "eliminar", "elimino",  "eliminado", "eliminada",
                                          "elimine"};
  static const util::WordSet kPassive = {"been", "was", "is", "were", "are"};
  // What a calendar holds, named as such, and words that stand for what was just said.
  static const util::WordSet kPlanLike = {
      "it",      "that",      "this",    "them",    "these",     "those",  "one",       "all",
      "everything", "entry",  "entries", "event",   "events",    "reminder", "reminders", "booking",
      "eso",     "esto",      "esa",     "ese",     "todo",      "evento", "eventos",   "entrada",
      "recordatorio", "please", "pls",   "from",    "off",       "for",    "now",       "too",
      "por",     "de",        "del",     "ya",      "tambien",   "para",   "ahora"};
  static const util::WordSet kDeterminers = {"the", "my",  "your", "our", "his", "her", "their", "a",
                                             "an",  "el",  "la",   "los", "las", "mi",  "mis",   "tu",
                                             "tus", "su",  "sus",  "un",  "una", "that", "this", "those",
                                             "these", "esa", "ese", "esas", "esos", "esta", "este"};
  auto thing_at = [&](size_t k) { return !kPlanLike.Contains(word(k)) && !plan_noun_at(k); };
  // "the photo was deleted", "it's been removed": the cue may start at the participle
  if (n > sentence_first && kDeleting.Contains(word(n)) && kPassive.Contains(word(n - 1))) --n;
  if (kPassive.Contains(word(n))) {
    size_t k = n;
    while (k > sentence_first && (word(k - 1) == "has" || word(k - 1) == "have" || word(k - 1) == "s" ||
                                  word(k - 1) == "had"))
      --k;
    // ... its subject before the day or time said with it ("Yoga on March 4th has been removed")
    static const util::WordSet kWhen = {"on", "at", "for", "from", "the", "of", "am", "pm", "january", "february", "march",
                                        "april", "may", "june", "july", "august", "september", "october",
                                        "november", "december", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday", "today", "tomorrow"};
    auto when_word = [&](size_t j) {
      const std::string_view x = word(j);
      return kWhen.Contains(x) || (!x.empty() && x[0] >= '0' && x[0] <= '9');
    };
    size_t subject = k;
    while (subject > sentence_first && subject + 6 > k && when_word(subject - 1)) --subject;
    if (subject < k && subject > sentence_first && !thing_at(subject - 1)) return false;
    return k > sentence_first && Joined(folded, w, k - 1) && thing_at(k - 1);
  }
  if (!kDeleting.Contains(word(n))) return false;
  size_t k = n + cue_words;
  if (k >= w.size() || !Joined(folded, w, k - 1)) return false;  // "Delete.", "delete, please"
  // "delete that photo": a determiner before the thing; "delete that, the lesson is off": none
  if (kDeterminers.Contains(word(k)) && k + 1 < w.size() && Joined(folded, w, k)) ++k;
  return thing_at(k);
}

}  // namespace chatbeto::events
