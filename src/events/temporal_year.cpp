// Years where a year is expected (after a month, a holiday, "de", "in"):
// digits with an era ("2014", "'74", "88 AD", "44 a. C."), and years said in
// words ("two thousand ten", "nineteen ninety-four", "twenty nineteen",
// "nineteen oh five"; "mil novecientos noventa", "dos mil diez", "mil
// novecientos noventa y cuatro"); and a year anywhere with its era written
// as one ("14 AD", "300 B.C.", "the year 14 AD", "el año 14 d. C."). An era
// makes the year literal: "in 14 a.d." is the year 14, not 2014.
#include <string_view>

#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

int Tens(Lang lang, std::string_view w) {
  static const util::WordMap<int> en = {{"twenty", 20},  {"thirty", 30}, {"forty", 40},
                                        {"fourty", 40},  {"fifty", 50},  {"sixty", 60},
                                        {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
  static const util::WordMap<int> es = {{"veinte", 20},    {"treinta", 30}, {"cuarenta", 40},
                                        {"cincuenta", 50}, {"sesenta", 60}, {"setenta", 70},
                                        {"ochenta", 80},   {"noventa", 90}};
  const int* tens = (lang == Lang::kEs ? es : en).Find(w);
  return tens ? *tens : -1;
}

int Hundreds(std::string_view w) {  // Spanish
  static const util::WordMap<int> t = {
      {"cien", 100},          {"ciento", 100},     {"doscientos", 200},  {"trescientos", 300},
      {"cuatrocientos", 400}, {"quinientos", 500}, {"seiscientos", 600}, {"setecientos", 700},
      {"ochocientos", 800},   {"novecientos", 900}};
  const int* hundreds = t.Find(w);
  return hundreds ? *hundreds : -1;
}

}  // namespace

bool Parser::EraAt(size_t k) const {
  return Is(k, "ad") || Is(k, "bc") || Is(k, "ac") || Is(k, "dc") ||
         // "A.D.", "B.C.", "a. C.", "d. C."; not "9 p.m."
         (IsP(k + 1, '.') && ((Is(k, "a") && (Is(k + 2, "d") || Is(k + 2, "c"))) ||
                              ((Is(k, "b") || Is(k, "d")) && Is(k + 2, "c"))));
}

bool Parser::YearWithEra(size_t& i, Span& s) const {
  size_t j = i;
  const bool es = lang_ == Lang::kEs;
  // "the year 14 AD", "in the year 2014", "el año 14 d. C.", "en el año 300 a. C."
  bool year_word = false;
  if (Is(j, es ? "en" : "in")) ++j;
  if (Is(j, es ? "el" : "the")) ++j;
  if (Is(j, es ? "ano" : "year")) {
    year_word = true;
    ++j;
  } else {
    j = i;
  }
  if (Num(j) <= 0 || Digits(j) > 4) return false;
  const bool era = EraAt(j + 1);
  if (!era && !(year_word && Digits(j) == 4)) return false;
  // Without "the year", the era only as written for one ("14 AD", "300 a.C."), not in a
  // sentence ("14 ad campaigns", "5 bc I was late").
  auto upper = [&](size_t k) {
    for (size_t b = toks_[k].begin; b < toks_[k].end; ++b)
      if (text_[b] < 'A' || text_[b] > 'Z') return false;
    return true;
  };
  const bool written = IsP(j + 2, '.') || (IsWordTok(j + 1) && upper(j + 1));
  if (era && !year_word && !written) return false;
  size_t y = j;
  int year;
  if (!YearNumber(y, year, true)) return false;
  s.start = LocalTime{year, 1, 1};
  s.grain = Grain::kYear;
  s.past = year < ref_.year;
  i = y;
  return true;
}

bool Parser::YearNumber(size_t& i, int& y, bool loose) const {
  size_t j = i;
  if (IsP(j, '\'') && Digits(j + 1) == 2) {
    ++j;
    loose = true;
  }
  int n = Num(j), nd = Digits(j);
  if (n < 0 && j == i && YearWords(j, y) && y >= 1000 && y <= 2999) {
    i = j;
    return true;
  }
  if (n < 0) return false;
  // a year with its era is the year as said: "14 a.d." is 14, not 2014
  if (loose && nd <= 4 && n > 0 && EraAt(j + 1)) {
    y = n;
  } else if (nd == 4 && n >= 1000 && n <= 2999) {
    y = n;
  } else if (nd == 2 && loose) {
    y = n < 50 ? 2000 + n : 1900 + n;
  } else {
    return false;
  }
  ++j;
  // era: "BC", "B.C.", "AD", "A.D.", "a. C.", "d. C."
  auto era = [&](size_t k, std::string_view a, std::string_view b, size_t& out) {
    if (Is(k, std::string(a) + std::string(b))) {
      out = k + 1 + (IsP(k + 1, '.') ? 1 : 0);
      return true;
    }
    if (Is(k, a) && IsP(k + 1, '.') && Is(k + 2, b)) {
      out = k + 3 + (IsP(k + 3, '.') ? 1 : 0);
      return true;
    }
    return false;
  };
  size_t e;
  if (lang_ == Lang::kEn ? era(j, "b", "c", e) : era(j, "a", "c", e)) {
    y = -y;
    j = e;
  } else if (lang_ == Lang::kEn ? era(j, "a", "d", e) : era(j, "d", "c", e)) {
    j = e;
  }
  i = j;
  return true;
}

// 1..99 in words at i: "ten", "ninety-four", "noventa y cuatro", "veintitrés".
bool Parser::WordsUpTo99(size_t& i, int& v) const {
  if (!IsWordTok(i)) return false;
  int tens = Tens(lang_, toks_[i].text);
  if (tens > 0) {
    size_t k = i + 1;
    if (lang_ == Lang::kEn && IsP(k, '-')) ++k;
    if (lang_ == Lang::kEs && Is(k, "y")) ++k;
    Word unit = IsWordTok(k) ? NumberWord(lang_, toks_[k].text) : Word{};
    const bool joined = lang_ == Lang::kEn || Is(i + 1, "y");  // "noventa y cuatro"
    if (unit && unit.value >= 1 && unit.value <= 9 && joined) {
      v = tens + unit.value;
      i = k + 1;
      return true;
    }
    v = tens;
    ++i;
    return true;
  }
  Word w = NumberWord(lang_, toks_[i].text);
  if (!w || w.value < 1 || w.value > 29) return false;
  v = w.value;
  ++i;
  return true;
}

bool Parser::YearWords(size_t& i, int& y) const {
  size_t j = i;
  int v = 0;
  if (lang_ == Lang::kEn) {
    // "two thousand [and] ten"
    if (Is(j, "two") && Is(j + 1, "thousand")) {
      j += 2;
      size_t k = j + (Is(j, "and") ? 1 : 0);
      int rest = 0;
      if (WordsUpTo99(k, rest)) j = k;
      y = 2000 + rest;
      i = j;
      return true;
    }
    // "nineteen ninety-four", "twenty nineteen", "nineteen oh five"
    int century;
    size_t k = j;
    if (!WordsUpTo99(k, century) || century < 10 || century > 29) return false;
    if ((Is(k, "oh") || Is(k, "o")) && IsWordTok(k + 1)) {
      Word unit = NumberWord(lang_, toks_[k + 1].text);
      if (!unit || unit.value < 1 || unit.value > 9) return false;
      y = century * 100 + unit.value;
      i = k + 2;
      return true;
    }
    if (Is(k, "hundred")) {
      y = century * 100;
      i = k + 1;
      return true;
    }
    if (!WordsUpTo99(k, v) || v < 10) return false;
    y = century * 100 + v;
    i = k;
    return true;
  }
  // "mil novecientos noventa y cuatro", "dos mil diez", "dos mil"
  int thousands = 0;
  if (Is(j, "mil")) {
    thousands = 1000;
    ++j;
  } else if (Is(j, "dos") && Is(j + 1, "mil")) {
    thousands = 2000;
    j += 2;
  } else {
    return false;
  }
  int hundreds = IsWordTok(j) ? Hundreds(toks_[j].text) : -1;
  if (hundreds > 0) ++j;
  size_t k = j;
  if (WordsUpTo99(k, v)) j = k;
  y = thousands + (hundreds > 0 ? hundreds : 0) + v;
  i = j;
  return true;
}

}  // namespace chatbeto::events::detail
