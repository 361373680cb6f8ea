// Option validators whose messages say what is expected. CLI11's Range says
// "Value 1.5 not in range 1 to 1000000" of a value that is in range, and its
// PositiveNumber names a bound of 1.8e308.
#pragma once
#include <CLI/CLI.hpp>
#include <charconv>
#include <cstdint>
#include <string>

namespace chatbeto::cli {

// A whole number from lo to hi (decimal digits, optional minus sign; no
// fraction, exponent or spaces). Fails with "expected a whole number from lo
// to hi, got V".
inline CLI::Validator WholeNumber(int64_t lo, int64_t hi) {
  return CLI::Validator(
      [lo, hi](std::string& v) -> std::string {
        int64_t n = 0;
        const char* end = v.data() + v.size();
        auto [p, ec] = std::from_chars(v.data(), end, n);
        if (v.empty() || ec != std::errc() || p != end || n < lo || n > hi)
          return "expected a whole number from " + std::to_string(lo) + " to " +
                 std::to_string(hi) + ", got " + v;
        return "";
      },
      "INT in [" + std::to_string(lo) + " - " + std::to_string(hi) + "]");
}

}  // namespace chatbeto::cli
