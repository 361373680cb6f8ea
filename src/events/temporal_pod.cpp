// Parts of the day in both languages: "in the morning", "tonight", "late
// evening", "at lunch", "after lunch"; "por la tarde", "esta noche", "de
// madrugada", "a media mañana", "a la hora de comer", "después de comer"; and
// the hour a 12-hour clock takes in one ("3 in the afternoon": 15:00).
#include <string_view>

#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

int HourInPod(int hour, Pod pod) {
  switch (pod) {
    case Pod::kEarly:
      return hour == 12 ? 0 : hour;
    case Pod::kMorning:
      return hour;
    case Pod::kNoon:
    case Pod::kLunch:
    case Pod::kAfterLunch:
    case Pod::kAfterWork:
    case Pod::kAfterSchool:
      return hour < 12 ? hour + 12 : hour;
    case Pod::kAfternoon:
    case Pod::kDayEnd:
      return hour < 12 ? hour + 12 : hour;
    case Pod::kEvening:
      return hour == 12 ? 24 : (hour < 12 ? hour + 12 : hour);
    case Pod::kNight:  // "9 at night" is 21:00, "2 at night" stays 02:00
      if (hour == 12) return 24;
      return hour >= 6 && hour < 12 ? hour + 12 : hour;
    case Pod::kNone:
      return hour;
  }
  return hour;
}

// "late", "early", "mid" before a part of the day ("late tonight", "early
// evening", "mid-afternoon"); "a primera hora de", "a última hora de", "a media"
// ("a media tarde"). "early morning" stays ParsePod's own.
bool Parser::PodPart(size_t& i, int& part) const {
  size_t j = i;
  if (lang_ == Lang::kEn) {
    if (Is(j, "late") || Is(j, "mid") || (Is(j, "early") && !Is(j + 1, "morning") &&
                                          !(Is(j + 1, "in") && Is(j + 3, "morning")))) {
      part = Is(j, "early") ? 1 : Is(j, "late") ? 2 : 3;
      ++j;
      if (IsP(j, '-') && Glued(j)) ++j;
      i = j;
      return true;
    }
    return false;
  }
  if (Is(j, "a")) ++j;
  if ((Is(j, "primera") || Is(j, "ultima")) && Is(j + 1, "hora")) {
    part = Is(j, "primera") ? 1 : 2;
    j += 2;
    if (Is(j, "de") && (Is(j + 1, "la") || Is(j + 1, "esta"))) ++j;  // "de la tarde"
    i = j;
    return true;
  }
  if (Is(j, "media") && (Is(j + 1, "manana") || Is(j + 1, "tarde"))) {
    part = 3;
    i = j + 1;
    return true;
  }
  return false;
}

bool Parser::PartAlone(size_t from, size_t to) const {
  static const util::WordSet determiners = {"a",   "an",  "the",   "such", "my",  "your",   "his",
                                            "her", "our", "their", "its",  "one", "another"};
  if (from > 0 && IsWordTok(from - 1) && determiners.Contains(toks_[from - 1].text)) return false;
  return Boundary(to) || DateFollower(to) || TemporalWord(to);
}

bool Parser::BareDayPart(size_t from, size_t to, Pod p) const {
  if ((p != Pod::kAfternoon && p != Pod::kEvening) || to != from + 1) return false;
  if (from > 0 && IsWordTok(from - 1) && !Is(from - 1, "about") && !Is(from - 1, "or"))
    return false;
  return AtEnd(to) || IsP(to, '?') || IsP(to, '.') ||
         (DateFollower(to) && !Is(to, "good") && !Is(to, "no") && !Is(to, "yes"));
}

