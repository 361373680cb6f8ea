#include "chatgpt/json_slice.h"

#include <array>
#include <cstring>

namespace chatbeto::chatgpt::json {
namespace {

using simdjson::error_code;

constexpr std::array<bool, 256> MakeTable(std::string_view chars) {
  std::array<bool, 256> t{};
  for (char c : chars) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kStructural = MakeTable("\"{}[]");
constexpr std::array<bool, 256> kScalarEnd = MakeTable(" \t\r\n,]}[{\":");

// Position just after the closing quote of the string whose opening quote
// is at json[open], or npos.
size_t StringEnd(std::string_view json, size_t open) {
  const char* d = json.data();
  size_t from = open + 1;
  while (from < json.size()) {
    const void* hit = std::memchr(d + from, '"', json.size() - from);
    if (hit == nullptr) return std::string_view::npos;
    const size_t q = static_cast<const char*>(hit) - d;
    size_t backslashes = 0;
    while (q - backslashes > open + 1 && d[q - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return q + 1;
    from = q + 1;
  }
  return std::string_view::npos;
}

size_t SkipSpace(std::string_view s, size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) ++pos;
  return pos;
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at s[pos..pos+4), or -1.
int Hex4(std::string_view s, size_t pos) {
  if (pos + 4 > s.size()) return -1;
  int v = 0;
  for (size_t i = 0; i < 4; ++i) {
    const int h = Hex(s[pos + i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

size_t EncodeUtf8(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Parses "key": value (, or end) members; `on_value(key_body, value)`.
template <typename OnMember>
error_code SplitMembers(std::string_view json, char open, char close, bool keyed,
                        OnMember&& on_member) {
  json = TrimSpace(json);
  if (json.size() < 2 || json.front() != open || json.back() != close) return simdjson::TAPE_ERROR;
  size_t pos = SkipSpace(json, 1);
  if (pos == json.size() - 1) return simdjson::SUCCESS;  // empty
  while (true) {
    std::string_view key;
    if (keyed) {
      if (json[pos] != '"') return simdjson::TAPE_ERROR;
      const size_t end = StringEnd(json, pos);
      if (end == std::string_view::npos || end >= json.size()) return simdjson::TAPE_ERROR;
      key = json.substr(pos + 1, end - pos - 2);
      pos = SkipSpace(json, end);
      if (pos >= json.size() || json[pos] != ':') return simdjson::TAPE_ERROR;
      pos = SkipSpace(json, pos + 1);
    }
    if (pos >= json.size() - 1) return simdjson::TAPE_ERROR;
    const size_t end = ValueEnd(json, pos);
    if (end == std::string_view::npos || end > json.size() - 1) return simdjson::TAPE_ERROR;
    if (error_code e = on_member(key, json.substr(pos, end - pos))) return e;
    pos = SkipSpace(json, end);
    if (pos == json.size() - 1) return simdjson::SUCCESS;
    if (json[pos] != ',') return simdjson::TAPE_ERROR;
    pos = SkipSpace(json, pos + 1);
  }
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

size_t ValueEnd(std::string_view json, size_t pos) {
  if (pos >= json.size()) return std::string_view::npos;
  const char c = json[pos];
  if (c == '"') return StringEnd(json, pos);
  if (c != '{' && c != '[') {
    size_t p = pos + 1;
    while (p < json.size() && !kScalarEnd[static_cast<unsigned char>(json[p])]) ++p;
    return p;
  }
  const char* d = json.data();
  size_t depth = 0;
  for (size_t p = pos; p < json.size();) {
    while (p < json.size() && !kStructural[static_cast<unsigned char>(d[p])]) ++p;
    if (p == json.size()) break;
    const char s = d[p];
    if (s == '"') {
      p = StringEnd(json, p);
      if (p == std::string_view::npos) return p;
      continue;
    }
    ++p;
    if (s == '{' || s == '[') {
      ++depth;
    } else if (--depth == 0) {
      return p;
    }
  }
  return std::string_view::npos;
}

error_code SplitObject(std::string_view json, std::vector<Member>* out) {
  out->clear();
  return SplitMembers(json, '{', '}', true, [&](std::string_view key, std::string_view value) {
    Member m;
    if (error_code e = AppendDecoded(key, &m.key)) return e;
    m.value = value;
    out->push_back(std::move(m));
    return simdjson::SUCCESS;
  });
}

error_code SplitArray(std::string_view json, std::vector<std::string_view>* out) {
  out->clear();
  return SplitMembers(json, '[', ']', false, [&](std::string_view, std::string_view value) {
    out->push_back(value);
    return simdjson::SUCCESS;
  });
}

error_code DecodeString(std::string_view body,
                        const std::function<void(std::string_view)>& piece) {
  if (!simdjson::validate_utf8(body.data(), body.size())) return simdjson::UTF8_ERROR;
  const char* d = body.data();
  size_t pos = 0;
  while (pos < body.size()) {
    const void* hit = std::memchr(d + pos, '\\', body.size() - pos);
    const size_t run_end = hit ? static_cast<const char*>(hit) - d : body.size();
    for (size_t i = pos; i < run_end; ++i)
      if (static_cast<unsigned char>(d[i]) < 0x20) return simdjson::UNESCAPED_CHARS;
    if (run_end > pos) piece(body.substr(pos, run_end - pos));
    if (run_end == body.size()) break;
    if (run_end + 1 >= body.size()) return simdjson::STRING_ERROR;
    char buf[4];
    size_t n = 1;
    pos = run_end + 2;
    switch (d[run_end + 1]) {
      case '"': buf[0] = '"'; break;
      case '\\': buf[0] = '\\'; break;
      case '/': buf[0] = '/'; break;
      case 'b': buf[0] = '\b'; break;
      case 'f': buf[0] = '\f'; break;
      case 'n': buf[0] = '\n'; break;
      case 'r': buf[0] = '\r'; break;
      case 't': buf[0] = '\t'; break;
      case 'u': {
        int cp = Hex4(body, pos);
        if (cp < 0) return simdjson::STRING_ERROR;
        pos += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return simdjson::STRING_ERROR;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (pos + 6 > body.size() || d[pos] != '\\' || d[pos + 1] != 'u')
            return simdjson::STRING_ERROR;
          const int lo = Hex4(body, pos + 2);
          if (lo < 0xDC00 || lo > 0xDFFF) return simdjson::STRING_ERROR;
          pos += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        n = EncodeUtf8(static_cast<uint32_t>(cp), buf);
        break;
      }
      default:
        return simdjson::STRING_ERROR;
    }
    piece(std::string_view(buf, n));
  }
  return simdjson::SUCCESS;
}

error_code AppendDecoded(std::string_view body, std::string* out) {
  const size_t before = out->size();
  out->reserve(before + body.size());
  error_code e = DecodeString(body, [&](std::string_view p) { out->append(p); });
  if (e) out->resize(before);
  return e;
}

bool StringBody(std::string_view literal, std::string_view* body) {
  if (literal.size() < 2 || literal.front() != '"' || StringEnd(literal, 0) != literal.size())
    return false;
  *body = literal.substr(1, literal.size() - 2);
  return true;
}

bool StripSpace(std::string_view json, std::string* out) {
  // First find whether there is any whitespace outside strings at all.
  auto next_space = [&](size_t from) {
    for (size_t p = from; p < json.size();) {
      const char c = json[p];
      if (c == '"') {
        p = StringEnd(json, p);
        if (p == std::string_view::npos) return json.size();
      } else if (IsSpace(c)) {
        return p;
      } else {
        ++p;
      }
    }
    return json.size();
  };
  size_t space = next_space(0);
  if (space == json.size()) return false;
  out->clear();
  out->reserve(json.size());
  size_t from = 0;
  while (space < json.size()) {
    out->append(json.substr(from, space - from));
    from = space;
    while (from < json.size() && IsSpace(json[from])) ++from;
    space = next_space(from);
  }
  out->append(json.substr(from));
  return true;
}

}  // namespace chatbeto::chatgpt::json
