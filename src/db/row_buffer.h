// Rows encoded for one of two bulk paths into MySQL/MariaDB:
//  - kSql: "(v1,v2,...),(...)" to follow "INSERT INTO t (...) VALUES ";
//  - kTsv: LOAD DATA's default text format (tab-separated, "\N" for NULL,
//    backslash escapes), streamed with LOAD DATA LOCAL INFILE.
// Pure string building; the same calls produce either form.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chatbeto::db {

class RowBuffer {
 public:
  enum class Format { kSql, kTsv };
  explicit RowBuffer(Format f) : format_(f) {}

  void BeginRow();
  void EndRow();
  void Str(std::string_view s);         // a string value
  void StrOrNull(std::string_view s);   // "" -> NULL
  void Int(int64_t v);
  void Null();
  void Bool(std::optional<bool> b);     // nullopt -> NULL
  void Time(std::optional<double> t);   // epoch seconds -> DATETIME(6), out of range -> NULL

  const std::string& data() const { return data_; }
  size_t rows() const { return rows_; }
  size_t size() const { return data_.size(); }
  void Clear() {
    data_.clear();
    rows_ = 0;
  }
  Format format() const { return format_; }

 private:
  void Sep();
  Format format_;
  std::string data_;
  size_t rows_ = 0;
  bool first_field_ = true;
};

}  // namespace chatbeto::db
