#include "search/query.h"

#include "util/error.h"

namespace chatbeto::search {
namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not valid
// (overlong forms, surrogates and values past U+10FFFF are invalid).
size_t Utf8Length(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  if (n == 2 && c < 0xC2) return 0;
  if (n == 3 && c == 0xE0 && b(i + 1) < 0xA0) return 0;
  if (n == 3 && c == 0xED && b(i + 1) >= 0xA0) return 0;
  if (n == 4 && c == 0xF0 && b(i + 1) < 0x90) return 0;
  if (n == 4 && c == 0xF4 && b(i + 1) >= 0x90) return 0;
  return n;
}

[[noreturn]] void Fail(const std::string& what, size_t pos) {
  throw Error(ErrorKind::kUsage,
              "search: " + what + " at character " + std::to_string(pos + 1) + " of the query");
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

Query ParseQuery(std::string_view in) {
  Query q;
  size_t i = 0;
  auto add = [&](Term t, size_t start) {
    if (t.text.size() > kMaxTermBytes)
      Fail("a term longer than " + std::to_string(kMaxTermBytes) + " bytes", start);
    if (q.terms.size() == kMaxTerms)
      Fail("more than " + std::to_string(kMaxTerms) + " terms", start);
    q.terms.push_back(std::move(t));
  };
  while (i < in.size()) {
    if (IsSpace(in[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    Term t;
    t.phrase = in[i] == '"';
    if (t.phrase) ++i;
    bool closed = !t.phrase;
    while (i < in.size()) {
      char c = in[i];
      if (t.phrase && c == '"') {
        closed = true;
        ++i;
        break;
      }
      if (!t.phrase && IsSpace(c)) break;
      if (!t.phrase && c == '"') Fail("a quote inside a word (escape it as \\\")", i);
      if (c == '\\') {
        if (++i == in.size()) Fail("a lone backslash at the end", i - 1);
        c = in[i];
      }
      if (static_cast<unsigned char>(c) < 0x20 && !IsSpace(c)) Fail("a control character", i);
      size_t n = Utf8Length(in, i);
      if (n == 0) Fail("invalid UTF-8", i);
      t.text.append(in.substr(i, n));
      i += n;
    }
    if (!closed) Fail("an unterminated quote", start);
    if (t.text.empty()) Fail("an empty phrase", start);
    add(std::move(t), start);
  }
  if (q.terms.empty()) throw Error(ErrorKind::kUsage, "search: the query has no terms");
  return q;
}

std::string LikeContains(std::string_view term) {
  std::string out = "%";
  for (char c : term) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace chatbeto::search
