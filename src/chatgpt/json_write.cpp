#include "chatgpt/json_write.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace chatbeto::chatgpt {
namespace {

constexpr std::array<bool, 256> MakeEscaped() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}
constexpr std::array<bool, 256> kEscaped = MakeEscaped();

// True when one of the 8 bytes may need escaping (< 0x20, '"' or '\\');
// lets plain text go by a word at a time.
inline bool MayNeedEscape(uint64_t x) {
  constexpr uint64_t k01 = 0x0101010101010101ULL, k80 = 0x8080808080808080ULL;
  const uint64_t below_space = (x - k01 * 0x20) & ~x & k80;
  const uint64_t q = x ^ (k01 * '"'), b = x ^ (k01 * '\\');
  return below_space | ((q - k01) & ~q & k80) | ((b - k01) & ~b & k80);
}

template <class T>
void AppendNumber(T v, std::string* out) {
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, res.ptr);
  if constexpr (std::is_floating_point_v<T>) {
    if (std::memchr(buf, '.', res.ptr - buf) == nullptr &&
        std::memchr(buf, 'e', res.ptr - buf) == nullptr) {
      out->append(".0");
    }
  }
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  const char* run = p;
  while (p < end) {
    // Find the next byte to escape: a word at a time, then within the word.
    const char* stop = end;
    if (end - p >= 8) {
      uint64_t word;
      std::memcpy(&word, p, 8);
      if (!MayNeedEscape(word)) {
        p += 8;
        continue;
      }
      stop = p + 8;
    }
    while (p < stop && !kEscaped[static_cast<unsigned char>(*p)]) ++p;
    if (p == stop) continue;  // a false alarm, or the end
    out->append(run, p - run);
    const unsigned char c = static_cast<unsigned char>(*p++);
    run = p;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, sizeof esc);
      }
    }
  }
  out->append(run, end - run);
  out->push_back('"');
}

void AppendJson(simdjson::dom::element e, std::string* out) {
  using simdjson::dom::element_type;
  switch (e.type()) {
    case element_type::OBJECT: {
      out->push_back('{');
      bool first = true;
      const simdjson::dom::object object = e.get_object().value_unsafe();
      for (simdjson::dom::key_value_pair kv : object) {
        if (!first) out->push_back(',');
        first = false;
        AppendJsonString(kv.key, out);
        out->push_back(':');
        AppendJson(kv.value, out);
      }
      out->push_back('}');
      break;
    }
    case element_type::ARRAY: {
      out->push_back('[');
      bool first = true;
      const simdjson::dom::array array = e.get_array().value_unsafe();
      for (simdjson::dom::element v : array) {
        if (!first) out->push_back(',');
        first = false;
        AppendJson(v, out);
      }
      out->push_back(']');
      break;
    }
    case element_type::STRING:
      AppendJsonString(e.get_string().value_unsafe(), out);
      break;
    case element_type::INT64:
      AppendNumber(e.get_int64().value_unsafe(), out);
      break;
    case element_type::UINT64:
      AppendNumber(e.get_uint64().value_unsafe(), out);
      break;
    case element_type::DOUBLE:
      AppendNumber(e.get_double().value_unsafe(), out);
      break;
    case element_type::BOOL:
      out->append(e.get_bool().value_unsafe() ? "true" : "false");
      break;
    case element_type::NULL_VALUE:
      out->append("null");
      break;
  }
}

}  // namespace chatbeto::chatgpt
