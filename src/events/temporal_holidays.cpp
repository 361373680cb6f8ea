// Named days of the year: fixed dates (Navidad, Nochevieja, Halloween),
// weekdays counted in a month (Thanksgiving, Mother's Day) and days around
// Easter (Viernes Santo, Good Friday); a few are spans of days (Semana Santa,
// Lent, las Navidades). "la Navidad", "next halloween", "easter 2010",
// "Nochevieja de 2015", "Christmas next year", "la Navidad del año pasado"; a
// holiday that has passed this year is next year's, "last" gives the one before.
// Mother's and Father's Day in Spanish are the most common Latin American dates
// (second Sunday of May, third Sunday of June), as in the US; Spain keeps the
// first Sunday of May and 19 March, Mexico 10 May.
#include <string>
#include <unordered_map>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

struct Holiday {
  enum Kind { kFixed, kNthWeekday, kLastWeekday, kEaster } kind;
  int month = 0, day = 0;  // kFixed; kNth/kLast: month and weekday (0 = Monday) in `day`
  int n = 0;               // kNthWeekday: which one; kEaster: days from Easter Sunday
  int extra = 0;           // days added after (Black Friday: Thanksgiving + 1)
  int span = 0;            // days after the first that it lasts (Semana Santa: 7)
};

// Keys are the folded words run together without spaces or apostrophes.
const std::unordered_map<std::string, Holiday>& Table(Lang lang) {
  using H = Holiday;
  static const std::unordered_map<std::string, Holiday> en = {
      {"christmas", {H::kFixed, 12, 25}},
      {"christmasday", {H::kFixed, 12, 25}},
      {"xmas", {H::kFixed, 12, 25}},
      {"xmasday", {H::kFixed, 12, 25}},
      {"christmaseve", {H::kFixed, 12, 24}},
      {"xmaseve", {H::kFixed, 12, 24}},
      {"newyearseve", {H::kFixed, 12, 31}},
      {"newyeareve", {H::kFixed, 12, 31}},
      {"nye", {H::kFixed, 12, 31}},
      {"newyearsday", {H::kFixed, 1, 1}},
      {"newyearday", {H::kFixed, 1, 1}},
      {"newyear", {H::kFixed, 1, 1}},
      {"newyears", {H::kFixed, 1, 1}},
      {"valentinesday", {H::kFixed, 2, 14}},
      {"valentineday", {H::kFixed, 2, 14}},
      {"valentines", {H::kFixed, 2, 14}},
      {"halloween", {H::kFixed, 10, 31}},
      {"boxingday", {H::kFixed, 12, 26}},
      {"aprilfoolsday", {H::kFixed, 4, 1}},
      {"aprilfools", {H::kFixed, 4, 1}},
      {"earthday", {H::kFixed, 4, 22}},
      {"veteransday", {H::kFixed, 11, 11}},
      {"independenceday", {H::kFixed, 7, 4}},
      {"stpatricksday", {H::kFixed, 3, 17}},
      {"saintpatricksday", {H::kFixed, 3, 17}},
      {"stpatrickday", {H::kFixed, 3, 17}},
      {"thanksgiving", {H::kNthWeekday, 11, 3, 4}},
      {"thanksgivingday", {H::kNthWeekday, 11, 3, 4}},
      {"blackfriday", {H::kNthWeekday, 11, 3, 4, 1}},
      {"laborday", {H::kNthWeekday, 9, 0, 1}},
      {"labourday", {H::kNthWeekday, 9, 0, 1}},
      {"memorialday", {H::kLastWeekday, 5, 0}},
      {"mothersday", {H::kNthWeekday, 5, 6, 2}},
      {"fathersday", {H::kNthWeekday, 6, 6, 3}},
      {"mlkday", {H::kNthWeekday, 1, 0, 3}},
      {"mlkjrday", {H::kNthWeekday, 1, 0, 3}},
      {"martinlutherkingday", {H::kNthWeekday, 1, 0, 3}},
      {"presidentsday", {H::kNthWeekday, 2, 0, 3}},
      {"columbusday", {H::kNthWeekday, 10, 0, 2}},
      {"easter", {H::kEaster, 0, 0, 0}},
      {"eastersunday", {H::kEaster, 0, 0, 0}},
      {"eastermonday", {H::kEaster, 0, 0, 1}},
      {"eastermon", {H::kEaster, 0, 0, 1}},
      {"goodfriday", {H::kEaster, 0, 0, -2}},
      {"maundythursday", {H::kEaster, 0, 0, -3}},
      {"palmsunday", {H::kEaster, 0, 0, -7}},
      {"ashwednesday", {H::kEaster, 0, 0, -46}},
      {"mardigras", {H::kEaster, 0, 0, -47}},
      {"shrovetuesday", {H::kEaster, 0, 0, -47}},
      {"pancakeday", {H::kEaster, 0, 0, -47}},
      {"pentecost", {H::kEaster, 0, 0, 49}},
      {"whitsunday", {H::kEaster, 0, 0, 49}},
      {"whitmonday", {H::kEaster, 0, 0, 50}},
      {"ascensionday", {H::kEaster, 0, 0, 39}},
      {"trinitysunday", {H::kEaster, 0, 0, 56}},
      {"holysaturday", {H::kEaster, 0, 0, -1}},
      {"holythursday", {H::kEaster, 0, 0, -3}},
      {"corpuschristi", {H::kEaster, 0, 0, 60}},
      {"motheringsunday", {H::kEaster, 0, 0, -21}},
      {"holyweek", {H::kEaster, 0, 0, -7, 0, 7}},
      {"lent", {H::kEaster, 0, 0, -46, 0, 45}},
      {"juneteenth", {H::kFixed, 6, 19}},
      {"canadaday", {H::kFixed, 7, 1}},
      {"groundhogday", {H::kFixed, 2, 2}},
      {"remembranceday", {H::kFixed, 11, 11}},
      {"cincodemayo", {H::kFixed, 5, 5}},
      {"stpaddysday", {H::kFixed, 3, 17}},
      {"stpattysday", {H::kFixed, 3, 17}},
      {"momsday", {H::kNthWeekday, 5, 6, 2}},
      {"dadsday", {H::kNthWeekday, 6, 6, 3}}};
  static const std::unordered_map<std::string, Holiday> es = {
      {"navidad", {H::kFixed, 12, 25}},
      {"diadenavidad", {H::kFixed, 12, 25}},
      {"nochebuena", {H::kFixed, 12, 24}},
      {"nochevieja", {H::kFixed, 12, 31}},
      {"anonuevo", {H::kFixed, 1, 1}},
      {"diadeanonuevo", {H::kFixed, 1, 1}},
      {"reyes", {H::kFixed, 1, 6}},
      {"diadereyes", {H::kFixed, 1, 6}},
      {"reyesmagos", {H::kFixed, 1, 6}},
      {"sanvalentin", {H::kFixed, 2, 14}},
      {"diadesanvalentin", {H::kFixed, 2, 14}},
      {"diadelosenamorados", {H::kFixed, 2, 14}},
      {"diadelosinocentes", {H::kFixed, 12, 28}},
      {"halloween", {H::kFixed, 10, 31}},
      {"diadeltrabajo", {H::kFixed, 5, 1}},
      {"diadeltrabajador", {H::kFixed, 5, 1}},
      {"todoslossantos", {H::kFixed, 11, 1}},
      {"diadetodoslossantos", {H::kFixed, 11, 1}},
      {"diademuertos", {H::kFixed, 11, 2}},
      {"diadelosmuertos", {H::kFixed, 11, 2}},
      {"diadelahispanidad", {H::kFixed, 10, 12}},
      {"lainmaculada", {H::kFixed, 12, 8}},
      {"pascua", {H::kEaster, 0, 0, 0}},
      {"domingodepascua", {H::kEaster, 0, 0, 0}},
      {"domingoderesurreccion", {H::kEaster, 0, 0, 0}},
      {"viernessanto", {H::kEaster, 0, 0, -2}},
      {"juevessanto", {H::kEaster, 0, 0, -3}},
      {"domingoderamos", {H::kEaster, 0, 0, -7}},
      {"miercolesdeceniza", {H::kEaster, 0, 0, -46}},
      {"martesdecarnaval", {H::kEaster, 0, 0, -47}},
      {"pentecostes", {H::kEaster, 0, 0, 49}},
      {"sabadosanto", {H::kEaster, 0, 0, -1}},
      {"sabadodegloria", {H::kEaster, 0, 0, -1}},
      {"lunesdepascua", {H::kEaster, 0, 0, 1}},
      {"corpuschristi", {H::kEaster, 0, 0, 60}},
      {"semanasanta", {H::kEaster, 0, 0, -7, 0, 7}},
      {"cuaresma", {H::kEaster, 0, 0, -46, 0, 45}},
      {"navidades", {H::kFixed, 12, 24, 0, 0, 13}},
      {"diadereyesmagos", {H::kFixed, 1, 6}},
      {"diadelosreyes", {H::kFixed, 1, 6}},
      {"diadelosreyesmagos", {H::kFixed, 1, 6}},
      {"diadelamadre", {H::kNthWeekday, 5, 6, 2}},
      {"diadelasmadres", {H::kNthWeekday, 5, 6, 2}},
      {"diadelpadre", {H::kNthWeekday, 6, 6, 3}},
      {"diadelospadres", {H::kNthWeekday, 6, 6, 3}},
      {"acciondegracias", {H::kNthWeekday, 11, 3, 4}},
      {"diadeacciondegracias", {H::kNthWeekday, 11, 3, 4}},
      {"blackfriday", {H::kNthWeekday, 11, 3, 4, 1}},
      {"cincodemayo", {H::kFixed, 5, 5}},
      {"nochedesanjuan", {H::kFixed, 6, 23}}};
  return lang == Lang::kEs ? es : en;
}

