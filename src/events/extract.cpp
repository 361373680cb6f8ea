#include "events/extract.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "events/choice_pick.h"
#include "events/cues.h"
#include "events/entry_lookup.h"
#include "events/message_view.h"
#include "events/plan.h"

namespace chatbeto::events {
namespace {

using detail::AlignTo;
using detail::EntryLookup;
using detail::BooksAnotherThing;
using detail::NamesAnotherThing;
using detail::OffersOption;
using detail::OnlyAcknowledges;
using detail::Compatible;
using detail::InTheEvening;
using detail::OnThePlansDay;
using detail::Shifted;
using detail::Loose;
using detail::Plan;
using detail::ToEvent;

const std::string kNobody;

class Extractor {
 public:
  explicit Extractor(const ExtractOptions& o) : opts_(o) {}

  void Seed(const std::vector<ExtractedEvent>& prior) {
    seeds_ = prior;
    for (const auto& e : prior) {
      Close();
      cur_ = Plan::FromEvent(e);
    }
  }

  void Feed(const ChatMessage& m) {
    const FoldedText f = Fold(m.body);
    const std::vector<Word> words = SplitWords(f.text);
    Lang lang = opts_.lang ? *opts_.lang : DetectLang(m.body, f, words, Majority());
    (lang == Lang::kEs ? es_ : en_)++;
    MessageView v = AnalyseMessage(m, lang, f, words);
    detail::ReadTakenSlots(v);  // "They're booked at 2 pm. The closest is 5 pm": taken
    choices_.Read(v, m.sender, seq_);  // "6:15 pm or 8:45 pm" - "the later one": 8:45 pm
    if (++loose_.age > 6) loose_ = Loose{};

    // A topic asked for by the other speaker: a short answer names the plan.
    if (cur_ && awaiting_topic_ && m.sender != topic_asker_ && v.IsShortAnswer()) {
      cur_->topic = v.AnswerText();
      cur_->Cite(m.id);
    }
    awaiting_topic_ = false;

    // A "yes" answers the latest message of someone else, nothing older.
    answered_seq_ = -1;
    answers_question_ = answers_search_ = answers_proposal_ = false;
    for (const auto& [sender, last] : last_seq_)
      if (sender != m.sender && last.seq > answered_seq_)
        answered_seq_ = last.seq, answered_ = &sender, answers_question_ = last.asked,
        answers_search_ = last.search, answers_proposal_ = last.proposes;
    // "¿A qué hora abre la piscina los sábados?" - "creo que a las 8": the answer to
    // a question about a habit, the past or a hypothesis is about that too.
    answers_filtered_ = answered_seq_ >= 0 && answered_seq_ == filtered_question_seq_;
    HandleAnswer(m, v);
    const int64_t before = cur_ ? cur_->origin : 0;
    const bool then = v.Any(kThen);  // "see you then": agrees to the day and time last put forward
    const bool offer_asked = (loose_.asked || then) && !loose_.slot.Empty();
    for (const Sentence& s : v.sentences) HandleSentence(m, v, s, lang);
    // "Perfecto, allí estaré" to an offer asked before any plan was named
    // ("¿te viene bien hoy a las 5?"): the plan this message opened takes it.
    // A free slot merely reported ("you are free from 8 to 6") is no offer.
    if (cur_ && cur_->origin == m.id && before != m.id && v.affirm && offer_asked) HandleAnswer(m, v);
    for (const Sentence& s : v.sentences)
      if (s.question && (s.kinds & (kPast | kHabitual | kHypothetical)))
        filtered_question_seq_ = seq_;
    // A price asked is a search too ("How much is a flight to Miami next Wednesday?" - "JetBlue
    // has one at 9 am": on offer); a request ("I want ...") is answered as a question is.
    last_seq_[m.sender] = {seq_++, v.is_question || OpensWithRequest(f.text),
                           v.is_question && v.Any(kOption | kPrice), v.proposes};
  }

  std::vector<ExtractedEvent> Finish() {
    Close();
    detail::KeepInCalendarRange(done_, seeds_);
    return std::move(done_);
  }

 private:
  Lang Majority() const { return es_ > en_ ? Lang::kEs : Lang::kEn; }
  // Whether `sender` wrote after the message now being answered (so is not answering it).
  bool SaidSince(const std::string& sender) const {
    auto it = last_seq_.find(sender);
    return it != last_seq_.end() && it->second.seq > answered_seq_;
  }

  // "sí" / "no" to a proposal or a cancellation made by someone else.
  void HandleAnswer(const ChatMessage& m, const MessageView& v) {
    if (v.affirm) {
      if (cur_) {
        if (detail::AnswersWithAnotherSlot(*cur_, v, m.sender)) cur_->asks_availability = true;
        cur_->Affirm(m.sender, seq_, m.id, answered_seq_, OnlyAcknowledges(*cur_, v), v.proposes);
      } else {
        loose_.AffirmedBy(m.sender, m.id, answered_seq_);  // "Dr. Lam at 10:45 am. Correct?" - "Yes"
        if (loose_.AgreesToNamedPlan(m.sender, m.id, answered_seq_)) Open(m, Majority());
      }
    } else if (v.negate && cur_) {
      if (cur_->has_proposal && cur_->proposer != m.sender) cur_->has_proposal = false;
      if (cur_->pending_cancel && cur_->cancel_proposer != m.sender) cur_->pending_cancel = false;
    } else if (v.negate && !v.has_values) {  // "no no, a las 7 de la tarde" corrects what it names
      loose_ = Loose{};
    }
  }

