#include "whatsapp/export_header.h"

#include <re2/re2.h>

namespace chatbeto::whatsapp {
namespace {

// One regex for every layout. Groups: 1 "[", 2-4 date fields, 5 first date
// separator, 6-8 time, 9 a/p, 10 what ends the header.
const RE2& HeaderRegex() {
  static const RE2 re(
      "(?:\\x{200E}|\\x{200F})*"
      "(\\[)?"
      "(\\d{1,4})([./-]) ?(\\d{1,4})[./-] ?(\\d{1,4})\\.?"
      ",?[ \\x{A0}](?:klo )?"
      "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
      "(?:[ \\x{A0}\\x{202F}]?([aApP])\\.?[ \\x{A0}\\x{202F}]?[mM]\\.?)?"
      "(\\] ?| [-\\x{2013}] |: | )");
  return re;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<Header> MatchHeader(std::string_view line) {
  if (!MayBeHeader(line)) return std::nullopt;
  const RE2& re = HeaderRegex();
  re2::StringPiece g[11];
  if (!re.Match(re2::StringPiece(line.data(), line.size()), 0, line.size(), RE2::ANCHOR_START, g,
                11))
    return std::nullopt;
  const bool bracket = !g[1].empty();
  const std::string_view end(g[10].data(), g[10].size());
  const bool closes = !end.empty() && end[0] == ']';
  if (bracket != closes) return std::nullopt;  // "[… - " or "…] " is not a header
  Header h;
  constexpr int kField[3] = {2, 4, 5};
  for (int i = 0; i < 3; ++i) {
    const auto& f = g[kField[i]];
    h.field[i] = ToInt({f.data(), f.size()});
    h.digits[i] = static_cast<int>(f.size());
  }
  h.hour = ToInt({g[6].data(), g[6].size()});
  h.minute = ToInt({g[7].data(), g[7].size()});
  h.second = g[8].empty() ? 0 : ToInt({g[8].data(), g[8].size()});
  if (!g[9].empty())
    h.meridiem = (g[9][0] == 'a' || g[9][0] == 'A') ? Header::Meridiem::kAm : Header::Meridiem::kPm;
  uint32_t end_kind = closes ? 1 : end == " " ? 2 : end == ": " ? 3 : 4;
  h.shape = (bracket ? 1u : 0u) | (static_cast<uint32_t>(static_cast<unsigned char>(g[3][0])) << 1) |
            (end_kind << 9);
  h.rest = static_cast<size_t>(g[10].data() + g[10].size() - line.data());
  return h;
}

}  // namespace chatbeto::whatsapp
