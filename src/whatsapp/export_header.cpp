#include "whatsapp/export_header.h"

#include <re2/re2.h>

namespace chatbeto::whatsapp {
namespace {

constexpr std::string_view kMarks = "[\\x{200E}\\x{200F}]*";
// No header is longer than this (with a few leading marks); the regex never
// needs to see the rest of a long line.
constexpr size_t kMaxHeader = 96;

// One regex for every layout. Groups: 1 "[", 2 3 4 date fields, 5-7 time,
// 8 a/p, 9 what ends the header.
const RE2& HeaderRegex() {
  static const RE2 re(
      std::string(kMarks) +
      "(\\[)?"
      "(\\d{1,4})[./-] ?(\\d{1,4})[./-] ?(\\d{1,4})\\.?"
      ",?[ \\x{A0}](?:klo )?"
      "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?"
      "(?:[ \\x{A0}\\x{202F}]?([aApP])\\.?[ \\x{A0}\\x{202F}]?[mM]\\.?)?"
      "(\\] ?| [-\\x{2013}] |: | )");
  return re;
}

int ToInt(const re2::StringPiece& s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Fills `h` from the date, time and a/p groups (empty when absent).
void Fill(Header& h, const re2::StringPiece* date, const re2::StringPiece* time, int times,
          const re2::StringPiece& ap) {
  for (int i = 0; i < 3; ++i) {
    h.field[i] = ToInt(date[i]);
    h.digits[i] = static_cast<int>(date[i].size());
  }
  h.hour = ToInt(time[0]);
  h.minute = ToInt(time[1]);
  h.second = times > 2 && !time[2].empty() ? ToInt(time[2]) : 0;
  if (!ap.empty())
    h.meridiem = (ap[0] == 'a' || ap[0] == 'A') ? Header::Meridiem::kAm : Header::Meridiem::kPm;
}

}  // namespace

std::optional<Header> MatchHeader(std::string_view line) {
  if (!MayBeHeader(line)) return std::nullopt;
  line = line.substr(0, kMaxHeader);
  re2::StringPiece g[10];
  if (!HeaderRegex().Match(re2::StringPiece(line.data(), line.size()), 0, line.size(),
                           RE2::ANCHOR_START, g, 10))
    return std::nullopt;
  const bool bracket = !g[1].empty();
  const bool closes = !g[9].empty() && g[9][0] == ']';
  if (bracket != closes) return std::nullopt;  // "[… - " or "…] " is not a header
  Header h;
  Fill(h, &g[2], &g[5], 3, g[8]);
  h.rest = static_cast<size_t>(g[9].data() + g[9].size() - line.data());
  return h;
}

Layout::Layout(std::string_view header) {
  while (header.starts_with("\xE2\x80\x8E") || header.starts_with("\xE2\x80\x8F"))
    header.remove_prefix(3);
  if (header.empty()) return;
  // Digit runs become groups (3 date fields, then 2-3 time fields); an a/p
  // letter after the time becomes a group; everything else is literal.
  std::string p(kMarks);
  int runs = 0;
  for (size_t i = 0; i < header.size();) {
    if (IsDigit(header[i])) {
      while (i < header.size() && IsDigit(header[i])) ++i;
      ++runs;
      p += runs <= 3 ? "(\\d{1,4})" : runs == 4 ? "(\\d{1,2})" : "(\\d{2})";
      continue;
    }
    char c = header[i];
    if (runs >= 5 && !meridiem_ && (c == 'a' || c == 'A' || c == 'p' || c == 'P')) {
      p += "([aApP])";
      meridiem_ = true;
    } else {
      p += RE2::QuoteMeta(std::string_view(&header[i], 1));
    }
    ++i;
  }
  time_groups_ = runs - 3;
  if (runs < 5 || runs > 6) return;  // not a header: match nothing
  pattern_ = p;
  re_ = std::make_unique<RE2>(pattern_);
  if (!re_->ok()) re_.reset();
}

Layout::~Layout() = default;
Layout::Layout(Layout&&) noexcept = default;
Layout& Layout::operator=(Layout&&) noexcept = default;

std::optional<Header> Layout::Match(std::string_view line) const {
  if (!re_ || !MayBeHeader(line)) return std::nullopt;
  line = line.substr(0, kMaxHeader);
  // Only the whole match is asked for: RE2 then answers with its DFA alone,
  // several times faster than extracting groups. The matched text has the
  // layout's shape, so its digit runs are the fields in order.
  re2::StringPiece match;
  if (!re_->Match(re2::StringPiece(line.data(), line.size()), 0, line.size(), RE2::ANCHOR_START,
                  &match, 1))
    return std::nullopt;
  const std::string_view whole(match.data(), match.size());
  Header h;
  int values[6] = {0, 0, 0, 0, 0, 0}, runs = 0;
  for (size_t i = 0; i < whole.size() && runs < 3 + time_groups_;) {
    if (!IsDigit(whole[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < whole.size() && IsDigit(whole[i])) values[runs] = values[runs] * 10 + (whole[i++] - '0');
    if (runs < 3) h.digits[runs] = static_cast<int>(i - start);
    if (++runs == 3 + time_groups_ && meridiem_) {
      size_t ap = whole.find_first_of("aApP", i);
      if (ap != std::string_view::npos)
        h.meridiem = (whole[ap] == 'a' || whole[ap] == 'A') ? Header::Meridiem::kAm
                                                             : Header::Meridiem::kPm;
    }
  }
  for (int i = 0; i < 3; ++i) h.field[i] = values[i];
  h.hour = values[3];
  h.minute = values[4];
  h.second = time_groups_ > 2 ? values[5] : 0;
  h.rest = static_cast<size_t>(whole.data() + whole.size() - line.data());
  return h;
}

}  // namespace chatbeto::whatsapp
