#include "events/temporal_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace chatbeto::events::detail {
namespace {

enum class Cls { kSpace, kLetter, kDigit, kOther };

Cls Classify(UChar32 c) {
  if (c < 0) return Cls::kOther;
  if (c < 0x80) {
    if (c >= '0' && c <= '9') return Cls::kDigit;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return Cls::kLetter;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
      return Cls::kSpace;
    return Cls::kOther;
  }
  if (u_isUWhiteSpace(c)) return Cls::kSpace;
  // Letters, combining marks (decomposed accents) and the ordinal indicators º ª.
  if (u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK)) return Cls::kLetter;
  return Cls::kOther;
}

// The ASCII letter a Latin-1 letter (the second byte of "C3 xx") folds to
// (NFKC case fold, then NFD without marks: "Ñ" -> "n"), or 0 for those that
// fold otherwise (ß -> ss, æ, ø, ð, þ) and the signs × ÷.
char LatinBase(unsigned char b) {
  static const char kMap[64] = {
      'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // C3 80
      0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   0,    // C3 90
      'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',  // C3 A0
      0,   'n', 'o', 'o', 'o', 'o', 'o', 0,   0,   'u', 'u', 'u', 'u', 'y', 0,   'y',  // C3 B0
  };
  return b >= 0x80 && b <= 0xBF ? kMap[b - 0x80] : 0;
}

// "mñn", "mñna", "mñana", "mañna", "MÑN": chat spellings of "mañana" that keep its ñ (so
// are Spanish), read as the word itself, tomorrow or the morning by its place.
bool ChatManana(std::string_view raw, std::string_view folded) {
  if (folded.size() < 3 || folded.size() > 5 || folded[0] != 'm') return false;
  if (!(folded == "mnn" || folded == "mnna" || folded == "mnana" || folded == "manna"))
    return false;
  for (std::string_view tilde : {"\xC3\xB1", "\xC3\x91", "\xCC\x83"})  // ñ, Ñ, combining ~
    if (raw.find(tilde) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::string FoldWord(std::string_view utf8) {
  // ASCII and the accented letters of Spanish (and most Latin-1 ones) by
  // table: the same result as ICU below, which costs far more per word.
  std::string out;
  out.reserve(utf8.size());
  bool plain = true, latin = false;
  for (size_t k = 0; k < utf8.size() && plain; ++k) {
    const unsigned char ch = utf8[k];
    if (ch < 0x80) {
      out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : static_cast<char>(ch);
    } else if (ch == 0xC3 && k + 1 < utf8.size() && LatinBase(utf8[k + 1])) {
      out += LatinBase(utf8[++k]);
      latin = true;
    } else {
      plain = false;
    }
  }
  if (plain) {
    if (latin && ChatManana(utf8, out)) out = "manana";
    return out;
  }
  out.clear();
  UErrorCode st = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(st);
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  if (!nfkc_cf || !nfd) return std::string(utf8);
  st = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(s, st);
  icu::UnicodeString decomposed = nfd->normalize(folded, st);
  if (U_FAILURE(st)) return std::string(utf8);
  icu::UnicodeString bare;
  for (int32_t k = 0; k < decomposed.length();) {
    UChar32 c = decomposed.char32At(k);
    if (!(U_GET_GC_MASK(c) & U_GC_MN_MASK)) bare.append(c);
    k += U16_LENGTH(c);
  }
  bare.toUTF8String(out);
  if (ChatManana(utf8, out)) out = "manana";
  return out;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  // About one token per four bytes of chat text: one allocation, no moves of
  // tokens already made as the vector grows.
  out.reserve(text.size() / 4 + 4);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  bool prev_space = true;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    Cls cls = Classify(c);
    if (cls == Cls::kSpace) {
      prev_space = true;
      continue;
    }
    Token t;
    t.begin = static_cast<size_t>(start);
    t.glued = !prev_space && !out.empty();
    prev_space = false;
    if (cls == Cls::kOther) {
      t.kind = Token::kPunct;
      t.end = static_cast<size_t>(i);
      t.text.assign(text.substr(t.begin, t.end - t.begin));
      // Typographic quotes read like ASCII ones ("o’clock").
      if (c == 0x2019 || c == 0x2018) t.text = "'";
      if (c == 0x201C || c == 0x201D) t.text = "\"";
      // An en dash reads as a hyphen: ranges ("9–11am", "3–5 de marzo"), scores ("3–1").
      if (c == 0x2013) t.text = "-";
      out.push_back(std::move(t));
      continue;
    }
    int32_t j = i;
    while (j < n) {
      int32_t k = j;
      UChar32 d;
      U8_NEXT(s, k, n, d);
      if (Classify(d) != cls) break;
      j = k;
    }
    t.end = static_cast<size_t>(j);
    std::string_view raw = text.substr(t.begin, t.end - t.begin);
    if (cls == Cls::kDigit) {
      t.kind = Token::kNumber;
      t.text.assign(raw);
      int64_t v = 0;
      for (char ch : raw) v = std::min<int64_t>(v * 10 + (ch - '0'), 100000000);
      t.value = static_cast<int>(v);
    } else {
      t.kind = Token::kWord;
      t.text = FoldWord(raw);
    }
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

}  // namespace chatbeto::events::detail
