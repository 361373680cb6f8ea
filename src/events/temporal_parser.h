// The temporal grammar (internal to FindTemporal): a recursive-descent parser
// over the tokens of one text. Each component rule (a clock time, a part of
// day, a date, a duration from now) takes the token index by reference and
// advances it only on success; ParseExpr combines components ("el viernes a
// las 10", "9 tomorrow morning", "from 2 to 4pm") and Resolve turns the result
// into a TemporalMatch with the forward conventions of temporal.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "events/temporal.h"
#include "events/temporal_lexicon.h"
#include "events/temporal_tokens.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

struct Holiday;  // temporal_holiday_table.h

struct Clock {
  int hour = -1, minute = 0, second = 0;  // hour 0..24 (24: midnight at the end of the day)
  Grain grain = Grain::kHour;
  bool ambiguous = false;   // 1..12 without am/pm: h or h+12
  bool anchored = false;    // clearly a time ("at", "a las", am/pm, ":", "h", "o'clock")
  std::optional<int> zone;  // minutes east of UTC ("4pm CET")
  const char* zone_id = nullptr;  // IANA zone named in words ("pacific time"): offset of the day
};

struct Span {  // a resolved day, period or instant
  LocalTime start;
  Grain grain = Grain::kDay;
  std::optional<LocalTime> end;
  bool past = false;
  bool instant = false;  // carries its own time of day ("now", "in 2 hours")
  bool end_of = false;   // meant as its end, a deadline ("EOD", "close of business Friday")
};

