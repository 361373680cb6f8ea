// JSON text handled as byte slices, without a DOM: finding where a value
// ends, splitting a large object or array into its members' slices, and
// decoding string literals straight into the caller's buffer. Used for
// records too large to parse whole (parse_large.cpp, canonical_hash.h), so
// that a giant value is never held twice. Pure.
//
// SplitObject / SplitArray check the punctuation of the level they split
// (a member's own bytes are only delimited, not validated: the caller
// validates them, e.g. by recursion or a DOM parse of the slice). Errors are
// simdjson error codes, so that a caller reports them like the DOM parser's.
#pragma once
#include <simdjson.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::chatgpt::json {

inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
std::string_view TrimSpace(std::string_view s);

// End (exclusive) of the value that starts at json[pos] (no whitespace
// before it): a string, a container (brackets balanced, strings skipped) or a
// scalar token. npos when the input ends first.
size_t ValueEnd(std::string_view json, size_t pos);

struct Member {
  std::string key;         // unescaped
  std::string_view value;  // the value's bytes, no surrounding whitespace
};

// `json` is one object ('{' ... '}', surrounding whitespace allowed).
simdjson::error_code SplitObject(std::string_view json, std::vector<Member>* out);
// `json` is one array.
simdjson::error_code SplitArray(std::string_view json, std::vector<std::string_view>* out);

// Decodes the body of a string literal (the bytes between its quotes),
// calling `piece` with the decoded bytes in order (runs without escapes are
// passed as they are, no copy). STRING_ERROR for a bad escape or unpaired
// surrogate, UNESCAPED_CHARS for a raw control byte, UTF8_ERROR for
// invalid UTF-8 (pieces before the error may have been passed: discard them).
simdjson::error_code DecodeString(std::string_view body,
                                  const std::function<void(std::string_view)>& piece);
// Appends the decoded body to *out.
simdjson::error_code AppendDecoded(std::string_view body, std::string* out);
// The body of a string literal slice ("..." -> ...); false when `literal`
// is not exactly one string literal.
bool StringBody(std::string_view literal, std::string_view* body);

// Writes to *out `json` (valid JSON) without the whitespace outside its
// strings. Returns false (and leaves *out alone) when there is none to
// remove, so the caller can keep using `json` itself.
bool StripSpace(std::string_view json, std::string* out);

}  // namespace chatbeto::chatgpt::json
