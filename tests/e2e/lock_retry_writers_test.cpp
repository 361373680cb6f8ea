// End-to-end: the WhatsApp import and sync's database writes meet real lock
// conflicts (a second session holding row or gap locks in an open
// transaction, a short innodb_lock_wait_timeout) and retry them (db/retry.h);
// the result is exact afterwards, and a conflict that persists while another
// chatbeto job holds its lock ends with exit 5 naming it (issue 7 item 7).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "db/job_lock.h"
#include "support/lock_watch.h"
#include "sync_fixture.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

// A second session with an open transaction holding locks, as a concurrent
// writer (an import's batch, a scan) would.
class LockHolder {
 public:
  explicit LockHolder(const db::DbConfig& config) : conn_(db::Connection::Open(config, false)) {
    conn_->Execute("START TRANSACTION");
  }
  ~LockHolder() { Release(); }
  // Runs a SELECT ... FOR UPDATE and keeps its locks.
  void Lock(const std::string& select_for_update) {
    auto rs = conn_->Query(select_for_update);
    while (rs->next()) {
    }
  }
  void Execute(const std::string& sql) { conn_->Execute(sql); }
  void Release() {
    if (open_) conn_->Execute("ROLLBACK");
    open_ = false;
  }

 private:
  std::unique_ptr<db::Connection> conn_;
  bool open_ = true;
};

// Releases `holder` once a chatbeto transaction waiting for its locks was
// rolled back and another attempt waits or ran (support/lock_watch.h).
void ReleaseAfterARetry(LockHolder& holder, const db::DbConfig& config) {
  WaitForALockRetry(config);
  holder.Release();
}

// A short lock wait for the chatbeto runs (new sessions take the global).
class LockRetryWriters : public SyncTest {
 protected:
  void SetUp() override {
    SyncTest::SetUp();
    old_timeout_ = Count("SELECT @@GLOBAL.innodb_lock_wait_timeout");
    SetLockWait(1);
  }
  void TearDown() override {
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = " + std::to_string(old_timeout_));
    SyncTest::TearDown();
  }
  void SetLockWait(int seconds) {
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = " + std::to_string(seconds));
  }
  db::DbConfig Config() { return Conn().config(); }
  int64_t Requests(const std::string& line) {
    auto log = fake_->Log();
    return std::count(log.begin(), log.end(), line);
  }
  int64_t ItemPosts() {
    int64_t n = 0;
    for (const auto& l : fake_->Log())
      n += l.rfind("POST /v1/conversations/", 0) == 0 &&
           l.find("/items -> 200") != std::string::npos;
    return n;
  }

  int64_t old_timeout_ = 50;
};

// Cloud API messages from two new contacts (3 per batch), an edit and a
// delivery status.
std::string CloudLog() {
  auto msg = [](const std::string& from, const std::string& name, const std::string& id, int64_t ts,
                const std::string& body) {
    return R"({"entry":[{"changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"15550001111"},"contacts":[{"profile":{"name":")" +
           name + R"("},"wa_id":")" + from + R"("}],"messages":[{"from":")" + from + R"(","id":")" +
           id + R"(","timestamp":")" + std::to_string(ts) + R"(","type":"text","text":{"body":")" +
           body + R"("}}]}}]}]})" + "\n";
  };
  std::string log;
  for (int i = 0; i < 5; ++i) {
    log += msg("34600000001", "Ana", "wamid.A" + std::to_string(i), 1750000000 + i,
               "Ana " + std::to_string(i));
    log += msg("34600000002", "Luis", "wamid.L" + std::to_string(i), 1750000100 + i,
               "Luis " + std::to_string(i));
  }
  log +=
      R"J({"entry":[{"changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"15550001111"},"contacts":[{"profile":{"name":"Ana"},"wa_id":"34600000001"}],"messages":[{"from":"34600000001","id":"wamid.E","timestamp":"1750000200","type":"edit","edit":{"original_message_id":"wamid.A0","message":{"type":"text","text":{"body":"Ana 0 (edited)"}}}}]}}]}]})J"
      "\n";
  log +=
      R"({"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"15550001111"},"message_echoes":[{"from":"15550001111","to":"34600000001","id":"wamid.OUT","timestamp":"1750000300","type":"text","text":{"body":"Hecho"}}],"statuses":[{"id":"wamid.OUT","status":"read","timestamp":"1750000301","recipient_id":"34600000001"}]}}]}]})"
      "\n";
  return log;
}

