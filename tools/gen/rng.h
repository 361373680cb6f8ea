// A small, fully specified PRNG for the synthetic export generator.
// std::mt19937 is portable but std::*_distribution is not (libstdc++ and libc++
// give different numbers), and the generator promises byte-identical output for
// a seed on every platform, so every draw below is plain integer arithmetic.
#pragma once
#include <cstddef>
#include <cstdint>

namespace gen {

// splitmix64 (Steele, Lea, Flood 2014): one 64-bit state, passes BigCrush,
// and cheap to seed from any integer, which lets each conversation get its own
// independent stream from (seed, index).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}

  uint64_t next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n). Lemire's multiply-shift; the tiny bias is irrelevant for
  // test data and the result is still deterministic.
  uint64_t below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
  }

  // Uniform in [lo, hi] (inclusive).
  int64_t range(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(below(hi - lo + 1)); }

  // Uniform double in [0, 1): 53 random bits, exact in IEEE-754.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // True with probability p (0..1).
  bool chance(double p) { return unit() < p; }

  template <typename T, size_t N>
  const T& pick(const T (&items)[N]) {
    return items[below(N)];
  }

  template <typename Vec>
  const auto& pick(const Vec& items) {
    return items[below(items.size())];
  }

 private:
  uint64_t s_;
};

// Derives an independent seed for stream `index` of purpose `salt`, so that
// conversation 17 is the same whatever the export size.
inline uint64_t derive_seed(uint64_t seed, uint64_t salt, uint64_t index) {
  Rng r(seed ^ (salt * 0xD1B54A32D192ED03ull));
  r.next();
  Rng r2(r.next() ^ (index * 0x9E3779B97F4A7C15ull));
  return r2.next();
}

}  // namespace gen
