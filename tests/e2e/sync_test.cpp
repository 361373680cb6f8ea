// sync: dry run, live, re-run, new messages, diverged and --rewrite, the key.
#include <nlohmann/json.hpp>

#include "e2e/sync_fixture.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

TEST_F(SyncTest, DryRunSendsNothingAndShowsTheExactBodies) {
  ImportConversations(2, 45);
  auto r = Run({"sync", "--all", "--json"}, LiveEnv());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(fake_->Requests(), 0);
  auto doc = json::parse(r.out);
  EXPECT_FALSE(doc["live"]);
  EXPECT_EQ(doc["plan"]["create"], 2);
  EXPECT_EQ(doc["plan"]["items"], 90);
  EXPECT_EQ(doc["plan"]["requests"], 8);  // per conversation: create + 20 + 20 + 5
  auto reqs = doc["conversations"][0]["requests_to_send"];
  ASSERT_EQ(reqs.size(), 4u);
  EXPECT_EQ(reqs[0]["path"], "/conversations");
  EXPECT_EQ(reqs[0]["body"]["metadata"]["chatbeto_conversation_id"], "c0");
  EXPECT_EQ(reqs[1]["body"]["items"].size(), 20u);
  EXPECT_EQ(reqs[1]["body"]["items"][1],
            json({{"type", "message"}, {"role", "assistant"}, {"content", "Conv c0 message 1"}}));
  EXPECT_EQ(reqs[3]["body"]["items"].size(), 5u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sync_state"), 0);
  // Without --json: a human plan, still nothing sent, no key needed.
  auto h = Run({"sync", "--all"});
  EXPECT_EQ(h.exit_code, 0) << h.err;
  EXPECT_NE(h.out.find("dry run"), std::string::npos) << h.out;
  EXPECT_EQ(fake_->Requests(), 0);
}

TEST_F(SyncTest, LiveCreatesOnceAppendsInOrderAndRerunChangesNothing) {
  ImportConversations(3, 43);
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["created"], 3);
  EXPECT_EQ(doc["summary"]["items_sent"], 129);
  EXPECT_EQ(doc["summary"]["requests"], 12);
  ExpectRemoteMatchesLocal();
  // Metadata and headers as documented.
  auto convs = fake_->Conversations();
  EXPECT_EQ(convs[0].metadata["title"], "Conv c0");
  EXPECT_EQ(fake_->LastHeader("authorization"), "Bearer " + fake_->ApiKey());
  EXPECT_EQ(fake_->LastHeader("openai-organization"), "");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE openai_conversation_id IS NOT NULL"), 3);

  int64_t before = fake_->Requests();
  auto again = Sync();
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["summary"]["unchanged"], 3);
  EXPECT_EQ(fake_->Requests(), before);  // nothing to send: not even a list call
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, NewMessagesFromALaterExportAreAppended) {
  Import({{"c0", "Growing", "", 4, 1750000000.5}});
  ASSERT_EQ(Sync().exit_code, 0);
  Import({{"c0", "Growing", "", 7, 1750000100.5}});
  auto r = Sync();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["summary"]["appended"], 1);
  EXPECT_EQ(doc["summary"]["items_sent"], 3);
  ExpectRemoteMatchesLocal();
  EXPECT_EQ(fake_->Conversations().size(), 1u);
}

TEST_F(SyncTest, EditedConversationIsDivergedUntilRewrite) {
  Import({{"c0", "Edited", "", 6, 1750000000.5}});
  ASSERT_EQ(Sync().exit_code, 0);
  Conn().Execute("UPDATE messages SET text = 'changed in ChatGPT' WHERE conversation_id = 'c0' AND node_id = 'n2'");
  auto r = Sync();
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(json::parse(r.out)["summary"]["diverged"], 1);
  EXPECT_NE(r.err.find("--rewrite"), std::string::npos) << r.err;
  auto w = Sync({"--rewrite"});
  ASSERT_EQ(w.exit_code, 0) << w.out << w.err;
  ExpectRemoteMatchesLocal();
  EXPECT_EQ(fake_->Conversations().size(), 1u);
}

TEST_F(SyncTest, KeyIsRequiredAndNeverShown) {
  ImportConversations(1, 2);
  auto r = Run({"sync", "--all", "--live"}, {{"OPENAI_BASE_URL", fake_->BaseUrl()}});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("OPENAI_API_KEY"), std::string::npos);
  EXPECT_EQ(fake_->Requests(), 0);
  // A wrong key: 401 names the status and OpenAI's message, never the key.
  auto env = LiveEnv();
  env["OPENAI_API_KEY"] = "sk-wrong-secret-123";
  auto bad = Run({"sync", "--all", "--live", "--json"}, env);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("HTTP 401"), std::string::npos) << bad.err;
  EXPECT_NE(bad.err.find("x-request-id"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.out.find("sk-wrong-secret-123"), std::string::npos);
  EXPECT_EQ(bad.err.find("sk-wrong-secret-123"), std::string::npos);
  // --api-key-file works and the key stays out of the output.
  std::string keyfile = tmp_dir_ + "/key";
  WriteFile(keyfile, fake_->ApiKey() + "\n");
  env.erase("OPENAI_API_KEY");
  env["OPENAI_API_KEY"] = "";
  auto ok = Run({"sync", "--all", "--live", "--json", "--api-key-file", keyfile}, env);
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ok.out.find(fake_->ApiKey()), std::string::npos);
  ExpectRemoteMatchesLocal();
}

TEST_F(SyncTest, OrganizationAndProjectHeadersWhenSet) {
  ImportConversations(1, 2);
  auto env = LiveEnv();
  env["OPENAI_ORG_ID"] = "org-123";
  env["OPENAI_PROJECT_ID"] = "proj_456";
  ASSERT_EQ(Run({"sync", "--all", "--live"}, env).exit_code, 0);
  EXPECT_EQ(fake_->LastHeader("openai-organization"), "org-123");
  EXPECT_EQ(fake_->LastHeader("openai-project"), "proj_456");
}

}  // namespace
}  // namespace chatbeto::testing
