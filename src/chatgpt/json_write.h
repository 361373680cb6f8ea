// Minified JSON from a simdjson DOM, appended straight into a std::string.
// simdjson's own minify() goes through an internal byte-at-a-time builder
// and a copy; raw_json is most of a conversation's bytes, so this matters.
// Output is valid JSON and valid UTF-8 when the DOM came from simdjson
// (which validated the UTF-8). Doubles keep a fraction ("1.0", not "1") so a
// float stays a float for whoever reads raw_json later.
#pragma once
#include <simdjson.h>

#include <string>
#include <string_view>

namespace chatbeto::chatgpt {

void AppendJson(simdjson::dom::element e, std::string* out);

// A JSON string literal with quotes, escaping '"', '\\' and control bytes.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace chatbeto::chatgpt