bool Parser::ParsePod(size_t& i, Pod& p, bool& today, int* part) const {
  size_t j = i;
  today = false;
  if (lang_ == Lang::kEn) {
    if (Is(j, "tonight") || Is(j, "tonite")) {
      p = Pod::kNight;
      today = true;
      i = j + 1;
      return true;
    }
    // "after lunch", "after lunchtime", "after work", "after school"
    if (Is(j, "after") && (Is(j + 1, "lunch") || Is(j + 1, "lunchtime"))) {
      p = Pod::kAfterLunch;
      i = j + 2 + (Is(j + 1, "lunch") && Is(j + 2, "time") ? 1 : 0);
      return true;
    }
    if (Is(j, "after") && (Is(j + 1, "work") || Is(j + 1, "school"))) {
      p = Is(j + 1, "work") ? Pod::kAfterWork : Pod::kAfterSchool;
      i = j + 2;
      return true;
    }
    bool early = false;
    if (Is(j, "this")) {
      today = true;
      ++j;
    } else if ((Is(j, "in") || Is(j, "during")) && Is(j + 1, "the")) {
      j += 2;
    } else if (Is(j, "in") || Is(j, "at") || Is(j, "during") || Is(j, "the") ||
               ((Is(j, "around") || Is(j, "by")) &&
                (Is(j + 1, "lunch") || Is(j + 1, "lunchtime")))) {
      ++j;
    }
    if (Is(j, "early")) {
      early = true;
      ++j;
      if (Is(j, "in") && Is(j + 1, "the")) j += 2;  // "early in the morning"
    } else if (part && j > i && (Is(j, "late") || Is(j, "mid"))) {
      // "in the late morning", "during the mid-afternoon": the caller's part of the day
      size_t k = j;
      if (PodPart(k, *part)) j = k;
    }
    if (!IsWordTok(j)) return false;
    std::string_view w = toks_[j].text;
    if (w.size() > 3 && w.ends_with("ish")) w.remove_suffix(3);  // "afternoonish"
    Pod q = PodWord(lang_, w);
    if (q == Pod::kNone) return false;
    // A number right before a plural part of the day counts them: "stay for
    // 3 nights", "two mornings a week" (not 03:00, not 02:00 in the morning).
    if (j == i && i > 0 && w.size() > 1 && w.back() == 's' && NumberAt(i - 1) >= 0) return false;
    if (early && q == Pod::kMorning) q = Pod::kEarly;
    p = q;
    i = j + 1 + (Is(j, "lunch") && Is(j + 1, "time") ? 1 : 0);  // "lunch time"
    return true;
  }
  // "a la hora de comer", "después de comer", "después de la comida", "a la hora del
  // almuerzo", "después del almuerzo" (Latin America's midday meal); "después del trabajo",
  // "a la salida del trabajo": after work
  if (Is(j, "despues") && Is(j + 1, "del") && Is(j + 2, "trabajo")) {
    p = Pod::kAfterWork;
    i = j + 3;
    return true;
  }
  if (Is(j, "a") && Is(j + 1, "la") && Is(j + 2, "salida") && Is(j + 3, "del") &&
      Is(j + 4, "trabajo")) {
    p = Pod::kAfterWork;
    i = j + 5;
    return true;
  }
  {
    size_t k = j;
    Pod meal = Pod::kNone;
    if (Is(k, "a") && Is(k + 1, "la") && Is(k + 2, "hora") && (Is(k + 3, "de") || Is(k + 3, "del"))) {
      meal = Pod::kLunch;
      k += 4;
    } else if (Is(k, "despues") && (Is(k + 1, "de") || Is(k + 1, "del"))) {
      meal = Pod::kAfterLunch;
      k += 2;
    }
    if (meal != Pod::kNone) {
      if (Is(k - 1, "del"))
        k = Is(k, "almuerzo") ? k + 1 : j;
      else if (Is(k, "comer"))
        ++k;
      else if (Is(k, "la") && Is(k + 1, "comida"))
        k += 2;
      else
        meal = Pod::kNone;
      if (k == j) meal = Pod::kNone;
    }
    // "a la hora de comer sano": when it comes to eating well
    if (meal != Pod::kNone &&
        !(Is(k, "sano") || Is(k, "bien") || Is(k, "mal") || Is(k, "fuera") || Is(k, "algo") ||
          Is(k, "poco") || Is(k, "mucho") || Is(k, "carne") || Is(k, "pescado"))) {
      p = meal;
      i = k;
      return true;
    }
  }
  // Spanish: "de la tarde", "por la mañana", "en la noche", "esta noche", "de madrugada",
  // "del mediodía"
  if (Is(j, "del") && (Is(j + 1, "mediodia") || (Is(j + 1, "medio") && Is(j + 2, "dia")))) {
    p = Pod::kNoon;
    i = j + (Is(j + 1, "medio") ? 3 : 2);
    return true;
  }
  if (Is(j, "esta")) {
    today = true;
    ++j;
  } else {
    // ("x la tarde" reaches here as "por la tarde": ReadChatSpellings)
    if (Is(j, "de") || Is(j, "por") || Is(j, "en") || Is(j, "a") || Is(j, "durante")) ++j;
    // bare right after a day ("el jueves noche", "mañana tarde", "hoy noche"),
    // never "mañana" there ("el lunes mañana" may be "Monday, tomorrow"), nor
    // "tarde o temprano" (sooner or later)
    auto after_day = [&] {
      if (i == 0 || Is(j, "manana") || (Is(j + 1, "o") && Is(j + 2, "temprano"))) return false;
      if (Is(i - 1, "manana") || Is(i - 1, "hoy") || Is(i - 1, "ayer")) return true;
      const Word wd = WeekdayWord(lang_, toks_[i - 1].text);
      return wd && !wd.weak;
    };
    if (Is(j, "la")) {
      ++j;
    } else if (!(Is(j, "noche") || Is(j, "madrugada") || Is(j, "tarde") || Is(j, "manana")) ||
               (j == i && !(i > 0 && Is(i - 1, "media")) && !after_day()) ||
               (j > i && Is(j, "manana"))) {
      return false;  // bare only after "a media" ("a media tarde") or a day
    }
  }
  if (!IsWordTok(j)) return false;
  Pod q = PodWord(lang_, toks_[j].text);
  if (q == Pod::kNone) return false;
  p = q;
  i = j + 1;
  return true;
}

}  // namespace chatbeto::events::detail
