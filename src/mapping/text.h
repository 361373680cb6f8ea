// Small text helpers shared by the mapping code: UTF-8 decoding and
// validation, ASCII/Latin-1 case mapping, trimming, and quoting values for
// error messages. Nothing here allocates except where a std::string is returned.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace chatbeto::mapping {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Decodes the UTF-8 sequence at text[pos] (pos < text.size()). Returns its
// length in bytes and stores the code point, or returns 0 when the bytes there
// are not valid UTF-8 (truncated, overlong, surrogate or above U+10FFFF).
size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* code_point);
void AppendUtf8(char32_t code_point, std::string* out);
// Byte offset of the first invalid UTF-8 sequence, or npos when all is valid.
size_t FindInvalidUtf8(std::string_view text);
// Number of code points; each invalid byte counts as one.
size_t CountCodePoints(std::string_view text);
// The longest prefix holding at most max_code_points code points; never cuts
// a valid sequence in two.
std::string_view TruncateCodePoints(std::string_view text, size_t max_code_points);

// Case mapping for ASCII and Latin-1 letters; other code points are returned
// unchanged (enough for English and Spanish titles).
char32_t ToLowerLatin1(char32_t c);
char32_t ToUpperLatin1(char32_t c);
// C0 controls, DEL and C1 controls.
bool IsControl(char32_t c);

// s without spaces and tabs at either end.
std::string_view TrimBlanks(std::string_view s);
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);
std::string ToLowerAscii(std::string_view s);
// s in double quotes for an error message: quotes, backslashes, control
// characters and invalid bytes escaped; cut after 80 code points with "...".
std::string QuoteForMessage(std::string_view s);

}  // namespace chatbeto::mapping
