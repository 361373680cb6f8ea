// RFC 4180 CSV for hand-edited files such as mappings/projects.csv.
//
// Reading: fields separated by commas, records by CRLF, LF or a lone CR.
// Quoted fields may hold commas, doubled quotes ("") and line breaks; a record
// spanning lines keeps the line number where it starts. A UTF-8 BOM at the
// start is skipped. Lines whose first character is '#' (outside quotes) are
// comments: skipped but returned so a writer can keep them. Blank lines (empty
// or only spaces/tabs) are skipped. Leniency for hand-editing: spaces and tabs
// before an opening quote and after a closing quote are ignored; spaces in
// unquoted fields are kept (trimming is the caller's choice).
// Errors never stop the reader: the bad record is dropped, the error recorded
// with its line and column, and reading resumes on the next line.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::mapping {

struct CsvField {
  std::string value;    // unescaped content
  bool quoted = false;  // written in double quotes in the input
  size_t begin = 0;     // raw bytes [begin, end) in the input, quotes and
  size_t end = 0;       // surrounding blanks included (for in-place edits)
};

struct CsvRecord {
  int line = 0;      // 1-based line where the record starts
  size_t begin = 0;  // raw bytes [begin, end) of the record, without the
  size_t end = 0;    // line terminator
  std::vector<CsvField> fields;  // never empty

  std::vector<std::string> Values() const;
};

struct CsvComment {
  int line = 0;
  std::string text;  // the whole line, '#' included, no line terminator
};

struct CsvError {
  int line = 0;
  int column = 0;  // 1-based, counted in UTF-8 code points
  std::string message;
};

struct CsvDocument {
  std::vector<CsvRecord> records;
  std::vector<CsvComment> comments;
  std::vector<CsvError> errors;  // in input order
  // The first line terminator seen ("\r\n", "\n" or "\r"), "\n" if none, so
  // that a writer appending rows matches the file's style.
  std::string line_ending = "\n";
};

CsvDocument ReadCsv(std::string_view text);

// value as one CSV field, in double quotes only when needed: it contains a
// comma, quote, CR or LF, starts or ends with a space or tab, starts with '#'
// (it would read back as a comment) or with a BOM.
std::string FormatCsvField(std::string_view value);
// One record without line terminator. A record of one empty field is written
// as "" so that it does not read back as a blank line. values must not be empty.
std::string FormatCsvRecord(const std::vector<std::string>& values);

}  // namespace chatbeto::mapping
