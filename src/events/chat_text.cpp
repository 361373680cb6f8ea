#include "events/chat_text.h"

#include <cctype>

#include "util/error.h"

namespace chatbeto::events {
namespace {

struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool Eat(char c) {
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  bool Num(int& out, int max_digits) {
    size_t b = i;
    out = 0;
    while (i < s.size() && i - b < static_cast<size_t>(max_digits) && std::isdigit(static_cast<unsigned char>(s[i])))
      out = out * 10 + (s[i++] - '0');
    return i > b;
  }
  void Spaces() {
    for (;;) {
      if (Eat(' ')) continue;
      // U+202F / U+00A0 (narrow) no-break spaces before AM/PM in new exports
      if (s.substr(i, 3) == "\xE2\x80\xAF") { i += 3; continue; }
      if (s.substr(i, 2) == "\xC2\xA0") { i += 2; continue; }
      if (s.substr(i, 3) == "\xE2\x80\x8E") { i += 3; continue; }  // U+200E
      break;
    }
  }
};

// Parses a header; on success fills `m` (time, sender) and returns the
// offset of the body.
bool Header(std::string_view line, bool month_first, ChatMessage& m, std::string& bad, bool& system) {
  Cursor c{line};
  c.Spaces();
  bool ios = c.Eat('[');
  int a, b, y, h, mi, sec = 0;
  if (!c.Num(a, 4) || !(c.Eat('/') || c.Eat('.')) || !c.Num(b, 2) || !(c.Eat('/') || c.Eat('.')) || !c.Num(y, 4))
    return false;
  if (!c.Eat(',')) return false;
  c.Spaces();
  if (!c.Num(h, 2) || !c.Eat(':') || !c.Num(mi, 2)) return false;
  if (c.Eat(':') && !c.Num(sec, 2)) return false;
  c.Spaces();
  std::string_view rest = line.substr(c.i);
  if (rest.size() >= 2 && (rest[0] == 'A' || rest[0] == 'P' || rest[0] == 'a' || rest[0] == 'p') &&
      (rest[1] == 'M' || rest[1] == 'm')) {
    bool pm = rest[0] == 'P' || rest[0] == 'p';
    if (h < 1 || h > 12) return bad = "hour " + std::to_string(h) + " with AM/PM", false;
    h = h % 12 + (pm ? 12 : 0);
    c.i += 2;
  }
  if (ios) {
    if (!c.Eat(']')) return false;
    c.Spaces();
  } else {
    c.Spaces();
    if (!c.Eat('-')) return false;
    c.Spaces();
  }
  size_t colon = line.find(": ", c.i);
  if (colon == std::string_view::npos) return system = true, false;  // "X joined", encryption notice
  int month = month_first ? a : b, day = month_first ? b : a;
  if (y < 100) y += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || mi > 59 || sec > 59)
    return bad = "date or time out of range", false;
  m.local_time = LocalTime{y, month, day, h, mi, sec};
  m.sender = std::string(line.substr(c.i, colon - c.i));
  m.body = std::string(line.substr(colon + 2));
  return true;
}

}  // namespace

std::vector<ChatMessage> ReadChatText(std::string_view text, bool month_first, const std::string& name) {
  std::vector<ChatMessage> out;
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ChatMessage m;
    std::string bad;
    bool system = false;
    if (Header(line, month_first, m, bad, system)) {
      m.id = static_cast<int64_t>(out.size()) + 1;
      out.push_back(std::move(m));
    } else if (!bad.empty()) {
      throw Error(ErrorKind::kInvalidInput, name + ":" + std::to_string(line_no) + ": " + bad);
    } else if (!system && !out.empty() && !line.empty()) {
      out.back().body += "\n" + std::string(line);
    }
  }
  return out;
}

}  // namespace chatbeto::events
