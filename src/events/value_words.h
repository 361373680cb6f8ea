// What the words around a day/time value in a sentence say about it: the
// end of a stay or a rental rather than a start ("check-out March 13th",
// "drop it off on Tuesday", "coming back on the 9th"), one of several
// choices offered ("at 5:20 pm and 8:10 pm"), the target of a move ("to
// Monday", "al lunes"), the day a move gives up ("mañana no puedo"). Read on folded words
// (cues.h). Pure.
#pragma once
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "events/cues.h"
#include "events/temporal.h"

namespace chatbeto::events {

// The word of `w` that starts at or after source byte `src_begin` (w.size() if none).
size_t WordAtSource(const FoldedText& f, const std::vector<Word>& w, size_t src_begin);

// The value starting at source byte `src_begin` is when something ends: within
// the three words before it (four for a word alone: "the inbound flight departs
// at 4 pm"), not before word `first` (the sentence's first), a word says so
// ("check-out", "checking out", "drop off", "drop it off", "return", "inbound",
// "coming back", "bring it back", "vuelta", "devolución"; "ends",
// "finishes", "termina", "acaba"). A stay, a rental, a round trip or a show
// starts at its other day or time; "I'll be back at 5", "call me back on Monday"
// or "my flight lands at 11:40pm" (when to pick someone up) say nothing about one.
bool EndOfStay(const FoldedText& f, const std::vector<Word>& w, size_t src_begin, size_t first);

// The value at source byte `src_begin` follows, within three words not before
// word `first`, an arrival word ("arrives", "lands", "llega", "doors", "puertas"): said after
// a start in the same sentence ("leaves at 6:45 am and arrives at 9:20 am") it is when the
// trip ends, when to be there ("next match saturday 10am at riverside, be there by 9:30",
// "arrive at 9:30") or when the doors open ("a las 21:30, abren puertas a las 20:00"): not
// the start. Alone ("my flight lands at 11:40pm") it may be the start of what follows (a
// pick-up): the caller decides.
bool ArrivalAfterStart(const FoldedText& f, const std::vector<Word>& w, size_t src_begin,
                       size_t first);

// Two values offered as choices: the words between source bytes `prev_end`
// and `begin` are "and" or "or" ("y", "o") with at most three more, all of
// them words that come with a choice ("5:20 pm and 8:10 pm", "4:30 pm and one
// at 7:15 pm", "9 am or 2 pm", "a las 5 o a las 7"); "leaves at 6:45 am and
// arrives at 9:20 am" is no choice.
bool JoinedAsChoices(const FoldedText& f, const std::vector<Word>& w, size_t prev_end,
                     size_t begin);

// The value at source byte `src_begin` is the one given up for another, or the one another is
// measured from: it follows "instead of", "rather than", "en vez de", "en lugar de", or
// "closest"/"nearest" (with "slot", "time", "one" or "opening") "to", with at most "the", "at",
// "on", "a", "el", "la", "las" between, not before word `first` ("Could we do 7:30 instead of
// 7?", "I booked you for 7:15 pm, the closest slot to 7 pm"). The other value is the plan's.
bool GivenUp(const FoldedText& f, const std::vector<Word>& w, size_t src_begin, size_t first);

// The match starting at source byte `begin` is the target of a move: it begins
// with, or right follows, "to", "al", "a", "para", "until" or "hasta".
bool MoveTarget(const FoldedText& f, const std::vector<Word>& w, size_t begin);

// "they moved my cleaning from friday to monday at 10", "del viernes al lunes": in a move, match
// `t`, a span "from" (de, del) one day "to" (al) another, becomes the second, read on its own
// against `ref` (the parser joins the hour to the first day); a second day said with no hour
// keeps the first's ("move our 1:1 from tomorrow 2pm to thursday": Thursday at 2 pm). Other
// matches stay as they are.
void MoveSpanToItsEnd(TemporalMatch& t, Lang lang, const LocalTime& ref);

// The value at source byte `src_begin` is when a decision comes, not a plan's: it follows, at
// most one word after, a decision put off among `hits` ("I'll decide tonight", "I'll let you
// know tomorrow": a cue both kNegate and kWithdraw).
bool WhenDecided(const FoldedText& f, const std::vector<Word>& w, std::span<const CueHit> hits, size_t src_begin);

// Words [first, end) put a plan called off back on: "back on", "on again", "al final sí hay".
bool BackOn(const FoldedText& f, const std::vector<Word>& w, size_t first, size_t end);

// Words [first, end) make up for a plan missed: a word starting "recuper" ("la recuperamos el
// lunes", "recuperar la clase") or "make up", "make it up", "make-up", "makeup class".
bool MakesUp(const FoldedText& f, const std::vector<Word>& w, size_t first, size_t end);

// "can we push it to 6?", "bring it forward to 6, same place": in English, a bare hour (1-12)
// after "to" that ends a clause (or comes before "instead", "then", "pm") is added to `matches`
// (kept in order) as "at 6" would read against `ref`, where no match covers it. For messages
// that move a plan (the caller checks); `body` is the message, `f` and `w` its folded words.
void AddHourMovedTo(const FoldedText& f, const std::vector<Word>& w, std::string_view body, Lang lang,
                    const LocalTime& ref, std::vector<TemporalMatch>& matches);

// "can we do 7?", "7 it is": in English, a bare hour (1-12) after "do" with its subject ("we",
// "you", "i") ending a clause, or opening a sentence before "it is", is added to `matches` as
// AddHourMovedTo adds one: a counter-offer or an agreement to an hour.
void AddHourOffered(const FoldedText& f, const std::vector<Word>& w, std::string_view body, Lang lang,
                    const LocalTime& ref, std::vector<TemporalMatch>& matches);

// The bare day at source bytes [src_begin, src_end), said in a move, is the day given up: a
// refusal among `hits` (the sentence's cues) starts right after it ("mañana no puedo") or ends at
// most one word before it with no move word between ("can't do Thursday"; not "El viernes no
// puedo, mejor el sábado").
bool DayBesideRefusal(const FoldedText& f, const std::vector<Word>& w, std::span<const CueHit> hits,
                      size_t src_begin, size_t src_end);

}  // namespace chatbeto::events
