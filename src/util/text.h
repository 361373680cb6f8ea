// Small text helpers shared by commands. Pure; UTF-8 aware where it matters.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto {

// Cuts `s` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);

// A one-line excerpt of `text` around the first (ASCII case-insensitive)
// occurrence of any of `terms`, about `width` bytes, newlines flattened,
// "…" where cut. The start of the text when no term occurs.
std::string Snippet(std::string_view text, const std::vector<std::string>& terms, size_t width);

// Words of a search query (split on spaces/punctuation, UTF-8 bytes kept).
std::vector<std::string> QueryTerms(std::string_view query);

// `n` (>= 0) as exactly `width` decimal digits at out: zero-padded, the
// high digits cut when it has more (fixed-width dates and times, by hand
// because snprintf was a visible share of imports and scans).
inline void PutDigits(char* out, int64_t n, int width) {
  for (int i = width - 1; i >= 0; --i, n /= 10) out[i] = static_cast<char>('0' + n % 10);
}

// "1,234,567"
std::string WithThousands(uint64_t n);

// "1 conversation", "1,234 conversations": `noun` is the singular; the
// plural adds "s".
std::string Counted(uint64_t n, std::string_view noun);

}  // namespace chatbeto
