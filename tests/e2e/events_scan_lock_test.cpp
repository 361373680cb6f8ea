// End-to-end: `whatsapp scan` meets a real lock wait timeout (another
// session holds the stored event a reschedule must move) and retries the
// conversation from scratch (db/retry.h): the event is moved once, the
// counts are those of the attempt that committed; when the lock is never
// released while a chatbeto job holds its lock, the scan gives up with exit 5.
#include <gtest/gtest.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "db/job_lock.h"
#include "support/harness.h"
#include "support/lock_watch.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsScanLock : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
    Conn().Execute(
        "INSERT INTO whatsapp_conversations (chat_key, platform, name, created_at, updated_at) "
        "VALUES ('twilio:+34600000009', 'twilio', 'Elena', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    conv_ = Conn().QueryInt("SELECT LAST_INSERT_ID()").value();
    Message("m1", "Sergio", "2025-03-05 10:00:00",
            "¿Quedamos el lunes a las 10 para la reunión de presupuesto?");
    Message("m2", "Elena", "2025-03-05 10:05:00", "Sí, el lunes a las 10 me va bien");
    auto r = Run({"whatsapp", "scan", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 1);
    // The reschedule the next scan must write into the stored event's row.
    Message("m3", "Elena", "2025-03-05 16:30:00",
            "Perdona, me ha surgido algo. Mejor el martes a las 11");
    Message("m4", "Sergio", "2025-03-05 16:32:00", "Ok, martes a las 11 entonces");
    // New sessions (the chatbeto run) wait 1 s for a row lock instead of 50.
    old_timeout_ = Count("SELECT @@GLOBAL.innodb_lock_wait_timeout");
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = 1");
  }
  void TearDown() override {
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = " + std::to_string(old_timeout_));
    DbTest::TearDown();
  }
  void Message(const std::string& sid, const std::string& sender, const std::string& utc,
               const std::string& body) {
    Conn().Execute(
        "INSERT INTO whatsapp_messages (message_sid, conversation_id, sender_name, direction, "
        "body, received_at, "
        "message_type, created_at, updated_at) VALUES (" +
        db::Quote(db_name_ + sid) + ", " + std::to_string(conv_) + ", " + db::Quote(sender) +
        ", 'inbound', " + db::Quote(body) + ", " + db::Quote(utc) +
        ", 'text', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
  }
  // Holds the stored event's row, as a session editing it would.
  void LockTheEvent() {
    Conn().Execute("START TRANSACTION");
    Conn().QueryInt("SELECT COUNT(*) FROM (SELECT id FROM extracted_events FOR UPDATE) t");
  }
  int64_t conv_ = 0;
  int64_t old_timeout_ = 50;
};

TEST_F(EventsScanLock, ALockWaitTimeoutIsRetriedAndTheConversationDoneOnce) {
  LockTheEvent();
  // Released once chatbeto's first attempt timed out and another one began.
  std::thread release([this, config = Conn().config()] {
    WaitForALockRetry(config);
    Conn().Execute("ROLLBACK");
  });
  auto r = Run({"whatsapp", "scan", "--json"});
  release.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("whatsapp scan: lock wait timeout, rolled back; retrying"),
            std::string::npos)
      << r.err;
  json s = json::parse(r.out);
  // Only the attempt that committed is counted.
  EXPECT_EQ(s["conversations"], 1);
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(s["events_new"], 0);
  EXPECT_EQ(s["events_updated"], 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 1);
  EXPECT_EQ(
      Conn().QueryString("SELECT DATE_FORMAT(start_local, '%Y-%m-%d %H:%i') FROM extracted_events"),
      "2025-03-11 11:00");
  EXPECT_EQ(Count("SELECT sequence FROM extracted_events"), 1);  // moved once, not once per attempt
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_id IS NOT NULL"), 4);
}

TEST_F(EventsScanLock, GivesUpWithExitFiveAndLeavesTheConversationUntouched) {
  db::JobLock import_lock(Conn(), "import");
  LockTheEvent();
  auto r = Run({"whatsapp", "scan", "--json"});
  Conn().Execute("ROLLBACK");
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("whatsapp scan: gave up after 5 lock conflicts"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("chatbeto import (pid " + std::to_string(getpid())), std::string::npos)
      << r.err;
  // Every attempt was rolled back: the new messages wait for the next scan.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 2);
  EXPECT_EQ(Count("SELECT sequence FROM extracted_events"), 0);
  EXPECT_EQ(
      Conn().QueryString("SELECT DATE_FORMAT(start_local, '%Y-%m-%d %H:%i') FROM extracted_events"),
      "2025-03-10 10:00");
}

}  // namespace
}  // namespace chatbeto::testing
