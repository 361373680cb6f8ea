// Export text reading: headers, date order, time zones, rejected lines, and
// the stable message_sid behind idempotent and overlapping imports.
#include <gtest/gtest.h>

#include "util/error.h"
#include "whatsapp/date_order.h"
#include "whatsapp/export_header.h"
#include "whatsapp/local_time.h"
#include "whatsapp_test_util.h"

namespace chatbeto::whatsapp::testing {
namespace {

TEST(WhatsappHeader, NotHeaders) {
  // Lines that must never start a message.
  for (const char* line : {
           "",
           "hello 12/01/24, 10:00 - a: b",       // not at the start
           "2016-04-29 10:30:00",                // a date and time with nothing after it
           "12/01/24 - a: b",                    // no time
           "12/01, 10:00 - a: b",                // two date fields
           "12/01/24, 10 - a: b",                // no minutes
           "[12/01/24, 10:00 - a: b",            // "[" without "]"
           "12/01/24, 10:00] a: b",              // "]" without "["
           "12345/01/24, 10:00 - a: b",          // five digits
           "12/01/24,10:00 - a: b",              // no space after the comma
           "OPTION: 12/01/24, 10:00 - a (1 vote)",
       }) {
    EXPECT_FALSE(MatchHeader(line).has_value()) << line;
  }
}

TEST(WhatsappHeader, FieldsAndClocks) {
  auto h = MatchHeader("01/30/2019, 08:49\u202fp.\u00a0m. - a: b");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->field[0], 1);
  EXPECT_EQ(h->field[1], 30);
  EXPECT_EQ(h->field[2], 2019);
  EXPECT_EQ(h->digits[2], 4);
  EXPECT_EQ(ResolveHour(*h), 20);
  auto g = MatchHeader("03.08.21, 12:30 - Ana: Hallo");  // German Android
  ASSERT_TRUE(g);
  EXPECT_EQ(std::string_view("03.08.21, 12:30 - Ana: Hallo").substr(g->rest), "Ana: Hallo");
  auto twelve = MatchHeader("1/1/24, 12:05 AM - a: b");
  ASSERT_TRUE(twelve);
  EXPECT_EQ(ResolveHour(*twelve), 0);
}

struct OrderCase {
  const char* name;
  std::vector<std::string> dates;  // "a/b/c" headers in file order
  DateOrder order;
  bool decided;
};

class WhatsappDateOrder : public ::testing::TestWithParam<OrderCase> {};

TEST_P(WhatsappDateOrder, InferredFromTheWholeFile) {
  std::string text;
  for (const auto& d : GetParam().dates) text += d + ", 10:00 - a: b\n";
  auto scan = ScanExportText(text);
  EXPECT_EQ(scan.verdict.order, GetParam().order) << scan.verdict.reason;
  EXPECT_EQ(scan.verdict.decided, GetParam().decided) << scan.verdict.reason;
}

INSTANTIATE_TEST_SUITE_P(
    WhatsappAll, WhatsappDateOrder,
    ::testing::Values(
        OrderCase{"first_over_12", {"01/02/24", "13/02/24"}, DateOrder::kDmy, true},
        OrderCase{"second_over_12", {"02/01/24", "02/13/24"}, DateOrder::kMdy, true},
        OrderCase{"year_first", {"2024/02/01", "2024/02/03"}, DateOrder::kYmd, true},
        OrderCase{"year_in_the_middle", {"06/2018/13"}, DateOrder::kMdy, true},
        // 01/02 -> 03/02 -> 12/02 -> 02/03: the first field falls only when
        // the second changes, so the first is the day.
        OrderCase{"drops", {"01/02/24", "03/02/24", "12/02/24", "02/03/24"}, DateOrder::kDmy, true},
        OrderCase{"drops_mdy", {"02/01/24", "02/03/24", "02/12/24", "03/02/24"}, DateOrder::kMdy,
                  true},
        OrderCase{"changes", {"01/05/24", "02/05/24", "03/05/24", "04/05/24"}, DateOrder::kDmy,
                  true},
        OrderCase{"undecided", {"05/05/24", "05/05/24"}, DateOrder::kDmy, false},
        OrderCase{"conflict", {"13/01/24", "01/13/24"}, DateOrder::kDmy, false}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(WhatsappDateOrder, ExplicitOrderSettlesIt) {
  const std::string text = "05/06/24, 10:00 - a: b\n";
  EXPECT_EQ(IsoUtc(*ParseText(text, DateOrder::kDmy).messages[0].received_at_us),
            "2024-06-05T10:00:00");
  EXPECT_EQ(IsoUtc(*ParseText(text, DateOrder::kMdy).messages[0].received_at_us),
            "2024-05-06T10:00:00");
}

TEST(WhatsappRejects, BadLinesNamedWithTheirLineAndTheRestGoesIn) {
  // Each bad input, with the line it must be reported at.
  struct Bad {
    std::string text;
    int64_t line;
    std::string reason_part;
  };
  for (const auto& c : std::vector<Bad>{
           {"garbage first\n01/02/24, 10:00 - a: ok\n", 1, "before the first message"},
           {"01/02/24, 10:00 - a: ok\n31/02/24, 10:00 - a: no such day\n", 2, "not a date"},
           {"01/02/24, 10:00 - a: ok\n01/13/24, 10:00 - a: month 13 read day-first\n", 2,
            "not a date"},
           {"01/02/24, 10:00 - a: ok\n01/02/24, 25:00 - a: hour 25\n", 2, "not a time"},
           {"01/02/24, 10:00 - a: ok\n01/02/24, 10:61 - a: minute 61\n", 2, "not a time"},
           {"01/02/24, 10:00 - a: ok\n00/02/24, 10:00 - a: day 0\n", 2, "not a date"},
       }) {
    auto p = ParseText(c.text, DateOrder::kDmy);
    ASSERT_EQ(p.rejections.size(), 1u) << c.text;
    EXPECT_EQ(p.rejections[0].line, c.line) << c.text;
    EXPECT_EQ(p.rejections[0].file, "chat.txt");
    EXPECT_NE(p.rejections[0].reason.find(c.reason_part), std::string::npos)
        << p.rejections[0].reason;
    ASSERT_EQ(p.messages.size(), 1u) << c.text;
    EXPECT_EQ(p.messages[0].body, "ok");
  }
}

TEST(WhatsappExportText, CrlfBomAndContinuationLines) {
  auto p = ParseText("\xEF\xBB\xBF" "01/02/24, 10:00 - Ana: one\r\ntwo\r\n\r\nthree\r\n"
                     "01/02/24, 10:01 - Bob: x\r\n");
  ASSERT_EQ(p.messages.size(), 2u);
  EXPECT_EQ(p.messages[0].body, "one\ntwo\n\nthree");
  EXPECT_EQ(p.messages[0].source, "chat.txt:1");
  EXPECT_EQ(p.messages[1].source, "chat.txt:5");
  // A continuation line in another header layout stays in its message.
  auto q = ParseText("[01/02/24, 10:00:00] Ana: look\n2024-02-01 10:00 - not a header\n");
  ASSERT_EQ(q.messages.size(), 1u);
  EXPECT_EQ(q.messages[0].body, "look\n2024-02-01 10:00 - not a header");
}

TEST(WhatsappExportText, TimeZoneRecordedAndConverted) {
  const std::string text = "15/01/24, 10:00 - a: winter\n15/07/24, 10:00 - a: summer\n";
  auto p = ParseText(text, DateOrder::kDmy, "Europe/Madrid");
  ASSERT_EQ(p.messages.size(), 2u);
  EXPECT_EQ(IsoUtc(*p.messages[0].received_at_us), "2024-01-15T09:00:00");
  EXPECT_EQ(IsoUtc(*p.messages[1].received_at_us), "2024-07-15T08:00:00");
  // The zone does not change the sid: it hashes the wall-clock time.
  auto u = ParseText(text, DateOrder::kDmy, "UTC");
  EXPECT_EQ(p.messages[0].sid, u.messages[0].sid);
  EXPECT_THROW(ZoneConverter("Mars/Olympus_Mons"), chatbeto::Error);
}

TEST(WhatsappZone, GapAndOverlap) {
  ZoneConverter z("Europe/Madrid");
  // 2024-03-31 02:30 does not exist (clocks jump 02:00 -> 03:00 CET->CEST).
  int64_t gap = DaysFromCivil(2024, 3, 31) * 86400 + 2 * 3600 + 1800;
  EXPECT_EQ(z.ToUtc(gap), DaysFromCivil(2024, 3, 31) * 86400 + 3600);
  // 2024-10-27 02:30 happens twice: the earlier (CEST, UTC+2) is taken.
  int64_t twice = DaysFromCivil(2024, 10, 27) * 86400 + 2 * 3600 + 1800;
  EXPECT_EQ(z.ToUtc(twice), twice - 7200);
  // Cached rule, then a far date in the other offset.
  int64_t jan = DaysFromCivil(2024, 1, 10) * 86400;
  EXPECT_EQ(z.ToUtc(jan), jan - 3600);
  EXPECT_EQ(z.ToUtc(jan + 3600), jan);
  int64_t jul = DaysFromCivil(2024, 7, 10) * 86400;
  EXPECT_EQ(z.ToUtc(jul), jul - 7200);
}

TEST(WhatsappSid, StableAcrossRunsAndOverlappingExports) {
  const std::string a = "01/02/24, 10:00 - Ana: hola\n01/02/24, 10:00 - Ana: hola\n"
                        "01/02/24, 10:01 - Bob: qué tal\n";
  const std::string b = "01/02/24, 10:01 - Bob: qué tal\n01/02/24, 10:02 - Ana: bien\n";
  auto p1 = ParseText(a), p2 = ParseText(a), q = ParseText(b);
  ASSERT_EQ(p1.messages.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(p1.messages[i].sid, p2.messages[i].sid);
  // Two identical messages in one minute are two messages.
  EXPECT_NE(p1.messages[0].sid, p1.messages[1].sid);
  // The overlap has the same sid in both exports, the rest differ.
  EXPECT_EQ(p1.messages[2].sid, q.messages[0].sid);
  EXPECT_NE(q.messages[1].sid, p1.messages[0].sid);
  // Another chat with the same text is another message.
  EXPECT_NE(ParseText(a, DateOrder::kAuto, "UTC", "", "Other").messages[0].sid,
            p1.messages[0].sid);
  EXPECT_EQ(p1.messages[0].sid.size(), 66u);
}

}  // namespace
}  // namespace chatbeto::whatsapp::testing