struct Expr {
  std::optional<Span> date;
  std::optional<Clock> clock, clock_end;  // clock_end: "from 2 to 4pm"
  Pod pod = Pod::kNone;
  bool pod_today = false;  // "this morning", "tonight", "esta noche"
  bool pod_led = false;    // "in the afternoon", "por la tarde": a part of day on its own
  int pod_part = 0;        // of the part of day: 1 early, 2 late, 3 the middle ("late tonight")
  Grain for_unit = Grain::kSecond;  // "at 4pm for 30 minutes": for_count units from the start
  int for_count = 0;
};

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, std::string_view text, Lang lang, const LocalTime& ref,
         const TemporalOptions& opts);

  // The longest expression starting at token i, resolved into `out`; returns
  // the index after it, or i when there is none.
  size_t MatchAt(size_t i, TemporalMatch& out) const;

  // --- token tests (out of range: false / -1) ---
  // Inline: the grammar asks these millions of times per million messages.
  [[gnu::always_inline]] bool Is(size_t i, std::string_view w) const {  // word (folded) equals
    return i < toks_.size() && toks_[i].kind == Token::kWord && toks_[i].text == w;
  }
  bool IsP(size_t i, char c) const {  // punctuation equals
    return i < toks_.size() && toks_[i].punct() == c;
  }
  int Num(size_t i) const {  // number value, else -1
    return i < toks_.size() && toks_[i].kind == Token::kNumber ? toks_[i].value : -1;
  }
  int Digits(size_t i) const;                   // digits in a number token, else 0
  int NumberAt(size_t i) const;  // a number in digits or one word ("5", "five"): its value, else -1
  bool Glued(size_t i) const;
  // Token i joins a range's two ends: a hyphen (or en dash), or a RangeWord (lexicon).
  bool RangeSep(size_t i) const;
  bool IsWordTok(size_t i) const;
  const Token& Tok(size_t i) const { return toks_[i]; }
  bool AtEnd(size_t i) const { return i >= toks_.size(); }
  // End of the phrase: no more tokens, or punctuation other than an opener.
  bool Boundary(size_t i) const;
  Lang lang() const { return lang_; }
  const LocalTime& ref() const { return ref_; }

  // --- components (temporal_clock*.cpp, temporal_date*.cpp, temporal_relative.cpp) ---
  bool ParseClock(size_t& i, Clock& c, bool allow_bare) const;
  bool ClockEn(size_t& i, Clock& c, bool allow_bare) const;
  bool ClockEs(size_t& i, Clock& c, bool allow_bare) const;
  bool MinutesToHourEs(size_t& i, Clock& c) const;     // "cuarto para las 4", "diez para la una"
  bool ClockSuffix(size_t& i, Clock& c) const;         // am/pm, o'clock, ish, zone
  // A zone named in words at i ("pacific time", "eastern", "London time", "hora de Madrid",
  // "(hora peninsular)"): sets c.zone_id and c.zone (its offset at the reference) (temporal_zone.cpp)
  bool ZoneWords(size_t& i, Clock& c) const;
  bool SmallNumber(size_t& i, int& v, int max) const;
  // "18.30" at tokens [from, to) is the whole phrase (from the start of the text to its
  // end or a punctuation mark): a time written with a dot. (temporal_clock.cpp)
  bool LoneDottedTime(size_t from, size_t to) const;
  // Token i glues more dotted digits on ("1.2.3", "12.05.2013"): no time.
  bool DottedNumber(size_t i) const { return IsP(i, '.') && Glued(i) && Num(i + 1) >= 0 && Glued(i + 1); }  // digits or words ("cuarenta y cinco")
  // A part of the day ("in the afternoon", "tonight", "por la tarde"). With `part`, also
  // one with "late" or "mid" after its lead words ("in the late morning": *part 2).
  bool ParsePod(size_t& i, Pod& p, bool& today, int* part = nullptr) const;
  bool PodPart(size_t& i, int& part) const;  // "late", "early", "a primera hora de": 1 early 2 late 3 mid
  // A part of the day with "late", "early" or "mid", at tokens [from, to), said on its own
  // ("let's do late morning", "early evening works"), not qualifying a noun: no article or
  // possessive before it ("a late night", "the late evening news"), and after it the end of
  // the phrase or a word that can follow a time ("late night snacks" is none).
  bool PartAlone(size_t from, size_t to) const;
  // "afternoon", "evening" as the answer ("afternoon?", "evening works", "how about
  // afternoon"), at tokens [from, to): not after a word ("good afternoon", "this
  // evening's show"), nor before one that does not follow a time ("evening all", "afternoon
  // tea"), nor a greeting ("Evening!", "Evening, everyone").
  bool BareDayPart(size_t from, size_t to, Pod p) const;
  bool ParseDate(size_t& i, Span& s) const;
  bool DateEn(size_t& i, Span& s) const;
  bool DateEs(size_t& i, Span& s) const;
  // A day named by its distance from today at token j: a word of RelativeDays (lexicon), or
  // "pasado mañana" (+2), "antes de ayer" (-2) ("2moro" is one token: ReadChatSpellings).
  // Sets `days` and `end` (the token after it). Spanish "mañana" counts as tomorrow here:
  // callers that may be looking at the morning ("por la mañana") check that first.
  // (temporal_casual.cpp)
  bool RelativeDayAt(size_t j, int& days, size_t& end) const;
  // The one-word relative day at token i (RelativeDayWord), or nullopt.
  std::optional<int> RelativeDayTok(size_t i) const {
    return i < toks_.size() && toks_[i].kind == Token::kWord ? RelativeDayWord(lang_, toks_[i].text)
                                                              : std::nullopt;
  }
  bool NumericDate(size_t& i, Span& s) const;
  // "March 3rd 2015", "5 de mayo", "el 16". Remembered per start token: the date rules ask
  // it at the same token several times (a date, then a range's first and second ends).
  bool MonthDayYear(size_t& i, Span& s) const;
  bool WeekdayDate(size_t& i, Span& s) const;  // remembered per start token, as MonthDayYear
  // "last March", "next October", "el pasado 3 de enero", "enero pasado" (temporal_shifted.cpp)
  bool ShiftedDate(size_t& i, Span& s) const;
  bool WeekOn(size_t& i, Span& s) const;  // "Monday week", "a week tomorrow" (temporal_week_on.cpp)
  bool WeekendOf(size_t& i, Span& s) const;  // "the weekend of the 23rd" (temporal_weekend_of.cpp)
  bool WeekOnEs(size_t& i, Span& s) const;  // "de hoy en ocho", "el lunes en ocho"
  bool PeriodDate(size_t& i, Span& s) const;                 // "next week", "el mes pasado", "Q3"
  bool UnitBesideDate(size_t& i, Span& s) const;             // "the week before christmas"
  bool OrdinalDate(size_t& i, Span& s) const;  // "the first Monday of October"
  bool HolidayDate(size_t& i, Span& s) const;  // "Navidad", "next halloween", "easter 2010"
  // (temporal_relative_year.cpp) A year by its distance from this one at k: "next year", "of
  // last year", "del año que viene", "de este año" (Spanish only after "de"/"del"); sets
  // `shift` (-1, 0, 1) and moves k past it.
  bool RelativeYear(size_t& k, int& shift) const;
  // A month or a day of a month in such a year: "June next year", "the 5th of June of last
  // year", "septiembre del año que viene".
  bool InRelativeYear(size_t& i, Span& s) const;
  // The longest run of words at i that names a holiday (i moves past it), else nullptr.
  const Holiday* HolidayName(size_t& i) const;
  // "the closest Monday to Oct 5th", "the 3rd closest xmas to today", "el lunes más cercano
  // al 5 de octubre" (temporal_closest.cpp)
  bool ClosestDate(size_t& i, Span& s) const;
  // "8th", "the 1st", "primero"; remembered per token and need_mark, as MonthDayYear.
  bool DayOfMonth(size_t& i, int& d, bool need_mark) const;
  bool YearNumber(size_t& i, int& y, bool loose) const;
  bool EraAt(size_t k) const;  // "AD", "B.C.", "d. C." at token k
  // "14 AD", "300 B.C.", "the year 14 AD", "in the year 2014", "el año 14 d. C."; a year
  // below 1000 only with its era.
  bool YearWithEra(size_t& i, Span& s) const;
  bool YearWords(size_t& i, int& y) const;      // "two thousand ten", "mil novecientos noventa"
  bool WordsUpTo99(size_t& i, int& v) const;    // "ninety-four", "noventa y cuatro"
  bool ParseRelative(size_t& i, Span& s) const;  // "in 2 hours", "hace 3 días"
  // "March in a year", "June in 2 years" at i (after the month): the first
  // such month from the day the amount reaches (English).
  bool MonthInAmount(size_t& i, int month, Span& s) const;
  // after_date: the range follows a date ("next Friday, 9 to 5"), so two bare
  // hours make one ("9 to 5" alone is no time).
  bool ClockRange(size_t& i, Clock& a, Clock& b, bool after_date = false) const;
  std::optional<int> NumericOffset(size_t& i) const;  // "+01:00", "-0500": minutes east of UTC
  bool ForDuration(size_t& i, Grain& unit, int& amount) const;  // "for 30 minutes", "durante 2 días"
  bool DateRange(size_t& i, Span& s) const;
  void SameNumericOrder(size_t p, size_t q, Span& a, Span& b) const;  // temporal_range.cpp
  bool NamesMonth(size_t from, size_t to) const;  // a month word or a numeric date in [from, to)
  bool PartOfPeriod(size_t& i, Span& s) const;
  int HalfNumber(size_t& i) const;  // "second", "2nd", "segundo", "2º" -> 2 (i past it); else 0    // "end of the month", "a principios de marzo"
  bool SeasonDate(size_t& i, Span& s) const;      // "this summer", "el invierno que viene"
  bool RestOfPeriod(size_t& i, Span& s) const;    // "rest of the week", "toda la semana"
  // (temporal_end_of_day.cpp) "EOD", "COB", "end of day", "close of business", "by the end
  // of the day" (the article only after "by", "before", "until": not "at the end of the day").
  bool EndOfDayWords(size_t& i) const;
  bool DayDeadline(size_t& i, Span& s) const;  // those words, or "end of Friday": that day, end_of
  bool ParseExpr(size_t& i, Expr& e) const;
  // A day at token k after the clock c of an expression that starts at `start`, with a word
  // between them: "the 10:30 showing tomorrow", "las 22:30 de mañana"; sets d and end (the
  // token after the day). (temporal_clock_day.cpp)
  bool DayAfterClock(size_t start, size_t k, const Clock& c, Span& d, size_t& end) const;
  bool WeekdayAlone(size_t from, size_t to) const;  // [from, to): "thursday", "el jueves"
  // (temporal_datetime_range.cpp) When the expression e, ending at token j, names a day and
  // a time and is followed by a separator and another one ("March 28 5pm to March 29 9pm",
  // "Friday 18:00 - Monday 08:00", ISO "2015-03-28 17:00/2015-03-29 21:00"): both resolved
  // into the interval `m` (its text and offsets left to the caller) and the index after the
  // end returned; else j, `m` untouched.
  size_t DateTimeRange(size_t j, const Expr& e, TemporalMatch& m) const;

  // --- context against false positives (temporal_context.cpp) ---
  // Token i, as written, begins with an uppercase letter ("Hall" in "August Hall").
  bool Capitalized(size_t i) const;
  // Token i is a word of the temporal grammar (a month, weekday, part of day, number...).
  bool TemporalWord(size_t i) const;
  // Token i, capitalized, heads the name of a place or an institution ("Palau", "Estadio",
  // "Hospital", "Street"): a holiday right after it is part of the name (temporal_names.cpp).
  bool NameHead(size_t i) const;
  // Token i is a word that can follow a date and start the rest of a sentence ("at", "we",
  // "y", "nos"), as opposed to a noun the date words would qualify ("summer camp").
  bool DateFollower(size_t i) const;
  // A lone day of the month ("the 8th", "el segundo") followed at token `after` by a word
  // that makes it something else: a noun it counts ("the second one", "2nd floor", "el
  // segundo piso") or a name ("the 20Th Salon"). `word_day`: the day was a word.
  bool DayIsNotADate(size_t day_tok, size_t after, bool word_day) const;
  // A month named alone at token m (no day, no year) reads as a month: after a word that
  // introduces a date ("in", "until", "en", "para"), or as the whole phrase; never before a
  // name ("August Hall") nor as a verb ("we will march on"). `weak`: "may", "mar".
  bool MonthAloneIsDate(size_t m, size_t after, bool weak) const;
  // "10th" with neither "the" nor a month is a date only after a word that introduces one
  // ("on 10th", "by 2nd", "how about 10th"), or opening the phrase ("10th works"); not
  // "I was 1st in line", "we came 2nd".
  bool LoneOrdinalHasContext(size_t first, size_t after) const;
  // "3-1" without a year is a date only after a word that introduces one ("on 3-1",
  // "el 3-3") or as the whole phrase; else a score or a range of numbers.
  bool DashedDateHasContext(size_t first, size_t after) const;
  // The match [i, j) is part of something else: a phone number or version ("650-650-6500",
  // "2.3.1"), an amount ("50%", "$5"), an address or room ("calle Mayo 12", "room 12"), or a
  // head count read as an hour ("table for 1 next tuesday", "para 2 el martes").
  bool Vetoed(size_t i, size_t j, const Expr& e) const;
  // A word of rating before the number at i, past an article, a pronoun or a colon ("rated
  // it 8/10", "score: 9/10", "le doy un 8/10"): a score follows (temporal_context_leads.cpp).
  bool ScoreLead(size_t i) const;
  // A verb that moves or sets a meeting before the bare hour at i ("moved to 3", "push it to
  // 4"; Spanish before its "tipo": "nos vemos tipo 9"): the number is a time.
  bool MeetVerbBefore(size_t i) const;
  // The noun of an event at k, then a clock written as one ("sun brunch 11am", "friday
  // dinner at 8pm"): the clock is the day's before it (English).
  bool EventNounBeforeClock(size_t k) const;
  // Latin America's "que pasó" at q after a weekday or a unit ("el domingo que pasó", "la
  // semana que pasó": the last one); "que paso" without its accent only where the clause ends.
  bool QuePaso(size_t q) const;
  // Whether the word before the "from" at j lets "from 3 onwards" be a time: none, a
  // punctuation mark, or a word of availability or answer ("free from 5 on"; not "pages").
  bool OnwardsLead(size_t j) const;
  // The number ending at j - 1 is a house number: 3-4 digits before a name
  // ("at 1512 Castro Street", "at 235 West 46th"), not glued after a date's
  // separator ("10/09/2025 Time: 11:15").
  bool HouseNumberBefore(size_t j) const;
  bool Resolve(const Expr& e, TemporalMatch& m) const;

  // --- resolution helpers (temporal_resolve.cpp) ---
  LocalTime Today() const;
  Span Day(const LocalTime& d) const;
  // The next date with weekday wd after today (or from today when include_today).
  LocalTime NextWeekday(int wd, bool include_today) const;
  // Month/day without a year: this year's, or next year's when it has passed.
  std::optional<LocalTime> ForwardMonthDay(int month, int day) const;
  // Day of month without a month: this month's, or the next month that has it.
  std::optional<LocalTime> ForwardDay(int day) const;

 private:
  const std::vector<Token>& toks_;
  std::string_view text_;
  Lang lang_;
  LocalTime ref_;
  TemporalOptions opts_;
  mutable int year_word_ = -1;  // InRelativeYear: the text has "year"/"yr"/"año" (-1: not looked)
  // The answers of a rule that depends on its start token only (MonthDayYear, WeekdayDate),
  // by start token, made on first use: the date rules ask them at the same token several
  // times (a date, then a range's first and second ends).
  struct SpanAnswer {
    enum : uint8_t { kUnknown, kNo, kYes } state = kUnknown;
    size_t end = 0;
    Span span;
  };
  using SpanRule = bool (Parser::*)(size_t&, Span&) const;
  bool Remembered(std::vector<SpanAnswer>& answers, SpanRule rule, size_t& i, Span& s) const;
  mutable std::vector<SpanAnswer> month_day_year_, weekday_date_;
  bool MonthDayYearUncached(size_t& i, Span& s) const;
  bool WeekdayDateUncached(size_t& i, Span& s) const;
  struct DayOfMonthAnswer {  // [need_mark]: -1 not asked, 0 no, else the day (end: the token after)
    int8_t day[2] = {-1, -1};
    uint32_t end[2] = {0, 0};
  };
  mutable std::vector<DayOfMonthAnswer> day_of_month_;
  bool DayOfMonthUncached(size_t& i, int& d, bool need_mark) const;
};

// The UTC offset in minutes of IANA zone `id` at wall-clock time `wall` there.
std::optional<int> ZoneOffsetAt(const char* id, const LocalTime& wall);

// Whether `w` (folded) can begin the name of a holiday ("good" of "good friday").
bool HolidayFirstWord(Lang lang, std::string_view w);
// Those words, as views into the static holiday tables.
const util::WordSet& HolidayFirstWords(Lang lang);

// Hour of an ambiguous 12-hour clock read in a part of day (15 for 3 + afternoon).
int HourInPod(int hour, Pod pod);

}  // namespace chatbeto::events::detail
