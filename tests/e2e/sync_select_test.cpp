// sync: what --project, --since and --limit select, in the dry run and live,
// and the values they refuse.
#include <nlohmann/json.hpp>
#include <set>

#include "e2e/sync_fixture.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

const std::string kInfra = "g-p-0123456789abcdef0123456789abcdef";
const std::string kOther = "g-p-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

class SyncSelect : public SyncTest {
 protected:
  void SetUp() override {
    SyncTest::SetUp();
    // Updated 2025-06-15, -16, -17, -20 and -21 (UTC); created 200 s before.
    Import({{"a0", "Infra a0", kInfra, 3, 1750000000.5},
            {"b0", "Other b0", kOther, 3, 1750100000.5},
            {"a1", "Infra a1", kInfra, 3, 1750200000.5},
            {"a2", "Infra a2", kInfra, 3, 1750400000.5},
            {"z0", "Plain z0", "", 3, 1750500000.5}});
    std::string csv = tmp_dir_ + "/projects.csv";
    WriteFile(csv, "gizmo_id,project,assistant_id,notes\n" + kInfra + ",Infra,,\n" + kOther +
                       ",Other,,\n");
    auto r = Run({"map", "apply", csv});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The conversation ids a sync run listed, in its order.
  static std::vector<std::string> Ids(const RunResult& r) {
    std::vector<std::string> out;
    const json doc = json::parse(r.out);  // not in the for: a temporary's member would dangle
    for (const auto& c : doc["conversations"]) out.push_back(c["id"]);
    return out;
  }
  std::vector<std::string> Plan(std::vector<std::string> args) {
    args.insert(args.begin(), {"sync", "--json"});
    auto r = Run(args, LiveEnv());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? Ids(r) : std::vector<std::string>{};
  }
  std::set<std::string> RemoteLocalIds() {
    std::set<std::string> out;
    for (const auto& c : fake_->Conversations())
      if (!c.deleted) out.insert(c.metadata.value("chatbeto_conversation_id", ""));
    return out;
  }
  // A live run (sync --live --json ARGS); the key never in its output.
  RunResult Live(std::vector<std::string> args) {
    args.insert(args.begin(), {"sync", "--live", "--json"});
    auto r = Run(args, LiveEnv());
    EXPECT_EQ(r.out.find(fake_->ApiKey()), std::string::npos);
    EXPECT_EQ(r.err.find(fake_->ApiKey()), std::string::npos);
    return r;
  }
  using V = std::vector<std::string>;
};

TEST_F(SyncSelect, ProjectAndSinceSelectInTheDryRun) {
  EXPECT_EQ(Plan({"--project", "Infra"}), (V{"a0", "a1", "a2"}));
  EXPECT_EQ(Plan({"--project", "Other"}), (V{"b0"}));
  // Updated on or after the day: 2025-06-17 and later.
  EXPECT_EQ(Plan({"--all", "--since", "2025-06-17"}), (V{"a1", "a2", "z0"}));
  EXPECT_EQ(Plan({"--project", "Infra", "--since", "2025-06-18"}), (V{"a2"}));
  EXPECT_EQ(Plan({"--all", "--since", "2025-07-01"}), V{});
  EXPECT_EQ(Plan({"--all", "--limit", "2"}), (V{"a0", "b0"}));  // oldest first
  EXPECT_EQ(fake_->Requests(), 0);
}

TEST_F(SyncSelect, LimitWorksThroughTheBacklogAcrossRuns) {
  auto first = Live({"--project", "Infra", "--limit", "2"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(json::parse(first.out)["summary"]["created"], 2);
  EXPECT_EQ(Ids(first), (V{"a0", "a1"}));
  EXPECT_EQ(RemoteLocalIds(), (std::set<std::string>{"a0", "a1"}));
  // The next run takes the conversation not synced yet before the synced ones.
  auto second = Live({"--project", "Infra", "--limit", "2"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(Ids(second), (V{"a2", "a0"}));
  EXPECT_EQ(json::parse(second.out)["summary"]["created"], 1);
  EXPECT_EQ(json::parse(second.out)["summary"]["unchanged"], 1);
  EXPECT_EQ(RemoteLocalIds(), (std::set<std::string>{"a0", "a1", "a2"}));
  // Nothing outside the project was sent; nothing twice.
  EXPECT_EQ(fake_->Conversations().size(), 3u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_state"), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_state WHERE state = 'synced' AND items_synced = 3"), 3);
  // --since live: only what changed since then, and it is already there.
  int64_t before = fake_->Requests();
  auto since = Live({"--all", "--since", "2025-06-20"});
  ASSERT_EQ(since.exit_code, 0) << since.err;
  EXPECT_EQ(Ids(since), (V{"z0", "a2"}));
  EXPECT_EQ(json::parse(since.out)["summary"]["created"], 1);
  EXPECT_EQ(json::parse(since.out)["summary"]["unchanged"], 1);
  EXPECT_EQ(fake_->Requests(), before + 2);  // z0: create + one append
  EXPECT_EQ(RemoteLocalIds(), (std::set<std::string>{"a0", "a1", "a2", "z0"}));
}

TEST_F(SyncSelect, BadSinceLimitAndProjectAreUsageErrors) {
  for (const char* bad : {"2025-13-45", "2025-02-30", "2025-6-1", "yesterday"}) {
    auto r = Run({"sync", "--all", "--since", bad, "--json"}, LiveEnv());
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.out;
    ASSERT_FALSE(r.out.empty()) << bad;
    EXPECT_EQ(json::parse(r.out)["error"]["kind"], "usage") << r.out;
    EXPECT_NE(r.err.find("--since"), std::string::npos) << r.err;
  }
  auto zero = Run({"sync", "--all", "--limit", "0"}, LiveEnv());
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_NE(zero.err.find("--limit"), std::string::npos) << zero.err;
  EXPECT_EQ(zero.err.find("e+"), std::string::npos) << zero.err;
  EXPECT_EQ(zero.err.find("1797693"), std::string::npos) << zero.err;  // no 1.8e308 bound
  auto rpm = Run({"sync", "--all", "--rpm", "0"}, LiveEnv());
  EXPECT_EQ(rpm.exit_code, 2);
  EXPECT_EQ(rpm.err.find("1797693"), std::string::npos) << rpm.err;
  auto nope = Run({"sync", "--project", "Nope", "--live"}, LiveEnv());
  EXPECT_EQ(nope.exit_code, 2);
  EXPECT_NE(nope.err.find("no such project"), std::string::npos) << nope.err;
  // threads --project: a misspelt name is said, not an empty list.
  auto threads = Run({"threads", "--project", "Nope"});
  EXPECT_EQ(threads.exit_code, 2);
  EXPECT_NE(threads.err.find("no such project"), std::string::npos) << threads.err;
  EXPECT_EQ(Run({"threads", "--project", "Infra"}).exit_code, 0);
  EXPECT_EQ(fake_->Requests(), 0);
}

TEST_F(SyncSelect, RetriesAreCountedInPlainEnglish) {
  fake_->Inject({Fault::k429, "POST /v1/conversations", 1, 0, 0.01});
  auto r = Run({"sync", "--conversation", "a0", "--live"}, LiveEnv());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(1 retry)"), std::string::npos) << r.out;
  auto again = Run({"sync", "--conversation", "a0", "--live"}, LiveEnv());
  EXPECT_NE(again.out.find("(0 retries)"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace chatbeto::testing
