// Byte-level clean-up of text taken from ChatGPT exports before it reaches
// MariaDB (utf8mb4 rejects invalid UTF-8) or a search index (private-use
// citation markers are noise). Pure functions, no allocation beyond `out`.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::chatgpt {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Appends `in` to *out, replacing each ill-formed sequence (maximal subpart,
// as the WHATWG decoder does) with U+FFFD. Returns the number of replacements.
size_t AppendValidUtf8(std::string_view in, std::string* out);

// Removes ChatGPT's private-use citation markers in place: a whole marker
// U+E200 ... U+E201 (fields separated by U+E202, e.g. "\ue200cite\ue202turn0search3\ue201")
// and any stray U+E200..U+E206 left over. Valid UTF-8 stays valid.
void StripCitationMarkers(std::string* text);

// For JSON whose strings simdjson refused: writes to *out a copy where
// invalid UTF-8 becomes U+FFFD, unpaired \uD800-\uDFFF escapes become \uFFFD
// and raw control bytes inside strings become \u00XX escapes. Structure is
// untouched, so a document that was otherwise valid parses afterwards.
// Returns the number of repairs made (0: nothing to fix, *out == json).
// When `originals` is given, each lossy replacement is noted there with the
// bytes it replaced: invalid UTF-8 (neighbouring bad bytes as one run) and
// unpaired surrogate escapes. Raw control bytes become escapes of the same
// character, which loses nothing, and are not noted.
struct ReplacedBytes {
  size_t offset = 0;     // in `json`
  std::string original;  // the bytes that were there
  bool escape = false;   // an unpaired surrogate escape ("\ud800"), else invalid UTF-8
};
size_t RepairJsonText(std::string_view json, std::string* out,
                      std::vector<ReplacedBytes>* originals = nullptr);

}  // namespace chatbeto::chatgpt
