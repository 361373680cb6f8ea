// The state the event extractor (extract.cpp) keeps while it reads a chat: the
// plan being made and the values said before any plan, and the pure rules that
// combine day/time values with them. Internal to events/extract.cpp. Pure.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "events/extract.h"
#include "events/message_view.h"

namespace chatbeto::events::detail {

// A plan being made: what it is, when (agreed and merely proposed), and how
// firm it is.
struct Plan {
  int64_t origin = 0;
  int64_t stored_id = 0;
  std::string noun, phrase, topic;  // title parts
  bool service_noun = false;         // `noun` is a service noun: an intent noun replaces it
  Lang lang = Lang::kEn;
  Slot agreed, proposed;
  std::string proposer, stater, cancel_proposer;
  bool has_proposal = false, stated = false, affirmed = false, succeeded = false;
  bool failed = false, cancelled = false, pending_cancel = false;
  bool after_booking = false;  // opened after another plan was reported booked: an event only
                               // once agreed or booked itself
  bool known = false;  // named by someone who cannot go ("no puedo ir a la cena del viernes"):
                       // not a plan of theirs, but what a later cancellation calls off
  bool offered = false;  // the proposal is an option stated in answer to a question ("Nopa has a
                         // table available at 7 pm"): an "ok" that asks about something else
                         // only acknowledges it (OnlyAcknowledges)
  bool choices = false;  // that option is several days or times to pick from ("Tomorrow at 2:15
                         // pm and 7:45 pm"): a yes that names none picks none, and only
                         // acknowledges them
  bool asks_availability = false;  // the proposal asks whether the slot is open ("Is there a
                                   // table at 8?"): a yes only offers it (AnswersAvailability)
  bool reconfirm = false;  // agreed, then put to confirm again before anything was booked
                          // (PutToConfirm): the final yes is still to come
  bool change_asked = false;  // since it was booked, someone asked to move it
  bool offered_since = false;     // since it was booked, the booker offered another slot ("For the
  Slot offered_slot;              // return on March 10th, there's a bus at 4:30 pm"): that slot
  bool book_again_asked = false;  // ... and someone else then asked to book, not to move ("Book that
                                  // too"): a booking then reported elsewhen is another
  bool move_worded = false;   // the last day or time asked for since then was asked in words
                              // that move (NoteMoveAsked)
  std::string booker;         // who reported it booked
  std::string failer;         // who reported it failed (a slot they offer next is an option)
  int proposal_seq = -1, stated_seq = -1;  // message numbers of the proposal / statement
  // What a plan is called: its noun, the title phrase, whether the noun is a service noun.
  struct Thing {
    std::string noun, phrase;
    bool service = false;
    std::string namer;  // who named it (for `next`)
    // What sentence `s` names (its plan noun and title phrase), named by `namer`.
    static Thing Of(const Sentence& s, std::string namer = "") {
      return {std::string(s.noun), s.phrase, s.service_noun, std::move(namer)};
    }
  };
  // Another thing named since this plan was booked ("Can you search for a hotel?"):
  // what the next booking word books.
  Thing next;
  std::vector<int64_t> sources;
  // Who named, put forward, stated, agreed to or booked it: in a group, one of the others
  // backing out ("yo no puedo este viernes") calls nothing off.
  std::vector<std::string> parties;
  void Join(const std::string& who) {
    if (!HasParty(who)) parties.push_back(who);
  }
  bool HasParty(const std::string& who) const {
    return std::find(parties.begin(), parties.end(), who) != parties.end();
  }
  bool Committed() const { return (affirmed || succeeded) && !failed; }
  // `v` names no day or time, or the plan's own day (and its time, when it names one).
  bool OnItsDay(const Slot& v) const;
  // Statement `s` by `who` names this plan, put forward by someone else and not yet agreed,
  // by its noun and with `values` that fit it ("the game on March 9th has been called off").
  bool NamedByOther(const Sentence& s, const Slot& values, const std::string& who) const;
  // Sentence `s`, with day/time `values`, calls off something, but not this plan: it moves it
  // ("Se suspende el asado, lo pasamos al domingo") or reports it booked beside another one
  // called off ("cancelada la del miércoles y agendada el sábado 17").
  bool CancelNotOfIt(const Sentence& s, const Slot& values) const;
  // Sentence `s` gives up this plan, agreed but not booked, by its name and on its day ("Al final
  // no hace falta la reunión de mañana"; not "forget the table at Zuni" after a table is booked).
  bool GivenUpByName(const Sentence& s, const Slot& values) const;
  // Sentence `s` by `who` (message `id`), with `values`, asks to put this agreed plan off with no
  // new day or time ("¿Lo dejamos para otro día?"): off once someone else says yes (Affirm).
  void PutOffAsked(const Sentence& s, const Slot& values, const std::string& who, int64_t id);
  // Sentence `s` puts the plan to confirm ("Please confirm: an appointment with Dr. Harris on
  // March 6th at 10 am") after a yes to it but before any booking was reported ("Dr. Harris is
  // available at 10 am" - "OK."): that yes let the booking go ahead; the one to the read-back
  // decides.
  void PutToConfirm(const Sentence& s) {
    if (affirmed && !succeeded && s.Has(kAsk)) reconfirm = true;
  }
  // Whether a withdrawal ("don't book it", "no thanks", "let me check my schedule first")
  // drops the plan: nothing agreed or booked, or a yes still awaiting its read-back's; never
  // one stored before or called off.
  bool Withdrawable() const {
    return (!Committed() || (reconfirm && !succeeded)) && !stored_id && !cancelled;
  }
  // Whether the plan, once closed, is an event: it has a day or time and is agreed,
  // booked, cancelled, or stated; after a booking is done, another one only once agreed or
  // booked (an option the assistant merely states, "Captain Marvel is showing at 8 pm", is
  // not).
  bool Firm() const {
    return (Committed() || (stated && !after_booking) || cancelled) && !failed && !agreed.Empty();
  }
  // After it was booked, notes whether sentence `s` of message `v` by `sender` asks to move
  // it: "can you change it to 8 pm?", "Could we do the 6th?" (not with "also"/"another" in
  // the message: "There's another place I liked. Could I see that one on the 5th?").
  // Whether the last day or time put forward since it was booked or stated was asked in
  // words that move ("can you move it to Friday?"; not "Can you book a table tomorrow at 7?").
  void NoteMoveAsked(const Sentence& s, const MessageView& v, const std::string& sender) {
    if ((succeeded || stated) && s.question && !s.slot.Empty()) move_worded = s.Has(kReschedule);
    if (!succeeded || change_asked) return;
    if (s.Has(kReschedule)) change_asked = true;
    if (!s.question || s.slot.Empty() || sender == booker) return;
    change_asked = change_asked || !v.Any(kAlso);
  }
  // After it was booked and someone asked to move it to a day or time they put forward,
  // whether sentence `s` by `sender`, the other side, reports the move done without a day or
  // time of its own ("Done, moved.", "Changed it", "I've rescheduled it"): it agrees to
  // that day or time. Not "I can't move it", "Sorry, couldn't change it", nor a question.
  bool MoveReportedDone(const Sentence& s, const std::string& sender) const {
    return succeeded && change_asked && has_proposal && proposer != sender && s.Has(kReschedule) &&
           !s.question && s.slot.Empty() &&
           !(s.kinds & (kNegate | kFailure | kRefusal | kHypothetical | kApology));
  }
  // `who` says yes in message `seq` (id `id`) to a proposal that asked whether its slot is
  // open ("Is there a table at Nopa tonight at 8?" - "Yes, there's one at 8 pm"): the slot
  // is open, now `who`'s offer, agreed once taken ("ok, book it"), dropped when put off
  // ("let me ask my wife and get back to you"). Whether it was such a proposal.
  bool AnswersAvailability(const std::string& who, int seq, int64_t id) {
    if (!asks_availability) return false;
    asks_availability = false;
    offered = true;
    Propose(who, seq, id);
    return true;
  }
  // `who` asks its price before anything was agreed or booked ("When is the Adele concert?"
  // - "It's on March 9th at 8 pm" - "How much are the tickets?"): a plan stated by someone
  // else is still being weighed, their offer until taken or booked ("OK cool" only
  // acknowledges it).
  void PriceAsked(const std::string& who) {
    if (!stated || Committed() || cancelled || who == stater || agreed.Empty()) return;
    stated = false;
    proposed = agreed;
    has_proposal = offered = true;
    proposer = stater;
    proposal_seq = stated_seq;
  }
  // `who` says yes in message `seq` (id `id`) to the message numbered `answered_seq`: to
  // a cancellation asked by someone else (called off), to their proposal made since (agreed,
  // unless an offer the yes only acknowledges, `only_acknowledges`, or a slot asked about,
  // AnswersAvailability), or to the plan they stated since ("Perfecto, ¿sobre qué tema?"
  // after "El viernes a las 10" agrees; a yes that itself `proposes`, "Alright, please
  // confirm 7 pm today?", only acknowledges). A yes to the read-back ends `reconfirm`.
  void Affirm(const std::string& who, int seq, int64_t id, int answered_seq, bool only_acknowledges,
              bool proposes);
  // The plan an event stored before stands for: stated, agreed as stored.
  static Plan FromEvent(const ExtractedEvent& e);
  void Cite(int64_t id) {
    if (sources.empty() || sources.back() != id) sources.push_back(id);
  }
  // `who` put `proposed` forward in message `seq` (id `id`).
  void Propose(const std::string& who, int seq, int64_t id) {
    has_proposal = true;
    choices = false;
    proposer = who;
    proposal_seq = seq;
    Join(who);
    Cite(id);
  }
  // `who` reported it failed in message `id`: what failed stays as context (a retry
  // "how about 8:30?" keeps its day); nothing is agreed or booked. A move asked after it
  // was booked in words that move, to a day or time put forward by the other side and still
  // open, is what fails then ("Can you move it to Friday?" - "Sorry, Friday is full"): the
  // booking stands as it was ("Can you book a table tomorrow at 7?" - "Sorry, they are
  // fully booked at 7" fails as before). So does a plan only stated, one's own appointment
  // ("Tengo cita el miércoles 5 a las 10. ¿Se puede pasar al jueves?" - "El jueves no hay
  // hueco").
  void Fail(const std::string& who, int64_t id) {
    if ((succeeded || stated) && move_worded && has_proposal && proposer != who) {
      move_worded = false;
      has_proposal = false;
      failer = who;
      Cite(id);
      return;
    }
    if (has_proposal) agreed.Merge(proposed);
    failed = true;
    affirmed = succeeded = has_proposal = false;
    failer = who;
    Cite(id);
  }
  // `who` stated `agreed` in message `seq` (id `id`).
  void State(const std::string& who, int seq, int64_t id) {
    stated = true;
    stater = who;
    stated_seq = seq;
    Join(who);
    Cite(id);
  }
  // Takes the sentence's plan noun (and its title phrase) as what the plan is.
  void Name(const Sentence& s, Lang l) {
    Name(Thing::Of(s));
    lang = l;
  }
  // What is called off, read back with the time the plan left out ("Borra la cena del
  // viernes" - "¿Elimino 'Cena de empresa', viernes 7 a las 21:00?"; "quiero cancelar el turno
  // del jueves" - "¿El del jueves 6 a las 10:40?"): `v`'s day and time fill it in. Whether
  // they did (not another day, nor a plan that had its time or no day).
  bool FillCalledOffTime(const Slot& v);
  // Whether `aligned`, the day or time of sentence `s` of message `seq` by `who`, is the agreed
  // (or stated) plan's own day named again with no time, or its own time, by whoever just asked
  // in that message to move it: the reason, not a yes to the old slot ("¿Podemos mejor el
  // jueves? Mañana me lía el trabajo", "¿se podría pasar a las 13:00? a las 12 trabajo"; not
  // "beers after work tomorrow? like 6").
  bool ReasonForMove(const Slot& aligned, const Sentence& s, const std::string& who, int seq) const;
  void Name(const Thing& t) {
    noun = t.noun;
    phrase = t.phrase;
    service_noun = t.service;
  }
};

// Values seen while no plan was open ("Are you free Friday at 10?").
struct Loose {
  Slot slot;
  std::string noun, phrase;  // the last plan noun named ("any openings for a haircut?")
  std::string sender;
  int age = 0, seq = -1;
  bool asked = false;  // the last values were offered in a question ("¿te viene bien hoy a las 5?")
  bool put_to_confirm = false;  // ... in a message that asks something, not a calendar lookup
  bool agreed = false;  // someone else said yes to them ("Dr. Lam on March 12th at 10:45 am.
                        // Correct?" - "that's correct"): the plan they open takes them agreed
  bool declined = false;  // `noun` is a plan's just declined on its day ("no puedo, tengo guardia")
  std::vector<int64_t> ids;
  // `values` said by `sender` in sentence `s` of message `v` (number `seq`, id `id`).
  void Note(const Slot& values, const Sentence& s, const MessageView& v, const std::string& who,
            int seq_no, int64_t id);
  // `who` said yes in message `id`, answering message number `answered`: to the values
  // someone else put to confirm in that message, it agrees.
  void AffirmedBy(const std::string& who, int64_t id, int answered) {
    if (slot.Empty() || !put_to_confirm || who == sender || answered != seq) return;
    agreed = true;
    ids.push_back(id);
  }
  // ... or, to a day and time someone else stated after a plan noun was named ("me ha dicho el
  // médico que me haga un análisis" ... "Viernes 7 a las 8:10, recuerde venir en ayunas" -
  // "perfecto"), agrees to that plan: the caller opens it. (A yes to values asked about is
  // an answer: "Do they have openings on Saturday at 10 am?" - "Yes, ... Should I book it?")
  bool AgreesToNamedPlan(const std::string& who, int64_t id, int answered) {
    // (or a day asked for a plan just declined on another: "¿y el sábado?" - "el sábado sí")
    const bool day_after_decline = declined && slot.date && asked;
    if (noun.empty() || !slot.date || (!slot.time && !day_after_decline) || (asked && !day_after_decline) ||
        who == sender || answered != seq)
      return false;
    agreed = true;
    ids.push_back(id);
    return true;
  }
};

// The plan opened after values were said with none open takes them: agreed when
// someone said yes to them (Loose::agreed), else a proposal until agreed or restated
// (offers, free slots); and the plan noun named before as a title until it names itself.
void TakeLoose(Plan& p, const Loose& l);

// A time said alone ("mejor a las 9 y media", "we're at 8:30 now") for a plan
// that has a time: without am/pm it is the one nearest the plan's time. Said with a
// day, only the plan's own clock said again is read so ("jueves a las 7" after "a las
// 7 de la tarde" is 19:00; not after a plan's own bare "a las 7", nor "el viernes a las 8"
// after 21:00).
Slot AlignTo(Slot v, const Slot& plan);
// Whether `v` names no other day and no other clock time than `agreed`.
bool Compatible(const Slot& v, const Slot& agreed);
// A time said alone for a plan on another day than the one it was read on
// ("el sábado" ... "a las 8:30" said at 14:00): the hour as said (08:30), not
// the next one after the message.
Slot OnThePlansDay(Slot v, const Plan& p);
// An hour of 7-11 (7-10 for a game: EveningUntil) said without am/pm for an
// evening plan is the evening's, whichever sentence named the plan.
Slot InTheEvening(Slot v, const Plan& p);
// `v` (the plan's day and time) moved by `minutes`; a day without a time moves only
// by whole days. Empty when there is nothing to move.
Slot Shifted(const Slot& v, int minutes);
// Whether sentence `s` names a thing other than what plan `p` is ("a hotel" after
// a flight), once p has a day or time: a plan noun that is no booking noun
// (IsBookingNoun), in a sentence that does not name p's own ("book tickets for
// this event" is about the event) or names it only after the other ("dinner after
// the movie"), or with "also" when p has no noun ("Can you find me a rental car as
// well?").
bool NamesAnotherThing(const Plan& p, const Sentence& s);
// After `p` was reported booked, whether `s` asks to book something else before
// its day or time is said: a booking word with "also"/"another" or with another
// thing named in it or since the booking ("Could you also book a table?", "Do you
// want to reserve a hotel there?", "Can you search for a hotel?" ... "Reserve a
// room"), that thing named again with a day or time ("I need a car" ... "a car
// picked up on March 7th at 11 am"), a day or time for it put forward or said by
// whoever named it ("Would you like a hotel in Atlanta?" ... "Please confirm:
// check in on March 5th"; "Can you find me a rental car as well? I'll pick it up
// on the 11th at 2 pm"), or "also" with its own day or time ("I also need a bus back
// on March 17th"; asked, another than the booked one: "Can you also find a bus back on
// the 5th?", not "Also, is there parking there at 7pm?") or with another thing in
// a sentence that asks nothing ("I also need a hotel"; not "Also, does the dentist do
// cosmetic work?"), or whoever reported
// the booking putting another day or time to confirm when nobody asked to move it
// ("Your ticket is booked. Please confirm: 1 ticket on March 9th"). `sender` wrote `s`.
bool BooksAnotherThing(const Plan& p, const Sentence& s, const std::string& sender);

// "Comal has a table available at 7 pm", "There's a Lakers game on March 4th": a day or
// time in sentence `s` offered in answer to a question (`answers_question`), or by whoever
// just reported plan `p` failed ("Sorry, that slot is taken. The closest opening is 1:30
// pm"; `sender` wrote `s`), a proposal until taken; not when the sentence books or moves
// something. In answer to a search (`answers_search`: "What movies are playing tonight?"),
// what the answer names is on offer in any words ("Dumbo is at the Grand Lake at 7:30 pm"),
// unless it says yes ("Are you available for dinner Friday?" - "Yes, Friday at 8 works").
inline bool OffersOption(const Sentence& s, bool answers_question, bool answers_search, const Plan& p,
                         const std::string& sender) {
  // (another option said while one's own offer is still open: "Evvia also has a table at 7:15 pm")
  const bool offering = p.has_proposal && p.offered && p.proposer == sender && s.Has(kAlso);
  return (s.Has(kOption) || (answers_question && answers_search && !s.Has(kAffirm))) &&
         (answers_question || (p.failed && sender == p.failer) || (offering && s.Has(kOption))) &&
         !(s.kinds & (kIntentVerb | kSuccess | kReschedule));
}
// "They're booked at 2 pm. The closest they have is 5 pm", "Dr. Kim is booked then. She
// can do 4:30 pm": a success word in a sentence that states a time and names no plan,
// followed in the same message by another day or time offered (kOption, nothing booked or
// moved), says that time is taken: the sentence becomes a failure (so the offer after it is
// an option, OffersOption), and so do choices offered ("Sorry, Dr. Patel is booked at 1 pm
// that day. He has openings at 2:30 pm and 4 pm"); so does one that states no day or time but
// says sorry ("Sorry, Dr. Kaur is booked then. She's free at 10:30 am"). Not "Your table is
// booked for 7 pm" (a plan named), nor "You're booked at 2 pm. They have parking at the back"
// (no other time offered).
void ReadTakenSlots(MessageView& v);
// Whether message `v`, which says yes, only acknowledges an option offered to its
// writer: it goes on to ask about something else, or only takes note ("Ok, thanks for the
// info", kAcknowledge), and names no day, time, plan or booking ("Ok, what's their
// address?"; not "Great, can you book it?").
bool OnlyAcknowledges(const MessageView& v);
// ... or, when plan `p`'s proposal is choices offered ("Tomorrow at 2:15 pm and 7:45 pm"),
// names no day or time, so picks none ("ok thanks").
bool OnlyAcknowledges(const Plan& p, const MessageView& v);

// Whether message `v` by `who`, which says yes to a proposal of the other side for a plan
// opened after another was booked, offers another day or time in its stead ("Your ticket is
// booked" ... "Is there a bus back on Sunday as well?" - "Yes, there's one at 6 pm on March
// 10th"): the yes says a slot is open and agrees to nothing (Plan::AnswersAvailability).
// Not before any booking ("Drinks Friday at 7?" - "Yes! There's a happy hour at 6" agrees).
bool AnswersWithAnotherSlot(const Plan& p, const MessageView& v, const std::string& who);

// The longest title an event gets, in bytes (extracted_events.title holds 500
// characters); a longer one is cut on a UTF-8 character boundary.
inline constexpr size_t kMaxTitleBytes = 400;

// Whether an event lies where SQL DATETIME and iCalendar's four-digit years reach
// (start and end in the years 1000-9999). Out of it ("in 9000 years at 10am"), a new
// event is dropped and a stored one moved there is given back as it was seeded, so
// no scan fails writing it.
bool InCalendarRange(const ExtractedEvent& e);
void KeepInCalendarRange(std::vector<ExtractedEvent>& events, const std::vector<ExtractedEvent>& seeds);

// The event a closed plan gives (sorts and de-duplicates its sources; its title
// valid UTF-8 of at most kMaxTitleBytes).
ExtractedEvent ToEvent(Plan& p);

}  // namespace chatbeto::events::detail
