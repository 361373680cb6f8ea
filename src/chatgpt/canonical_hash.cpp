#include "chatgpt/canonical_hash.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include "chatgpt/json_slice.h"
#include "util/sha256.h"

namespace chatbeto::chatgpt {
namespace {

// The canonical form is a tagged, length-prefixed encoding (not JSON), so no
// two different values share one: 's' len bytes | 'n' shortest-double | 'i'
// integer | 't' | 'f' | 'z' | 'o' count (key value)* | 'a' count value*.
class Hasher {
 public:
  void Value(simdjson::dom::element e) {
    using simdjson::dom::element_type;
    switch (e.type()) {
      case element_type::OBJECT: {
        const auto obj = e.get_object().value_unsafe();
        Tag('o', obj.size());
        for (const auto kv : obj) {
          String(kv.key);
          Value(kv.value);
        }
        break;
      }
      case element_type::ARRAY: {
        const auto arr = e.get_array().value_unsafe();
        Tag('a', arr.size());
        for (const auto v : arr) Value(v);
        break;
      }
      case element_type::STRING:
        String(e.get_string().value_unsafe());
        break;
      case element_type::INT64:
        Number(static_cast<double>(e.get_int64().value_unsafe()), e.get_int64().value_unsafe());
        break;
      case element_type::UINT64: {
        const uint64_t u = e.get_uint64().value_unsafe();
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, u);
        Put('u');
        Put(std::string_view(buf, r.ptr - buf));
        Put(';');
        break;
      }
      case element_type::DOUBLE:
        Number(e.get_double().value_unsafe(), std::nullopt);
        break;
      case element_type::BOOL:
        Put(e.get_bool().value_unsafe() ? 't' : 'f');
        break;
      case element_type::NULL_VALUE:
        Put('z');
        break;
    }
  }
  std::string Finish() {
    Flush();
    return sha_.HexDigest();
  }

  // Hashes the JSON text `v` (one value) as Value() would its DOM.
  simdjson::error_code Text(std::string_view v, size_t dom_below, int depth) {
    v = json::TrimSpace(v);
    if (depth > 1024) return simdjson::DEPTH_ERROR;
    const char c = v.empty() ? ' ' : v.front();
    if (v.size() <= dom_below || (c != '{' && c != '[' && c != '"')) {
      simdjson::dom::element e;
      if (auto err = dom_.parse(v.data(), v.size()).get(e)) return err;
      Value(e);
      return simdjson::SUCCESS;
    }
    if (c == '"') {
      std::string_view body;
      if (!json::StringBody(v, &body)) return simdjson::TAPE_ERROR;
      size_t length = 0;
      auto err = json::DecodeString(body, [&](std::string_view p) { length += p.size(); });
      if (err) return err;
      Tag('s', length);
      return json::DecodeString(body, [&](std::string_view p) { Put(p); });
    }
    if (c == '{') {
      std::vector<json::Member> members;
      if (auto err = json::SplitObject(v, &members)) return err;
      Tag('o', members.size());
      for (const json::Member& m : members) {
        String(m.key);
        if (auto err = Text(m.value, dom_below, depth + 1)) return err;
      }
      return simdjson::SUCCESS;
    }
    std::vector<std::string_view> items;
    if (auto err = json::SplitArray(v, &items)) return err;
    Tag('a', items.size());
    for (std::string_view item : items)
      if (auto err = Text(item, dom_below, depth + 1)) return err;
    return simdjson::SUCCESS;
  }

 private:
  // An integral value within 2^53 is written as an integer whether it was
  // spelled 1 or 1.0; larger int64 keep every digit.
  void Number(double d, std::optional<int64_t> exact) {
    char buf[40];
    std::to_chars_result r;
    if (exact && (*exact > (int64_t{1} << 53) || *exact < -(int64_t{1} << 53))) {
      r = std::to_chars(buf, buf + sizeof buf, *exact);
    } else if (d == static_cast<double>(static_cast<int64_t>(d)) && d < 9.007199254740992e15 &&
               d > -9.007199254740992e15) {
      r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(d));
    } else {
      r = std::to_chars(buf, buf + sizeof buf, d);
    }
    Put('n');
    Put(std::string_view(buf, r.ptr - buf));
    Put(';');
  }
  void Tag(char t, size_t n) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, n);
    Put(t);
    Put(std::string_view(buf, r.ptr - buf));
    Put(';');
  }
  void String(std::string_view s) {
    Tag('s', s.size());
    Put(s);
  }
  void Put(char c) {
    if (used_ == sizeof buf_) Flush();
    buf_[used_++] = c;
  }
  void Put(std::string_view s) {
    if (s.size() > sizeof buf_ / 2) {  // long text goes straight to the hash
      Flush();
      sha_.Update(s);
      return;
    }
    if (used_ + s.size() > sizeof buf_) Flush();
    std::memcpy(buf_ + used_, s.data(), s.size());
    used_ += s.size();
  }
  void Flush() {
    if (used_) sha_.Update(std::string_view(buf_, used_));
    used_ = 0;
  }

  Sha256 sha_;
  simdjson::dom::parser dom_;
  char buf_[1 << 16];
  size_t used_ = 0;
};

}  // namespace

simdjson::error_code CanonicalJsonTextHash(std::string_view json, std::string* hex,
                                           size_t dom_below) {
  auto h = std::make_unique<Hasher>();
  if (auto err = h->Text(json, dom_below, 0)) return err;
  *hex = h->Finish();
  return simdjson::SUCCESS;
}

std::string CanonicalJsonHash(simdjson::dom::element e) {
  auto h = std::make_unique<Hasher>();
  h->Value(e);
  return h->Finish();
}

}  // namespace chatbeto::chatgpt
