// Lenient reads of simdjson DOM values, shared by the record parser and the
// content-type text extraction: a missing, null or mistyped value reads as
// empty, never as an error (exports vary; the callers decide what a missing
// field means). Pure.
#pragma once
#include <simdjson.h>

#include <string_view>

namespace chatbeto::chatgpt::dom {

// The string `e` holds, or "" when it is not a string.
inline std::string_view Str(simdjson::dom::element e) {
  std::string_view s;
  return e.get_string().get(s) == simdjson::SUCCESS ? s : std::string_view();
}

// The string at `key`, or "" when missing / null / not a string.
inline std::string_view Field(simdjson::dom::object o, std::string_view key) {
  simdjson::dom::element e;
  return o.at_key(key).get(e) == simdjson::SUCCESS ? Str(e) : std::string_view();
}

}  // namespace chatbeto::chatgpt::dom
