// Combining components into one expression: "el viernes" + "a las 10" + "de
// la mañana", "next week" + "on Thursday", "Friday" + "EOD", "at 4pm" + "for
// 30 minutes"; a bare number kept as a time only next to a day or a part of
// the day.
#include <algorithm>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

// Tokens [from, to) name a weekday and no more: "thursday", "on fri.", "el jueves".
bool Parser::WeekdayAlone(size_t from, size_t to) const {
  const size_t w = from + (Is(from, lang_ == Lang::kEs ? "el" : "on") ? 1 : 0);
  return IsWordTok(w) && (to == w + 1 || (to == w + 2 && IsP(w + 1, '.'))) &&
         WeekdayWord(lang_, toks_[w].text);
}

bool Parser::ParseExpr(size_t& i, Expr& e) const {
  size_t j = i;
  int comps = 0;
  size_t before_clock = i;
  bool clock_last = false, pod_last = false;
  size_t date_from = 0, date_to = 0;  // the tokens the date was read from
  const bool es = lang_ == Lang::kEs;
  for (int round = 0; round < 5; ++round) {
    size_t k = j;
    // "last night", "anoche": yesterday's night; "the night before last", "anteanoche"
    // (also "antenoche"): the one before
    if (!e.date && e.pod == Pod::kNone) {
      const size_t the = !es && Is(k, "the") ? 1 : 0;
      int back = 0;
      size_t m = k;
      if (!es && Is(k, "last") && (Is(k + 1, "night") || Is(k + 1, "nite")))
        back = 1, m = k + 2;
      else if (!es && Is(k + the, "night") && Is(k + the + 1, "before") && Is(k + the + 2, "last"))
        back = 2, m = k + the + 3;
      else if (es && Is(k, "anoche"))
        back = 1, m = k + 1;
      else if (es && (Is(k, "anteanoche") || Is(k, "antenoche")))
        back = 2, m = k + 1;
      if (back > 0) {
        e.date = Day(AddDays(Today(), -back));
        e.date->past = true;
        e.pod = Pod::kNight;
        j = m;
        ++comps;
        pod_last = true;
        continue;
      }
    }
    // "late tomorrow night", "early friday morning", "late sunday afternoon": the part of
    // that day's part of the day
    if (!es && !e.date && e.pod == Pod::kNone && !e.clock) {
      size_t m = k;
      int part = 0;
      Span d;
      Pod p;
      bool today;
      if ((Is(m, "late") || Is(m, "early") || Is(m, "mid")) && PodPart(m, part) &&
          ParseDate(m, d) && d.grain == Grain::kDay && !d.end && !d.instant && IsWordTok(m) &&
          PodWord(lang_, toks_[m].text) != Pod::kNone && ParsePod(m, p, today)) {
        e.date = d;
        e.pod = p;
        e.pod_part = part;
        if (p == Pod::kMorning && part == 1) e.pod = Pod::kEarly, e.pod_part = 0;
        j = m;
        ++comps;
        pod_last = true;
        continue;
      }
    }
    // "the morning of the 15th", "morning of xmas", "la noche del viernes", "la mañana de
    // Navidad"; noon too: "al mediodía de mañana", "a medianoche del sábado"
    const bool noon_last = clock_last && k >= 1 &&
                           (Is(k - 1, "mediodia") || Is(k - 1, "medianoche") ||
                            (Is(k - 1, "dia") && Is(k - 2, "medio")) || Is(k - 1, "noon") ||
                            Is(k - 1, "midnight"));
    if ((pod_last || noon_last) && !e.date &&
        ((!es && Is(k, "of")) || (es && (Is(k, "de") || Is(k, "del"))))) {
      size_t m = k + 1;
      Span t;
      // (a bare day after "del" is read from "del": "la noche del 14")
      if (ParseDate(m, t) || (es && Is(k, "del") && ParseDate(m = k, t) && !t.end)) {
        e.date = t;
        j = m;
        ++comps;
        pod_last = false;
        continue;
      }
    }
    // "thursday afternoon next week", "monday at 9 of next week", "el jueves por la tarde de
    // la semana que viene": a weekday said alone, its time, then the week it falls in
    if (date_to > date_from && k == j && IsWordTok(k) && e.date && !e.date->end &&
        (e.pod != Pod::kNone || e.clock) && WeekdayAlone(date_from, date_to)) {
      size_t m = k;
      if ((!es && Is(m, "of")) || (es && (Is(m, "de") || Is(m, "del")))) ++m;
      Span week;
      if (PeriodDate(m, week) && week.grain == Grain::kWeek && !week.end) {
        e.date = Day(AddDays(week.start, Weekday(e.date->start)));
        e.date->past = week.past;
        date_to = date_from;
        j = m;
        ++comps;
        continue;
      }
    }
    // "the 10:30 showing tomorrow", "las 22:30 de mañana"
    if (clock_last && e.clock && !e.clock_end && !e.date && e.pod == Pod::kNone && k == j) {
      Span d;
      size_t m;
      if (DayAfterClock(i, k, *e.clock, d, m)) {
        e.date = d;
        j = m;
        ++comps;
        clock_last = false;
        continue;
      }
    }
    // "Friday, 3pm"; but not after a bare number ("we're 3, Saturday")
    if (comps > 0 && IsP(k, ',') && !(clock_last && e.clock && !e.clock->anchored)) ++k;
    // "next week on Thursday", "la semana que viene el jueves": that weekday of the
    // week (not across a comma: "busy next week, thursday works")
    if (k == j && e.date && e.date->grain == Grain::kWeek && !e.date->end && !e.clock &&
        e.pod == Pod::kNone) {
      size_t m = k;
      // "last week's Friday", "next week's Monday"
      if (!es && IsP(m, '\'') && Glued(m) && Is(m + 1, "s") && Glued(m + 1)) m += 2;
      Span wd;
      if (WeekdayDate(m, wd) && wd.grain == Grain::kDay && !wd.end) {
        const bool past = e.date->past;
        e.date = Day(AddDays(e.date->start, Weekday(wd.start)));
        e.date->past = past;
        j = m;
        ++comps;
        continue;
      }
    }
    // "next month on the 15th", "el mes que viene el día 15": that day of the month (not
    // "the first Monday", "the 2nd week": OrdinalDate's)
    if (k == j && e.date && e.date->grain == Grain::kMonth && !e.date->end && !e.clock &&
        e.pod == Pod::kNone) {
      size_t m = k;
      bool lead = false;
      if (!es && Is(m, "on")) ++m;
      if (Is(m, es ? "el" : "the")) ++m, lead = true;
      if (es && Is(m, "dia")) ++m;
      int d;
      if (lead && DayOfMonth(m, d, false) &&
          !(IsWordTok(m) && (WeekdayWord(lang_, toks_[m].text) || MonthWord(lang_, toks_[m].text) ||
                             UnitWord(lang_, toks_[m].text).count > 0)) &&
          ValidDate(e.date->start.year, e.date->start.month, d)) {
        const bool past = e.date->past;
        e.date = Day(LocalTime{e.date->start.year, e.date->start.month, d});
        e.date->past = past;
        j = m;
        ++comps;
        continue;
      }
    }
    // "Monday's 9am standup", "today's 5pm call": the day's clock after its "'s"
    if (!es && e.date && e.date->grain == Grain::kDay && !e.date->end && !e.date->instant &&
        !e.clock && e.pod == Pod::kNone && k == j && IsP(k, '\'') && Glued(k) && Is(k + 1, "s") &&
        Glued(k + 1)) {
      size_t m = k + 2;
      Clock c;
      if (ParseClock(m, c, false) && c.anchored) k += 2;
    }
    // "sun brunch 11am", "friday dinner 8pm": the day's clock after the event's noun
    if (e.date && e.date->grain == Grain::kDay && !e.date->end && !e.date->instant &&
        !e.clock && e.pod == Pod::kNone && k == j && EventNounBeforeClock(k))
      ++k;
    // "Friday EOD", "tomorrow by close of business": the end of that day
    if (e.date && e.date->grain == Grain::kDay && !e.date->end && !e.date->instant &&
        !e.date->end_of && !e.clock && e.pod == Pod::kNone) {
      size_t m = k + (Is(k, "by") ? 1 : 0);
      if (EndOfDayWords(m)) {
        e.date->end_of = true;
        j = m;
        ++comps;
        continue;
      }
    }
    enum { kNone, kDate, kClock, kRange, kPod } kind = kNone;
    size_t best = k;
    Span ds;
    Clock c1, c2;
    Pod pod = Pod::kNone;
    bool today = false;
    if (!e.date) {
      size_t m = k;
      Span t;
      // an instant ("now", "in 2 hours") never takes a clock said before it ("at 8:30 now")
      if (ParseDate(m, t) && m > best && !(t.instant && e.clock)) {
        best = m;
        kind = kDate;
        ds = t;
      }
      m = k;
      if (ParseRelative(m, t) && m > best && !(t.instant && e.clock)) {
        best = m;
        kind = kDate;
        ds = t;
      }
    }
    if (!e.clock) {
      size_t m = k;
      Clock a, b;
      if (ClockRange(m, a, b, e.date.has_value()) && m > best) {
        best = m;
        kind = kRange;
        c1 = a;
        c2 = b;
      }
      m = k;
      if (ParseClock(m, a, false) && m > best) {
        best = m;
        kind = kClock;
        c1 = a;
      }
      // "tomorrow after 5pm", "friday before 10am", "el viernes a partir de las 6": a
      // bound on that day's clock (AsOpenInterval reads the lead inside the match)
      if (e.date && e.date->grain == Grain::kDay && !e.date->end && !e.date->instant &&
          best == k) {
        m = k;
        if (!es && (Is(m, "after") || Is(m, "before") || Is(m, "until") || Is(m, "till") ||
                    Is(m, "til")))
          ++m;
        else if (es && (Is(m, "despues") || Is(m, "antes")) && Is(m + 1, "de"))
          m += 2;
        else if (es && Is(m, "a") && Is(m + 1, "partir") && Is(m + 2, "de"))
          m += 3;
        // (a bare number too when the phrase ends there: "friday after 6")
        if (m > k && ParseClock(m, a, false) && (a.anchored || Boundary(m))) {
          best = m;
          kind = kClock;
          c1 = a;
        }
      }
    }
    int part = 0;
    size_t pod_at = k;  // after "late", "early", "a última hora de"
    bool said_part = false;
    if (e.pod == Pod::kNone) {
      size_t m = k;
      Pod p;
      bool t;
      int pp = 0, inner = 0;
      PodPart(m, pp);
      const size_t after_part = m;
      if (ParsePod(m, p, t, pp == 0 ? &inner : nullptr) && m > best) {
        best = m;
        kind = kPod;
        pod = p;
        today = t;
        part = pp != 0 ? pp : inner;
        said_part = part != 0 || (pp == 0 && p == Pod::kEarly && !es);  // "early morning"
        pod_at = after_part;
        // "early morning" is its own part (0-9); "a primera hora de la mañana" stays the
        // first hours of the morning, not the "madrugada"
        if (!es && part == 1 && pod == Pod::kMorning) pod = Pod::kEarly, part = 0;
      } else if (es && pp == 2 && Is(m - 1, "hora")) {
        // "mañana a última hora", "el viernes a última hora": late in that working day.
        // Alone it is as often "at the last minute" ("lo cancelaron a última hora").
        best = m;
        kind = kPod;
        pod = Pod::kDayEnd;
      } else {
        // First thing in the morning: "mañana a primera hora", "early tomorrow",
        // "mañana temprano", "first thing Monday" (with no day, these words are no time)
        const size_t early = pp == 1 && (es ? Is(m - 1, "hora") : Is(m - 1, "early")) ? m
                             : es && Is(k, "temprano")                                 ? k + 1
                             : !es && Is(k, "first") && Is(k + 1, "thing")             ? k + 2
                                                                                       : k;
        if (early > best) {
          best = early;
          kind = kPod;
          pod = Pod::kMorning;
          part = 1;
        }
      }
    }
    if (kind == kNone) break;
    clock_last = kind == kClock || kind == kRange;
    if (clock_last) before_clock = j;
    if (kind == kDate) {
      e.date = ds;
      date_from = k;
      date_to = best;
    }
    if (kind == kClock || kind == kRange) e.clock = c1;
    if (kind == kRange) e.clock_end = c2;
    if (kind == kPod) {
      e.pod = pod;
      e.pod_today = today;
      e.pod_part = part;
      // "in the afternoon", "por la tarde", "at lunch", "lunchtime", "after lunch": a part of
      // the day said on its own (a bare "lunch" is the meal: "I had lunch")
      const size_t q = pod_at;  // "late in the afternoon": led by its "in the"
      e.pod_led = (!es && (Is(q, "in") || Is(q, "during")) && Is(q + 1, "the")) ||
                  // "at night": English's "in the" of the night
                  (!es && pod == Pod::kNight && Is(q, "at") && Is(q + 1, "night")) ||
                  (!es && pod == Pod::kLunch &&
                   (Is(q, "at") || Is(q, "around") || Is(q, "by") || Is(q, "during") ||
                    Is(q, "lunchtime") || Is(q + 1, "time"))) ||
                  pod == Pod::kAfterLunch || pod == Pod::kAfterWork ||
                  pod == Pod::kAfterSchool || (es && pod == Pod::kLunch) ||
                  (es && (Is(q, "por") || Is(q, "en") || Is(q, "durante")) && Is(q + 1, "la")) ||
                  // "a la noche", "a la tarde" (the River Plate's "por la"); "de madrugada"
                  (es && Is(q, "a") && Is(q + 1, "la") && pod != Pod::kLunch) ||
                  (es && Is(q, "de") && Is(q + 1, "madrugada")) ||
                  // "a primera hora de la mañana", "a media tarde"; not "media tarde libre"
                  (es && said_part && Is(k, "a")) || (!es && said_part && PartAlone(k, best)) ||
                  (!es && pod_at == k && BareDayPart(k, best, pod));
    }
    pod_last = kind == kPod;
    j = best;
    ++comps;
    if (e.date && e.date->instant && !e.clock && e.date->grain <= Grain::kMinute) break;
  }
  if (comps == 0) return false;
  // A zone after the clock's part of the day: "a las 3 de la tarde hora de Madrid", "at 9 in
  // the morning london time", "9pm tonight EST" (an abbreviation here only in capitals:
  // "9pm tonight art show")
  if (pod_last && e.clock && !e.clock->zone && !e.clock_end && (IsWordTok(j) || IsP(j, '('))) {
    Clock z = *e.clock;
    size_t k = j;
    const Token& t = toks_[j];
    const bool caps = IsWordTok(j) && t.end - t.begin >= 2 && std::all_of(text_.begin() + t.begin, text_.begin() + t.end,
                                                            [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (auto off = caps ? ZoneOffset(t.text) : std::nullopt) {
      z.zone = *off;
      ++k;
    } else {
      ZoneWords(k, z);
    }
    if (z.zone) {
      e.clock = z;
      j = k;
    }
  }
  // A bare number is a time only next to a day or a part of the day (not a month or a
  // year: "top 5 of 2012"), and not when a word follows it ("tomorrow 3 people").
  if (e.clock && !e.clock->anchored && !e.clock_end) {
    bool supported =
        e.pod != Pod::kNone || (e.date && !e.date->instant && e.date->grain <= Grain::kDay);
    // ... but a word that answers or goes on with the sentence may ("mañana a 11 vale",
    // "tomorrow 3 works"): not one that joins a count ("2 or 3 people", "3 for dinner")
    static const util::WordSet joiners = {
        "and", "or", "for", "in", "on", "from", "to", "between", "at", "around", "about",
        "by", "before", "after", "as", "if", "so", "till", "til", "until", "through", "thru",
        "onwards", "ish", "y", "o", "u", "e", "para", "en", "a", "al", "por", "hasta", "desde",
        "sobre", "hacia", "tipo", "como", "de", "del", "mas", "menos", "si", "no", "too",
        "also", "again", "tambien", "pero", "but", "either"};
    if (supported && clock_last && e.pod == Pod::kNone && IsWordTok(j) &&
        !(DateFollower(j) && !joiners.Contains(toks_[j].text)))
      supported = false;
    // "after 6", "before 3", "until 10": a bare hour bounding a time, with nothing or a word
    // that can follow one after it ("after 6 works"); not "after 6 months", "before 3
    // people", nor a number joined to another ("after 2 and before 5 people")
    if (!supported && comps == 1 && !es && i > 0 &&
        (Is(i - 1, "after") || Is(i - 1, "before") || Is(i - 1, "until") || Is(i - 1, "till") ||
         Is(i - 1, "til")) &&
        e.clock->grain == Grain::kHour && e.clock->ambiguous &&
        (Boundary(j) || (DateFollower(j) && !Is(j, "and") && !Is(j, "or") && !Is(j, "but"))))
      supported = true;
    // ... or after a verb that moves or sets a meeting: "mtg moved to 3", "nos vemos tipo 9"
    if (!supported && comps == 1 && e.clock->grain == Grain::kHour && MeetVerbBefore(i) &&
        (Boundary(j) || (DateFollower(j) && !joiners.Contains(toks_[j].text))))
      supported = true;
    if (!supported) {
      if (!clock_last || comps == 1) return false;
      e.clock.reset();
      j = before_clock;
    }
  }
  if (!e.date && !e.clock && (e.pod == Pod::kNone || !(e.pod_today || e.pod_led))) return false;
  // "at 4pm for 30 minutes" (a time and minutes or hours), "18th Dec for 10 days" (a day
  // and days, weeks or months)
  if (!e.clock_end && !(e.date && e.date->end) && e.pod == Pod::kNone) {
    size_t k = j;
    Grain unit;
    int n;
    if (ForDuration(k, unit, n)) {
      bool fits = e.clock ? unit <= Grain::kHour
                          : (e.date && !e.date->instant && e.date->grain == Grain::kDay &&
                             unit >= Grain::kDay && unit <= Grain::kMonth);
      if (fits) {
        e.for_unit = unit;
        e.for_count = n;
        j = k;
      }
    }
  }
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
