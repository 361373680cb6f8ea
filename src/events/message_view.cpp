#include "events/message_view.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "events/choice_pick.h"
#include "events/cue_context.h"
#include "events/sentence_split.h"
#include "events/title_phrase.h"
#include "events/value_words.h"

namespace chatbeto::events {
namespace {

// The parser's optional end of a range (one place to follow its field name).
const std::optional<LocalTime>& MatchEnd(const TemporalMatch& t) { return t.end_time; }

bool Before(const LocalTime& a, const LocalTime& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

// "at 1634", "2317", "408-743": a run of three or more digits with no clock
// mark (":", "h", am/pm) is an address, a phone or an amount, not a time.
bool LooksLikeNumberNotTime(std::string_view text) {
  size_t run = 0, longest = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  if (longest < 3) return false;
  std::string f = Fold(text).text;
  for (size_t i = 1; i < f.size(); ++i)
    if (f[i] == 'h' && f[i - 1] >= '0' && f[i - 1] <= '9') return false;  // "18h", "18h30"
  return f.find(':') == std::string::npos &&
         f.find("am") == std::string::npos && f.find("pm") == std::string::npos &&
         f.find("a.m") == std::string::npos && f.find("p.m") == std::string::npos;
}

// "a las 5", "at 4 today": without am/pm people mean 13:00-18:59 for 1-6,
// and the evening for 7 up to `evening_until` when the plan is a dinner, party or show
// (EveningUntil; the parser already reads 1-6 on a named day as the afternoon).
void PreferAfternoon(LocalTime& t, int evening_until) {
  if ((t.hour >= 1 && t.hour <= 6) || (t.hour >= 7 && t.hour <= evening_until)) t.hour += 12;
  if (t.hour == 0) t.hour = 12;  // "12:30" said alone is lunchtime, not half past midnight
}

std::string Trim(std::string_view s) {
  const char* ws = " \t\r\n.!,;:";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

}  // namespace

bool MessageView::IsShortAnswer() const {
  return !is_question && !has_values && words > 0 && words <= 8 && !first_line.empty();
}

std::string MessageView::AnswerText() const { return first_line; }

MessageView AnalyseMessage(const ChatMessage& m, Lang lang) {
  FoldedText f = Fold(m.body);
  return AnalyseMessage(m, lang, f, SplitWords(f.text));
}

MessageView AnalyseMessage(const ChatMessage& m, Lang lang, const FoldedText& f,
                           const std::vector<Word>& words) {
  MessageView v;
  std::vector<CueHit> hits = FindCues(f.text, words, lang);
  v.words = words.size();
  v.first_line = Trim(std::string_view(m.body).substr(0, m.body.find('\n')));

  std::vector<TemporalMatch> matches = FindTemporal(m.body, lang, m.local_time);
  // A date before the day the message was written is the past ("nací el 5
  // de marzo de 1990"), never a plan.
  // A bare number of three or more digits ("2317 South El Camino Real", "at
  // 1375 Montecito Avenue") is an address or an amount far more often than a
  // 24-hour time.
  // So is an ordinal before a street word ("64 North 9th Street").
  auto before_street = [&](const TemporalMatch& t) {
    static const char* kStreet[] = {" street", " st ", " st.", " avenue", " ave", " road", " rd",
                                    " floor", " boulevard", " blvd", " lane", " drive", " calle",
                                    " avenida", " piso", " plaza"};
    std::string next = Fold(std::string_view(m.body).substr(t.end, 9)).text + " ";
    for (const char* w : kStreet)
      if (next.starts_with(w)) return true;
    return false;
  };
  for (TemporalMatch& t : matches)  // "March 9th at 235 West 46th Street": keep the day
    if (t.has_date && t.has_time && LooksLikeNumberNotTime(t.text)) t.has_time = false;
  std::erase_if(matches, [&](const TemporalMatch& t) {
    // A week, month or year is no time to put in a calendar.
    if (t.grain == Grain::kWeek || t.grain == Grain::kMonth || t.grain == Grain::kQuarter ||
        t.grain == Grain::kYear || before_street(t))
      return true;
    bool now = t.has_date && t.has_time && t.start.year == m.local_time.year &&
               t.start.month == m.local_time.month && t.start.day == m.local_time.day &&
               t.start.hour == m.local_time.hour && t.start.minute == m.local_time.minute;
    return t.past || now || (t.has_date && Before(t.start, m.local_time)) ||
           (!t.has_date && LooksLikeNumberNotTime(t.text));
  });
  if (std::any_of(hits.begin(), hits.end(), [](const CueHit& h) { return (h.kinds & kReschedule) != 0; }))
    AddHourMovedTo(f, words, m.body, lang, m.local_time, matches);  // "can we push it to 6?"
  AddHourOffered(f, words, m.body, lang, m.local_time, matches);  // "can we do 7?", "7 it is"
  v.has_values = !matches.empty();

  const std::vector<SentenceSpan> spans = SplitSentences(f.text);
  size_t wi = 0, hi = 0, mi = 0;
  bool contrast = false;
  // A double quote anywhere (most messages have none): words may be a message's (InQuotedMessage).
  const bool quoted = m.body.find('"') != std::string::npos || m.body.find("\xE2\x80\x9C") != std::string::npos;
  for (const SentenceSpan& sp : spans) {
    Sentence s;
    s.question = sp.q;
    v.is_question = v.is_question || sp.q;
    size_t first_word = wi;
    while (wi < words.size() && words[wi].begin < sp.fe) ++wi;
    size_t src_begin = sp.fb < f.source_offset.size() ? f.source_offset[sp.fb] : m.body.size();
    size_t src_end = sp.fe < f.source_offset.size() ? f.source_offset[sp.fe] : m.body.size();
    size_t cut = src_end;
    for (size_t k = mi; k < matches.size() && matches[k].begin < src_end; ++k)
      if (matches[k].begin >= src_begin) cut = std::min(cut, matches[k].begin);
    int evening = 0;  // dinner, party, concert: "a las 8" is 20:00 (EveningUntil)
    // "no hay clase el jueves, nos vemos el jueves que viene a las 5": the plan made after
    // the negated noun, from its verb on
    size_t negated_at = SIZE_MAX, plan_after = 0;
    const size_t hits_begin = hi;
    for (; hi < hits.size() && hits[hi].first_word < wi; ++hi) {
      const CueHit& h = hits[hi];
      if (quoted && InQuotedMessage(f.text, words, h.first_word, sp.fb)) continue;  // a message's words
      auto plan_noun_at = [&](size_t k) {
        for (const CueHit& o : hits)  // the noun or a compound it starts ("team lunch")
          if ((o.kinds & (kIntentNoun | kServiceNoun)) && o.first_word + o.words > k && o.first_word <= k + 2)
            return true;
        return false;
      };
      uint32_t kinds = KindsInContext(h.kinds, f.text, words, h.first_word, h.words, first_word, plan_noun_at);
      // The message's yes/no below reads the hits: it reads them in context too.
      hits[hi].kinds &= kinds | ~uint32_t{kAffirm | kNegate | kWithdraw};
      // "I haven't booked anything", "nothing's been booked": no booking made; the plan is dropped
      if (kinds & kSuccess) {
        const auto neg = NegatedSuccess(f.text, words, h.first_word, h.first_word + h.words, first_word);
        if (neg != SuccessNegation::kNone)
          kinds = (kinds & ~kSuccess) | (neg == SuccessNegation::kNegated ? uint32_t{kWithdraw} : 0u);
      }
      // A past or hypothetical word with a capital inside a sentence is part of a name ("a
      // table at Born and Raised", "Yesterday's Cafe", "Imagine Dragons is playing"), not the
      // past nor a hypothesis.
      if ((kinds & (kPast | kHypothetical)) && h.first_word > first_word &&
          WordAt(f.text, words, h.first_word) != "i" &&  // "I" is always written so: "if I", "I'm not sure"
          IsUpperAt(m.body, f.source_offset[words[h.first_word].begin]))
        kinds &= ~(kPast | kHypothetical);
      s.kinds |= kinds;
      if ((kinds & kEntries) && AsksTheCalendar(f.text, words, h.first_word, first_word)) s.question = true;
      if ((kinds & kNegate) && h.words >= 2) {
        s.kinds |= kRefusal;
        s.backs_out = s.backs_out || BacksOut(f.text, words, h.first_word, h.words, wi);
      }
      if ((kinds & kIntentVerb) && h.first_word > negated_at && !plan_after) plan_after = h.first_word;
      if (!(h.kinds & (kIntentNoun | kServiceNoun))) continue;
      if (NegatedNoun(f.text, words, h.first_word, first_word)) {
        s.kinds |= kNoPlan;
        negated_at = h.first_word;
      }
      const bool service = !(h.kinds & kIntentNoun);
      s.nouns.push_back(h.display);
      evening = std::max(evening, EveningUntil(h.display));
      // "a table at Nopa for Friday at 7": a restaurant's table at a bare 7 to 9 is the evening's
      if (WordAt(f.text, words, h.first_word) == "table") evening = std::max(evening, 9);
      // The fullest title among the sentence's plan nouns ("2 tickets for the
      // Arctic Monkeys concert" -> "Arctic Monkeys Concert"); an intent noun
      // before any service noun.
      std::string phrase = TitlePhrase(m, f, words, h, first_word, wi, cut);
      if (s.noun.empty() || (s.service_noun && !service) ||
          (s.service_noun == service && phrase.size() > s.phrase.size())) {
        s.noun = h.display;
        s.phrase = phrase;
        s.service_noun = service;
      }
    }
    // "Can you get me a car there on the 4th too?", "I'll need a car too, picking it up at 9": "too"
    // ending a sentence or a clause that names a plan is "also" (not "me too").
    for (size_t k = first_word + 2; !s.nouns.empty() && k <= wi; ++k)
      if (WordAt(f.text, words, k - 1) == "too" &&
          (k == wi || std::string_view(f.text).substr(words[k - 1].end, 1) == ","))
        s.kinds |= kAlso;
    // An errand (an alarm, a ride, the weather) is only where no plan is named, booked, moved
    // or called off ("forecast says rain, let's push it to Sunday").
    // A plan is named by what it is, not by a booking of it nor a label ("an alarm named gym").
    // What a message sent for the speaker says is not theirs to plan ("Send a message to Sarah
    // saying I'll be there at 7"): the words from there clear nothing.
    size_t content = SIZE_MAX;
    uint32_t said = s.kinds;
    for (size_t k = hits_begin; s.Has(kErrand) && k < hi; ++k)
      if (hits[k].kinds & kErrand)
        content = std::min(content, MessageContentFrom(f.text, words, hits[k].first_word,
                                                        hits[k].first_word + hits[k].words, wi));
    if (content != SIZE_MAX) {
      said = 0;
      for (size_t k = hits_begin; k < hi && hits[k].first_word < content; ++k) said |= hits[k].kinds;
    }
    // Money moved is an errand even when booked or scheduled ("schedule a payment of $120 to John
    // on the 15th"), or for a thing named ("Send $40 to Ana on Venmo for the concert tickets").
    bool money = false;
    for (size_t k = hits_begin; k < hi; ++k) money = money || ((hits[k].kinds & kErrand) && hits[k].display == "Money");
    for (size_t k = hits_begin; s.Has(kErrand) && k < hi && hits[k].first_word < content; ++k)
      if ((said & ((money ? 0u : kIntentVerb) | kReschedule | kCancel | kPostponed)) ||
          ((hits[k].kinds & (kIntentNoun | kServiceNoun)) && !money && !IsBookingNoun(hits[k].display) &&
           !NamedAs(f.text, words, hits[k].first_word, first_word)))
        s.kinds &= ~kErrand;
    if (!s.nouns.empty() && LeadsWithAnother(f.text, words, first_word, wi)) s.kinds |= kAlso;
    // "pushed back an hour": what the parser read in those words ("an hour later" from
    // now) is no day or time.
    s.move = FindMoveAmount(f.text, words, first_word, wi);
    s.make_up = MakesUp(f, words, first_word, wi);
    s.back_on = BackOn(f, words, first_word, wi);
    size_t values_from = src_begin;
    if (plan_after) {
      s.kinds &= ~kNoPlan;
      values_from = f.source_offset[words[plan_after].begin];
    }
    const size_t move_b = s.move.minutes ? f.source_offset[words[s.move.first_word].begin] : 0,
                 move_e =
                     s.move.minutes ? SourceEnd(f, m.body, words[s.move.end_word - 1].end) : 0;
    bool day_span = false, choices = false, day_choices = false, time_moved_to = false;
    size_t last_time_end = 0, last_day_end = 0;
    std::vector<Slot> times, days;  // each time said, each day said alone: the choices if offered
    for (; mi < matches.size() && matches[mi].begin < src_end; ++mi) {
      if (s.Has(kReschedule)) MoveSpanToItsEnd(matches[mi], lang, m.local_time);
      const TemporalMatch& t = matches[mi];
      if (t.begin < values_from || (t.begin < move_e && t.end > move_b)) continue;
      // A delay counted in minutes from now (the parser's second grain) with no plan named:
      // someone on the way ("your ride will arrive in 6 minutes"), not "Reunión dentro de
      // media hora".
      if (t.grain == Grain::kSecond && s.noun.empty()) continue;
      // "check-out March 13th", "drop it off on Tuesday": when a stay ends, not its start.
      if (EndOfStay(f, words, t.begin, first_word)) continue;
      // "I'll decide tonight": when the decision comes (WhenDecided).
      if (WhenDecided(f, words, std::span(hits).subspan(hits_begin, hi - hits_begin), t.begin)) continue;
      // "7:15 pm instead of 7 pm", "the closest slot to 7 pm": not the plan's (GivenUp).
      if (GivenUp(f, words, t.begin, first_word)) continue;
      // "leaves at 6:45 am and arrives at 9:20 am": the trip's end.
      if (s.slot.time && t.has_time && ArrivalAfterStart(f, words, t.begin, first_word)) continue;
      // "at 5:20 pm and 8:10 pm": choices offered, none of them the plan's yet.
      if (t.has_time && last_time_end && JoinedAsChoices(f, words, last_time_end, t.begin)) choices = true;
      if (t.has_time) last_time_end = t.end;
      if (t.has_date && !t.has_time && last_day_end && JoinedAsChoices(f, words, last_day_end, t.begin))
        day_choices = true;
      if (t.has_date && !t.has_time) last_day_end = t.end;
      // "moved to 1, they were full at 12:30": in a move, a time after the one it goes "to" is given up.
      if (time_moved_to && t.has_time && !t.has_date && !choices) continue;
      time_moved_to = time_moved_to || (lang == Lang::kEn && s.Has(kReschedule) && t.has_time &&
                                        MoveTarget(f, words, t.begin));  // (not "a las 12 no puedo, mejor a las 10")
      // Once a sentence has named a day and a time, another bare day is about
      // something else ("el martes a las 5, y el lunes trabajo").
      // A move names its new day after "to" / "al": "se pospone al lunes 17".
      if (s.slot.date && s.slot.time && !t.has_time && !(s.Has(kReschedule) && MoveTarget(f, words, t.begin)))
        continue;
      // In a move, a further bare day beside a refusal is the day given up, not the new one
      // ("mejor pasado mañana a la misma hora, mañana no puedo", "Thursday instead, can't do Wed").
      if (s.slot.date && t.has_date && !t.has_time && s.Has(kReschedule) && s.Has(kNegate) &&
          DayBesideRefusal(f, words, std::span(hits).subspan(hits_begin, hi - hits_begin), t.begin, t.end))
        continue;
      // ... and so, once it has named a span of days ("March 20-21"), is another bare day
      // ("I'm flying out the 19th").
      if (day_span && !t.has_time) continue;
      if (t.has_date && !t.has_time && t.end_time && !detail::SameDay(t.start, *t.end_time) && !s.slot.date)
        day_span = true;
      Slot one;
      if (t.has_date) one.date = t.start;
      if (t.has_date && !t.has_time && t.end_time && !detail::SameDay(t.start, *t.end_time)) one.last_day = t.end_time;
      if (t.has_time) {
        one.time = t.start;
        if (MatchEnd(t)) one.end = *MatchEnd(t);
        if (t.start.hour == 0 && t.start.minute == 0) {  // folded only then: most times are not 00:00
          const std::string folded_match = Fold(t.text).text;
          one.midnight = folded_match.find("midnight") != std::string::npos ||
                         folded_match.find("medianoche") != std::string::npos;
        }
        if (t.ambiguous_meridiem) {
          one.ambiguous_meridiem = true;
          LocalTime said = *one.time;
          said.hour %= 12;
          PreferAfternoon(said, evening);
          one.said_hour = said.hour;
          PreferAfternoon(*one.time, evening);
          if (one.end) PreferAfternoon(*one.end, evening);
        }
      }
      (one.time ? times : days).push_back(one);
      s.slot.Merge(one);
    }
    if (choices) {
      s.slot = Slot{.date = s.slot.date, .time = {}, .end = {}};
      for (Slot& c : times) c.date = c.date ? c.date : s.slot.date;
    }
    s.choices = choices ? times : day_choices ? days : std::vector<Slot>{};
    s.pick = detail::PickedChoice(f.text, words, first_word, wi);
    // "¿Podemos adelantar la reunión de las 5 a las 4?": a move from one hour to
    // an earlier one, not a 23-hour span; the plan goes to the second hour.
    if (s.Has(kReschedule) && s.slot.time && s.slot.end &&
        detail::ToSeconds(*s.slot.end) - detail::ToSeconds(*s.slot.time) >= 12 * 3600) {
      s.slot.time->hour = s.slot.end->hour;
      s.slot.time->minute = s.slot.end->minute;
      s.slot.end.reset();
      s.slot.said_hour = -1;
    }
    // "Mañana ... a las ocho y media" said in the afternoon: 08:30 tomorrow, not
    // the 20:30 that comes next after the message.
    if (s.slot.date && s.slot.time && s.slot.said_hour >= 0 && !detail::SameDay(*s.slot.date, *s.slot.time))
      s.slot.time->hour = s.slot.said_hour;
    // "postponed to Monday" moves the plan; only "postponed" with no day or time
    // after it puts it off.
    for (size_t k = hits_begin; k < hi && s.Has(kPostponed); ++k) {
      if (!(hits[k].kinds & kPostponed)) continue;
      const size_t at = f.source_offset[words[hits[k].first_word].begin];
      for (const TemporalMatch& t : matches)
        if (t.begin > at && t.begin < src_end) s.kinds &= ~kPostponed;
    }
    // "lo del sábado se cae", "the trip fell through": off when the sentence names a
    // plan or a day ("se cae el plan" is a cancel cue of its own); "se cae la web" is not.
    if (s.Has(kFallsThrough) && (!s.noun.empty() || !s.slot.Empty())) s.kinds |= kCancel;
    if (!s.slot.Empty()) s.move = {};  // "pushed back an hour, to 5pm": the time said wins
    if (s.Has(kAsk)) s.question = true;
    if (s.question && !s.Has(kAvailability) && AsksWhetherOpen(f.text, words, first_word, wi))
      s.kinds |= kAvailability;
    v.is_question = v.is_question || s.question;
    v.proposes = v.proposes || (s.question && !s.slot.Empty() && !s.Has(kArrive));  // not "me recoges a las 9?"
    if (s.Has(kContrast)) {
      std::vector<size_t> at;
      for (size_t k = hits_begin; k < hi; ++k)
        if (hits[k].kinds & kContrast) at.push_back(hits[k].first_word);
      // (a time to arrive or be picked up asked for is no counter-offer: "yes! but can u pick me up
      // at 7:30?")
      const bool arrive = s.Has(kArrive);
      contrast = contrast || ContrastTurnsDown(f.text, words, first_word, wi, at, s.question && !arrive,
                                               !s.slot.Empty() && !arrive, !s.nouns.empty());
    }
    v.sentences.push_back(std::move(s));
  }

  // "design review got bumped a day. same time, Friday": a move said without its
  // day or time takes them from the next sentence, when that one only states them.
  for (size_t i = 1; i < v.sentences.size(); ++i) {
    const Sentence& said = v.sentences[i - 1];
    Sentence& s = v.sentences[i];
    if (said.Has(kReschedule) && said.slot.Empty() && !said.question && !s.slot.Empty() &&
        !s.question && (s.kinds & ~(kAffirm | kIntentNoun | kServiceNoun | kThen)) == 0)
      s.kinds |= kReschedule;
  }

  // "There's a bus from Davis at 6:40 pm on March 9th. Confirm 1 ticket?", "They have a table
  // at 8:15 pm. Shall I book it?": a day or time offered, then put to confirm or to book in a
  // question that says none, is put forward ("My train gets in at 6:30. Should I come straight
  // there?" offers nothing).
  for (size_t i = 1; i < v.sentences.size(); ++i) {
    const Sentence& ask = v.sentences[i];
    Sentence& said = v.sentences[i - 1];
    if (ask.question && ask.slot.Empty() && (ask.kinds & (kAsk | kIntentVerb | kIntentNoun | kServiceNoun)) &&
        !(ask.kinds & (kSuccess | kFailure | kCancel | kPrice | kEntries | kAvailability)) && !said.question &&
        !said.slot.Empty() && said.Has(kOption) &&
        !(said.kinds & (kSuccess | kFailure | kCancel | kPast | kHabitual | kHypothetical)))
      said.put_forward = true;
  }

  // Yes/no: an answer word opening the message ("Sí, ...", "Perfect!"), or a
  // longer agreeing phrase anywhere in a message that asks nothing.
  for (const CueHit& h : hits) {
    bool opening = h.first_word <= 1;
    if ((h.kinds & kNegate) && h.first_word == 0) v.negate = true;
    if ((h.kinds & kNegate) && h.words >= 2) v.negate = true;
    if ((h.kinds & kAffirm) && (opening || (!v.is_question && (h.words >= 2 || words.size() <= 8))))
      v.affirm = true;
  }
  // "No, go with March 8th" / "Actually no, make it 11:45": a bare "no"
  // opening the message, then a day or time and no other refusal, corrects
  // the plan to that day or time.
  int refusals = 0;
  bool bare_no_opening = false;
  for (const CueHit& h : hits)
    if (h.kinds & kNegate) {
      ++refusals;
      bare_no_opening = bare_no_opening || (h.first_word <= 1 && h.words == 1);
    }
  if (refusals == 1 && bare_no_opening)
    for (Sentence& s : v.sentences)
      if (!s.question && !s.slot.Empty()) s.kinds |= kReschedule;
  // "That's fine, but anything else?" turns an offer down (ContrastTurnsDown; read as
  // each sentence was).
  if (v.negate || contrast) v.affirm = false;
  return v;
}

}  // namespace chatbeto::events
