// The header that starts a message line in an "Export chat" text file, in any
// of the Android / iOS / locale variants:
//   [01/20/19 11:23] Name: …        iOS brackets (optional seconds, ", ")
//   20/01/19, 11:23 - Name: …       Android " - " separator
//   01/30/2019, 08:49 p. m. - …     12-hour clocks (p. m., PM, with U+00A0/U+202F)
//   13.6.2018 klo 21.25.15 - …      Finnish, dots in the time
//   13. 6. 2018. 21:25:15 a: m      Croatian
//   13.06.18 21.25.15: a: m         colon separator
//   \u200e[3/6/18 1:55:00 p. m.] …  leading left-to-right marks
// Pure: matching only; which field is the day is decided by date_order.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace chatbeto::whatsapp {

struct Header {
  int field[3] = {0, 0, 0};   // the three date fields as written, in order
  int digits[3] = {0, 0, 0};  // how many digits each had (4 = a year)
  int hour = 0, minute = 0, second = 0;
  enum class Meridiem { kNone, kAm, kPm } meridiem = Meridiem::kNone;
  // The layout of the header: bracket, date separator and what ends it. A
  // file uses one layout throughout, so a continuation line that merely
  // starts with a date in another layout never starts a message.
  uint32_t shape = 0;
  size_t rest = 0;  // byte offset in the line where the author / system text starts
};

// Matches a header at the start of `line` (no trailing newline). nullopt when
// the line does not start with one. Uses RE2; thread-safe.
std::optional<Header> MatchHeader(std::string_view line);

// Cheap pre-check: false when `line` cannot start with a header (most
// continuation lines), so the regex only runs on candidates.
inline bool MayBeHeader(std::string_view line) {
  if (line.empty()) return false;
  unsigned char c = static_cast<unsigned char>(line[0]);
  return (c >= '0' && c <= '9') || c == '[' || c == 0xE2 /* U+200E / U+200F */;
}

}  // namespace chatbeto::whatsapp