TEST_F(LockRetryWriters, WhatsappImportRetriesABatchAndForgetsTheConversationItRolledBack) {
  std::string p = tmp_dir_ + "/cloud.jsonl";
  WriteFile(p, CloudLog());
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // A gap lock on the empty message table: every insert into it waits, after
  // the batch has created its conversation (then rolled back with it).
  LockHolder holder(Config());
  holder.Lock("SELECT id FROM whatsapp_messages WHERE message_sid = 'wamid.none' FOR UPDATE");
  std::thread release([&] { ReleaseAfterARetry(holder, Config()); });
  auto r = Run({"whatsapp", "import", p, "--batch-size", "3", "--json"});
  release.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("whatsapp import batch: lock wait timeout, rolled back; retrying"),
            std::string::npos)
      << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["new"], 12);
  EXPECT_EQ(doc["existing"], 0);
  EXPECT_EQ(doc["modified"], 1);
  EXPECT_EQ(doc["statuses_matched"], 1);
  // Exactly the messages, each once, each in a conversation that exists.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 12);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT message_sid) FROM whatsapp_messages"), 12);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages m LEFT JOIN whatsapp_conversations c "
                  "ON c.id = m.conversation_id WHERE c.id IS NULL"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations"), 2);
  EXPECT_EQ(Count("SELECT message_count FROM whatsapp_conversations WHERE name = 'Ana'"), 7);
  EXPECT_EQ(Count("SELECT message_count FROM whatsapp_conversations WHERE name = 'Luis'"), 5);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations c WHERE message_count <> "
                  "(SELECT COUNT(*) FROM whatsapp_messages m WHERE m.conversation_id = c.id)"),
            0);
  EXPECT_EQ(Conn()
                .QueryString("SELECT body FROM whatsapp_messages WHERE message_sid = 'wamid.A0'")
                .value_or(""),
            "Ana 0 (edited)");
  EXPECT_EQ(Conn()
                .QueryString("SELECT status FROM whatsapp_messages WHERE message_sid = 'wamid.OUT'")
                .value_or(""),
            "read");

  auto again = Run({"whatsapp", "import", p, "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["new"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 12);
}

TEST_F(LockRetryWriters, WhatsappImportGivesUpWithExitFiveNamingTheJobAndWritesNothing) {
  std::string p = tmp_dir_ + "/WhatsApp Chat with Ana.txt";
  std::string text;
  for (int i = 0; i < 20; ++i)
    text += "05/03/25, 09:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + " - " +
            (i % 2 ? "Ana" : "Pedro") + ": mensaje " + std::to_string(i) + "\n";
  WriteFile(p, text);
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  SetLockWait(0);  // fail at once: the test does not wait out five timeouts
  {
    db::JobLock other_job(Conn(), "import");
    LockHolder holder(Config());
    holder.Lock("SELECT id FROM whatsapp_messages WHERE message_sid = 'none' FOR UPDATE");
    auto r = Run({"whatsapp", "import", p, "--tz", "UTC", "--date-order", "dmy", "--json"});
    EXPECT_EQ(r.exit_code, 5) << r.err;
    EXPECT_NE(r.err.find("whatsapp import batch: gave up after 5 lock conflicts"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("chatbeto import (pid " + std::to_string(getpid())), std::string::npos)
        << r.err;
    EXPECT_NE(r.out.find("\"locked\""), std::string::npos) << r.out;
  }
  // Nothing half-written: the batch and the conversation it created were rolled back.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations"), 0);
  auto r = Run({"whatsapp", "import", p, "--tz", "UTC", "--date-order", "dmy", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["new"], 20);
  EXPECT_EQ(Count("SELECT message_count FROM whatsapp_conversations WHERE name = 'Ana'"), 20);
}

TEST_F(LockRetryWriters, SyncRetriesItsDatabaseWritesWithoutResendingAnything) {
  ImportConversations(2, 25);
  // The conversations rows held, as an import's open batch holds them: the
  // create call succeeds, storing its id waits.
  LockHolder holder(Config());
  holder.Lock("SELECT id FROM conversations FOR UPDATE");
  std::thread release([&] { ReleaseAfterARetry(holder, Config()); });
  auto r = Sync();
  release.join();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("lock wait timeout, rolled back; retrying"), std::string::npos) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["created"], 2);
  EXPECT_EQ(doc["summary"]["items_sent"], 50);
  // Each request once: 2 creates, 2 appends of 20 + 5 per conversation.
  EXPECT_EQ(Requests("POST /v1/conversations -> 200"), 2);
  EXPECT_EQ(ItemPosts(), 4);
  EXPECT_EQ(fake_->Requests(), 6);
  ExpectRemoteMatchesLocal();
}

TEST_F(LockRetryWriters, SyncGivesUpWithExitFiveAndTheNextRunReconcilesInsteadOfResending) {
  Import({{"c0", "Growing", "", 4, 1750000000.5}});
  ASSERT_EQ(Sync().exit_code, 0);
  Import({{"c0", "Growing", "", 7, 1750000100.5}});
  SetLockWait(0);
  {
    db::JobLock other_job(Conn(), "import");
    LockHolder holder(Config());
    holder.Lock("SELECT id FROM conversations FOR UPDATE");
    auto r = Sync();
    EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
    EXPECT_NE(r.err.find("conversation c0: gave up after 5 lock conflicts"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("chatbeto import (pid " + std::to_string(getpid())), std::string::npos)
        << r.err;
  }
  // The three new items went out once; their position could not be stored.
  ASSERT_EQ(fake_->Conversations().size(), 1u);
  EXPECT_EQ(fake_->Conversations()[0].items.size(), 7u);
  EXPECT_EQ(Count("SELECT items_synced FROM sync_state WHERE conversation_id = 'c0' AND "
                  "state = 'appending'"),
            4);

  SetLockWait(1);
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["items_sent"], 0);
  EXPECT_EQ(doc["conversations"][0]["items_reconciled"], 3);
  EXPECT_EQ(ItemPosts(), 2);  // the first sync's and the one that gave up: nothing sent again
  ExpectRemoteMatchesLocal();
}

TEST_F(LockRetryWriters, SyncIsTheDeadlockVictimAndRunsItsWriteAgain) {
  ImportConversations(1, 6);
  // A long lock wait: the sync's first attempt must still be waiting when
  // the other transaction closes the cycle, however loaded the machine is
  // (with 1 s it could time out first and retry for another reason).
  SetLockWait(60);
  // The other transaction has written a lot (so the server rolls back the
  // sync's, the lighter one), holds the conversations rows, and then asks
  // for the sync_state row the sync's transaction holds: a real deadlock.
  Conn().Execute("CREATE TABLE ballast (id INT NOT NULL PRIMARY KEY)");
  LockHolder holder(Config());
  holder.Execute("INSERT INTO ballast (id) SELECT seq FROM seq_1_to_500");
  holder.Lock("SELECT id FROM conversations FOR UPDATE");
  std::thread deadlock([&] {
    WaitForALockWait(Config());
    // Waits for the sync's row lock, which its rollback releases at once.
    holder.Lock("SELECT conversation_id FROM sync_state FOR UPDATE");
    holder.Release();
  });
  auto r = Sync();
  deadlock.join();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.err.find("conversation c0: deadlock, rolled back; retrying"), std::string::npos)
      << r.err;
  EXPECT_EQ(Requests("POST /v1/conversations -> 200"), 1);
  EXPECT_EQ(ItemPosts(), 1);
  ExpectRemoteMatchesLocal();
}

TEST_F(LockRetryWriters, AskThatCannotStoreItsAnswerExitsFiveAndTheNextSyncPullsIt) {
  ImportConversations(1, 4);
  ASSERT_EQ(Sync().exit_code, 0);
  SetLockWait(0);
  {
    db::JobLock other_job(Conn(), "import");
    LockHolder holder(Config());
    holder.Lock("SELECT id FROM conversations FOR UPDATE");
    auto r = Run({"ask", "c0", "¿Y ahora?", "--live", "--json"}, LiveEnv());
    EXPECT_EQ(r.exit_code, 5) << r.out << r.err;
    EXPECT_NE(r.err.find("conversation c0: gave up after 5 lock conflicts"), std::string::npos)
        << r.err;
  }
  // The question and answer are on the remote only; the conversation is
  // marked for the next sync to compare.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE node_id LIKE 'api:%'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_state WHERE state = 'appending'"), 1);
  SetLockWait(1);
  auto r = Sync({"--pull"});
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["items_sent"], 0);
  EXPECT_EQ(doc["summary"]["items_pulled"], 2);
  EXPECT_EQ(ItemPosts(), 1);  // the first sync's only
  ExpectRemoteMatchesLocal();
}

}  // namespace
}  // namespace chatbeto::testing