// Anonymous Gregorian computus.
LocalTime EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return LocalTime{y, month, day};
}

std::optional<LocalTime> InYear(const Holiday& h, int y) {
  switch (h.kind) {
    case Holiday::kFixed:
      if (!ValidDate(y, h.month, h.day)) return std::nullopt;
      return LocalTime{y, h.month, h.day};
    case Holiday::kNthWeekday: {
      LocalTime first{y, h.month, 1};
      LocalTime d = AddDays(first, (h.day - Weekday(first) + 7) % 7 + 7 * (h.n - 1));
      return AddDays(d, h.extra);
    }
    case Holiday::kLastWeekday: {
      LocalTime last{y, h.month, DaysInMonth(y, h.month)};
      return AddDays(last, -((Weekday(last) - h.day + 7) % 7));
    }
    case Holiday::kEaster:
      if (y < 1583) return std::nullopt;
      return AddDays(EasterSunday(y), h.n);
  }
  return std::nullopt;
}

}  // namespace

bool HolidayFirstWord(Lang lang, std::string_view w) {
  static const auto build = [](Lang l) {
    std::unordered_map<std::string, bool> firsts;
    for (const auto& [k, v] : Table(l))
      for (size_t n = 2; n <= k.size(); ++n) firsts[k.substr(0, n)] = true;
    return firsts;
  };
  static const auto en = build(Lang::kEn), es = build(Lang::kEs);
  const auto& t = lang == Lang::kEs ? es : en;
  return t.count(std::string(w)) > 0;
}

