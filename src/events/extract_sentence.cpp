// What one sentence does to the plan being made (detail::Extractor, extractor.h):
// call it off, fail, withdraw it or back out of it; open, name, move, offer or
// book it; a move by an amount ("pushed back an hour"). Pure.
#include <algorithm>
#include <string>

#include "events/extractor.h"

namespace chatbeto::events::detail {
namespace {

const std::string kNobody;

}  // namespace

void Extractor::HandleSentence(const ChatMessage& m, const MessageView& v, const Sentence& s, Lang lang) {
  if (s.Has(kErrand)) return;  // an alarm set, a cab called, the weather: no plan's
  // "tomorrow I'm out all day": a day or time refused is no plan, unless
  // the sentence also moves, books or names one ("no puedo el lunes, mejor el martes").
  const bool refused = s.Has(kRefusal) && !s.slot.Empty() && !s.question &&
                       !(s.kinds & (kReschedule | kIntentVerb | kSuccess));
  // ... and a time with no day of its own answering a tale of the past ("that concert last
  // saturday was insane" - "right?? they played till 11") is that past's.
  const bool answer_to_filtered =
      (answers_filtered_ || (answers_past_ && !s.slot.date && !s.question)) &&
      !(s.kinds & (kIntentNoun | kIntentVerb | kReschedule | kSuccess | kCancel));
  const bool entry = lookup_.ReportsEntry(s, m.sender, answers_question_ ? *answered_ : kNobody);
  const bool filtered = s.Has(kPast) || s.Has(kHabitual) || s.Has(kHypothetical) ||
                        s.Has(kNoPlan) || refused || answer_to_filtered || entry;
  // "sábado a las 9" for a dinner planned earlier is 21:00.
  Slot values = cur_ ? InTheEvening(OnThePlansDay(s.slot, *cur_), *cur_) : s.slot;

  // "should we cancel tomorrow's hike at 8?": the hike exists; whether it is off
  // is up to the answer. "You have Piano lesson at 6 pm" - "Delete that": the entry looked up.
  const Sentence* held = cur_ ? nullptr : lookup_.Entry();
  // (Not news of one called off: "the concert on saturday got cancelled, did you have tickets?")
  if (s.Has(kCancel) && !cur_ && !s.Has(kHypothetical) && !s.Has(kPast) &&
      (held || (s.question && !values.Empty() && (s.Has(kIntentNoun) || s.Has(kServiceNoun))))) {
    Open(m, lang);
    cur_->Name(held ? *held : s, lang);
    cur_->agreed.Merge(held ? held->slot : values);
    cur_->State(m.sender, seq_, m.id);
  }
  // "did my tickets for the game on the 9th go through?" - "the game ... has been called off"
  const bool asked_about = s.Has(kCancel) && cur_ && cur_->NamedByOther(s, values, m.sender);
  if (s.Has(kCancel) && !s.Has(kHypothetical) && cur_ && !cur_->CancelNotOfIt(s, values) &&
      (cur_->stated || cur_->Committed() || cur_->known || asked_about)) {
    if (asked_about) cur_->agreed.Merge(cur_->proposed);
    cur_->FillCalledOffTime(values);
    if (s.question) {
      cur_->pending_cancel = true;
      cur_->cancel_proposer = m.sender;
    } else {
      cur_->cancelled = true;
    }
    cur_->Cite(m.id);
    return;
  }
  if (s.Has(kFailure) && (!s.question || s.Has(kApology))) {
    if (cur_) cur_->Fail(m.sender, m.id);
    return;  // the time in "unable to book at 10:45" is the one that failed
  }
  // "Don't buy them", "I changed my mind" before anything was agreed or booked, or before the
  // read-back of a yes was answered (Plan::Withdrawable): no plan (one called off stays so:
  // "Cancel that" - "OK, I won't book it").
  // "no thanks" to a read-back, or a no giving one's own commitment then and no other day or
  // time ("No, sorry, I have work then"; not "No, I have work then. Make it 6 pm")
  const bool declined =
      (answers_proposal_ && (s.Has(kDecline) || (v.negate && s.Has(kHave) && !s.question && !v.has_values))) ||
      (answers_ask_to_book_ && s.Has(kDecline));  // "Shall I reserve it?" - "too expensive, no thanks"
  if ((s.Has(kWithdraw) || declined) && cur_ && cur_->Withdrawable() && values.Empty()) {
    // (Its name stays for another day then put forward and agreed: "¿cenamos fuera el viernes?" -
    // "no puedo, tengo guardia" - "¿y el sábado?" - "el sábado sí, a las 9".)
    if (declined && !s.Has(kWithdraw)) loose_.noun = cur_->noun, loose_.phrase = cur_->phrase, loose_.declined = true;
    cur_.reset();
    return;
  }
  if (cur_ && cur_->GivenUpByName(s, values)) {  // "Al final no hace falta la reunión de mañana"
    cur_->cancelled = true;
    cur_->Cite(m.id);
    return;
  }
  // "Sorry, something came up, can't make it Friday", "al final no puedo": one backing out
  // of an agreed plan on their own (not answering a question), on its day or none, calls it off.
  // (Not when the message asks for another day or time: "can we do sat instead? sun I can't" moves it.)
  const bool moves_in_message = std::any_of(v.sentences.begin(), v.sentences.end(), [](const Sentence& o) {
    return o.Has(kReschedule) && !o.slot.Empty();
  });
  // (In a group of three or more, only by one who named, put forward, stated, agreed to or
  // booked it: "cena viernes 21:00" - "confirmado" - "yo no puedo este viernes" keeps it.)
  const size_t speakers = last_seq_.size() + !last_seq_.contains(m.sender);
  if (s.backs_out && !moves_in_message && cur_ && cur_->Committed() && !s.question &&
      (speakers < 3 || cur_->HasParty(m.sender)) &&
      !(answers_question_ && !SaidSince(m.sender)) &&
      !(s.kinds & (kReschedule | kIntentVerb | kSuccess | kPast | kHabitual | kHypothetical)) &&
      cur_->OnItsDay(values)) {
    cur_->cancelled = true;
    cur_->Cite(m.id);
    return;
  }
  if (refused && s.Has(kIntentNoun) && !(s.kinds & (kPast | kHabitual | kHypothetical | kNoPlan))) {
    if (!cur_) Open(m, lang);
    if (cur_->noun.empty() || cur_->service_noun) cur_->Name(s, lang);
    if (cur_->agreed.Empty()) cur_->agreed.Merge(values);
    cur_->known = true;
    cur_->Cite(m.id);
    return;
  }
  if (filtered) return;
  // "party's off" ... "WAIT party is back on!!": on again, at its day and time unless said anew.
  if (s.back_on && cur_ && cur_->cancelled && !s.Has(kCancel) && !s.question) {
    cur_->cancelled = false;
    cur_->Cite(m.id);
  }
  if (cur_) cur_->NoteMoveAsked(s, v, m.sender);
  if (cur_ && s.question && s.Has(kPrice)) cur_->PriceAsked(m.sender);
  if (cur_ && cur_->MoveReportedDone(s, m.sender)) {  // "can you move it to Tuesday?" - "Done, moved."
    cur_->agreed.Merge(cur_->proposed);
    cur_->has_proposal = false;
    cur_->Cite(m.id);
  }

  if (cur_ && (cur_->cancelled || cur_->pending_cancel) && !(s.kinds & (kIntentVerb | kReschedule)) &&
      (s.noun.empty() || s.noun == cur_->noun) && cur_->FillCalledOffTime(values)) {
    cur_->Cite(m.id);
    return;
  }
  // A make-up for a plan someone cannot hold ("mañana no podré dar la clase de las 17:00" ...
  // "¿la recuperamos el lunes a la misma hora?"): that one is off, the make-up a new plan.
  if (s.make_up && cur_ && !cur_->cancelled && !values.Empty() && !cur_->agreed.Empty() &&
      (cur_->known || cur_->Committed() || cur_->stated) && !Compatible(values, cur_->agreed)) {
    cur_->cancelled = true;
    cur_->Cite(m.id);
    if (values.date && !values.time && cur_->agreed.time) {  // at its hour unless another is said
      LocalTime t = *values.date;
      t.hour = cur_->agreed.time->hour;
      t.minute = cur_->agreed.time->minute;
      values.time = t;
    }
  }
  // After a cancellation a new day/time is a new plan ("¿puede ser el
  // miércoles?"), of the same kind; the cancelled one stays cancelled.
  if (cur_ && cur_->cancelled && !values.Empty() && !s.Has(kCancel)) {
    Plan old = *cur_;
    Open(m, lang);
    cur_->noun = old.noun;
    cur_->service_noun = old.service_noun;
    cur_->phrase = old.phrase;
    cur_->topic = old.topic;
    cur_->lang = old.lang;
  }
  if (!cur_ && !s.noun.empty()) {
    loose_.noun = std::string(s.noun);
    loose_.phrase = s.phrase;
    loose_.declined = false;
  }
  // A booking reported done with its day or time is a plan even when
  // nothing named one ("you're booked for Thursday at 2:30pm"), and so is
  // one reported right after its day and time were put forward ("Please
  // confirm: pick-up on March 2nd at 5 pm" - "Yes" - "Your rental car is booked").
  if (!cur_ && s.Has(kSuccess) && !s.question && (!values.Empty() || !loose_.slot.Empty()))
    Open(m, lang);
  // "For the return on March 10th, there's a bus at 4:30 pm" - "Book that too" - "Your return
  // ticket ... on March 10th at 4:30 pm is booked": reported at another day and time than the one
  // booked, asked for in words that book and do not move, a second booking.
  if (cur_ && cur_->succeeded && cur_->book_again_asked && !cur_->change_asked && !cur_->cancelled &&
      s.Has(kSuccess) && !s.question && !s.Has(kReschedule) && values.date && values.time &&
      !Compatible(values, cur_->agreed) && Compatible(values, cur_->offered_slot))
    Open(m, lang);
  // A second booking (BooksAnotherThing): "Could you also book a table?", "Can
  // you search for a hotel?" ... "Reserve a room".
  // (Not the booker sorry, putting another day: "disculpa, el jueves cerramos. ¿El viernes?")
  const bool second_booking =
      cur_ && BooksAnotherThing(*cur_, s, m.sender) && !(v.Any(kApology) && m.sender == cur_->booker);
  const Plan::Thing next = second_booking ? cur_->next : Plan::Thing{};
  if (cur_ && cur_->succeeded && !second_booking && !s.Has(kSuccess) && NamesAnotherThing(*cur_, s))
    cur_->next = Plan::Thing::Of(s, m.sender);
  // A service noun opens a plan only with a day or time beside it: "find a
  // dentist" is a search, "a haircut on Thursday at 3" a plan.
  if (s.Has(kIntentNoun) || s.Has(kIntentVerb) || second_booking ||
      (s.Has(kServiceNoun) && !cur_ && !values.Empty())) {
    bool new_plan = !cur_ || second_booking;
    // A second plan: after a cancelled one, or a different thing ("y
    // también una cena", "another appointment") at another time than the
    // agreed one. The same plan at another time is a change, not a new one.
    if (cur_ && !values.Empty() && !s.Has(kReschedule) && !s.Has(kSuccess)) {
      // A service noun gives way to an intent noun naming the same plan ("Haircut
      // Friday at 11?" ... "the appointment is booked"), not to another plan at
      // another time once its own is settled ("practice moved to Friday 6pm" ...
      // "the team dinner is Saturday at 8").
      const bool settled =
          cur_->Committed() || (cur_->service_noun && cur_->stated && !cur_->agreed.Empty());
      // A booking noun for a plan that names what it is ("1 ticket for Dumbo at 10:20
      // pm" after "Us is showing at 8 pm") books that plan, not another thing; a table
      // after tickets is another.
      const bool booking_of_it = IsBookingNoun(s.noun) && !IsBookingNoun(cur_->noun);
      bool other_thing =
          s.Has(kAlso) || (!s.noun.empty() && !s.service_noun && !booking_of_it && !cur_->noun.empty() &&
                           s.noun != cur_->noun && (!cur_->service_noun || settled));
      if (cur_->cancelled || (settled && other_thing && !Compatible(values, cur_->agreed)))
        new_plan = true;
    }
    // "dentist is at 9 tomorrow, then I'm free" - "cool, coffee at 11?": a time alone for the next
    // plan, read as the hour said and so gone by today, is on the day just talked about.
    const Slot prev = cur_ ? (cur_->agreed.date ? cur_->agreed : cur_->proposed) : Slot{};
    if (new_plan) Open(m, lang);
    if (new_plan && prev.date && values.time && !values.date &&
        detail::ToSeconds(*values.time) < detail::ToSeconds(m.local_time)) {
      LocalTime t = *prev.date;
      t.hour = values.time->hour;
      t.minute = values.time->minute;
      values.time = values.date = t;
    }
    if (second_booking && s.noun.empty() && !next.noun.empty()) cur_->Name(next);
    // Once booked, a plan is named only by its own report, not by talk of the next thing; nor by
    // one's own other commitment ("¿lo podemos cambiar a las 6? a las 7 tengo cena" for a pádel).
    if (!s.noun.empty() && (cur_->noun.empty() || (cur_->service_noun && !s.service_noun)) &&
        (!cur_->succeeded || new_plan || s.Has(kSuccess)) && (new_plan || !s.Has(kHave) || cur_->noun.empty()))
      cur_->Name(s, lang);
    cur_->Cite(m.id);
  }

  // "pushed back an hour", "¿la adelantamos media hora?": the plan's start moved by that
  // much; asked, a proposal. "I'll be there an hour later" moves nothing.
  if (s.move.minutes && cur_ && !s.Has(kArrive) &&
      (s.move.by_verb || s.Has(kReschedule) || s.question)) {
    Plan& p = *cur_;
    const Slot moved = Shifted(p.agreed.Empty() ? p.proposed : p.agreed, s.move.minutes);
    if (!moved.Empty() && s.question) {
      p.proposed = moved;
      p.Propose(m.sender, seq_, m.id);
    } else if (!moved.Empty()) {
      p.agreed = moved;
      p.has_proposal = p.failed = p.cancelled = false;
      p.State(m.sender, seq_, m.id);
    }
  }
  // "Friday I have yoga" while a dinner is being planned, "I have a call at 2"
  // while a lunch is: the day or time is the speaker's other commitment's.
  const bool about_other = cur_ && s.Has(kHave) && !s.noun.empty() && !cur_->noun.empty() &&
                           s.noun != cur_->noun && !s.Has(kReschedule);
  // "Arrive 8:30 for warmup" once the game is at 9: when to arrive, not when the plan
  // starts ("can we arrive at 8 instead?" still moves it).
  // ("a las 8 no llego, ¿a las 9?": not getting there at one time asks for another.)
  const bool arrival = cur_ && s.Has(kArrive) && s.noun.empty() && cur_->agreed.time && !s.Has(kReschedule) &&
                       !(s.question && s.Has(kNegate));
  if (!values.Empty() && !about_other && !arrival) {
    if (!cur_) {
      loose_.Note(values, s, v, m.sender, seq_, m.id);
    } else if (s.question || s.choices.size() > 1 || (s.put_forward && cur_->Committed()) ||
               OffersOption(s, answers_question_, answers_search_, *cur_, m.sender)) {
      // (choices, "at 2:15 pm and 7:45 pm", are offered; once agreed, a day or time put to
      // confirm, "There's one at 6:40 pm. Confirm 1 ticket?", is proposed)
      Plan& p = *cur_;
      // A counter-proposal changes what it names and keeps the rest of what was
      // on the table: "El jueves no puedo, ¿el viernes?" keeps "a las 9".
      if (!p.has_proposal || p.proposer != m.sender)
        p.proposed = p.has_proposal || p.agreed.Empty() ? p.proposed : p.agreed;
      p.proposed.Merge(AlignTo(values, p.agreed.time ? p.agreed : p.proposed));
      p.Propose(m.sender, seq_, m.id);
      p.PutToConfirm(s);
      p.offered = !s.question;
      p.choices = p.offered && s.choices.size() > 1;
      p.asks_availability = s.question && s.Has(kAvailability);
    } else {
      Plan& p = *cur_;
      // Once agreed, another day/time moves the plan only when the sentence
      // says so ("mejor", "instead") or names the plan again ("make the
      // reservation 11:45"); else it is about something else ("I'll be
      // there at 9:50").
      // (A day with a bare hour also by the time last put forward: "jueves a las 7" after
      // "¿el miércoles a las 7 de la tarde?" - "mejor el jueves".)
      // (A time alone naming nothing, for a plan with no time agreed yet, by the one put forward:
      // "tennis thursday 6pm?" - "can we do 7?" - "7 it is" is 19:00; not "No, dinner at 8 is
      // better" after "Lunch Friday at 1?".)
      Slot aligned = AlignTo(values, p.agreed.time || (!values.date && !s.noun.empty()) ? p.agreed : p.proposed);
      // An answer to someone else's proposal fills in what it leaves out: "I'll
      // pick her up at 5:30" after "who's picking her up tomorrow?".
      if (p.has_proposal && p.proposer != m.sender && Compatible(aligned, p.proposed)) {
        Slot filled = p.proposed;
        filled.Merge(aligned);
        aligned = filled;
      }
      // A day alone for a plan nothing was agreed of yet takes the time last put forward:
      // "gym at 7 still?" - "can't today" - "tmrw then" is tomorrow at 7.
      if (!p.Committed() && p.agreed.Empty() && aligned.date && !aligned.time && p.proposed.time) {
        LocalTime t = *aligned.date;
        t.hour = p.proposed.time->hour;
        t.minute = p.proposed.time->minute;
        aligned.time = t;
      }
      // A time alone for a plan whose day was only ever proposed takes that day
      // ("push our meeting tomorrow at 10 to 11?" ... "let's keep 10").
      if (!aligned.date && aligned.time && !p.agreed.date && p.proposed.date)
        aligned.date = p.proposed.date;
      bool moves = !p.Committed() || Compatible(aligned, p.agreed) || s.Has(kReschedule) ||
                   s.Has(kIntentNoun) || s.Has(kIntentVerb) || s.Has(kSuccess);
      if (moves && !p.ReasonForMove(aligned, s, m.sender, seq_)) {
        p.agreed.Merge(aligned);
        p.has_proposal = p.failed = false;
        if (s.Has(kReschedule)) p.cancelled = false;
        p.State(m.sender, seq_, m.id);
      }
    }
  }

  if (s.Has(kSuccess) && !s.question && cur_) {
    Plan& p = *cur_;
    if (p.has_proposal) p.agreed.Merge(p.proposed);
    p.has_proposal = false;
    p.succeeded = true;
    p.booker = m.sender;
    p.Join(m.sender);
    p.failed = false;
    p.stated = p.stated || !p.agreed.Empty();
    p.Cite(m.id);
  }
  // A plan named and called off in one sentence ("la clase del miércoles 12 a las
  // 19:30 queda cancelada"), or put off with no new day or time ("Training tonight
  // at 7 is postponed, new date TBD"), is off.
  if (cur_ && !s.question && !s.Has(kHypothetical) && cur_->origin == m.id && s.Has(kCancel))
    cur_->cancelled = true;
  if (cur_ && !s.question && s.Has(kPostponed) && !cur_->agreed.Empty()) {
    cur_->cancelled = true;
    cur_->Cite(m.id);
  }
  if (cur_) cur_->PutOffAsked(s, values, m.sender, m.id);  // "¿Lo dejamos para otro día?"
  if (s.question && s.Has(kTopicQuestion) && cur_ && values.Empty()) {
    awaiting_topic_ = true;
    topic_asker_ = m.sender;
  }
}

}  // namespace chatbeto::events::detail
