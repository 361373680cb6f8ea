#include "events/plan.h"

#include <algorithm>
#include <cstdlib>

#include "events/temporal_calendar.h"
#include "util/text.h"

namespace chatbeto::events {

const char* StatusName(EventStatus s) {
  switch (s) {
    case EventStatus::kConfirmed: return "confirmed";
    case EventStatus::kCancelled: return "cancelled";
    default: return "tentative";
  }
}

}  // namespace chatbeto::events

namespace chatbeto::events::detail {
namespace {

bool SameClock(const LocalTime& a, const LocalTime& b) { return a.hour == b.hour && a.minute == b.minute; }

// "book it for half seven" read as 07:30, then read back as "7:30 pm": the same clock in
// the other half of the day, one of the two said without am/pm, is the same time told
// apart.
bool OtherHalfOfDay(const Slot& v, const Slot& agreed) {
  return (v.ambiguous_meridiem || agreed.ambiguous_meridiem) && v.time->minute == agreed.time->minute &&
         (v.time->hour + 12) % 24 == agreed.time->hour;
}

}  // namespace

Plan Plan::FromEvent(const ExtractedEvent& e) {
  Plan p;
  p.origin = e.origin_message_id;
  p.stored_id = e.stored_id;
  p.topic = e.title;
  p.agreed.date = e.start;
  if (!e.all_day) {
    p.agreed.time = e.start;
    p.agreed.end = e.end;
  }
  p.stated = true;
  p.affirmed = e.status == EventStatus::kConfirmed;
  p.cancelled = e.status == EventStatus::kCancelled;
  p.sources = e.source_message_ids;
  return p;
}

Slot AlignTo(Slot v, const Slot& plan) {
  if (!v.time || !plan.time || !v.ambiguous_meridiem) return v;
  if (v.date && (plan.ambiguous_meridiem || v.time->hour % 12 != plan.time->hour % 12 ||
                 v.time->minute != plan.time->minute))
    return v;
  const int base = plan.time->hour * 60 + plan.time->minute;
  const int am = (v.time->hour % 12) * 60 + v.time->minute, pm = am + 12 * 60;
  const int shift = (std::abs(am - base) <= std::abs(pm - base) ? am : pm) / 60 - v.time->hour;
  v.time = AddSeconds(*v.time, shift * 3600);
  if (v.end) v.end = AddSeconds(*v.end, shift * 3600);
  return v;
}

bool Compatible(const Slot& v, const Slot& agreed) {
  // ("el sábado" inside "el finde" agreed picks its day.)
  const auto inside_span = [&] {
    if (!agreed.last_day || v.last_day) return false;
    const auto day = [](const LocalTime& t) { return t.year * 10000 + t.month * 100 + t.day; };
    const bool exclusive = agreed.last_day->hour == 0 && agreed.last_day->minute == 0;
    const int d = day(*v.date), from = day(*agreed.date), to = day(*agreed.last_day);
    return d >= from && (exclusive ? d < to : d <= to);
  };
  if (v.date && agreed.date && !SameDay(*v.date, *agreed.date) && !inside_span()) return false;
  if (v.time && agreed.time && !SameClock(*v.time, *agreed.time) && !OtherHalfOfDay(v, agreed))
    return false;
  return true;
}

bool Plan::FillCalledOffTime(const Slot& v) {
  if (!agreed.date || agreed.time || !v.time || !v.date || !Compatible(v, agreed)) return false;
  agreed.Merge(v);
  return true;
}

bool Plan::ReasonForMove(const Slot& aligned, const Sentence& s, const std::string& who, int seq) const {
  return has_proposal && proposer == who && proposal_seq == seq && (Committed() || stated) && agreed.date &&
         (aligned.date || (aligned.time && agreed.time)) && Compatible(aligned, agreed) &&
         !(s.kinds & (kReschedule | kIntentNoun | kIntentVerb | kSuccess | kAffirm));
}

void ReadTakenSlots(MessageView& v) {
  for (size_t i = 0; i + 1 < v.sentences.size(); ++i) {
    Sentence& s = v.sentences[i];
    if (!s.Has(kSuccess) || s.question || !s.noun.empty()) continue;
    // "Sorry, Dr. Kaur is booked then. She's free at 10:30 am": booked is taken, said sorry for
    const bool sorry = s.Has(kApology) && s.slot.Empty();
    if (!s.slot.time && !sorry) continue;
    for (size_t j = i + 1; j < v.sentences.size(); ++j) {
      const Sentence& o = v.sentences[j];
      // "He has openings at 2:30 pm and 4 pm": choices offered, the first as the offer
      const Slot& offered = o.slot.Empty() && !o.choices.empty() ? o.choices.front() : o.slot;
      if (o.Has(kOption) && !offered.Empty() && !(o.kinds & (kSuccess | kIntentVerb | kReschedule)) &&
          (sorry || !Compatible(offered, s.slot))) {
        s.kinds = (s.kinds & ~kSuccess) | kFailure;
        break;
      }
    }
  }
}

Slot OnThePlansDay(Slot v, const Plan& p) {
  const Slot& day = p.agreed.date ? p.agreed : p.proposed;
  if (!v.time || v.date || v.said_hour < 0 || !day.date || SameDay(*day.date, *v.time)) return v;
  v.time->hour = v.said_hour;
  return v;
}

Slot InTheEvening(Slot v, const Plan& p) {
  if (!v.time || !v.ambiguous_meridiem || v.time->hour < 7 || v.time->hour > EveningUntil(p.noun)) return v;
  v.time = AddSeconds(*v.time, 12 * 3600);
  if (v.end && v.end->hour < 12) v.end = AddSeconds(*v.end, 12 * 3600);
  return v;
}

Slot Shifted(const Slot& v, int minutes) {
  Slot out;
  if (!v.time) {
    if (v.date && minutes % 1440 == 0) out.date = AddDays(*v.date, minutes / 1440);
    return out;
  }
  LocalTime start = *v.time;
  if (v.date) start.year = v.date->year, start.month = v.date->month, start.day = v.date->day;
  start = AddSeconds(start, int64_t{minutes} * 60);
  out.date = out.time = start;
  if (v.end) out.end = AddSeconds(*v.end, int64_t{minutes} * 60);
  return out;
}

void Loose::Note(const Slot& values, const Sentence& s, const MessageView& v, const std::string& who,
                 int seq_no, int64_t id) {
  slot.Merge(values);
  asked = s.question;
  put_to_confirm = v.is_question && !v.Any(kEntries);
  agreed = false;
  sender = who;
  age = 0;
  seq = seq_no;
  ids.push_back(id);
}

void TakeLoose(Plan& p, const Loose& l) {
  if (!l.slot.Empty() && l.agreed) {
    p.agreed = l.slot;
    p.affirmed = true;
  } else if (!l.slot.Empty()) {
    p.proposed = l.slot;
    p.has_proposal = true;
    p.proposer = l.sender;
    p.proposal_seq = l.seq;
  }
  for (int64_t id : l.ids) p.Cite(id);
  if (!l.noun.empty()) {
    p.noun = l.noun;
    p.phrase = l.phrase;
    p.service_noun = true;
  }
}

bool NamesAnotherThing(const Plan& p, const Sentence& s) {
  if (p.agreed.Empty() || s.noun.empty() || IsBookingNoun(s.noun)) return false;
  if (p.noun.empty()) return s.Has(kAlso);
  // "dinner after the movie": another thing named first, p's own only beside it
  if (s.noun != p.noun && (s.nouns.empty() || s.nouns.front() != p.noun)) return true;
  return std::find(s.nouns.begin(), s.nouns.end(), p.noun) == s.nouns.end();
}

bool BooksAnotherThing(const Plan& p, const Sentence& s, const std::string& sender) {
  if (!p.succeeded || p.failed || p.cancelled || (s.kinds & (kReschedule | kSuccess | kCancel | kFailure)))
    return false;
  const bool other = NamesAnotherThing(p, s);
  const bool names_this = std::find(s.nouns.begin(), s.nouns.end(), p.noun) != s.nouns.end();
  // the next day of a series put to confirm right after the first was booked, in booking words
  // too ("Added. Shall I add it on March 5th at 7 am too?")
  if (s.Has(kAsk) && sender == p.booker && !p.change_asked && !s.slot.Empty() &&
      !Compatible(s.slot, p.agreed))
    return true;
  if (s.Has(kIntentVerb)) return s.Has(kAlso) || other || (!p.next.noun.empty() && !names_this);
  // "I also need a bus back on March 17th", "Can you also find a bus back on the 5th?":
  // another of the same, with its own day or time, asked only when another than the booked
  // one ("Also, is there parking there at 7pm?" asks about the booking); "and a table near
  // the stadium for after the game, 8 pm": its own noun another's
  if (s.Has(kAlso) && !s.slot.Empty() && (!s.question || !Compatible(s.slot, p.agreed)) && (!names_this || (!s.noun.empty() && s.noun != p.noun)))
    return true;
  // the other thing named again with its day or time ("Now I need a car" ... "a car
  // picked up on March 7th at 11 am")
  if (!p.next.noun.empty() && !names_this && !s.slot.Empty() &&
      (s.question || sender == p.next.namer ||
       std::find(s.nouns.begin(), s.nouns.end(), p.next.noun) != s.nouns.end()))
    return true;
  return s.Has(kAlso) && other && !s.question;
}

bool OnlyAcknowledges(const MessageView& v) {
  return (v.is_question || v.Any(kAcknowledge)) && !v.has_values && !v.Any(kIntentVerb | kIntentNoun | kSuccess);
}

bool OnlyAcknowledges(const Plan& p, const MessageView& v) {
  return OnlyAcknowledges(v) || (p.choices && std::none_of(v.sentences.begin(), v.sentences.end(),
                                                          [](const Sentence& s) { return !s.slot.Empty(); }));
}

bool AnswersWithAnotherSlot(const Plan& p, const MessageView& v, const std::string& who) {
  if (!p.after_booking || !p.has_proposal || p.proposer == who) return false;
  for (const Sentence& s : v.sentences)
    if (s.Has(kOption) && !s.question && !(s.kinds & (kSuccess | kIntentVerb | kReschedule)) &&
        !s.slot.Empty() && !Compatible(s.slot, p.proposed))
      return true;
  return false;
}

ExtractedEvent ToEvent(Plan& p) {
  ExtractedEvent e;
  e.origin_message_id = p.origin;
  e.stored_id = p.stored_id;
  LocalTime day = p.agreed.date ? *p.agreed.date : *p.agreed.time;
  // "el viernes a medianoche": the midnight that ends Friday
  if (p.agreed.date && p.agreed.time && p.agreed.midnight) day = AddDays(day, 1);
  e.start = LocalTime{day.year, day.month, day.day, 0, 0, 0};
  if (p.agreed.time) {
    e.start.hour = p.agreed.time->hour;
    e.start.minute = p.agreed.time->minute;
    if (p.agreed.end) e.end = EndOnDay(e.start, *p.agreed.end);
  } else {
    e.all_day = true;
  }
  e.status = p.cancelled   ? EventStatus::kCancelled
             : p.Committed() ? EventStatus::kConfirmed
                             : EventStatus::kTentative;
  e.confidence = p.succeeded ? 0.95 : p.affirmed ? 0.9 : 0.7;
  if (e.all_day) e.confidence -= 0.1;
  if (!p.topic.empty()) e.title = p.topic;
  else if (!p.phrase.empty()) e.title = p.phrase;
  else if (!p.noun.empty()) e.title = p.noun;
  else e.title = p.lang == Lang::kEs ? "Evento" : "Event";
  // A topic is a whole first line: a long one is cut (on a character boundary) to
  // what the title column holds, so the scan's INSERT never fails on it.
  if (e.title.size() > kMaxTitleBytes) e.title = std::string(Utf8Prefix(e.title, kMaxTitleBytes));
  std::sort(p.sources.begin(), p.sources.end());
  p.sources.erase(std::unique(p.sources.begin(), p.sources.end()), p.sources.end());
  e.source_message_ids = p.sources;
  return e;
}

void Plan::Affirm(const std::string& who, int seq, int64_t id, int answered_seq, bool only_acknowledges,
                  bool proposes) {
  if (reconfirm && proposer != who) reconfirm = false;  // the read-back's yes
  if (pending_cancel && cancel_proposer != who) {
    cancelled = true;
    pending_cancel = false;
    Cite(id);
  } else if (has_proposal && proposer != who && proposal_seq >= answered_seq &&
             !(offered && only_acknowledges) && !AnswersAvailability(who, seq, id)) {
    agreed.Merge(proposed);
    has_proposal = false;
    affirmed = true;
    failed = false;
    cancelled = false;
    Join(who);
    Cite(id);
  } else if (stated && !affirmed && stater != who && !proposes && stated_seq >= answered_seq) {
    affirmed = true;
    Join(who);
    Cite(id);
  }
}

bool Plan::NamedByOther(const Sentence& s, const Slot& values, const std::string& who) const {
  return has_proposal && proposer != who && !s.question && !noun.empty() && Compatible(values, proposed) &&
         std::find(s.nouns.begin(), s.nouns.end(), noun) != s.nouns.end();
}

bool Plan::OnItsDay(const Slot& v) const {
  if (v.Empty()) return true;
  const std::optional<LocalTime> day = agreed.time ? agreed.time : agreed.date;
  const std::optional<LocalTime> said = v.time ? v.time : v.date;
  if (!day || !said || !detail::SameDay(*day, *said)) return false;
  return !v.time || !agreed.time || (v.time->hour == agreed.time->hour && v.time->minute == agreed.time->minute);
}

bool InCalendarRange(const ExtractedEvent& e) {
  auto in = [](const LocalTime& t) { return t.year >= 1000 && t.year <= 9999; };
  return in(e.start) && (!e.end || in(*e.end));
}

void KeepInCalendarRange(std::vector<ExtractedEvent>& events, const std::vector<ExtractedEvent>& seeds) {
  std::vector<ExtractedEvent> kept;
  kept.reserve(events.size());
  for (ExtractedEvent& e : events) {
    if (InCalendarRange(e)) {
      kept.push_back(std::move(e));
      continue;
    }
    for (const ExtractedEvent& s : seeds)
      if (e.stored_id && s.stored_id == e.stored_id) kept.push_back(s);
  }
  events = std::move(kept);
}

bool Plan::CancelNotOfIt(const Sentence& s, const Slot& values) const {
  if (values.Empty()) return false;
  return (s.Has(kReschedule) && !OnItsDay(values)) || (s.Has(kSuccess) && !succeeded && !cancelled);
}

bool Plan::GivenUpByName(const Sentence& s, const Slot& values) const {
  return s.Has(kWithdraw) && Committed() && !succeeded && !s.question && !s.noun.empty() && s.noun == noun &&
         OnItsDay(values);
}

void Plan::PutOffAsked(const Sentence& s, const Slot& values, const std::string& who, int64_t id) {
  if (!s.question || !s.Has(kPostponed) || !values.Empty() || !Committed() || cancelled) return;
  pending_cancel = true;
  cancel_proposer = who;
  Cite(id);
}

}  // namespace chatbeto::events::detail