bool Parser::HolidayDate(size_t& i, Span& s) const {
  const bool es = lang_ == Lang::kEs;
  size_t j = i;
  int shift = 0;  // +1 next, -1 last
  if (Is(j, es ? "el" : "the") || (es && (Is(j, "la") || Is(j, "las") || Is(j, "los")))) ++j;
  if (!es && (Is(j, "this") || Is(j, "next") || Is(j, "last") || Is(j, "coming"))) {
    shift = Is(j, "last") ? -1 : 0;
    ++j;
  } else if (es && (Is(j, "esta") || Is(j, "este") || Is(j, "proxima") || Is(j, "proximo"))) {
    ++j;
  }
  // the longest run of words that names a holiday
  const auto& table = Table(lang_);
  std::string key;
  const Holiday* found = nullptr;
  size_t end = j;
  for (size_t k = j; k < toks_.size() && k < j + 8; ++k) {
    if (IsP(k, '\'') || IsP(k, '.') || IsP(k, '-')) continue;
    if (!IsWordTok(k)) break;
    key += toks_[k].text;
    auto it = table.find(key);
    if (it != table.end()) {
      found = &it->second;
      end = k + 1;
    }
    if (!HolidayFirstWord(lang_, key)) break;
  }
  if (!found) return false;
  // "I lent him": a holiday that is also a common word, only capitalized or after a
  // word that introduces a date
  if (end == j + 1 && !es && Is(j, "lent") && !Capitalized(j) && Digits(end) != 4 &&
      !(j > 0 && (Is(j - 1, "during") || Is(j - 1, "for") || Is(j - 1, "in") ||
                  Is(j - 1, "until") || Is(j - 1, "before") || Is(j - 1, "after") ||
                  Is(j - 1, "this") || Is(j - 1, "next") || Is(j - 1, "last"))))
    return false;
  // "Ana Reyes", "Isla de Pascua": one word after a name is a surname or a place
  if (end == j + 1 && j > 0 && Capitalized(j) && Capitalized(j - 1) &&
      !(j >= 2 && toks_[j - 2].kind == Token::kPunct))
    return false;
  size_t k = end;
  if (es && (Is(k, "pasada") || Is(k, "pasado"))) {
    shift = -1;
    ++k;
  }
  // a year said in words: "Christmas next year", "thanksgiving of last year",
  // "la Navidad del año que viene", "Nochevieja de este año"
  int year_shift = 99;
  {
    size_t y = k;
    if (!es) {
      if (Is(y, "of")) ++y;
      if (Is(y, "this") || Is(y, "next") || Is(y, "last") || Is(y, "previous")) {
        int sh = Is(y, "this") ? 0 : Is(y, "next") ? 1 : -1;
        if (Is(y + 1, "year") || Is(y + 1, "yr")) {
          year_shift = sh;
          k = y + 2;
        }
      }
    } else if (Is(y, "del") || Is(y, "de")) {
      ++y;
      if ((Is(y, "este") || Is(y, "esto")) && Is(y + 1, "ano")) {
        year_shift = 0;
        k = y + 2;
      } else if (Is(y, "proximo") && Is(y + 1, "ano")) {
        year_shift = 1;
        k = y + 2;
      } else if (Is(y, "ano") && Is(y + 1, "que") && Is(y + 2, "viene")) {
        year_shift = 1;
        k = y + 3;
      } else if (Is(y, "ano") && (Is(y + 1, "proximo") || Is(y + 1, "siguiente"))) {
        year_shift = 1;
        k = y + 2;
      } else if (Is(y, "ano") && Is(y + 1, "pasado")) {
        year_shift = -1;
        k = y + 2;
      }
    }
  }
  // an explicit year: "easter 2010", "Navidad de 2015"
  size_t y = k;
  if (es && (Is(y, "de") || Is(y, "del"))) ++y;
  if (!es && Is(y, "of")) ++y;
  int year;
  std::optional<LocalTime> d;
  if (year_shift != 99) {
    d = InYear(*found, ref_.year + year_shift);
  } else if (YearNumber(y, year, false)) {
    d = InYear(*found, year);
    k = y;
  } else {
    int64_t today = ToSeconds(Today());
    for (int yy = ref_.year - 1; yy <= ref_.year + 1 && !d; ++yy) {
      auto c = InYear(*found, shift < 0 ? 2 * ref_.year - yy : yy);
      if (!c) continue;
      // a span still going on ("Lent" said in Lent) is this one
      int64_t last = ToSeconds(AddDays(*c, found->span));
      if (shift < 0 ? ToSeconds(*c) < today && last < today : last >= today) d = c;
    }
    if (!d && shift < 0) d = InYear(*found, ref_.year - 1);
    if (!d) d = InYear(*found, ref_.year + 1);
  }
  if (!d) return false;
  s = Day(*d);
  if (found->span > 0) s.end = AddDays(*d, found->span);
  i = k;
  return true;
}

}  // namespace chatbeto::events::detail
