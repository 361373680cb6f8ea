// End-to-end: writes that meet a lock conflict are retried a bounded number
// of times (db/retry.h), and give up with exit 5 naming the job that holds
// the lock (issue 7 item 7: `map apply` during an import failed with
// "Deadlock found when trying to get lock", exit 1).
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "db/job_lock.h"
#include "support/harness.h"
#include "support/lock_watch.h"

namespace chatbeto::testing {
namespace {

const std::string kGizmo = "g-p-0123456789abcdef0123456789abcdef";

class LockRetry : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    auto p = tmp_dir_ + "/conversations.json";
    WriteFile(p, ExportJson({{"c1", "Kubernetes", kGizmo, 2, 1750000000}}));
    ASSERT_EQ(Run({"import", p}).exit_code, 0);
    csv_ = tmp_dir_ + "/projects.csv";
    WriteFile(csv_, "gizmo_id,project\n" + kGizmo + ",Infra\n");
    // New sessions (the chatbeto run) wait 1 s for a row lock instead of 50.
    old_timeout_ = Count("SELECT @@GLOBAL.innodb_lock_wait_timeout");
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = 1");
  }
  void TearDown() override {
    Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = " + std::to_string(old_timeout_));
    DbTest::TearDown();
  }
  // Holds the conversations rows (as an import's open transaction would).
  void LockConversations() {
    Conn().Execute("START TRANSACTION");
    Conn().QueryInt("SELECT COUNT(*) FROM (SELECT id FROM conversations FOR UPDATE) t");
  }
  std::string csv_;
  int64_t old_timeout_ = 50;
};

TEST_F(LockRetry, MapApplyDuringAnImportWaitsOutTheLockInsteadOfFailing) {
  LockConversations();
  // Released once the run's first attempt timed out and a second one
  // waits (a fixed 2.5 s lost on a loaded machine, where the run could
  // start after it).
  std::thread release([this] {
    WaitForALockRetry(Conn().config());
    Conn().Execute("ROLLBACK");
  });
  auto r = Run({"map", "apply", csv_});
  release.join();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("lock wait timeout, rolled back; retrying"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE project_id IS NOT NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM projects"), 1);  // the retried attempt did not add a second
}

TEST_F(LockRetry, GivesUpWithExitFiveNamingTheJobHoldingItsLock) {
  db::JobLock import_lock(Conn(), "import");
  LockConversations();
  auto r = Run({"map", "apply", csv_, "--json"});
  Conn().Execute("ROLLBACK");
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("map apply: gave up after 5 lock conflicts"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("chatbeto import (pid " + std::to_string(getpid())), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"locked\""), std::string::npos) << r.out;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM projects"), 0);
}

// The harness's own report: a run it has to kill leaves, in the test's log,
// what the server's sessions and transactions were doing (and, with gdb,
// chatbeto's stacks), so that a hang on CI can be explained afterwards.
TEST_F(LockRetry, ARunTheHarnessKillsLeavesTheServersStateInItsLog) {
  Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = 30");  // TearDown restores it
  LockConversations();
  auto r = RunChatbeto({"--db", DbUrl(), "map", "apply", csv_}, {}, 3);
  Conn().Execute("ROLLBACK");
  EXPECT_NE(r.err.find("[harness] chatbeto killed after 3 s"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[harness] SHOW FULL PROCESSLIST:"), std::string::npos) << r.err;
  // chatbeto's session, waiting for the row lock this test holds.
  EXPECT_NE(r.err.find("LOCK WAIT"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM projects"), 0);  // killed mid-transaction: nothing kept
}

}  // namespace
}  // namespace chatbeto::testing
