#include "mapping/csv.h"

#include <utility>

#include "mapping/text.h"

namespace chatbeto::mapping {
namespace {

bool IsLineEnd(char c) { return c == '\r' || c == '\n'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : s_(text) {}

  CsvDocument Read() {
    if (s_.substr(0, kUtf8Bom.size()) == kUtf8Bom) pos_ = line_start_ = kUtf8Bom.size();
    while (pos_ < s_.size()) {
      if (s_[pos_] == '#') {
        const size_t start = pos_;
        SkipRestOfLine();
        doc_.comments.push_back({line_, std::string(s_.substr(start, pos_ - start))});
      } else if (IsBlankLine()) {
        SkipRestOfLine();
      } else {
        ReadRecordAndRecover();
      }
      if (pos_ < s_.size()) NewLine(/*outside_quotes=*/true);
    }
    return std::move(doc_);
  }

 private:
  enum class Outcome { kOk, kSyntaxError, kUnterminated };

  bool IsBlankLine() const {
    size_t i = pos_;
    while (i < s_.size() && IsBlank(s_[i])) ++i;
    return i == s_.size() || IsLineEnd(s_[i]);
  }

  void SkipRestOfLine() {
    while (pos_ < s_.size() && !IsLineEnd(s_[pos_])) ++pos_;
  }

  // Consumes the line terminator at pos_ (CRLF counts as one).
  void NewLine(bool outside_quotes) {
    const size_t start = pos_;
    pos_ += (s_[pos_] == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') ? 2 : 1;
    if (outside_quotes && !seen_line_ending_) {
      doc_.line_ending = std::string(s_.substr(start, pos_ - start));
      seen_line_ending_ = true;
    }
    ++line_;
    line_start_ = pos_;
  }

  int Column(size_t pos) const {
    return static_cast<int>(CountCodePoints(s_.substr(line_start_, pos - line_start_))) + 1;
  }

  void Fail(int line, int column, std::string message) {
    doc_.errors.push_back({line, column, std::move(message)});
  }

  void ReadRecordAndRecover() {
    const size_t start = pos_;
    const int start_line = line_;
    const size_t start_line_start = line_start_;
    CsvRecord record;
    switch (ReadRecord(&record)) {
      case Outcome::kOk:
        doc_.records.push_back(std::move(record));
        break;
      case Outcome::kSyntaxError:
        SkipRestOfLine();
        break;
      case Outcome::kUnterminated:
        // The quote swallowed the rest of the file; go back and read the lines
        // after the record's first line normally so their own errors show too.
        pos_ = start;
        line_ = start_line;
        line_start_ = start_line_start;
        SkipRestOfLine();
        break;
    }
  }

  Outcome ReadRecord(CsvRecord* record) {
    record->line = line_;
    record->begin = pos_;
    while (true) {
      CsvField field;
      field.begin = pos_;
      size_t j = pos_;
      while (j < s_.size() && IsBlank(s_[j])) ++j;
      if (j < s_.size() && s_[j] == '"') {
        const Outcome outcome = ReadQuoted(j, &field);
        if (outcome != Outcome::kOk) return outcome;
      } else {
        while (pos_ < s_.size() && s_[pos_] != ',' && !IsLineEnd(s_[pos_])) {
          if (s_[pos_] == '"') {
            Fail(line_, Column(pos_),
                 "quote inside an unquoted field; put the whole field in double quotes and "
                 "write each quote in it twice (\"\")");
            return Outcome::kSyntaxError;
          }
          ++pos_;
        }
        field.value.assign(s_.substr(field.begin, pos_ - field.begin));
      }
      field.end = pos_;
      record->fields.push_back(std::move(field));
      if (pos_ < s_.size() && s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      record->end = pos_;
      return Outcome::kOk;
    }
  }

  // Reads the quoted field whose opening quote is at `open`; leaves pos_ at
  // the delimiter after it.
  Outcome ReadQuoted(size_t open, CsvField* field) {
    field->quoted = true;
    const int open_line = line_;
    const int open_column = Column(open);
    pos_ = open + 1;
    while (true) {
      if (pos_ >= s_.size()) {
        Fail(open_line, open_column,
             "unterminated quoted field: the quote opened here is never closed");
        return Outcome::kUnterminated;
      }
      const char c = s_[pos_];
      if (c == '"') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
          field->value += '"';
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      if (IsLineEnd(c)) {
        const size_t start = pos_;
        NewLine(/*outside_quotes=*/false);
        field->value.append(s_.substr(start, pos_ - start));
        continue;
      }
      field->value += c;
      ++pos_;
    }
    while (pos_ < s_.size() && IsBlank(s_[pos_])) ++pos_;
    if (pos_ < s_.size() && s_[pos_] != ',' && !IsLineEnd(s_[pos_])) {
      Fail(line_, Column(pos_),
           "unexpected text after the closing quote; a quote inside a quoted field is "
           "written twice (\"\")");
      return Outcome::kSyntaxError;
    }
    return Outcome::kOk;
  }

  std::string_view s_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool seen_line_ending_ = false;
  CsvDocument doc_;
};

bool NeedsQuotes(std::string_view v) {
  if (v.empty()) return false;
  if (IsBlank(v.front()) || IsBlank(v.back()) || v.front() == '#') return true;
  if (v.substr(0, kUtf8Bom.size()) == kUtf8Bom) return true;
  return v.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

std::vector<std::string> CsvRecord::Values() const {
  std::vector<std::string> out;
  out.reserve(fields.size());
  for (const CsvField& f : fields) out.push_back(f.value);
  return out;
}

CsvDocument ReadCsv(std::string_view text) { return CsvReader(text).Read(); }

std::string FormatCsvField(std::string_view value) {
  if (!NeedsQuotes(value)) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string FormatCsvRecord(const std::vector<std::string>& values) {
  if (values.size() == 1 && values[0].empty()) return "\"\"";
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += FormatCsvField(values[i]);
  }
  return out;
}

}  // namespace chatbeto::mapping
