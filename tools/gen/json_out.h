// Fast JSON text emission for the generator. A DOM library would cost more
// than generating the data itself; here the output is appended straight into a
// reused std::string and only text that can need escaping goes through escape().
// The layout copies Python's json.dumps defaults (", " and ": "), which is what
// the ChatGPT exports look like.
#pragma once
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "rng.h"

namespace gen {

// Escapes UTF-8 `s` as the inside of a JSON string. With ascii_only every
// non-ASCII code point becomes \uXXXX (surrogate pairs above U+FFFF), as
// Python's ensure_ascii does; otherwise UTF-8 passes through. Input must be
// valid UTF-8 (the corpus is, and it is checked by the unit test).
inline std::string escape(std::string_view s, bool ascii_only) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  auto u4 = [&](uint32_t cp) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
  };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        default:
          if (c < 0x20)
            u4(c);
          else
            out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (!ascii_only) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      u4(0xD800 + (cp >> 10));
      u4(0xDC00 + (cp & 0x3FF));
    } else {
      u4(cp);
    }
    i += len;
  }
  return out;
}

// A text fragment kept in both encodings so that choosing the escaping style
// per conversation costs a pointer, not a re-escape.
struct Frag {
  std::string utf8;   // escaped, UTF-8 passed through
  std::string ascii;  // escaped, \uXXXX for non-ASCII
  size_t plain_len;   // length of the unescaped text (for size estimates)
  const std::string& get(bool ascii_only) const { return ascii_only ? ascii : utf8; }
};

inline Frag make_frag(std::string_view s) { return {escape(s, false), escape(s, true), s.size()}; }

class Out {
 public:
  std::string buf;
  bool ascii = false;  // escaping style of the conversation being written

  void raw(std::string_view s) { buf.append(s); }
  void ch(char c) { buf.push_back(c); }
  void null() { raw("null"); }
  void boolean(bool b) { raw(b ? "true" : "false"); }

  // `"key": ` as the first member, then `, "key": ` for the following ones.
  // Keys are plain ASCII literals, never escaped.
  void k0(std::string_view key) {
    ch('"');
    raw(key);
    raw("\": ");
  }
  void k(std::string_view key) {
    raw(", \"");
    raw(key);
    raw("\": ");
  }

  // A string that needs no escaping (ids, enum values, URLs we build).
  void str(std::string_view plain) {
    ch('"');
    raw(plain);
    ch('"');
  }
  // A pre-escaped fragment, without quotes.
  void frag(const Frag& f) { raw(f.get(ascii)); }
  // Arbitrary text, escaped now. Slower; for rare dynamic text only.
  void text(std::string_view utf8) {
    ch('"');
    raw(escape(utf8, ascii));
    ch('"');
  }

  void integer(int64_t v) {
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    buf.append(tmp, r.ptr);
  }

  // A Unix time given in microseconds, printed the way Python prints the float
  // (1714585031.148505, 1756000001.0), or as an integer for exports that use them.
  void time_us(int64_t us, bool as_int) {
    integer(us / 1000000);
    if (as_int) return;
    int64_t frac = us % 1000000;
    ch('.');
    if (frac == 0) {
      ch('0');
      return;
    }
    char digits[6];
    for (int i = 5; i >= 0; --i) {
      digits[i] = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    int n = 6;
    while (n > 1 && digits[n - 1] == '0') --n;
    buf.append(digits, n);
  }

  // n random lowercase hex digits.
  void hex(Rng& r, int n) {
    static const char* kHex = "0123456789abcdef";
    while (n > 0) {
      uint64_t v = r.next();
      for (int i = 0; i < 16 && n > 0; ++i, --n, v >>= 4) ch(kHex[v & 0xF]);
    }
  }

  // n random characters of [A-Za-z0-9] (OpenAI file and gizmo ids).
  void alnum(Rng& r, int n) {
    static const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int i = 0; i < n; ++i) ch(kAlnum[r.below(62)]);
  }

  // An uploaded file's id: "file_00000000" + 24 hex in 2025 exports,
  // "file-" + 22 alphanumerics before.
  void file_id(Rng& r, bool modern) {
    if (modern) {
      raw("file_00000000");
      hex(r, 24);
    } else {
      raw("file-");
      alnum(r, 22);
    }
  }
};

// A UUID-shaped id (8-4-4-4-12 hex), version nibble 4, written into `out`.
// `prefix` replaces the first characters, e.g. "aaa2" for the ids ChatGPT
// gave user messages in 2023-24.
inline void uuid_into(std::string& out, Rng& r, std::string_view prefix = {}) {
  static const char* kHex = "0123456789abcdef";
  uint64_t a = r.next(), b = r.next();
  char u[36];
  int bit = 0;
  for (int i = 0; i < 36; ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      u[i] = '-';
      continue;
    }
    uint64_t& src = bit < 64 ? a : b;
    u[i] = kHex[src & 0xF];
    src >>= 4;
    bit += 4;
  }
  u[14] = '4';
  u[19] = "89ab"[(a ^ b) & 3];
  for (size_t i = 0; i < prefix.size() && i < 8; ++i) u[i] = prefix[i];
  out.assign(u, 36);
}

}  // namespace gen
