// Years said in words: "two thousand ten", "nineteen ninety-four", "twenty
// nineteen", "nineteen oh five"; "mil novecientos noventa", "dos mil diez",
// "mil novecientos noventa y cuatro". Only where a year is expected (after a
// month, a holiday, "de", "in"), through YearNumber.
#include <string_view>
#include <unordered_map>

#include "events/temporal_parser.h"

namespace chatbeto::events::detail {
namespace {

int Tens(Lang lang, std::string_view w) {
  static const std::unordered_map<std::string_view, int> en = {
      {"twenty", 20}, {"thirty", 30}, {"forty", 40},  {"fourty", 40},
      {"fifty", 50},  {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90}};
  static const std::unordered_map<std::string_view, int> es = {
      {"veinte", 20},  {"treinta", 30}, {"cuarenta", 40}, {"cincuenta", 50},
      {"sesenta", 60}, {"setenta", 70}, {"ochenta", 80},  {"noventa", 90}};
  const auto& t = lang == Lang::kEs ? es : en;
  auto it = t.find(w);
  return it == t.end() ? -1 : it->second;
}

int Hundreds(std::string_view w) {  // Spanish
  static const std::unordered_map<std::string_view, int> t = {
      {"cien", 100},         {"ciento", 100},      {"doscientos", 200}, {"trescientos", 300},
      {"cuatrocientos", 400}, {"quinientos", 500}, {"seiscientos", 600}, {"setecientos", 700},
      {"ochocientos", 800},  {"novecientos", 900}};
  auto it = t.find(w);
  return it == t.end() ? -1 : it->second;
}

}  // namespace

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
