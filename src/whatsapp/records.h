// Splits a webhook log into records, each with the line it starts on:
//  - form-encoded logs: one record per non-blank line;
//  - JSON logs: one record per top-level JSON value, so JSON lines,
//    pretty-printed documents one after another, and the elements of a
//    top-level array all work. A scanner that knows strings and escapes finds
//    where each value ends, so one record is parsed at a time and memory
//    stays flat. A value still open when a line starts with '{' ends there
//    (a truncated JSON line does not swallow the next ones).
// Pure.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace chatbeto::whatsapp {

struct Record {
  int64_t line = 0;       // 1-based line where the record starts
  std::string_view text;  // the record's bytes
};

class RecordSplitter {
 public:
  explicit RecordSplitter(std::string_view text);
  // The next record; false at the end. A garbled array end is reported in
  // error() / error_line().
  bool Next(Record& out);
  const std::string& error() const { return error_; }
  int64_t error_line() const { return error_line_; }
  bool is_array() const { return mode_ == Mode::kArray; }

 private:
  enum class Mode { kLines, kValues, kArray };
  size_t ValueEnd(size_t start) const;  // one past the value starting at `start`
  bool NextLine(Record& out);
  void Advance(size_t to);  // moves pos_ counting newlines

  std::string_view text_;
  Mode mode_ = Mode::kLines;
  size_t pos_ = 0;
  int64_t line_ = 1;
  bool done_ = false;
  std::string error_;
  int64_t error_line_ = 0;
};

}  // namespace chatbeto::whatsapp
