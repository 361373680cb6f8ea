#include "util/text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace chatbeto {
namespace {
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
}  // namespace

std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && IsContinuation(static_cast<unsigned char>(s[n]))) --n;
  return s.substr(0, n);
}

std::vector<std::string> QueryTerms(std::string_view q) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : q) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u) || c == '_' || c == '-') {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::string Snippet(std::string_view text, const std::vector<std::string>& terms, size_t width) {
  size_t hit = std::string_view::npos;
  for (const auto& t : terms) {
    if (t.empty()) continue;
    auto it = std::search(text.begin(), text.end(), t.begin(), t.end(),
                          [](char a, char b) { return Lower(a) == Lower(b); });
    if (it != text.end()) hit = std::min(hit, static_cast<size_t>(it - text.begin()));
  }
  size_t start = hit == std::string_view::npos || hit < width / 3 ? 0 : hit - width / 3;
  while (start > 0 && start < text.size() && IsContinuation(static_cast<unsigned char>(text[start])))
    --start;
  std::string_view cut = Utf8Prefix(text.substr(start), width);
  std::string out = start > 0 ? "…" : "";
  for (char c : cut) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (start + cut.size() < text.size()) out += "…";
  return out;
}

std::string WithThousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string Counted(uint64_t n, std::string_view noun) {
  return WithThousands(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

}  // namespace chatbeto
