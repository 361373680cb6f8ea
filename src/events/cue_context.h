// What the words right around a cue say about it: a plan noun negated ("no
// hay clase", "there's no meeting") plans nothing, and a cancel word in an
// instruction ("Reply C to cancel") or a permission ("you can cancel until
// Friday") cancels nothing. Read on folded words (cues.h). Pure.
#pragma once
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "events/cues.h"

namespace chatbeto::events {

// "no class tomorrow", "there's no meeting", "no hay clase", "no habrá
// reunión": the plan noun at word `n` right after "no" (or "no hay") in the
// same sentence (which starts at word `sentence_first`), with nothing but
// spaces between.
bool NegatedNoun(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first);

// "Reply C to cancel", "To cancel, call us", "para cancelar responda NO": how
// to cancel, and "You can cancel for free until March 7th", "you are free to
// cancel": that one may; "at least it's not cancelled", "no se cancela": negated; not a
// cancellation ("can you cancel it?" still asks for one). `n`: the word of the cancel cue.
bool CancelInstruction(std::string_view folded, const std::vector<Word>& w, size_t n);

// "Remove the team lunch from my calendar", "take it off my schedule": a calendar named as
// what a plan leaves (the cancel cue at word `n`, "from"/"off" + calendar) calls it off only
// after a verb that removes, earlier in the sentence that starts at `sentence_first`; "tell
// me my events from my calendar" removes nothing. True for every other cancel cue.
bool RemovesFromCalendar(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first);

// "Does State Bird Provisions have a table for 4 at 7:30?", "Does Dr. Lee have any openings
// Friday?", "do you have a table at 8?": the sentence of words [first, end) opens with "does"
// (or "do you"/"do they") and asks, within six words, whether someone has a table, a slot,
// anything, room or time: whether a slot is open (kAvailability), as "is there a table"
// asks. "Does the salon have parking?" asks nothing of a slot.
bool AsksWhetherOpen(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end);

// "Sorry, can't make it Friday", "I can't come after all", "al final no puedo", "no puedo ir",
// "we won't make it tonight", "no vamos a ir":
// the refusal cue at words [n, n + cue_words) says one will not be there, as it ends its
// sentence (ending before word `end`) or goes on with coming, a day or an apology. Not "I
// can't find the place", "no puedo hablar ahora", "I won't make it on time".
bool BacksOut(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words, size_t end);

// "we're not going", "won't make it", "no vamos a ir" (the negation cue at words [n, n +
// cue_words)) say no of oneself (not "Sam won't make it", "he's not coming"), standing alone
// or before when or why ("... tonight", "..., sorry"), not in "I'm not going to be late", "we
// won't make it on time". True for any other cue.
bool GoingNoInContext(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                      size_t sentence_first);

// "That's fine, but anything else?", "Sounds good, but can you find one in Seattle?", "ok
// but I'd rather go somewhere cheaper", "sí, pero otro día": the contrast words at `contrast`
// (word positions) in the sentence of words [first, end) turn a yes before it down, as the
// sentence asks (`question`), names a day or time of its own (`has_slot`), or seeks something
// else (else, others, options, rather, prefer, instead, or "other"/"otro" with a day, time,
// place or one). Not "Sure! But I might be a bit late", "Yes! My other friend might come
// too", "Count me in! Who else is coming?" (others who come along), nor another plan for
// another day said as well ("We should go hiking some other day too": `names_plan` with
// "too"/"also"/"as well"/"tambien"). Callers leave out a question or a time about when to
// arrive or be picked up ("yes! but i'd rather not drive, can u pick me up at 7:30?").
bool ContrastTurnsDown(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end,
                       const std::vector<size_t>& contrast, bool question, bool has_slot, bool names_plan);

// "Delete that photo I sent", "borra la foto", "I deleted the old spreadsheet", "the pic was
// deleted": a deleting verb (the cancel cue at word `n`, `cue_words` long) whose object is a
// thing, a word after at most one determiner with no punctuation between, or the subject
// before a passive "was/been deleted" (before the day or time said with it: "Yoga on March 4th
// has been removed" is Yoga's), deletes that thing, not a plan. The plan itself
// (`plan_noun_at(k)`: word k is or leads to a plan or service noun, "the dentist
// appointment"), a calendar's entry or event, a
// pronoun ("delete it", "Delete that, the lesson is off", "It's been removed"), or nothing
// ("Delete.", "bórrala") is what a calendar is asked to call off. False for other cancel cues.
bool DeletesAThing(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                   size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at);

// "Actually, forget about the appointment", "forget the tickets", "olvídate de la reserva",
// "Scratch the booking", "I'll drop the reservation": a forgetting or striking cue (kWithdraw,
// at word `n`, `cue_words` long) drops the plan only as a bidding (a striking one also in the
// first person), and, when it ends on a determiner, only with the plan as its object
// (`plan_noun_at(k)`: word k is or leads to a plan or service noun; or "the whole thing").
// Told not to ("don't forget the tickets", "never forget it", "don't drop the class"), a
// forgetting with a subject ("you forget about the time", "easy to forget"), a thing as object
// ("forget the Thai place"), or a plan handed over ("I'll drop the tickets off") drops nothing.
// True for every other cue.
bool ForgetsThePlan(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                    size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at);

// "let me talk to my partner first", "I need to ask my wife about it": one's own to consult
// (a kWithdraw cue ending in "my", at word `n`, `cue_words` long) puts the plan off; a topic
// of one's own named after the person ("I need to talk to my boss about leaving early") is
// another matter, and puts nothing off. True for every other cue.
bool ConsultPutsOff(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words);

// "Let's hold on that for now", "I'd better not.", "I'll sort it out later": a put-off that
// ends in "hold on that/it", "better not" or "later" (a kWithdraw cue at word `n`,
// `cue_words` long, in the sentence that starts at `sentence_first`) stands alone, at the end
// of its sentence or before what it puts off ("for now", "until", "book", "go" ...); followed
// by anything else it is another thing ("hold on that s the night of the game" corrects the
// plan, "I'd better not be late" agrees to it, "I'll sort it out later who drives" settles a
// detail). One that ends in "necessary"/"needed" is said of the plan ("That won't be
// necessary"), not of a thing ("A jacket won't be necessary"). True for every other cue.
bool PutOffStandsAlone(std::string_view folded, const std::vector<Word>& w, size_t n, size_t cue_words,
                       size_t sentence_first);

// The kinds of the cue at word `n` (kinds `kinds`, `cue_words` long, in the sentence that
// starts at `sentence_first`; `plan_noun_at` as for DeletesAThing) as the words around it
// read them: a cancel word that is an instruction or a permission (CancelInstruction), a
// calendar no plan is removed from (RemovesFromCalendar) or a thing deleted (DeletesAThing)
// cancels nothing; "done" says yes only set apart at the start of a sentence ("Done.", "Done,
// you're booked"; not "I'm done at 5", "done deal"); a put-off that ForgetsThePlan,
// ConsultPutsOff or PutOffStandsAlone reads as no put-off withdraws nothing and says no "no".
// The one place a cue's kinds are read in context: a sentence's kinds and the message's yes/no
// both use what it returns.
uint32_t KindsInContext(uint32_t kinds, std::string_view folded, const std::vector<Word>& w, size_t n,
                        size_t cue_words, size_t sentence_first, const std::function<bool(size_t)>& plan_noun_at);

// "what's coming up for me on saturday", "do I have anything friday", "list my appointments
// for friday", "when is my haircut": a look at one's own calendar opening the sentence (the
// lookup cue at word `n`, kEntries) asks, with or without "?"; "your schedule shows ..." tells.
bool AsksTheCalendar(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first);

// A booking reported as done, negated: "I haven't booked anything", "no reservation has
// been made", "nothing's been booked", "You are not booked", "no se ha reservado" (the
// success cue at words [n, end), in the sentence that starts at `sentence_first`): a
// negation joined to it through auxiliaries, pronouns and booking nouns only ("No, it's
// booked", "No worries, all booked" are no negation). "not booked yet" is pending.
enum class SuccessNegation { kNone, kNegated, kPending };
SuccessNegation NegatedSuccess(std::string_view folded, const std::vector<Word>& w, size_t n, size_t end,
                               size_t sentence_first);

// "an alarm named gym", "a timer called pasta": the word at `n` is a label given after
// "named", "called", "titled" or "labeled" in the sentence that starts at `sentence_first`.
bool NamedAs(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_first);

// "Send a message to Sarah saying I'll be there at 7", "send a text saying dinner's at 8": a
// message sent for the speaker, its errand cue at words [n, end): the first word of what the
// message says (after "saying", "says" or "telling" at most 6 words on, before
// `sentence_end`), whose words are the message's, not a plan of the speaker's. SIZE_MAX when
// the cue is no message sent or no such word follows.
size_t MessageContentFrom(std::string_view folded, const std::vector<Word>& w, size_t n, size_t end,
                          size_t sentence_end);

// 'Please confirm: send "I'll be there at 7" to Sarah', 'text Jo "dinner at 8"': word `n`
// lies inside a double-quoted passage (straight or curly quotes) opened after "send", "text",
// "tell", "message", "saying" or "says" (an addressee of up to two words may come between),
// in the sentence of folded bytes from `sentence_begin`: what a message says, not the
// speaker's plan.
bool InQuotedMessage(std::string_view folded, const std::vector<Word>& w, size_t n, size_t sentence_begin);

// "and a table near the stadium, 8 pm", "then a lunch table for 1", "plus a haircut": the
// sentence of words [first, end) opens with "and", "then" or "plus" and "a"/"an" (one word may
// come first: "ok then a table"): another thing asked for, as with "also". Whether a plan is
// named is the caller's to check ("and a bit later?" names none).
bool LeadsWithAnother(std::string_view folded, const std::vector<Word>& w, size_t first, size_t end);

}  // namespace chatbeto::events
