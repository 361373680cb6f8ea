#include "events/extract.h"

#include <algorithm>
#include <cstdlib>

#include "events/extractor.h"

namespace chatbeto::events {
namespace detail {

void Extractor::Seed(const std::vector<ExtractedEvent>& prior) {
  seeds_ = prior;
  for (const auto& e : prior) {
    Close();
    cur_ = Plan::FromEvent(e);
  }
}

void Extractor::Feed(const ChatMessage& m) {
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
  answers_question_ = answers_search_ = answers_proposal_ = answers_ask_to_book_ = false;
  for (const auto& [sender, last] : last_seq_)
    if (sender != m.sender && last.seq > answered_seq_)
      answered_seq_ = last.seq, answered_ = &sender, answers_question_ = last.asked,
      answers_search_ = last.search, answers_proposal_ = last.proposes, answers_ask_to_book_ = last.asks_to_book;
  // "¿A qué hora abre la piscina los sábados?" - "creo que a las 8": the answer to
  // a question about a habit, the past or a hypothesis is about that too.
  answers_filtered_ = answered_seq_ >= 0 && answered_seq_ == filtered_question_seq_;
  answers_past_ = answered_seq_ >= 0 && answered_seq_ == past_statement_seq_;
  HandleAnswer(m, v);
  // "Dinner tonight at 8?" - "is it at Nopa?" - "yes" ("which one?" - "Dune"): the proposer's
  // answer of a few words to a question asked since keeps the proposal on the table, answered
  // from here ("ok great" agrees). An option offered, not asked, stays offered when what is
  // answered is information ("There's a Lakers game at 7:30" - "what's the venue?" - "Staples
  // Center." - "Cool, thanks").
  if (cur_ && cur_->has_proposal && cur_->proposer == m.sender && answers_question_ && !v.is_question &&
      !v.proposes && !v.has_values && v.words <= 4 && (v.affirm || v.negate || !cur_->offered))
    cur_->proposal_seq = seq_;
  const int64_t before = cur_ ? cur_->origin : 0;
  const bool then = v.Any(kThen);  // "see you then": agrees to the day and time last put forward
  const bool offer_asked = (loose_.asked || then) && !loose_.slot.Empty();
  for (const Sentence& s : v.sentences) HandleSentence(m, v, s, lang);
  if (cur_ && cur_->succeeded && m.sender == cur_->booker && v.Any(kOption) && v.has_values) {
    for (const Sentence& s : v.sentences)
      if (s.Has(kOption) && s.slot.time) cur_->offered_since = true, cur_->offered_slot = s.slot;
  }
  else if (cur_ && cur_->offered_since && m.sender != cur_->booker && v.Any(kIntentVerb) && !v.Any(kReschedule))
    cur_->book_again_asked = true;
  // "Perfecto, allí estaré" to an offer asked before any plan was named
  // ("¿te viene bien hoy a las 5?"): the plan this message opened takes it.
  // A free slot merely reported ("you are free from 8 to 6") is no offer.
  if (cur_ && cur_->origin == m.id && before != m.id && v.affirm && offer_asked) HandleAnswer(m, v);
  for (const Sentence& s : v.sentences) {
    if (s.question && (s.kinds & (kPast | kHabitual | kHypothetical))) filtered_question_seq_ = seq_;
    if (!s.question && s.Has(kPast)) past_statement_seq_ = seq_;
  }
  // A price asked is a search too ("How much is a flight to Miami next Wednesday?" - "JetBlue
  // has one at 9 am": on offer); a request ("I want ...") is answered as a question is.
  last_seq_[m.sender] = {seq_++, v.is_question || OpensWithRequest(f.text),
                         v.is_question && v.Any(kOption | kPrice), v.proposes,
                         v.is_question && v.Any(kIntentVerb) && !v.has_values};
}

std::vector<ExtractedEvent> Extractor::Finish() {
  Close();
  detail::KeepInCalendarRange(done_, seeds_);
  // Two plans opened by one message are told apart by their order (ExtractedEvent::origin_seq);
  // a seeded event keeps its stored one.
  for (size_t i = 0; i < done_.size(); ++i) {
    if (done_[i].stored_id) continue;
    int seq = 0;
    for (size_t j = 0; j < i; ++j) seq += done_[j].origin_message_id == done_[i].origin_message_id;
    done_[i].origin_seq = seq;
  }
  return std::move(done_);
}

// Whether `sender` wrote after the message now being answered (so is not answering it).
bool Extractor::SaidSince(const std::string& sender) const {
  auto it = last_seq_.find(sender);
  return it != last_seq_.end() && it->second.seq > answered_seq_;
}

// "sí" / "no" to a proposal or a cancellation made by someone else.
void Extractor::HandleAnswer(const ChatMessage& m, const MessageView& v) {
  if (v.affirm) {
    if (cur_) {
      // "tables at 7:45 pm or 8:30 pm" - "7:45 is fine": a yes naming one of the choices picks it.
      if (cur_->has_proposal && cur_->choices && cur_->proposer != m.sender)
        for (const Sentence& s : v.sentences)
          if (s.slot.time && !s.question) {
            cur_->proposed.Merge(AlignTo(s.slot, cur_->agreed.time ? cur_->agreed : cur_->proposed));
            break;
          }
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

void Extractor::Open(const ChatMessage& m, Lang lang) {
  Plan p;
  p.after_booking = cur_ && cur_->succeeded && !cur_->failed && !cur_->cancelled;
  Close();
  p.origin = m.id;
  p.Join(m.sender);
  p.lang = lang;
  TakeLoose(p, loose_);  // said before anyone named a plan
  loose_ = Loose{};
  cur_ = std::move(p);
}

void Extractor::Close() {
  if (!cur_) return;
  Plan& p = *cur_;
  if (p.Firm() || p.stored_id) done_.push_back(ToEvent(p));  // stored before: never dropped
  cur_.reset();
}

}  // namespace detail

std::vector<ExtractedEvent> ExtractEvents(const std::vector<ChatMessage>& messages,
                                          const std::vector<ExtractedEvent>& prior,
                                          const ExtractOptions& options) {
  detail::Extractor x(options);
  x.Seed(prior);
  for (const auto& m : messages) x.Feed(m);
  return x.Finish();
}

}  // namespace chatbeto::events
