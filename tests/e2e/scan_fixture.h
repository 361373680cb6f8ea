// The fixture the `whatsapp scan` e2e tests share: a migrated database,
// conversations and messages written straight into it, and a scan run with --json.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/harness.h"

namespace chatbeto::testing {

class ScanTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    auto r = Run({"db", "migrate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // A conversation; `tz` "" = none. Returns its id.
  int64_t Conversation(const std::string& key, const std::string& platform, const std::string& tz) {
    Conn().Execute(
        "INSERT INTO whatsapp_conversations (chat_key, platform, name, time_zone, created_at, updated_at) "
        "VALUES (" + db::Quote(key) + ", " + db::Quote(platform) + ", " + db::Quote(key) + ", " +
        (tz.empty() ? "NULL" : db::Quote(tz)) + ", UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    return Conn().QueryInt("SELECT LAST_INSERT_ID()").value();
  }
  // One inbound text message; `utc` is "YYYY-MM-DD HH:MM:SS". Returns its id.
  int64_t Message(int64_t conv, const std::string& sender, const std::string& utc, const std::string& body) {
    Conn().Execute(
        "INSERT INTO whatsapp_messages (message_sid, conversation_id, sender_name, direction, body, "
        "received_at, message_type, created_at, updated_at) VALUES (" +
        db::Quote("t-" + db_name_ + "-" + std::to_string(++messages_)) + ", " + std::to_string(conv) + ", " +
        db::Quote(sender) + ", 'inbound', " + db::Quote(body) + ", " + db::Quote(utc) +
        ", 'text', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    return Conn().QueryInt("SELECT LAST_INSERT_ID()").value();
  }
  // `whatsapp scan --json` plus `extra`; expects exit 0; its JSON summary.
  nlohmann::json Scan(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"whatsapp", "scan", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out.empty() ? nlohmann::json() : nlohmann::json::parse(r.out);
  }

 private:
  int messages_ = 0;
};

}  // namespace chatbeto::testing
