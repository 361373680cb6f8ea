// The shared WhatsApp fixtures: chat-miner's five header styles against its
// target.json, and every case of Pustur's parser tests.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "whatsapp/export_body.h"
#include "whatsapp_test_util.h"

namespace chatbeto::whatsapp::testing {
namespace {

using nlohmann::json;

std::string Fixture(const std::string& rel) {
  std::ifstream in(std::string(CHATBETO_TEST_DATA_DIR) + "/fixtures/whatsapp/" + rel,
                   std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  EXPECT_FALSE(ss.str().empty()) << rel;
  return ss.str();
}

// chat-miner joins the lines of a message with a space.
std::string Joined(std::string s) {
  for (char& c : s)
    if (c == '\n') c = ' ';
  return s;
}

class WhatsappChatMiner : public ::testing::TestWithParam<std::string> {};

TEST_P(WhatsappChatMiner, GivesExactlyTheTargetMessages) {
  auto p = ParseText(Fixture("chat-miner/" + GetParam()));
  EXPECT_TRUE(p.rejections.empty()) << p.rejections[0].reason;
  EXPECT_TRUE(p.scan.verdict.decided) << p.scan.verdict.reason;
  auto target = json::parse(Fixture("chat-miner/target.json"));
  // target.json lists the messages newest first, without system lines and
  // without the emptied "Name:." message.
  std::vector<json> got;
  int system = 0, empty = 0;
  for (const auto& m : p.messages) {
    if (m.is_system) {
      ++system;
      continue;
    }
    if (m.message_type == "empty") {
      ++empty;
      continue;
    }
    got.insert(got.begin(), json{{"timestamp", IsoUtc(*m.received_at_us)},
                                 {"author", m.sender_name},
                                 {"message", Joined(m.body)}});
  }
  EXPECT_EQ(system, 2);
  EXPECT_EQ(empty, 1);
  ASSERT_EQ(got.size(), target.size());
  for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i], target[i]) << i;
  // Bodies themselves keep their line breaks.
  EXPECT_EQ(p.messages[2].body,
            "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.");
}

INSTANTIATE_TEST_SUITE_P(WhatsappFiles, WhatsappChatMiner,
                         ::testing::Values("test_brackets_mmddyy_24hrs.txt",
                                           "test_ddmmyy_24hrs.txt", "test_mmddyy_24hrs.txt",
                                           "test_mmddyyyy_12hrs.txt", "test_yyyymmdd_24hrs.txt"));

TEST(WhatsappChatMiner, InfersEachFilesDateOrder) {
  EXPECT_EQ(ParseText(Fixture("chat-miner/test_ddmmyy_24hrs.txt")).order, DateOrder::kDmy);
  EXPECT_EQ(ParseText(Fixture("chat-miner/test_mmddyy_24hrs.txt")).order, DateOrder::kMdy);
  EXPECT_EQ(ParseText(Fixture("chat-miner/test_yyyymmdd_24hrs.txt")).order, DateOrder::kYmd);
}

// Pustur's cases: one line each, parsed alone. Their parser assumes day-first
// for ambiguous lines (and the expected values follow it), as chatbeto does.
TEST(WhatsappPustur, EveryFormatCaseParsesAsExpected) {
  std::istringstream lines(Fixture("pustur/format-cases.jsonl"));
  std::string line;
  int cases = 0;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    auto c = json::parse(line);
    std::string name = c["case"];
    SCOPED_TRACE(name);
    std::string text;
    if (c.contains("lines")) {
      for (const auto& l : c["lines"]) text += l.get<std::string>() + "\n";
    } else {
      text = c["line"].get<std::string>() + "\n";
    }
    auto p = ParseText(text);
    ASSERT_EQ(p.rejections.size(), 0u) << p.rejections[0].reason;
    ASSERT_EQ(p.messages.size(), 1u);
    const Message& m = p.messages[0];
    if (c.contains("system")) {
      EXPECT_EQ(m.is_system, c["system"].get<bool>());
    }
    if (c.contains("author")) {
      EXPECT_EQ(m.sender_name, c["author"]);
    }
    if (c.contains("message")) {
      EXPECT_EQ(m.body, c["message"]);
    }
    if (c.contains("expected_local_datetime")) {
      EXPECT_EQ(IsoUtc(*m.received_at_us), c["expected_local_datetime"]);
    }
    if (c.contains("expected_attachment_filename")) {
      EXPECT_EQ(m.media_name, c["expected_attachment_filename"]);
      EXPECT_EQ(m.message_type, "media");
    }
    if (c.contains("expected_merged_message")) {
      EXPECT_EQ(m.body, c["expected_merged_message"]);
    }
    if (name == "empty_body") {
      EXPECT_EQ(m.sender_name, "Luke");
      EXPECT_EQ(m.body, "");
    }
    if (name == "attachment_format4") {
      EXPECT_EQ(m.body, "Dir auch frohe Ostern.");
    }
    ++cases;
  }
  EXPECT_EQ(cases, 19);
}

}  // namespace
}  // namespace chatbeto::whatsapp::testing
