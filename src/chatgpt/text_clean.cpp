#include "chatgpt/text_clean.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace chatbeto::chatgpt {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Returns the length (1-4) of the well-formed UTF-8 sequence at p, or 0 with
// *bad = length of the maximal ill-formed subpart (>= 1) to replace.
size_t DecodeLength(const uint8_t* p, const uint8_t* end, size_t* bad) {
  const uint8_t c = p[0];
  if (c < 0x80) return 1;
  size_t need = 0;
  uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c == 0xE0) {
    need = 2, lo = 0xA0;  // no overlongs
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    need = 2;
  } else if (c == 0xED) {
    need = 2, hi = 0x9F;  // no UTF-16 surrogates
  } else if (c == 0xF0) {
    need = 3, lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3) {
    need = 3;
  } else if (c == 0xF4) {
    need = 3, hi = 0x8F;  // <= U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  for (size_t i = 1; i <= need; ++i) {
    if (p + i >= end) {
      *bad = i;
      return 0;
    }
    const uint8_t b = p[i];
    if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
      *bad = i;
      return 0;
    }
  }
  return need + 1;
}

bool Hex4(const char* p, uint32_t* out) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    const char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= c - '0';
    else if (c >= 'a' && c <= 'f')
      v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      v |= c - 'A' + 10;
    else
      return false;
  }
  *out = v;
  return true;
}

// True when p[0..2] encodes U+E200 + `low` (p must have 3 readable bytes).
inline bool IsPrivateMarker(const char* p, uint8_t low) {
  return static_cast<uint8_t>(p[0]) == 0xEE && static_cast<uint8_t>(p[1]) == 0x88 &&
         static_cast<uint8_t>(p[2]) == 0x80 + low;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // ASCII fast path, 8 bytes at a time.
    while (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      if (word & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p == end) break;
    size_t bad = 0;
    const size_t len = DecodeLength(p, end, &bad);
    if (len == 0) return false;
    p += len;
  }
  return true;
}

size_t AppendValidUtf8(std::string_view in, std::string* out) {
  const auto* begin = reinterpret_cast<const uint8_t*>(in.data());
  const auto* end = begin + in.size();
  const uint8_t* run = begin;  // start of the pending valid run
  const uint8_t* p = begin;
  size_t replaced = 0;
  while (p < end) {
    size_t bad = 0;
    const size_t len = DecodeLength(p, end, &bad);
    if (len != 0) {
      p += len;
      continue;
    }
    out->append(reinterpret_cast<const char*>(run), p - run);
    out->append(kReplacement);
    ++replaced;
    p += bad;
    run = p;
  }
  out->append(reinterpret_cast<const char*>(run), end - run);
  return replaced;
}

void StripCitationMarkers(std::string* text) {
  // Markers are short (a type and a few refs); a bound keeps a lone U+E200
  // from swallowing a whole answer that happens to contain a later U+E201.
  constexpr size_t kMaxMarker = 4096;
  std::string& s = *text;
  const size_t n = s.size();
  size_t r = s.find('\xEE');
  if (r == std::string::npos) return;
  size_t w = r;
  while (r < n) {
    const uint8_t c = static_cast<uint8_t>(s[r]);
    if (c == 0xEE && r + 2 < n && static_cast<uint8_t>(s[r + 1]) == 0x88 &&
        static_cast<uint8_t>(s[r + 2]) >= 0x80 && static_cast<uint8_t>(s[r + 2]) <= 0x86) {
      size_t skip_to = r + 3;  // a stray marker character
      if (static_cast<uint8_t>(s[r + 2]) == 0x80) {
        const size_t limit = std::min(n, r + kMaxMarker);
        size_t q = r + 3;
        while (q + 2 < limit) {
          const void* hit = std::memchr(s.data() + q, '\xEE', limit - 2 - q);
          if (hit == nullptr) break;
          q = static_cast<const char*>(hit) - s.data();
          if (IsPrivateMarker(s.data() + q, 1)) {
            skip_to = q + 3;  // the whole marker
            break;
          }
          if (IsPrivateMarker(s.data() + q, 0)) break;  // another start: this one is stray
          ++q;
        }
      }
      r = skip_to;
      continue;
    }
    // Copy up to the next candidate lead byte in one move.
    const void* hit = c == 0xEE ? nullptr : std::memchr(s.data() + r, '\xEE', n - r);
    const size_t stop = c == 0xEE ? r + 1 : (hit ? static_cast<const char*>(hit) - s.data() : n);
    std::memmove(s.data() + w, s.data() + r, stop - r);
    w += stop - r;
    r = stop;
  }
  s.resize(w);
}

size_t RepairJsonText(std::string_view json, std::string* out,
                      std::vector<ReplacedBytes>* originals) {
  auto note = [&](size_t at, size_t len, bool escape) {
    if (!originals) return;
    if (!escape && !originals->empty()) {
      ReplacedBytes& last = originals->back();
      if (!last.escape && last.offset + last.original.size() == at) {
        last.original.append(json.substr(at, len));  // one run of bad bytes
        return;
      }
    }
    originals->push_back({at, std::string(json.substr(at, len)), escape});
  };
  out->clear();
  out->reserve(json.size() + 64);
  const auto* bytes = reinterpret_cast<const uint8_t*>(json.data());
  const auto* end = bytes + json.size();
  const size_t n = json.size();
  size_t repairs = 0;
  bool in_string = false;
  size_t i = 0;
  while (i < n) {
    const uint8_t c = bytes[i];
    if (c >= 0x80) {
      size_t bad = 0;
      const size_t len = DecodeLength(bytes + i, end, &bad);
      if (len != 0) {
        out->append(json.data() + i, len);
        i += len;
      } else {
        out->append(kReplacement);
        note(i, bad, false);
        i += bad;
        ++repairs;
      }
      continue;
    }
    if (!in_string) {
      if (c == '"') in_string = true;
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out->append(esc, 6);
      ++repairs;
      ++i;
      continue;
    } else if (c == '\\' && i + 1 < n) {
      uint32_t cp = 0;
      if (json[i + 1] == 'u' && i + 5 < n && Hex4(json.data() + i + 2, &cp)) {
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          uint32_t low = 0;
          if (i + 11 < n && json[i + 6] == '\\' && json[i + 7] == 'u' &&
              Hex4(json.data() + i + 8, &low) && low >= 0xDC00 && low <= 0xDFFF) {
            out->append(json.data() + i, 12);  // a proper surrogate pair
            i += 12;
            continue;
          }
          out->append("\\ufffd");
          note(i, 6, true);
          ++repairs;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          out->append("\\ufffd");
          note(i, 6, true);
          ++repairs;
        } else {
          out->append(json.data() + i, 6);
        }
        i += 6;
        continue;
      }
      // Any other escape: keep the backslash and an ASCII follower together so
      // an escaped quote does not end the string.
      out->push_back('\\');
      ++i;
      if (bytes[i] >= 0x20 && bytes[i] < 0x80) out->push_back(json[i++]);
      continue;
    }
    out->push_back(static_cast<char>(c));
    ++i;
  }
  return repairs;
}

}  // namespace chatbeto::chatgpt
