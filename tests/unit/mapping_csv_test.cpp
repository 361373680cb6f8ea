#include "mapping/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chatbeto::mapping {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct ReadCase {
  const char* name;
  std::string input;
  Rows rows;
  std::vector<int> lines;  // line of each row
};

void PrintTo(const ReadCase& c, std::ostream* os) { *os << c.name; }

class MappingCsvRead : public testing::TestWithParam<ReadCase> {};

TEST_P(MappingCsvRead, ReadsRecordsAndLines) {
  const ReadCase& c = GetParam();
  const CsvDocument doc = ReadCsv(c.input);
  EXPECT_TRUE(doc.errors.empty()) << doc.errors.front().message;
  Rows rows;
  std::vector<int> lines;
  for (const CsvRecord& r : doc.records) {
    rows.push_back(r.Values());
    lines.push_back(r.line);
  }
  EXPECT_EQ(rows, c.rows);
  EXPECT_EQ(lines, c.lines);
}

INSTANTIATE_TEST_SUITE_P(
    Mapping, MappingCsvRead,
    testing::Values(
        ReadCase{"Empty", "", {}, {}},
        ReadCase{"Simple", "a,b\nc,d\n", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        ReadCase{"NoFinalNewline", "a,b\nc,d", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        ReadCase{"Crlf", "a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        ReadCase{"LoneCr", "a\rb\r", {{"a"}, {"b"}}, {1, 2}},
        ReadCase{"Bom", "\xEF\xBB\xBFgizmo_id,project\n", {{"gizmo_id", "project"}}, {1}},
        ReadCase{"BomThenComment", "\xEF\xBB\xBF# c\na\n", {{"a"}}, {2}},
        ReadCase{"EmptyFields", ",,\na,,b\n", {{"", "", ""}, {"a", "", "b"}}, {1, 2}},
        ReadCase{"QuotedComma", "\"a,b\",c\n", {{"a,b", "c"}}, {1}},
        ReadCase{"DoubledQuote", "\"say \"\"hi\"\"\",x\n", {{"say \"hi\"", "x"}}, {1}},
        ReadCase{"QuotedEmpty", "\"\",\"\"\n", {{"", ""}}, {1}},
        ReadCase{"EmbeddedNewline", "\"a\nb\",c\nd\n", {{"a\nb", "c"}, {"d"}}, {1, 3}},
        ReadCase{"EmbeddedCrlfKept", "\"a\r\nb\"\r\nd\r\n", {{"a\r\nb"}, {"d"}}, {1, 3}},
        ReadCase{"Comments", "# one\na\n#two\nb\n", {{"a"}, {"b"}}, {2, 4}},
        ReadCase{"HashInsideQuotesIsData", "\"x\n#not a comment\",y\n",
                 {{"x\n#not a comment", "y"}}, {1}},
        ReadCase{"HashLaterInLineIsData", "a,#b\n", {{"a", "#b"}}, {1}},
        ReadCase{"IndentedHashIsData", " #a\n", {{" #a"}}, {1}},
        ReadCase{"BlankLines", "\n\na\n  \t\n\r\nb\n", {{"a"}, {"b"}}, {3, 6}},
        ReadCase{"UnquotedSpacesKept", " a , b \n", {{" a ", " b "}}, {1}},
        ReadCase{"BlanksAroundQuotes", "x,  \"a,b\"  ,y\n", {{"x", "a,b", "y"}}, {1}},
        ReadCase{"TrailingComma", "a,\n", {{"a", ""}}, {1}},
        ReadCase{"Utf8", "ñandú,日本\n", {{"ñandú", "日本"}}, {1}}),
    [](const testing::TestParamInfo<ReadCase>& info) { return std::string(info.param.name); });

struct ErrorCase {
  const char* name;
  std::string input;
  int line;
  int column;
  Rows rows;  // records still read around the error
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

class MappingCsvErrors : public testing::TestWithParam<ErrorCase> {};

TEST_P(MappingCsvErrors, ReportsLineAndColumnAndKeepsGoing) {
  const ErrorCase& c = GetParam();
  const CsvDocument doc = ReadCsv(c.input);
  ASSERT_EQ(doc.errors.size(), 1u);
  EXPECT_EQ(doc.errors[0].line, c.line) << doc.errors[0].message;
  EXPECT_EQ(doc.errors[0].column, c.column) << doc.errors[0].message;
  Rows rows;
  for (const CsvRecord& r : doc.records) rows.push_back(r.Values());
  EXPECT_EQ(rows, c.rows);
}

INSTANTIATE_TEST_SUITE_P(
    Mapping, MappingCsvErrors,
    testing::Values(
        ErrorCase{"UnterminatedAtEof", "a\nb,\"open\n", 2, 3, {{"a"}}},
        ErrorCase{"UnterminatedResumesNextLine", "a\nb,\"open\nc,d\n", 2, 3, {{"a"}, {"c", "d"}}},
        ErrorCase{"GarbageAfterQuote", "x\n\"a\"b,c\ny\n", 2, 4, {{"x"}, {"y"}}},
        ErrorCase{"GarbageAfterQuoteSecondField", "k,\"a\" b\n", 1, 7, {}},
        ErrorCase{"BareQuote", "ab\"c,d\ne\n", 1, 3, {{"e"}}},
        ErrorCase{"BareQuoteAfterMultilineRecord", "\"a\nb\",c\"d\n", 2, 5, {}},
        ErrorCase{"ColumnCountsCodePoints", "ñañ\"\n", 1, 4, {}},
        ErrorCase{"ColumnAfterBom", "\xEF\xBB\xBF" "a\"\n", 1, 2, {}}),
    [](const testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

TEST(MappingCsv, CommentsAreReturnedWithLines) {
  const CsvDocument doc = ReadCsv("# first\r\na\r\n#second\r\n");
  ASSERT_EQ(doc.comments.size(), 2u);
  EXPECT_EQ(doc.comments[0].line, 1);
  EXPECT_EQ(doc.comments[0].text, "# first");
  EXPECT_EQ(doc.comments[1].line, 3);
  EXPECT_EQ(doc.comments[1].text, "#second");
  EXPECT_EQ(doc.line_ending, "\r\n");
}

TEST(MappingCsv, ReportsEveryBadLine) {
  const CsvDocument doc = ReadCsv("a\"\nok\nb\"\n\"c\"d\n");
  ASSERT_EQ(doc.errors.size(), 3u);
  EXPECT_EQ(doc.errors[0].line, 1);
  EXPECT_EQ(doc.errors[1].line, 3);
  EXPECT_EQ(doc.errors[2].line, 4);
  ASSERT_EQ(doc.records.size(), 1u);
  EXPECT_EQ(doc.records[0].line, 2);
}

TEST(MappingCsv, FieldSpansCoverRawBytes) {
  const std::string text = "id, \"a,b\" ,c\n";
  const CsvDocument doc = ReadCsv(text);
  ASSERT_EQ(doc.records.size(), 1u);
  const CsvRecord& r = doc.records[0];
  EXPECT_EQ(text.substr(r.begin, r.end - r.begin), "id, \"a,b\" ,c");
  EXPECT_EQ(text.substr(r.fields[1].begin, r.fields[1].end - r.fields[1].begin), " \"a,b\" ");
  EXPECT_TRUE(r.fields[1].quoted);
  EXPECT_FALSE(r.fields[2].quoted);
}

TEST(MappingCsv, WriterQuotesOnlyWhenNeeded) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"", ""},
      {"Smith, Jones", "\"Smith, Jones\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r", "\"cr\r\""},
      {" lead", "\" lead\""},
      {"trail\t", "\"trail\t\""},
      {"#hash", "\"#hash\""},
      {"a#b", "a#b"},
      {"ñandú", "ñandú"},
  };
  for (const auto& [value, expected] : cases) EXPECT_EQ(FormatCsvField(value), expected) << value;
  EXPECT_EQ(FormatCsvRecord({"a", "b,c", ""}), "a,\"b,c\",");
  EXPECT_EQ(FormatCsvRecord({""}), "\"\"");
}

TEST(MappingCsv, WrittenRecordsReadBack) {
  const Rows rows = {{""}, {"", ""}, {" "}, {"#x", "y"}, {"a\r\nb", "\"", ","},
                     {"\xEF\xBB\xBF" "bom"}, {"  \"q\"  "}};
  std::string text;
  for (const auto& r : rows) text += FormatCsvRecord(r) + "\n";
  const CsvDocument doc = ReadCsv(text);
  EXPECT_TRUE(doc.errors.empty());
  Rows back;
  for (const CsvRecord& r : doc.records) back.push_back(r.Values());
  EXPECT_EQ(back, rows);
}

}  // namespace
}  // namespace chatbeto::mapping
