#include "chatgpt/rest_json.h"

namespace chatbeto::chatgpt {

namespace {

// JSON_QUOTE's escapes, for SqlJsonQuote and the in-place check alike: for
// each byte of the text, the second byte of its escape (\" \\ \b \f \n \r
// \t), 1 for a byte written as it is, 0 for a control character refused.
struct EscapeTable {
  char second[256];
  constexpr EscapeTable() : second() {
    for (int c = 0; c < 256; ++c) second[c] = c < 0x20 ? 0 : 1;
    second[static_cast<int>('"')] = '"';
    second[static_cast<int>('\\')] = '\\';
    second[static_cast<int>('\b')] = 'b';
    second[static_cast<int>('\f')] = 'f';
    second[static_cast<int>('\n')] = 'n';
    second[static_cast<int>('\r')] = 'r';
    second[static_cast<int>('\t')] = 't';
  }
};
constexpr EscapeTable kEscape;

}  // namespace

std::optional<std::string> SqlJsonQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 2);
  out += '"';
  for (char ch : text) {
    const char second = kEscape.second[static_cast<unsigned char>(ch)];
    if (second == 0) return std::nullopt;
    if (second == 1) {
      out += ch;
    } else {
      out += '\\';
      out += second;
    }
  }
  out += '"';
  return out;
}

namespace {

enum class Quoted { kYes, kNo, kUnquotable };

// Whether raw[at, ...) starts with SqlJsonQuote(text); on a match, *end is
// just past it. Compares in place (runs of plain bytes with memcmp), without
// building the quoted copy.
Quoted StartsWithQuoted(std::string_view raw, size_t at, std::string_view text, size_t* end) {
  if (at >= raw.size() || raw[at] != '"') return Quoted::kNo;
  size_t j = at + 1;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t k = i;
    while (k < n && kEscape.second[static_cast<unsigned char>(text[k])] == 1) ++k;
    const size_t run = k - i;
    if (run) {
      if (raw.size() - j < run || raw.compare(j, run, text.substr(i, run)) != 0) return Quoted::kNo;
      j += run;
      i = k;
      if (i == n) break;
    }
    const char second = kEscape.second[static_cast<unsigned char>(text[i])];
    if (second == 0) return Quoted::kUnquotable;
    if (raw.size() - j < 2 || raw[j] != '\\' || raw[j + 1] != second) return Quoted::kNo;
    j += 2;
    ++i;
  }
  if (j >= raw.size() || raw[j] != '"') return Quoted::kNo;
  *end = j + 1;
  return Quoted::kYes;
}

}  // namespace

std::optional<std::string> RestJson(std::string_view raw, std::string_view text,
                                    size_t min_text_bytes) {
  if (text.size() < min_text_bytes || text.size() > raw.size()) return std::nullopt;
  if (raw.find(kRestTextMarker) != std::string_view::npos) return std::nullopt;
  // The first `"parts":[` whose one element is SqlJsonQuote(text), compared
  // in place.
  constexpr std::string_view kOpen = "\"parts\":[";
  for (size_t open = raw.find(kOpen); open != std::string_view::npos;
       open = raw.find(kOpen, open + 1)) {
    const size_t at = open + kOpen.size();
    size_t end = 0;
    const Quoted q = StartsWithQuoted(raw, at, text, &end);
    if (q == Quoted::kUnquotable) return std::nullopt;
    if (q == Quoted::kNo || end >= raw.size() || raw[end] != ']') continue;
    std::string rest;
    rest.reserve(raw.size() - (end - at) + kRestTextMarker.size());
    rest.append(raw.substr(0, at));
    rest.append(kRestTextMarker);
    rest.append(raw.substr(end));
    return rest;
  }
  return std::nullopt;
}

std::string RestoreRestJson(std::string_view rest, std::string_view text) {
  const size_t at = rest.find(kRestTextMarker);
  if (at == std::string_view::npos) return std::string(rest);
  const std::optional<std::string> quoted = SqlJsonQuote(text);
  std::string out(rest.substr(0, at));
  out += quoted.value_or("null");
  out += rest.substr(at + kRestTextMarker.size());
  return out;
}

}  // namespace chatbeto::chatgpt
