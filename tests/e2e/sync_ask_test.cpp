// ask, sync --pull, threads list/show/forget --remote, doctor --live.
#include <nlohmann/json.hpp>

#include <httplib.h>

#include "e2e/sync_fixture.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

TEST_F(SyncTest, AskThenSyncAppendsNothingTwice) {
  ImportConversations(1, 4);
  ASSERT_EQ(Sync().exit_code, 0);
  // Without --live: the request only.
  auto dry = Run({"ask", "c0", "¿Y ahora?", "--json"}, LiveEnv());
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_EQ(json::parse(dry.out)["request"]["body"]["conversation"], fake_->Conversations()[0].id);
  int64_t before = fake_->Requests();
  EXPECT_EQ(fake_->Requests(), before);
  auto r = Run({"ask", "c0", "¿Y ahora?", "--live", "--json"}, LiveEnv());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["answer"], "Answer to: ¿Y ahora?");
  EXPECT_EQ(r.out.find(fake_->ApiKey()), std::string::npos);
  // Stored locally, marked as coming from the API.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c0' AND on_visible_path = 1 "
                  "AND raw_json LIKE '%openai_api%'"), 2);
  int64_t after_ask = fake_->Requests();
  auto s = Sync();
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_EQ(json::parse(s.out)["summary"]["items_sent"], 0);
  EXPECT_EQ(fake_->Requests(), after_ask);
  ExpectRemoteMatchesLocal();  // the remote holds 6 messages (+ a reasoning item), local 6
}

TEST_F(SyncTest, PullStoresItemsAddedByOthers) {
  ImportConversations(1, 2);
  ASSERT_EQ(Sync().exit_code, 0);
  // Another API user appends to the remote conversation.
  std::string remote = fake_->Conversations()[0].id;
  httplib::Client cli("127.0.0.1", fake_->Port());
  httplib::Headers h = {{"Authorization", "Bearer " + fake_->ApiKey()}};
  auto res = cli.Post(("/v1/conversations/" + remote + "/items").c_str(), h,
                      R"({"items":[{"type":"message","role":"user","content":"from elsewhere"}]})",
                      "application/json");
  ASSERT_TRUE(res && res->status == 200);
  Import({{"c0", "Conv c0", "", 2, 1750000000.5}});  // nothing new locally
  auto plain = Sync({"--pull"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err << plain.out;
  EXPECT_EQ(json::parse(plain.out)["summary"]["items_pulled"], 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c0' AND text = 'from elsewhere'"), 1);
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, ThreadsListShowForgetRemote) {
  ImportConversations(2, 4);
  ASSERT_EQ(Sync().exit_code, 0);
  auto list = Run({"threads", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto doc = json::parse(list.out);
  ASSERT_EQ(doc["count"], 2);
  EXPECT_EQ(doc["threads"][0]["items_synced"], 4);
  EXPECT_EQ(doc["threads"][0]["state"], "synced");
  auto show = Run({"threads", "show", "c1"});
  EXPECT_NE(show.out.find(fake_->Conversations()[1].id), std::string::npos) << show.out;
  auto forget = Run({"threads", "forget", "c1", "--remote", "--json"}, LiveEnv());
  ASSERT_EQ(forget.exit_code, 0) << forget.err;
  EXPECT_EQ(json::parse(forget.out)["remote_items_deleted"], 4);
  auto c1 = fake_->Conversations()[1];
  EXPECT_TRUE(c1.deleted);
  EXPECT_TRUE(c1.items.empty());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_state"), 1);
  EXPECT_EQ(Run({"threads", "show", "c1"}).exit_code, 2);
}

TEST_F(SyncTest, DoctorLiveProvesTheKeyWithoutShowingIt) {
  auto ok = Run({"doctor", "--live", "--json"}, LiveEnv());
  auto doc = json::parse(ok.out);
  bool found = false;
  for (const auto& c : doc["checks"])
    if (c["name"] == "openai_live") {
      found = true;
      EXPECT_EQ(c["status"], "ok") << c.dump();
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(ok.out.find(fake_->ApiKey()), std::string::npos);
  auto env = LiveEnv();
  env["OPENAI_API_KEY"] = "sk-not-the-key-987";
  auto bad = Run({"doctor", "--live", "--json"}, env);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("HTTP 401"), std::string::npos) << bad.out;
  EXPECT_EQ(bad.out.find("sk-not-the-key-987"), std::string::npos);
}

}  // namespace
}  // namespace chatbeto::testing
