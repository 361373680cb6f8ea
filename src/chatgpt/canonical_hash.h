// A content hash of a JSON value that does not depend on how it was written:
// whitespace, string escapes ("\u00e9" vs "é", "\/" vs "/") and number
// spelling (1 vs 1.0 vs 1e0) do not change it; any change of a key, a string,
// a number's value, the order of keys or array elements, or a type does.
// Keys keep their order (re-serializers keep it; a reordered object counts as
// changed). Used for conversations.content_hash, so re-serialized copies of
// an export are "unchanged". Pure; streams into SHA-256, no copy of the value.
#pragma once
#include <simdjson.h>

#include <string>
#include <string_view>

namespace chatbeto::chatgpt {

// Lowercase hex SHA-256 of the canonical form of `e`.
std::string CanonicalJsonHash(simdjson::dom::element e);

// The same hash from JSON text, without a DOM of the whole: values of up to
// `dom_below` bytes are parsed with the DOM parser, larger objects and
// arrays are split (json_slice.h) and larger strings decoded in pieces, so
// memory stays ~dom_below whatever the size. Validates the text as the DOM
// parser does (same error codes: UTF8_ERROR, STRING_ERROR, TAPE_ERROR, ...);
// sets *hex only on SUCCESS.
simdjson::error_code CanonicalJsonTextHash(std::string_view json, std::string* hex,
                                           size_t dom_below = size_t{1} << 20);

}  // namespace chatbeto::chatgpt