  void HandleSentence(const ChatMessage& m, const MessageView& v, const Sentence& s, Lang lang) {
    if (s.Has(kErrand)) return;  // an alarm set, a cab called, the weather: no plan's
    // "tomorrow I'm out all day": a day or time refused is no plan, unless
    // the sentence also moves, books or names one ("no puedo el lunes, mejor el martes").
    const bool refused = s.Has(kRefusal) && !s.slot.Empty() && !s.question &&
                         !(s.kinds & (kReschedule | kIntentVerb | kSuccess));
    const bool answer_to_filtered =
        answers_filtered_ &&
        !(s.kinds & (kIntentNoun | kIntentVerb | kReschedule | kSuccess | kCancel));
    const bool entry = lookup_.ReportsEntry(s, m.sender, answers_question_ ? *answered_ : kNobody);
    const bool filtered = s.Has(kPast) || s.Has(kHabitual) || s.Has(kHypothetical) ||
                          s.Has(kNoPlan) || refused || answer_to_filtered || entry;
    // "sábado a las 9" for a dinner planned earlier is 21:00.
    const Slot values = cur_ ? InTheEvening(OnThePlansDay(s.slot, *cur_), *cur_) : s.slot;

    // "should we cancel tomorrow's hike at 8?": the hike exists; whether it is off
    // is up to the answer. "You have Piano lesson at 6 pm" - "Delete that": the entry looked up.
    const Sentence* held = cur_ ? nullptr : lookup_.Entry();
    if (s.Has(kCancel) && !cur_ && !s.Has(kHypothetical) &&
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
        answers_proposal_ && (s.Has(kDecline) || (v.negate && s.Has(kHave) && !s.question && !v.has_values));
    if ((s.Has(kWithdraw) || declined) && cur_ && cur_->Withdrawable() && values.Empty()) {
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
    if (s.backs_out && cur_ && cur_->Committed() && !s.question && !(answers_question_ && !SaidSince(m.sender)) &&
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
    }
    // A booking reported done with its day or time is a plan even when
    // nothing named one ("you're booked for Thursday at 2:30pm"), and so is
    // one reported right after its day and time were put forward ("Please
    // confirm: pick-up on March 2nd at 5 pm" - "Yes" - "Your rental car is booked").
    if (!cur_ && s.Has(kSuccess) && !s.question && (!values.Empty() || !loose_.slot.Empty()))
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
      if (new_plan) Open(m, lang);
      if (second_booking && s.noun.empty() && !next.noun.empty()) cur_->Name(next);
      // Once booked, a plan is named only by its own report, not by talk of the next thing.
      if (!s.noun.empty() && (cur_->noun.empty() || (cur_->service_noun && !s.service_noun)) &&
          (!cur_->succeeded || new_plan || s.Has(kSuccess)))
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
        Slot aligned = AlignTo(values, p.agreed.time || !values.date ? p.agreed : p.proposed);
        // An answer to someone else's proposal fills in what it leaves out: "I'll
        // pick her up at 5:30" after "who's picking her up tomorrow?".
        if (p.has_proposal && p.proposer != m.sender && Compatible(aligned, p.proposed)) {
          Slot filled = p.proposed;
          filled.Merge(aligned);
          aligned = filled;
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

  void Open(const ChatMessage& m, Lang lang) {
    Plan p;
    p.after_booking = cur_ && cur_->succeeded && !cur_->failed && !cur_->cancelled;
    Close();
    p.origin = m.id;
    p.lang = lang;
    TakeLoose(p, loose_);  // said before anyone named a plan
    loose_ = Loose{};
    cur_ = std::move(p);
  }

  void Close() {
    if (!cur_) return;
    Plan& p = *cur_;
    if (p.Firm() || p.stored_id) done_.push_back(ToEvent(p));  // stored before: never dropped
    cur_.reset();
  }

  const ExtractOptions& opts_;
  std::optional<Plan> cur_;
  Loose loose_;
  std::vector<ExtractedEvent> done_, seeds_;
  bool awaiting_topic_ = false;
  std::string topic_asker_;
  int es_ = 0, en_ = 0;
  int seq_ = 0, answered_seq_ = -1;
  // The last message asking about a habit, the past or a hypothesis; whether the
  // message being read answers it.
  int filtered_question_seq_ = -1;
  bool answers_filtered_ = false;
  struct Last {  // a speaker's last message: its number; whether it asked something, asked
    int seq;      // for what is on offer ("What movies are playing tonight?"), put a day or
    bool asked, search, proposes;  // time forward ("Please confirm: ... at 5:50 pm")
  };
  std::map<std::string, Last> last_seq_;
  const std::string* answered_ = nullptr;  // who wrote the message being answered
  bool answers_question_ = false, answers_search_ = false, answers_proposal_ = false;
  detail::ChoiceMemory choices_;  // the choices last offered, for a pick by position
  EntryLookup lookup_;  // entries a calendar holds, looked up: "You have a Dentist appointment"
};

}  // namespace

std::vector<ExtractedEvent> ExtractEvents(const std::vector<ChatMessage>& messages,
                                          const std::vector<ExtractedEvent>& prior,
                                          const ExtractOptions& options) {
  Extractor x(options);
  x.Seed(prior);
  for (const auto& m : messages) x.Feed(m);
  return x.Finish();
}

}  // namespace chatbeto::events
