#include "chatgpt/rest_json.h"

namespace chatbeto::chatgpt {

std::optional<std::string> SqlJsonQuote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 2);
  out += '"';
  for (char ch : text) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20) return std::nullopt;
        out += ch;
    }
  }
  out += '"';
  return out;
}

std::optional<std::string> RestJson(std::string_view raw, std::string_view text,
                                    size_t min_text_bytes) {
  if (text.size() < min_text_bytes || text.size() > raw.size()) return std::nullopt;
  if (raw.find(kRestTextMarker) != std::string_view::npos) return std::nullopt;
  const std::optional<std::string> quoted = SqlJsonQuote(text);
  if (!quoted) return std::nullopt;
  // The first occurrence of the quoted text that is a whole one-part
  // `"parts":[...]` (searched for as it is: no copy of the text with the
  // brackets around it).
  constexpr std::string_view kOpen = "\"parts\":[";
  size_t at = kOpen.size();
  for (;; ++at) {
    at = raw.find(*quoted, at);
    if (at == std::string_view::npos) return std::nullopt;
    const size_t end = at + quoted->size();
    if (raw.substr(at - kOpen.size(), kOpen.size()) == kOpen && end < raw.size() && raw[end] == ']')
      break;
  }
  std::string rest;
  rest.reserve(raw.size() - quoted->size() + kRestTextMarker.size());
  rest.append(raw.substr(0, at));
  rest.append(kRestTextMarker);
  rest.append(raw.substr(at + quoted->size()));
  return rest;
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
