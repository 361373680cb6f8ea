#include "db/row_buffer.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "db/connection.h"
#include "util/time_format.h"

namespace chatbeto::db {
namespace {

// The offset of the first byte of s[from, n) that LOAD DATA escapes ('\\',
// '\t', '\n' or NUL), or n. Text rarely holds one and compressed bytes hold
// one in about 60: 16 bytes are checked at a time (SSE2, part of x86-64),
// or 8 with the "has a zero byte" bit trick elsewhere.
inline size_t NextSpecial(const char* s, size_t from, size_t n) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i bs = _mm_set1_epi8('\\'), tab = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n'),
                zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, tab)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, zero)));
    if (const int mask = _mm_movemask_epi8(hit)) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#else
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    std::memcpy(&v, s + i, 8);
    if (zero(v) | zero(v ^ (kOnes * '\\')) | zero(v ^ (kOnes * '\t')) | zero(v ^ (kOnes * '\n')))
      break;
  }
#endif
  for (; i < n; ++i)
    if (s[i] == '\\' || s[i] == '\t' || s[i] == '\n' || s[i] == '\0') return i;
  return n;
}

void AppendTsvEscaped(std::string& out, std::string_view s) {
  size_t start = 0;
  for (size_t i = NextSpecial(s.data(), 0, s.size()); i < s.size();
       i = NextSpecial(s.data(), start, s.size())) {
    out.append(s.data() + start, i - start);
    const char c = s[i];
    const char pair[2] = {'\\', c == '\t' ? 't' : c == '\n' ? 'n' : c == '\0' ? '0' : '\\'};
    out.append(pair, 2);
    start = i + 1;
  }
  out.append(s.data() + start, s.size() - start);
}

void AppendBinary(std::string& out, std::string_view s) {
  const auto n = static_cast<uint32_t>(s.size());
  const char head[5] = {1, static_cast<char>(n), static_cast<char>(n >> 8),
                        static_cast<char>(n >> 16), static_cast<char>(n >> 24)};
  out.append(head, 5);
  out.append(s);
}

}  // namespace

bool BinaryFields::Next(std::optional<std::string_view>& value) {
  if (!ok_ || at_ >= data_.size()) return false;
  if (data_[at_] == 0) {
    ++at_;
    value.reset();
    return true;
  }
  if (data_[at_] != 1 || data_.size() - at_ < 5) return ok_ = false;
  uint32_t n = 0;
  for (int i = 4; i >= 1; --i) n = (n << 8) | static_cast<unsigned char>(data_[at_ + i]);
  if (data_.size() - at_ - 5 < n) return ok_ = false;
  value = data_.substr(at_ + 5, n);
  at_ += 5 + n;
  return true;
}

void RowBuffer::BeginRow() {
  if (format_ == Format::kSql) data_ += rows_ ? ",(" : "(";
  first_field_ = true;
}

void RowBuffer::EndRow() {
  if (format_ != Format::kBinary) data_ += format_ == Format::kSql ? ')' : '\n';
  ++rows_;
  MaybeSpill();
}

void RowBuffer::Sep() {
  if (!first_field_ && format_ != Format::kBinary) data_ += format_ == Format::kSql ? ',' : '\t';
  first_field_ = false;
}

void RowBuffer::MaybeSpill() {
  if (!spill_ || data_.size() <= spill_above_) return;
  spill_(data_);
  spilled_ += data_.size();
  data_.clear();
}

void RowBuffer::Str(std::string_view s) {
  Sep();
  if (format_ == Format::kSql) return AppendQuoted(data_, s);
  if (format_ == Format::kBinary) return AppendBinary(data_, s);
  if (!spill_) return AppendTsvEscaped(data_, s);
  // A piece at a time, so that a giant value passes through a small buffer.
  for (size_t at = 0; at < s.size(); at += spill_above_) {
    AppendTsvEscaped(data_, s.substr(at, spill_above_));
    MaybeSpill();
  }
}

void RowBuffer::Bytes(std::string_view s) {
  if (format_ != Format::kSql) return Str(s);
  Sep();
  static const char* kHex = "0123456789ABCDEF";
  data_ += "X'";
  for (char c : s) {
    auto b = static_cast<unsigned char>(c);
    data_ += kHex[b >> 4];
    data_ += kHex[b & 15];
  }
  data_ += '\'';
}

void RowBuffer::StrOrNull(std::string_view s) {
  if (s.empty()) Null();
  else Str(s);
}

void RowBuffer::Int(int64_t v) {
  if (format_ == Format::kBinary) return Str(std::to_string(v));
  Sep();
  data_ += std::to_string(v);
}

void RowBuffer::UInt(uint64_t v) {
  if (format_ == Format::kBinary) return Str(std::to_string(v));
  Sep();
  data_ += std::to_string(v);
}

void RowBuffer::Null() {
  Sep();
  if (format_ == Format::kBinary) data_ += '\0';
  else data_ += format_ == Format::kSql ? "NULL" : "\\N";
}

void RowBuffer::Bool(std::optional<bool> b) {
  if (!b) return Null();
  if (format_ == Format::kBinary) return Str(*b ? "1" : "0");
  Sep();
  data_ += *b ? '1' : '0';
}

void RowBuffer::Time(std::optional<double> t) {
  std::optional<std::string> s = t ? FormatSqlDatetime(*t) : std::nullopt;
  if (!s) return Null();
  if (format_ == Format::kBinary) return Str(*s);
  Sep();
  if (format_ == Format::kSql) data_ += '\'';
  data_ += *s;
  if (format_ == Format::kSql) data_ += '\'';
}

}  // namespace chatbeto::db
