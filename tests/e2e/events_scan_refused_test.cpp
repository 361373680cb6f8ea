// End-to-end: a conversation whose events the database refuses holds no other
// conversation back. The scan writes up to 96 conversations per transaction;
// when the server refuses one (here a trigger stands in for any value it cannot
// hold), the transaction is run again a conversation at a time: the others go
// in, the one at fault is rolled back, reported (--json "refused", exit 4) and
// left for the next run, which scans it once the database takes it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "scan_fixture.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsScanRefused : public ScanTest {
 protected:
  int64_t Plan(const std::string& key, const std::string& what) {
    int64_t c = Conversation(key, "export", "Europe/Madrid");
    Message(c, "Ana", "2025-03-05 09:00:00", what + " Friday at 8?");
    Message(c, "Tom", "2025-03-05 09:01:00", "Sure, see you there");
    return c;
  }
  int64_t Unprocessed(int64_t c) {
    return Conn()
        .QueryInt("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0 AND conversation_id = " +
                  std::to_string(c))
        .value();
  }
};

TEST_F(EventsScanRefused, OnlyTheRefusedConversationIsLeftForTheNextRun) {
  int64_t a = Plan("export:A", "Dinner");
  int64_t b = Plan("export:B", "Party");
  int64_t c = Plan("export:C", "Lunch");
  Conn().Execute(
      "CREATE TRIGGER refuse_parties BEFORE INSERT ON extracted_events FOR EACH ROW "
      "IF NEW.title = 'Party' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no parties'; END IF");

  auto r = Run({"whatsapp", "scan", "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  json s = json::parse(r.out);
  EXPECT_EQ(s["conversations"], 2);
  EXPECT_EQ(s["events_new"], 2);
  ASSERT_EQ(s["refused"].size(), 1u);
  EXPECT_EQ(s["refused"][0]["conversation"], b);
  EXPECT_NE(s["refused"][0]["error"].get<std::string>().find("no parties"), std::string::npos);
  EXPECT_NE(r.err.find("conversation " + std::to_string(b) + " left unscanned"), std::string::npos) << r.err;
  EXPECT_EQ(Unprocessed(a), 0);
  EXPECT_EQ(Unprocessed(b), 2);  // nothing of it half-written
  EXPECT_EQ(Unprocessed(c), 0);
  EXPECT_EQ(Conn().QueryInt("SELECT COUNT(*) FROM extracted_events WHERE conversation_id = " + std::to_string(b)),
            0);
  EXPECT_EQ(Conn().QueryInt("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(b)), 0);

  // Refused again while the database still refuses it; the others are not scanned twice.
  r = Run({"whatsapp", "scan", "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(json::parse(r.out)["conversations"], 0);

  Conn().Execute("DROP TRIGGER refuse_parties");
  json again = Scan();
  EXPECT_EQ(again["conversations"], 1);
  EXPECT_EQ(again["events_new"], 1);
  EXPECT_TRUE(again["refused"].empty());
  EXPECT_EQ(Unprocessed(b), 0);
  EXPECT_EQ(Conn().QueryInt("SELECT COUNT(*) FROM extracted_events"), 3);
}

}  // namespace
}  // namespace chatbeto::testing
