// The words that tell the event scanner what a chat message does: proposes
// or books something, agrees, refuses, cancels, moves a plan, reports a
// failed booking, or speaks of the past, of a habit or of a hypothesis.
// Spanish and English; matched on accent-folded, lower-cased words, so
// "reunión", "Reunion" and "REUNIÓN" are one cue. Pure, no I/O.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "events/temporal.h"

namespace chatbeto::events {

// `text` lower-cased with Latin accents removed (á->a, ñ->n, ü->u), ¿ and ¡
// as the bytes 0x01 and 0x02, apostrophes as spaces ("can't" -> "can t");
// other bytes kept. `source_offset` maps each output byte back to the input.
struct FoldedText {
  std::string text;
  std::vector<uint32_t> source_offset;  // byte in the source for each byte of `text`
};
FoldedText Fold(std::string_view text);
// The source byte just past folded byte `folded_end - 1`'s character: past all of
// a multi-byte character folded to one byte ("mamá" ends after both bytes of "á"),
// so a cut there never splits a UTF-8 sequence.
inline size_t SourceEnd(const FoldedText& f, std::string_view src, size_t folded_end) {
  size_t e = f.source_offset[folded_end - 1] + 1;
  while (e < src.size() && (static_cast<unsigned char>(src[e]) & 0xC0) == 0x80) ++e;
  return e;
}

// A word of folded text: [begin, end) in FoldedText::text.
struct Word {
  uint32_t begin = 0, end = 0;
};
// The words of `folded`: runs of word bytes, a four-byte character (an emoji) one word of its own.
std::vector<Word> SplitWords(std::string_view folded);
// Word k of folded text.
inline std::string_view WordAt(std::string_view folded, const std::vector<Word>& w, size_t k) {
  return folded.substr(w[k].begin, w[k].end - w[k].begin);
}
// Words k and k + 1 follow each other with nothing but spaces between (no punctuation).
inline bool Joined(std::string_view folded, const std::vector<Word>& w, size_t k) {
  return folded.substr(w[k].end, w[k + 1].begin - w[k].end).find_first_not_of(' ') ==
         std::string_view::npos;
}

// Kinds of cue; a sentence carries a bit set of them.
enum Cue : uint32_t {
  kIntentNoun = 1u << 0,   // reunión, cita, meeting, dinner, tickets ...
  kIntentVerb = 1u << 1,   // agendar, quedamos, book, schedule, let's meet ...
  kAffirm = 1u << 2,       // sí, vale, perfecto, yes, sounds good (at the start)
  kNegate = 1u << 3,       // no puedo, imposible, can't make it (at the start)
  kSuccess = 1u << 4,      // reservado, agendada, booked, has been made ...
  kFailure = 1u << 5,      // no se pudo, unable to, fully booked, unavailable ...
  kCancel = 1u << 6,       // cancelo, cancelar, anular, call off, cancel ...
  kReschedule = 1u << 7,   // mejor, cambiar, se pasa, move, instead, postpone ...
  kPast = 1u << 8,         // ayer, fuimos, nací, yesterday, went, last week ...
  kHabitual = 1u << 9,     // siempre, cada, los domingos, every, on Sundays, closes ...
  kHypothetical = 1u << 10,// si hubiera, ojalá, what if, would have ...
  kTopicQuestion = 1u << 11,// ¿sobre qué tema?, what's it about?, title?
  kAlso = 1u << 12,        // también, otra, another, also: a second plan
  kContrast = 1u << 13,    // pero, otro, but, else: "that's fine but anything else?"
  kAsk = 1u << 14,         // please confirm, how about, ¿qué tal?: a proposal, even without "?"
  kServiceNoun = 1u << 15, // peluquería, masaje, haircut, doctor, workout: opens a plan when none
                           // is open and names it when nothing else does; never a second plan
  kNoPlan = 1u << 16,      // "no hay clase", "there's no meeting": set by AnalyseMessage on a
                           // sentence whose plan noun is negated; nothing is planned
  kRefusal = 1u << 18,     // set by AnalyseMessage on a sentence with a refusal of several words
                           // ("I can't", "no puedo", "I'm busy"): its day/time is what is refused
  kPostponed = 1u << 19,   // postponed, aplazado: with no new day or time, the plan is off
  kThen = 1u << 20,        // "see you then", "nos vemos entonces": agrees to what was put forward
  kHave = 1u << 21,        // "I have", "tengo": what follows is the speaker's own other commitment
  kFallsThrough = 1u << 22,  // "se cae", "fell through": a cancellation when the sentence names
                             // a plan or a day ("lo del sábado se cae"), not "se cae la web"
  kArrive = 1u << 23,        // "arrive", "get there", "llegamos": a time for it is when to arrive,
                             // not the plan's start once that is set ("Arrive 8:30 for warmup")
  kWithdraw = 1u << 24,      // "don't book it", "don't buy them", "I changed my mind": before
                             // anything is agreed or booked, the plan is dropped
  kOption = 1u << 25,        // "available", "has an opening", "there's a", "is playing": in an
                             // answer to a question, a day or time offered, not agreed
  kEntries = 1u << 26,       // "what's on my calendar", "do I have", "your schedule shows": the
                             // entries a calendar already holds are looked up, not planned
  kAvailability = 1u << 27, // "is there a table", "do they have anything": asks whether a slot is
                            // open; a yes says it is, and agrees to nothing
  kPrice = 1u << 28,        // "how much", "what's the price": asked of a plan only stated, it is
                            // still weighed (Plan::PriceAsked)
  kErrand = 1u << 29,       // "set an alarm", "get me a cab", "the forecast": a task of the
                            // dialogue that puts nothing in a calendar; kept by AnalyseMessage only
                            // on a sentence that names no plan (a booking noun aside) and books,
                            // moves or calls off nothing in words ("get me a cab there, 2 seats";
                            // not "a cab to the dinner at 8", "let's meet at 3, the weather is
                            // nice", "forecast says rain, let's push it to Sunday")
  kDecline = 1u << 30,      // "no thanks", "no thank you": to a day or time just put forward (a
                            // read-back, an offer) the booking declined; to another question
                            // ("Would you like to add insurance?") only that answered
  kAcknowledge = 1u << 31, // "thanks for the info", "good to know", "noted": a yes to an option
                           // offered that only takes note of it (OnlyAcknowledges)
  kApology = 1u << 17,     // sorry, lo siento, unfortunately: a failure reported, even in a
                           // sentence that ends asking ("Sorry, I can't book that, anything else?")
};

// The cue found at a word position, with how many words it spans and, for
// intent nouns, the noun as the title should show it ("Reunión", "Dinner").
struct CueHit {
  uint32_t kinds = 0;
  size_t first_word = 0, words = 0;
  std::string_view display;  // intent nouns only
};

// Every cue in `words` of `folded`, left to right (longest phrase first at a
// position). A phrase that is a noun in both languages' tables ("yoga",
// "picnic", "webinar") shows the noun of `lang`: "Workout" in English,
// "Entrenamiento" in Spanish.
std::vector<CueHit> FindCues(std::string_view folded, const std::vector<Word>& words,
                             Lang lang = Lang::kEs);

// The language a message is most likely written in; `fallback` when the
// text gives no evidence (e.g. "ok", "10:30").
Lang DetectLang(std::string_view text, Lang fallback);
// The same with `text` already folded and split (Fold, SplitWords).
Lang DetectLang(std::string_view text, const FoldedText& folded, const std::vector<Word>& words,
                Lang fallback);

// Whether folded message `folded` opens asking for something ("I want to eat somewhere in Palo
// Alto", "I need a dentist", "I'd like a table", "looking for a hotel", "find me a bus", "get
// me 2 tickets"): what answers it with a day or time on offer ("Tamarine has a table at 7
// pm") offers it, as an answer to a question would.
bool OpensWithRequest(std::string_view folded);

// Words that end a title phrase after an intent noun ("cena con Ana y ...").
bool IsTitleStop(std::string_view folded_word);
// Prepositions that may follow an intent noun and start its complement.
bool IsTitlePreposition(std::string_view folded_word);

}  // namespace chatbeto::events
