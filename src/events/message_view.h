// One chat message as the event rules see it: its sentences, the cues in
// each, the day/time values each sentence states (resolved against the
// message's own time by FindTemporal), and whether the message as a whole
// says yes or no. Pure.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/cues.h"
#include "events/extract.h"
#include "events/move_amount.h"
#include "events/temporal.h"
#include "events/temporal_calendar.h"

namespace chatbeto::events {

// A day and/or a clock time; a later value replaces each part it has.
struct Slot {
  std::optional<LocalTime> date;  // only year/month/day are meaningful
  std::optional<LocalTime> time;  // the full resolved start of a time
  std::optional<LocalTime> end;   // the end of a range given with the time
  std::optional<LocalTime> last_day;  // with `date` alone, the last day of a span said ("el finde",
                                      // "this weekend"): a day inside it later picks the day
  bool ambiguous_meridiem = false; // `time` was said without am/pm nor part of the day
  bool midnight = false;           // `time` is "midnight": on a named day, the end of that day
  int said_hour = -1;              // with ambiguous_meridiem: the hour as people read it on any
                                   // day ("8:30" 8, "a las 5" 17), not moved forward to the
                                   // next such hour after the message as `time` is
  bool Empty() const { return !date && !time; }
  void Merge(const Slot& o) {
    if (o.date) date = o.date, last_day = o.last_day;
    if (o.time) {
      time = o.time;
      end = o.end;
      ambiguous_meridiem = o.ambiguous_meridiem;
      midnight = o.midnight;
      said_hour = o.said_hour;
    }
  }
};

// Which of the choices offered before a sentence it picks ("the later one"; choice_pick.h).
enum class Pick { kNone, kFirst, kSecond, kThird, kMiddle, kLast, kEarliest, kLatest };

struct Sentence {
  uint32_t kinds = 0;        // Cue bits
  bool question = false;
  std::string_view noun;     // display form of its first intent noun
  bool service_noun = false; // `noun` is a service noun (kServiceNoun), not an intent noun
  std::string phrase;        // a title: the noun with its place or person
  std::vector<std::string_view> nouns;  // every plan noun in it (display forms), in order
  Slot slot;                 // day/time values stated in it
  MoveAmount move;           // "pushed back an hour": only when it states no day or time
  std::vector<Slot> choices; // days or times offered as choices ("6:15 pm or 8:45 pm"), in order
  Pick pick = Pick::kNone;   // which choice offered before it this picks ("the later one")
  bool backs_out = false;    // a refusal to be there ("can't make it", "al final no puedo"; BacksOut)
  bool make_up = false;     // makes up for a plan missed ("¿la recuperamos el lunes?", "a make-up class
                            // on Monday"; MakesUp)
  bool back_on = false;     // puts a plan called off back on ("party is back on!!"; BackOn)
  bool put_forward = false; // states a day or time the next sentence puts to confirm with none of
                            // its own ("There's one at 6:40 pm. Confirm 1 ticket?"): as if asked
  bool Has(Cue c) const { return (kinds & c) != 0; }
};

struct MessageView {
  std::vector<Sentence> sentences;
  bool affirm = false, negate = false;
  size_t words = 0;
  bool has_values = false, is_question = false;
  bool proposes = false;  // asks about a day/time it names ("¿el viernes a las 10?")
  std::string first_line;
  // Whether any of its sentences has one of the cue bits in `cues`.
  bool Any(uint32_t cues) const {
    for (const Sentence& s : sentences)
      if (s.kinds & cues) return true;
    return false;
  }
  // A short plain answer ("Revisión del proyecto") fit to be a title.
  bool IsShortAnswer() const;
  std::string AnswerText() const;
};

MessageView AnalyseMessage(const ChatMessage& m, Lang lang);
// The same with m.body already folded and split (Fold, SplitWords).
MessageView AnalyseMessage(const ChatMessage& m, Lang lang, const FoldedText& folded,
                           const std::vector<Word>& words);

// Plans held in the evening (dinner, party, concert, movie, drinks): "a las 9"
// for one of them is 21:00. The last bare hour read in the evening: 11 ("la cena a
// las 11" is 23:00), 10 for a game ("hay partido a las 11" kicks off in the morning),
// 9 for a meal named by its food ("sushi wed at 7", as a restaurant's table), 0 for a plan
// not held in the evening. `display` is the plan noun as titles show it.
int EveningUntil(std::string_view display);

// Nouns that name the booking of whatever is being planned (tickets, a
// reservation, an appointment, a visit, an event) rather than a thing of its own:
// "book tickets" for a concert booked is that concert. `display` as in EveningUntil.
bool IsBookingNoun(std::string_view display);

// `end_clock`'s hour/minute on `start`'s day, or the next day when that is
// not after `start` ("de 10 a 2" at night crosses midnight).
LocalTime EndOnDay(const LocalTime& start, const LocalTime& end_clock);

// Days since 1970-01-01 of a civil date and back (proleptic Gregorian).
using detail::CivilFromDays;
using detail::DaysFromCivil;

}  // namespace chatbeto::events
