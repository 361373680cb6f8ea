// The words of the temporal grammar, per language, on folded tokens
// (lowercase, no accents: "miercoles", "manana"). Pure lookups in tables
// built once.
#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "events/temporal.h"

namespace chatbeto::events::detail {

// kLunch: the midday meal ("at lunch", "a la hora de comer"); kAfterLunch: the
// afternoon after it ("after lunch", "después de comer").
// kDayEnd: the end of the working day, Spanish "a última hora" after a day.
enum class Pod {
  kNone,
  kEarly,
  kMorning,
  kNoon,
  kLunch,
  kAfterLunch,
  kAfterWork,    // "after work": 17-21 (Duckling's)
  kAfterSchool,  // "after school": 15-21
  kAfternoon,
  kEvening,
  kNight,
  kDayEnd
};

struct Word {
  int value = -1;     // -1: not in the table
  bool weak = false;  // an abbreviation that is also an ordinary word ("sat", "mar", "may")
  explicit operator bool() const { return value >= 0; }
};

Word NumberWord(Lang lang, std::string_view w);     // "three", "veintitres" -> 0..59
Word OrdinalWord(Lang lang, std::string_view w);    // "third", "primero" -> 1..31
Word WeekdayWord(Lang lang, std::string_view w);    // 0 = Monday; plurals too ("sundays")
Word MonthWord(Lang lang, std::string_view w);      // 1..12
// Every word the four functions above know, as views into their static tables.
std::vector<std::string_view> LexiconWords(Lang lang);
bool OrdinalSuffix(Lang lang, std::string_view w);  // "st" "nd" "rd" "th" / "o" "a" "ro" "er"
// The one list of the words that join a range's two ends, used by every range rule (dates,
// clock times, a day and time to another, two expressions joined): "to", "till", "til",
// "until", "untill", "through", "thru"; Spanish "a", "al", "hasta". ("between ... and" and
// "entre ... y" are the rules' own: "and" joins a range only after "between".)
bool RangeWord(Lang lang, std::string_view w);
// Duration units: the grain, with `value` = how many of it ("fortnight" = 2 weeks).
struct Unit {
  Grain grain = Grain::kSecond;
  int count = 0;  // 0: not a unit
};
Unit UnitWord(Lang lang, std::string_view w);
Pod PodWord(Lang lang, std::string_view w);  // "morning", "tarde" ("manana" is the caller's call)
// The one list of the words that name a day by its distance from today, used by every
// rule that takes such a day: "today" 0, "tomorrow" and its chat spellings ("tmrw",
// "tomorow", ...) 1, "yesterday" -1; Spanish "hoy" 0, "manana" 1 (whether "mañana" is
// tomorrow or the morning is the caller's call), "ayer" -1, "anteayer" and "antier" -2.
// Two-word names ("pasado mañana", "antes de ayer") are Parser::RelativeDayAt's.
struct RelativeDay {
  std::string_view word;
  int days;
};
std::span<const RelativeDay> RelativeDays(Lang lang);
std::optional<int> RelativeDayWord(Lang lang, std::string_view w);  // nullopt: none of them
// UTC offset in minutes of a zone abbreviation ("cet" -> 60, "pst" -> -480).
std::optional<int> ZoneOffset(std::string_view w);

}  // namespace chatbeto::events::detail
