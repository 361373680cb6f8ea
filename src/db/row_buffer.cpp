#include "db/row_buffer.h"

#include <cstdint>
#include <cstring>

#include "db/connection.h"
#include "util/time_format.h"

namespace chatbeto::db {
namespace {

// Whether any of the 8 bytes of `v` is one LOAD DATA escapes: '\\', '\t',
// '\n' or NUL (the usual "has a zero byte" bit trick, once per byte value).
inline bool HasSpecial(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto zero = [](uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  return (zero(v) | zero(v ^ (kOnes * '\\')) | zero(v ^ (kOnes * '\t')) | zero(v ^ (kOnes * '\n'))) != 0;
}

void AppendTsvEscaped(std::string& out, std::string_view s) {
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    // Text rarely holds a byte to escape: skip 8 clean bytes at a time.
    if (i + 8 <= s.size()) {
      uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      if (!HasSpecial(v)) {
        i += 8;
        continue;
      }
    }
    const char* rep = nullptr;
    switch (s[i]) {
      case '\\': rep = "\\\\"; break;
      case '\t': rep = "\\t"; break;
      case '\n': rep = "\\n"; break;
      case '\0': rep = "\\0"; break;
      default: ++i; continue;
    }
    out.append(s.data() + start, i - start);
    out += rep;
    start = ++i;
  }
  out.append(s.data() + start, s.size() - start);
}

}  // namespace

void RowBuffer::BeginRow() {
  if (format_ == Format::kSql) data_ += rows_ ? ",(" : "(";
  first_field_ = true;
}

void RowBuffer::EndRow() {
  data_ += format_ == Format::kSql ? ')' : '\n';
  ++rows_;
  MaybeSpill();
}

void RowBuffer::Sep() {
  if (!first_field_) data_ += format_ == Format::kSql ? ',' : '\t';
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
  if (!spill_) return AppendTsvEscaped(data_, s);
  // A piece at a time, so that a giant value passes through a small buffer.
  for (size_t at = 0; at < s.size(); at += spill_above_) {
    AppendTsvEscaped(data_, s.substr(at, spill_above_));
    MaybeSpill();
  }
}

void RowBuffer::Bytes(std::string_view s) {
  if (format_ == Format::kTsv) return Str(s);
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
  Sep();
  data_ += std::to_string(v);
}

void RowBuffer::UInt(uint64_t v) {
  Sep();
  data_ += std::to_string(v);
}

void RowBuffer::Null() {
  Sep();
  data_ += format_ == Format::kSql ? "NULL" : "\\N";
}

void RowBuffer::Bool(std::optional<bool> b) {
  if (!b) return Null();
  Sep();
  data_ += *b ? '1' : '0';
}

void RowBuffer::Time(std::optional<double> t) {
  std::optional<std::string> s = t ? FormatSqlDatetime(*t) : std::nullopt;
  if (!s) return Null();
  Sep();
  if (format_ == Format::kSql) data_ += '\'';
  data_ += *s;
  if (format_ == Format::kSql) data_ += '\'';
}

}  // namespace chatbeto::db
