// Rows encoded for one of three bulk paths into MySQL/MariaDB:
//  - kSql: "(v1,v2,...),(...)" to follow "INSERT INTO t (...) VALUES ";
//  - kTsv: LOAD DATA's default text format (tab-separated, "\N" for NULL,
//    backslash escapes), streamed with LOAD DATA LOCAL INFILE;
//  - kBinary: each value length-prefixed, as it is (BinaryFields reads
//    them back), for prepared statements (db/batch_insert.h): the bytes are
//    copied, never escaped or parsed.
// Pure string building; the same calls produce any form.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace chatbeto::db {

class RowBuffer {
 public:
  enum class Format { kSql, kTsv, kBinary };
  explicit RowBuffer(Format f) : format_(f) {}

  void BeginRow();
  void EndRow();
  void Str(std::string_view s);         // a string value
  void StrOrNull(std::string_view s);   // "" -> NULL
  // Bytes for a BLOB column: X'hex' in kSql; escaped as Str in kTsv, which
  // keeps them byte for byte only when loaded with CHARACTER SET binary; as
  // they are in kBinary.
  void Bytes(std::string_view s);
  void Int(int64_t v);
  void UInt(uint64_t v);
  void Null();
  void Bool(std::optional<bool> b);     // nullopt -> NULL
  void Time(std::optional<double> t);   // epoch seconds -> DATETIME(6), out of range -> NULL

  // Numbers, booleans and times are their SQL text in kBinary too (the
  // server converts them as it does LOAD DATA's).

  // kTsv only: hands the bytes built so far to `spill` whenever more than
  // `above` are held, even in the middle of a row (LOAD DATA reads a byte
  // stream), so that a row holding a giant text is never built whole.
  void SpillTo(std::function<void(std::string_view)> spill, size_t above = size_t{1} << 20) {
    spill_ = std::move(spill);
    spill_above_ = above > 0 ? above : 1;
  }

  const std::string& data() const { return data_; }  // what was not spilled
  size_t rows() const { return rows_; }
  size_t size() const { return spilled_ + data_.size(); }  // spilled bytes included
  void Clear() {
    data_.clear();
    rows_ = 0;
    spilled_ = 0;
  }
  Format format() const { return format_; }

 private:
  void Sep();
  void MaybeSpill();
  Format format_;
  std::string data_;
  std::function<void(std::string_view)> spill_;
  size_t spill_above_ = 0;
  size_t spilled_ = 0;
  size_t rows_ = 0;
  bool first_field_ = true;
};

// Reads kBinary rows back, value by value: a value is one byte, 0 for NULL
// or 1 for bytes followed by their length (4 bytes, little-endian) and the
// bytes. Next() is false at the end, or on bytes that are no such encoding
// (ok() then says so).
class BinaryFields {
 public:
  explicit BinaryFields(std::string_view data) : data_(data) {}
  // `value` is nullopt for NULL; it points into the data.
  bool Next(std::optional<std::string_view>& value);
  bool ok() const { return ok_; }

 private:
  std::string_view data_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace chatbeto::db
