// sync under injected faults: whatever the server does, afterwards there is
// one remote conversation per local one with every item once and in order.
#include <signal.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "e2e/sync_fixture.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

struct FaultCase {
  const char* name;
  FaultRule rule;
};

class SyncFaultTest : public SyncTest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(SyncFaultTest, RemoteStateIsExactAfterwards) {
  ImportConversations(2, 45);
  fake_->Inject(GetParam().rule);
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  ExpectRemoteMatchesLocal();
  auto doc = json::parse(r.out);
  int noticed = doc["summary"]["retries"].get<int>();
  for (const auto& c : doc["conversations"]) noticed += c["reconciliations"].get<int>();
  EXPECT_GT(noticed, 0)
      << "the fault was not noticed: " << r.out;
}

const std::string kAppend = "POST /v1/conversations/conv";
const std::string kCreate = "POST /v1/conversations";

INSTANTIATE_TEST_SUITE_P(
    Faults, SyncFaultTest,
    ::testing::Values(
        FaultCase{"Retry429", {Fault::k429, kAppend, 2, 1, 1}},
        FaultCase{"Error500OnAppend", {Fault::k500, kAppend, 1, 1}},
        FaultCase{"Error503OnAppend", {Fault::k503, kAppend, 2, 0}},
        FaultCase{"ResetBeforeRead", {Fault::kResetBeforeRead, kAppend, 1, 2}},
        FaultCase{"DroppedAfterApplied", {Fault::kDropAfterApply, kAppend, 1, 1}},
        FaultCase{"CutBodyAfterApplied", {Fault::kCutBodyAfterApply, kAppend, 2, 0}},
        FaultCase{"SlowAfterApplied", {Fault::kSlowAfterApply, kAppend, 1, 2, 1, 2.5}}),
    [](const auto& info) { return std::string(info.param.name); });

// Reconciling needs an ambiguous failure first; the list call then fails too.
TEST_F(SyncTest, AmbiguousAppendThenFailingListStillExact) {
  ImportConversations(1, 30);
  fake_->Inject({Fault::kDropAfterApply, kAppend, 1, 0});
  fake_->Inject({Fault::k503, "GET /v1/conversations", 1, 0});
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ExpectRemoteMatchesLocal();
  EXPECT_GT(json::parse(r.out)["conversations"][0]["items_reconciled"].get<int>(), 0) << r.out;
}

TEST_F(SyncTest, AmbiguousCreateIsReportedNeverMapped) {
  ImportConversations(1, 4);
  fake_->Inject({Fault::kDropAfterApply, kCreate, 1, 0});
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = json::parse(r.out);
  ASSERT_EQ(doc["unknown_remote_conversations"].size(), 1u) << r.out;
  EXPECT_EQ(doc["unknown_remote_conversations"][0]["conversation"], "c0");
  // The orphan exists on the server, but only the second one is mapped.
  ASSERT_EQ(fake_->Conversations().size(), 2u);
  auto mapped = Conn().QueryString("SELECT remote_id FROM sync_state WHERE conversation_id = 'c0'");
  EXPECT_EQ(mapped.value_or(""), fake_->Conversations()[1].id);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_unknown_remotes WHERE conversation_id = 'c0'"), 1);
  auto show = Run({"threads", "show", "c0"});
  EXPECT_NE(show.out.find("unknown remote"), std::string::npos) << show.out;
  EXPECT_TRUE(fake_->Conversations()[0].items.empty());
  EXPECT_EQ(fake_->Conversations()[1].items.size(), 4u);
}

TEST_F(SyncTest, QuotaExhaustedStopsTheRun) {
  ImportConversations(3, 2);
  auto env = LiveEnv();
  // Quota exhausted stops the whole run at once, even with --keep-going.
  fake_->Inject({Fault::kQuota429, kAppend, 1, 1});
  auto r = Run({"sync", "--all", "--live", "--json", "--keep-going"}, env);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  auto doc = json::parse(r.out);
  EXPECT_TRUE(doc["quota_exhausted"]);
  EXPECT_NE(r.err.find("insufficient_quota"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("conversation c"), std::string::npos) << r.err;
  // The next run finishes the job without duplicates.
  auto again = Sync();
  ASSERT_EQ(again.exit_code, 0) << again.err;
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, LongRetryAfterSkipsTheConversation) {
  ImportConversations(2, 2);
  fake_->Inject({Fault::k429, kAppend, 1, 0, 600});
  auto r = Sync({"--keep-going"});
  EXPECT_EQ(r.exit_code, 4) << r.out;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["skipped"], 1);
  EXPECT_NE(r.err.find("Retry-After"), std::string::npos) << r.err;
  ASSERT_EQ(Sync().exit_code, 0);
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, KilledMidSyncThenRerunIsExact) {
  ImportConversations(6, 60);
  // Every append answers 0.1 s late, so the sync (18 appends) takes at least
  // 1.8 s whatever the machine's speed, and the kill at 1 s lands mid-sync.
  fake_->Inject({Fault::kSlowAfterApply, kAppend, 1000, 0, 1, 0.1});
  std::string keyfile = tmp_dir_ + "/key";
  WriteFile(keyfile, fake_->ApiKey());
  std::vector<std::string> args = {"--db", DbUrl(), "sync", "--all", "--live", "--api-key-file", keyfile};
  // The kill goes once the second append reached the server: mid-sync.
  auto killed = RunChatbetoSignalWhen(args, [&] { return fake_->Requests() >= 3; }, SIGKILL,
                                      {{"OPENAI_BASE_URL", fake_->BaseUrl()}});
  EXPECT_EQ(killed.exit_code, 128 + SIGKILL);
  EXPECT_GT(fake_->Requests(), 0);
  fake_->ClearFaults();
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, TwoSyncsAtOnceNeverDuplicate) {
  ImportConversations(12, 25);
  for (int i = 0; i < 40; ++i) fake_->Inject({Fault::kSlowAfterApply, kAppend, 1, i * 2, 1, 0.02});
  RunResult a, b;
  std::thread ta([&] { a = Sync({"--jobs", "3"}); });
  std::thread tb([&] { b = Sync({"--jobs", "3"}); });
  ta.join();
  tb.join();
  EXPECT_EQ(a.exit_code, 0) << a.err << a.out.substr(0, 3000);
  EXPECT_EQ(b.exit_code, 0) << b.err;
  // Whatever one run found busy, a third run completes.
  auto c = Sync();
  ASSERT_EQ(c.exit_code, 0) << c.err << c.out.substr(0, 3000);
  ExpectRemoteMatchesLocal();
}

}  // namespace
}  // namespace chatbeto::testing
