// The header that starts a message line in an "Export chat" text file, in any
// of the Android / iOS / locale variants:
//   [01/20/19 11:23] Name: …        iOS brackets (optional seconds, ", ")
//   20/01/19, 11:23 - Name: …       Android " - " separator
//   01/30/2019, 08:49 p. m. - …     12-hour clocks (p. m., PM, with U+00A0/U+202F)
//   13.6.2018 klo 21.25.15 - …      Finnish, dots in the time
//   13. 6. 2018. 21:25:15 a: m      Croatian
//   13.06.18 21.25.15: a: m         colon separator
//   \u200e[3/6/18 1:55:00 p. m.] …  leading left-to-right marks
// One export uses one layout throughout, so the first header found by the
// general pattern (MatchHeader) fixes the file's layout, and every other line
// is matched against that exact layout (Layout): a continuation line that
// merely starts with a date in another layout never starts a message, and the
// exact pattern is one RE2 can match in a single pass (fast on big chats).
// Pure: matching only; which field is the day is decided by date_order.h.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace chatbeto::whatsapp {

struct Header {
  int field[3] = {0, 0, 0};   // the three date fields as written, in order
  int digits[3] = {0, 0, 0};  // how many digits each had (4 = a year)
  int hour = 0, minute = 0, second = 0;
  enum class Meridiem { kNone, kAm, kPm } meridiem = Meridiem::kNone;
  size_t rest = 0;  // byte offset in the line where the author / system text starts
};

// Matches a header of any layout at the start of `line` (no newline).
std::optional<Header> MatchHeader(std::string_view line);

// Cheap pre-check: false when `line` cannot start with a header (most
// continuation lines), so no regex runs on them.
inline bool MayBeHeader(std::string_view line) {
  if (line.empty()) return false;
  unsigned char c = static_cast<unsigned char>(line[0]);
  return (c >= '0' && c <= '9') || c == '[' || c == 0xE2 /* U+200E / U+200F */;
}

// The exact layout of one header, e.g. "20/01/19, 11:23 - " gives
// "(\d{1,4})/(\d{1,4})/(\d{1,4}), (\d{1,2}):(\d{2}) - " (plus optional leading
// marks). Thread-safe after construction.
class Layout {
 public:
  // `header` is a header line cut at Header::rest. Empty: matches nothing.
  explicit Layout(std::string_view header = {});
  ~Layout();
  Layout(Layout&&) noexcept;
  Layout& operator=(Layout&&) noexcept;
  const std::string& pattern() const { return pattern_; }
  std::optional<Header> Match(std::string_view line) const;

 private:
  std::string pattern_;
  std::unique_ptr<re2::RE2> re_;
  int time_groups_ = 2;  // 3 with seconds
  bool meridiem_ = false;
};

}  // namespace chatbeto::whatsapp
