// Spanish times of day: "a las 10", "las doce y cuarto", "las doce menos
// cinco", "a las tres y media", "18h", "18:30", "a las 15 horas", "mediodía",
// "medianoche", "la una", "seis cero dos pm"; Latin American "cuarto para las
// 4", "diez para las 8".
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {

// Latin America counts down to the coming hour: "cuarto para las 4" (15:45 as
// "las 4 menos cuarto"), "veinte para las cinco", "faltan 5 minutos para la
// una". Only up to half an hour: nobody says "cuarenta para las 5". A number
// in digits may count people instead ("somos 15 para las 4"): Vetoed's.
bool Parser::MinutesToHourEs(size_t& i, Clock& c) const {
  // (the "para" first: ClockEs asks at every token)
  if (!(Is(i + 1, "para") || Is(i + 2, "para") || Is(i + 3, "para"))) return false;
  size_t j = i;
  int minutes = -1;
  if (Is(j, "un") && Is(j + 1, "cuarto")) ++j;
  if (Is(j, "cuarto")) {
    minutes = 15;
    ++j;
  } else if (Is(j, "un") || !SmallNumber(j, minutes, 30) || minutes < 1) {
    return false;
  } else if (Is(j, "minutos") || Is(j, "minuto") || Is(j, "min")) {
    ++j;
  }
  if (!Is(j, "para") || !(Is(j + 1, "las") || Is(j + 1, "la"))) return false;
  Clock h;
  if (!ClockEs(j, h, false) || h.grain != Grain::kHour || h.hour < 1 || h.hour > 24) return false;
  int total = h.hour * 60 - minutes;
  h.hour = total / 60;
  h.minute = total % 60;
  if (h.ambiguous && h.hour == 0) h.hour = 12;  // "cuarto para la una": 12:45 (or 00:45)
  h.grain = Grain::kMinute;
  c = h;
  i = j;
  return true;
}

bool Parser::ClockEs(size_t& i, Clock& c, bool allow_bare) const {
  size_t j = i;
  if (!Is(j, "para") && MinutesToHourEs(j, c)) {
    i = j;
    return true;
  }
  bool las = false, weak_a = false, singular = false;  // singular: "la" (only "la una")
  bool bare_article = false;                           // "la 1", "las 3" with no "a" before
  // "a las", "para las", "sobre las", "hacia las", "a eso de las", "como a las", "tipo"
  if (Is(j, "como") && Is(j + 1, "a")) ++j;
  const bool eso = Is(j, "a") && Is(j + 1, "eso") && (Is(j + 2, "de") || Is(j + 2, "del"));
  if (eso) j += 2;
  auto noon_word = [&](size_t k) {
    return Is(k, "mediodia") || Is(k, "medianoche") || (Is(k, "medio") && Is(k + 1, "dia"));
  };
  if (eso && Is(j, "del") && noon_word(j + 1)) {  // "a eso del mediodía"
    ++j;
  } else if (Is(j, "a") || Is(j, "al") || Is(j, "para") || Is(j, "sobre") || Is(j, "hacia") ||
      Is(j, "desde") || Is(j, "hasta") || Is(j, "de") || Is(j, "tipo")) {
    if (Is(j + 1, "las") || Is(j + 1, "la")) {
      singular = Is(j + 1, "la");
      j += 2;
      las = true;
    } else if (Is(j, "a") || Is(j, "tipo") || Is(j, "sobre") || Is(j, "hacia")) {
      // "hacia el mediodía", "sobre el mediodía": the lead and the article are the clock's
      if (Is(j + 1, "el") && noon_word(j + 2)) {
        j += 2;
      } else {
        ++j;
        weak_a = true;
      }
    } else if (!noon_word(j + 1)) {
      if (!(Is(j, "para") && Is(j + 1, "el") && noon_word(j + 2))) return false;
      j += 2;  // "para el mediodía"
    } else {
      ++j;
    }
  } else if (Is(j, "las") || Is(j, "la")) {
    singular = Is(j, "la");
    ++j;
    las = true;
    bare_article = true;
  } else if (Is(j, "el") &&
             (Is(j + 1, "mediodia") || Is(j + 1, "medio") || Is(j + 1, "medianoche"))) {
    ++j;
  }
  Clock x;
  size_t k = j;
  if (Is(k, "mediodia") || (Is(k, "medio") && Is(k + 1, "dia")) || Is(k, "medianoche")) {
    x.hour = Is(k, "medianoche") ? 0 : 12;
    k += Is(k, "medio") ? 2 : 1;
    x.anchored = true;
    ClockSuffix(k, x);
    c = x;
    i = k;
    return true;
  }
  // "el 24 por la noche", "el día 15 por la tarde": after "el" (not "las") a
  // number is a day of the month
  if (!las && !weak_a && k > 0 &&
      (Is(k - 1, "el") || (k > 1 && Is(k - 1, "dia") && Is(k - 2, "el"))))
    return false;
  int hour;
  bool digits = Num(k) >= 0;
  // "a las 0800", "a las 2130 horas": a military clock, only after "a las", "desde las"...
  const int hhmm = las && !bare_article && (Digits(k) == 3 || Digits(k) == 4) ? Num(k) : -1;
  if (hhmm >= 0 && hhmm / 100 <= 23 && hhmm % 100 <= 59) {
    x.hour = hhmm / 100;
    x.minute = hhmm % 100;
    x.grain = Grain::kMinute;
    x.ambiguous = x.hour >= 1 && x.hour <= 12 && toks_[k].text[0] != '0';
    x.anchored = true;
    ++k;
    if (Is(k, "horas") || Is(k, "hrs") || Is(k, "hs") || Is(k, "h")) ++k;
    ClockSuffix(k, x);
    c = x;
    i = k;
    return true;
  }
  if (Is(k, "una") || Is(k, "un")) {
    hour = 1;
    ++k;
  } else if (!SmallNumber(k, hour, 24)) {
    return false;
  }
  if (singular && hour != 1) return false;  // "la 2 de TVE", "la 5": a channel, a line
  x.hour = hour;
  x.ambiguous = hour >= 1 && hour <= 12 && !(digits && toks_[j].text[0] == '0');
  x.anchored = las;
  // minutes
  if (digits && IsP(k, ':') && Glued(k) && Digits(k + 1) == 2 && Num(k + 1) <= 59) {
    x.minute = Num(k + 1);
    x.grain = Grain::kMinute;
    k += 2;
    if (IsP(k, ':') && Digits(k + 1) == 2 && Num(k + 1) <= 59) {
      x.second = Num(k + 1);
      x.grain = Grain::kSecond;
      k += 2;
    }
    x.anchored = true;
  } else if (digits && (IsP(k, '.') || Is(k, "h")) && Glued(k) && Digits(k + 1) == 2 &&
             Glued(k + 1) && Num(k + 1) <= 59 && !(IsP(k, '.') && DottedNumber(k + 2))) {
    // "a las 18.30", "18h30", "18.30" alone; "mañana 18.30" with the day
    x.anchored = las || Is(k, "h") || LoneDottedTime(j, k + 2);
    x.minute = Num(k + 1);
    x.grain = Grain::kMinute;
    k += 2;
  } else if (Is(k, "y") || Is(k, "menos")) {
    bool minus = Is(k, "menos");
    size_t m = k + 1;
    int minutes = -1;
    if (!minus && Is(m, "pico")) {
      k = m + 1;  // "las 9 y pico": a while after the hour, read as the hour ("de la noche" may follow)
      x.anchored = x.anchored || las;
    } else if (Is(m, "media") && !minus) {
      minutes = 30;
      ++m;
    } else if (Is(m, "cuarto")) {
      minutes = 15;
      ++m;
    } else if (SmallNumber(m, minutes, 59)) {
      if (Is(m, "minutos") || Is(m, "min") || Is(m, "minuto")) ++m;
      // "las 3 y 4 personas": a number followed by another noun is not minutes; "18 y 19 de
      // febrero": two days of a month
      if (IsWordTok(m) && UnitWord(lang_, toks_[m].text).count > 0) minutes = -1;
      if (!las && (Is(m, "de") || Is(m, "del")) && IsWordTok(m + 1) &&
          MonthWord(lang_, toks_[m + 1].text))
        minutes = -1;
    }
    if (minutes >= 0) {
      int total = x.hour * 60 + (minus ? -minutes : minutes);
      if (total < 0) total += 24 * 60;
      x.hour = total / 60;
      x.minute = total % 60;
      if (x.ambiguous && x.hour == 0) x.hour = 12;
      x.grain = Grain::kMinute;
      x.anchored = true;  // "8 y 20"; amounts ("cuesta entre 5 y 10") are Vetoed's
      k = m;
    }
  } else if (las && Is(k, "con")) {
    // "a las 10 con 30", "las tres con quince" (Colombia, Venezuela): minutes after "con",
    // only where the phrase ends or a part of the day follows ("a las 10 con 4 personas"),
    // and from 10 or written with two digits ("a las 9 con 2" is more likely two people)
    size_t m = k + 1;
    int minutes = -1;
    const bool two_digits = Digits(m) == 2;
    if (SmallNumber(m, minutes, 59) && minutes >= 1 && (minutes >= 10 || two_digits) &&
        (Boundary(m) || ((Is(m, "de") || Is(m, "del")) && IsWordTok(m + 2) &&
                         PodWord(lang_, toks_[m + 2].text) != Pod::kNone) ||
         Is(m, "am") || Is(m, "pm") || Is(m, "horas") || Is(m, "hrs"))) {
      x.minute = minutes;
      x.grain = Grain::kMinute;
      x.anchored = true;
      k = m;
    }
  } else if ((las || weak_a || !digits) &&
             (Is(k, "cero") || Is(k, "zero") || IsP(k, '0') || Num(k) >= 0 || IsWordTok(k))) {
    // "las seis cero dos", "a las 6 0 2", "seis dos de la tarde"
    size_t m = k;
    bool zero = Is(m, "cero") || Is(m, "zero") || (Num(m) == 0 && Digits(m) == 1);
    if (zero) ++m;
    int minutes;
    size_t before = m;
    if (SmallNumber(m, minutes, 59) && (zero ? minutes <= 9 : true) &&
        !(IsWordTok(m) && UnitWord(lang_, toks_[m].text).count > 0) &&
        (Num(before) < 0 || !Glued(before))) {
      x.minute = minutes;
      x.grain = Grain::kMinute;
      k = m;
    }
  }
  // "18h", "a las 14 h", "de 10 a 14 h" (spaced, a range's end of 13-24: "de 2 a 3 h de
  // viaje" is how long)
  // "20hs", "20 hs" (Argentina, Uruguay): a clock from 13 (or written 08hs), else how long;
  // spaced, up to 23, alone, after a day or a lead of the clock ("19 hs", "mañana 18 hs",
  // "tipo 21 hs"), and where no amount follows; not after another word ("en 15 hs", "hace 14
  // hs", "viajé 14 hs"), nor "14 hs por día", "24 hs"
  auto clock_lead = [&](size_t p) {
    return !IsWordTok(p) || weak_a || WeekdayWord(lang_, toks_[p].text) ||
           RelativeDayWord(lang_, toks_[p].text).has_value();
  };
  const bool spaced_hs = !Glued(k) && x.hour <= 23 && (j == 0 || clock_lead(j - 1)) &&
                         !Is(k + 1, "por") && !Is(k + 1, "al") && !Is(k + 1, "diarias") &&
                         !Is(k + 1, "semanales");
  const bool clock_hs = Is(k, "hs") && (Glued(k) || allow_bare || spaced_hs) && digits &&
                        (x.hour >= 13 || toks_[j].text[0] == '0') && !Is(k + 1, "de");
  const bool spaced_h = Is(k, "h") && !Glued(k) &&
                        (las || x.grain == Grain::kMinute ||  // "21.00 h", "21:00 h"
                         (allow_bare && x.hour >= 13 && !Is(k + 1, "de")));
  if (Is(k, "horas") || Is(k, "hrs") || Is(k, "hs") || (Is(k, "h") && Glued(k)) || spaced_h) {
    // "entre 3 y 4 horas", "2 horas": without "las" a number of hours is how long
    if (!las && !Is(k, "h") && !clock_hs && x.grain == Grain::kHour) return false;
    ++k;
    x.anchored = true;
    if (x.grain == Grain::kHour && Is(k - 1, "h") && !spaced_h)
      x.grain = Grain::kMinute;  // "18h" like "18:00"; "18 h" like "18 horas"
  }
  ClockSuffix(k, x);
  if (x.hour > 24 || x.minute > 59) return false;
  // "la 1 de la serie", "las 3 de la lista", "la 2 del ranking": an article and a number
  // before "de" and a noun that names neither a part of the day (ClockSuffix took "de la
  // tarde") nor a day is a rank, an episode or a track ("a la 1 del lunes" stays a time;
  // so does noon, a range's end: "de las 10 a las 12 del mediodía")
  if (bare_article && x.grain == Grain::kHour && (Is(k, "de") || Is(k, "del"))) {
    size_t m = k + 1;
    if (Is(k, "de") && (Is(m, "la") || Is(m, "el") || Is(m, "los") || Is(m, "las"))) ++m;
    if (IsWordTok(m) && !TemporalWord(m) && !noon_word(m) &&
        UnitWord(lang_, toks_[m].text).count == 0 &&
        !RelativeDayWord(lang_, toks_[m].text).has_value() && !Is(m, "proximo") &&
        !Is(m, "proxima") && !Is(m, "siguiente") && !Is(m, "este") && !Is(m, "esta"))
      return false;
  }
  if (IsWordTok(k) && UnitWord(lang_, toks_[k].text).count > 0 && !Is(k, "h")) return false;
  if (weak_a && !x.anchored) x.anchored = false;
  c = x;
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
