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

// Messages stored by `ask` were never in any export: re-importing the same
// conversation (identical, re-dated, or with a message added after the
// asked-about one) keeps them, not absent, on the visible path, and sync then
// sees the conversation as unchanged or appendable, never diverged.
TEST_F(SyncTest, AskThenReimportIsNotDiverged) {
  Import({{"c0", "Asked", "", 4, 1750000000.5}});
  ASSERT_EQ(Sync().exit_code, 0);
  auto a = Run({"ask", "c0", "And then?", "--live", "--json"}, LiveEnv());
  ASSERT_EQ(a.exit_code, 0) << a.err;
  const std::string api = "conversation_id = 'c0' AND node_id LIKE 'api:%'";
  auto Str = [&](const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); };
  ASSERT_EQ(Count("SELECT COUNT(*) FROM messages WHERE " + api), 2);
  auto expect_kept = [&](const std::string& when, int64_t messages) {
    SCOPED_TRACE(when);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE " + api +
                    " AND absent_since_import_id IS NULL AND on_visible_path = 1"), 2);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE absent_since_import_id IS NOT NULL"), 0);
    auto stats = json::parse(Run({"stats", "--json"}).out)["messages"];
    EXPECT_EQ(stats["total"], messages) << stats.dump();
    EXPECT_EQ(stats["visible"], messages) << stats.dump();
    EXPECT_EQ(stats["absent_from_newest"], 0) << stats.dump();
    EXPECT_EQ(Count("SELECT message_count FROM conversations WHERE id = 'c0'"), messages);
  };
  auto dry_plan = [&] {
    auto d = Run({"sync", "--all", "--json"});
    EXPECT_EQ(d.exit_code, 0) << d.out << d.err;
    return json::parse(d.out)["plan"];
  };
  int64_t before = fake_->Requests();
  // The identical export, then the same messages re-dated (rewritten).
  Import({{"c0", "Asked", "", 4, 1750000000.5}});
  expect_kept("identical export", 6);
  Import({{"c0", "Asked", "", 4, 1750000050.5}});
  expect_kept("re-dated export", 6);
  EXPECT_EQ(Str("SELECT current_node FROM conversations WHERE id = 'c0'").rfind("api:", 0), 0u);
  auto plan = dry_plan();
  EXPECT_EQ(plan["unchanged"], 1) << plan.dump();
  EXPECT_EQ(plan["diverged"], 0) << plan.dump();
  auto s = Sync();
  ASSERT_EQ(s.exit_code, 0) << s.out << s.err;
  EXPECT_EQ(json::parse(s.out)["summary"]["unchanged"], 1) << s.out;
  EXPECT_EQ(json::parse(s.out)["summary"]["items_sent"], 0) << s.out;
  EXPECT_EQ(fake_->Requests(), before);
  // One message added in ChatGPT after the asked-about one: appended after
  // the asked question and answer, the only item sent.
  Import({{"c0", "Asked", "", 5, 1750000100.5}});
  expect_kept("export with one more message", 7);
  EXPECT_EQ(Str("SELECT current_node FROM conversations WHERE id = 'c0'"), "n4");
  plan = dry_plan();
  EXPECT_EQ(plan["append"], 1) << plan.dump();
  EXPECT_EQ(plan["diverged"], 0) << plan.dump();
  EXPECT_EQ(plan["items"], 1) << plan.dump();
  s = Sync();
  ASSERT_EQ(s.exit_code, 0) << s.out << s.err;
  EXPECT_EQ(json::parse(s.out)["summary"]["appended"], 1) << s.out;
  EXPECT_EQ(json::parse(s.out)["summary"]["items_sent"], 1) << s.out;
  auto convs = fake_->Conversations();
  ASSERT_EQ(convs.size(), 1u);
  std::vector<std::string> remote;
  for (const auto& it : convs[0].items)
    if (it["type"] == "message") remote.push_back(ItemText(it));
  EXPECT_EQ(remote, (std::vector<std::string>{"Asked message 0", "Asked message 1", "Asked message 2",
                                              "Asked message 3", "And then?",
                                              "Answer to: And then?", "Asked message 4"}));
  EXPECT_EQ(json::parse(Sync().out)["summary"]["unchanged"], 1);
  // A second question goes after the newest message, and still nothing twice.
  ASSERT_EQ(Run({"ask", "c0", "More?", "--live"}, LiveEnv()).exit_code, 0);
  EXPECT_EQ(Str("SELECT parent_id FROM messages WHERE conversation_id = 'c0' AND text = 'More?'"), "n4");
  s = Sync();
  EXPECT_EQ(json::parse(s.out)["summary"]["unchanged"], 1) << s.out;
  int remote_messages = 0;
  convs = fake_->Conversations();
  for (const auto& it : convs[0].items) remote_messages += it["type"] == "message";
  EXPECT_EQ(remote_messages, 9);
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
