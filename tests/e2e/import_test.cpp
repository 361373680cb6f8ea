// End-to-end: `chatbeto import` against a real MariaDB, on the real export
// fixtures of ../shared and on crafted exports.
#include <gtest/gtest.h>
#include <zip.h>

#include <chrono>
#include <csignal>
#include <thread>
#include <nlohmann/json.hpp>

#include "db/job_lock.h"
#include "util/error.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

std::string Fixture(const std::string& rel) { return TestDataDir() + "/fixtures/chatgpt/" + rel; }

// A message's raw JSON: as text, compressed (raw_json_z, schema 0010), or
// compressed without its text part (raw_json_rest_z, schema 0019), as the
// view message_raw_json reads it.
constexpr const char* kRawJson =
    "COALESCE(raw_json, CONVERT(UNCOMPRESS(raw_json_z) USING utf8mb4) COLLATE utf8mb4_unicode_ci, "
    "REPLACE(CONVERT(UNCOMPRESS(raw_json_rest_z) USING utf8mb4) COLLATE utf8mb4_unicode_ci, "
    "'\"chatbeto:text:7f3a9c51e2\"', JSON_QUOTE(text)))";

class Import : public DbTest {
 protected:
  json ImportJson(const std::vector<std::string>& paths, int want_exit = 0) {
    std::vector<std::string> args = {"import", "--json"};
    args.insert(args.end(), paths.begin(), paths.end());
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, want_exit) << r.err << r.out;
    return json::parse(r.out);
  }
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); }
  // A fingerprint of every stored message row.
  std::string MessagesFingerprint() {
    return Str("SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(CRC32(CONCAT_WS('|', conversation_id, "
               "node_id, parent_id, depth, sibling_index, on_visible_path, message_id, role, "
               "author_name, recipient, channel, status, content_type, hidden, model_slug, "
               "create_time, update_time, text, " + std::string(kRawJson) + "))), 0)) FROM messages");
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::string p = tmp_dir_ + "/" + name;
    WriteFile(p, content);
    return p;
  }
};

TEST_F(Import, TreeFixtureKeepsEveryBranch) {
  auto doc = ImportJson({Fixture("librechat/chatgpt-tree.json")});
  EXPECT_EQ(doc["new"], 1);
  const std::string id = Str("SELECT id FROM conversations");
  // Every node is stored, not only the visible path.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE role IS NOT NULL"),
            Count("SELECT message_count FROM conversations"));
  EXPECT_GT(Count("SELECT COUNT(*) FROM messages WHERE on_visible_path = 0 AND role IS NOT NULL"), 0);
  // The visible path is current_node back to the root: one node per depth.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE on_visible_path = 1"),
            Count("SELECT COUNT(DISTINCT depth) FROM messages WHERE on_visible_path = 1"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.current_node = "
                  "m.node_id WHERE m.on_visible_path = 1"), 1);
  // A regenerated answer or edit: some parent has two children with indexes 0 and 1.
  EXPECT_GT(Count("SELECT COUNT(*) FROM messages WHERE sibling_index = 1"), 0);
  // The hidden system message is flagged.
  EXPECT_GT(Count("SELECT COUNT(*) FROM messages WHERE role = 'system' AND hidden = 1"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE role = 'system' AND hidden = 0"), 0);
  // Raw JSON kept for every node, most of it compressed (schema 0010), and
  // readable in SQL through the view message_raw_json.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM message_raw_json WHERE raw_json IS NULL OR raw_json = ''"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM message_raw_json WHERE raw_json <> 'null' AND JSON_VALID(raw_json) = 0"), 0);
  EXPECT_GT(Count("SELECT COUNT(*) FROM messages WHERE raw_json_z IS NOT NULL AND raw_json IS NULL"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE (raw_json IS NOT NULL) + "
                  "(raw_json_z IS NOT NULL) + (raw_json_rest_z IS NOT NULL) <> 1"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages m JOIN message_raw_json j USING (conversation_id, "
                  "node_id) WHERE m.role IS NOT NULL AND NOT (m.role <=> "
                  "JSON_UNQUOTE(JSON_EXTRACT(j.raw_json, '$.author.role')))"), 0);
  EXPECT_FALSE(id.empty());
}

TEST_F(Import, ModernFixtureToleratesMissingFields) {
  auto doc = ImportJson({Fixture("librechat/chatgpt-modern-export.json")});
  EXPECT_EQ(doc["conversations"], 3);
  EXPECT_EQ(doc["rejected"], 0);
  // Sub-second precision survives.
  EXPECT_EQ(Str("SELECT create_time FROM conversations WHERE id = '6b0f0d9c-0000-4000-8000-000000000001'"),
            "2025-08-24 01:46:40.123456");
  // The conversation without a mapping is kept, with no messages.
  EXPECT_EQ(Count("SELECT message_count FROM conversations WHERE id = '6b0f0d9c-0000-4000-8000-000000000002'"), 0);
  // The user_editable_context node is hidden and its text extracted.
  EXPECT_EQ(Str("SELECT hidden FROM messages WHERE node_id = 'ctx-node'"), "1");
  EXPECT_NE(Str("SELECT text FROM messages WHERE node_id = 'ctx-node'").find("SRE"), std::string::npos);
  // Conversation default model for assistant messages without their own slug.
  EXPECT_EQ(Str("SELECT model_slug FROM messages WHERE node_id = 'assistant-1'"), "gpt-5-thinking");
  EXPECT_EQ(Str("SELECT model_slug FROM messages WHERE node_id = 'assistant-2'"), "o4-mini");
  EXPECT_EQ(Str("SELECT memory_scope FROM conversations WHERE id = '6b0f0d9c-0000-4000-8000-000000000001'"),
            "global_enabled");
  // Remaining top-level keys kept as JSON.
  EXPECT_EQ(Str("SELECT JSON_VALID(extra_json) FROM conversations WHERE id = '6b0f0d9c-0000-4000-8000-000000000001'"), "1");
}

TEST_F(Import, EveryFixtureImportsAndReimportChangesNothing) {
  std::vector<std::string> files = {Fixture("librechat/chatgpt-tree.json"),
                                    Fixture("librechat/chatgpt-modern-export.json"),
                                    Fixture("mitkury-chatgpt-export-parser/example-conversation.json")};
  auto first = ImportJson(files);
  EXPECT_EQ(first["files"].size(), 3u);
  EXPECT_EQ(first["new"], first["conversations"]);
  int64_t convs = Count("SELECT COUNT(*) FROM conversations");
  int64_t msgs = Count("SELECT COUNT(*) FROM messages");
  std::string fingerprint = MessagesFingerprint();
  auto second = ImportJson(files);
  EXPECT_EQ(second["new"], 0);
  EXPECT_EQ(second["updated"], 0);
  EXPECT_EQ(second["unchanged"], first["conversations"]);
  EXPECT_EQ(second["messages_written"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), convs);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages"), msgs);
  EXPECT_EQ(MessagesFingerprint(), fingerprint);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imports WHERE status = 'ok'"), 6);
}

TEST_F(Import, NewerUpdatesOlderNeverOverwritesMissingNeverDeleted) {
  auto v1 = Write("v1.json", ExportJson({{"c1", "First title", "", 2, 1750000000.25},
                                         {"c2", "Kept", "", 2, 1750000000}}));
  auto v2 = Write("v2.json", ExportJson({{"c1", "Second title", "", 4, 1750001000.75}}));
  ImportJson({v1});
  Conn().Execute("UPDATE conversations SET project_id = 42 WHERE id = 'c1'");
  auto up = ImportJson({v2});
  EXPECT_EQ(up["updated"], 1);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'c1'"), "Second title");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c1' AND role IS NOT NULL"), 4);
  EXPECT_EQ(Count("SELECT project_id FROM conversations WHERE id = 'c1'"), 42);  // kept
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'c2'"), 1);   // not deleted
  auto old = ImportJson({v1});
  EXPECT_EQ(old["older"], 1);
  EXPECT_EQ(old["unchanged"], 1);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'c1'"), "Second title");
  EXPECT_EQ(Str("SELECT update_time FROM conversations WHERE id = 'c1'"), "2025-06-15 15:23:20.750000");
}

TEST_F(Import, DuplicateIdsAcrossShardsKeepTheNewestWhateverTheOrder) {
  std::string dir = tmp_dir_ + "/export";
  WriteFile(dir + "/conversations-000.json", ExportJson({{"dup", "New copy", "", 4, 1750009000}}));
  WriteFile(dir + "/conversations-001.json", ExportJson({{"dup", "Old copy", "", 2, 1750000000}}));
  auto doc = ImportJson({dir});
  EXPECT_EQ(doc["files"].size(), 2u);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'dup'"), "New copy");
  EXPECT_EQ(doc["older"], 1);
}

TEST_F(Import, BadRecordIsRejectedByPositionAndTheRestGoesIn) {
  std::string good1 = ConversationJson({"g1", "Good one"});
  std::string good2 = ConversationJson({"g2", "Good two"});
  std::string bad = R"({"title": "no id at all", "mapping": {}})";
  std::string text = "[" + good1 + ",\n" + bad + ",\n" + good2 + "]";
  auto p = Write("conversations.json", text);
  auto r = Run({"import", p, "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["new"], 2);
  EXPECT_EQ(doc["rejected"], 1);
  ASSERT_EQ(doc["rejections"].size(), 1u);
  EXPECT_EQ(doc["rejections"][0]["index"], 1);
  EXPECT_EQ(doc["rejections"][0]["byte_offset"], text.find(bad));
  EXPECT_NE(r.err.find("conversations.json: record 1"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("at byte " + std::to_string(text.find(bad))), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM import_rejections"), 1);
  EXPECT_EQ(Str("SELECT status FROM imports"), "partial");
}

TEST_F(Import, TruncatedFileStopsWithOffsetKeepingWhatCameBefore) {
  std::string full = ExportJson({{"a", "A"}, {"b", "B"}, {"c", "C"}});
  std::string cut = full.substr(0, full.find("\"c\"") + 10);
  auto p = Write("conversations.json", cut);
  auto r = Run({"import", p, "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["new"], 2);
  EXPECT_EQ(doc["files"][0]["status"], "failed");
  EXPECT_NE(r.err.find("byte"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 2);
  // Each stored conversation is whole.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations c WHERE c.message_count <> (SELECT COUNT(*) "
                  "FROM messages m WHERE m.conversation_id = c.id AND m.role IS NOT NULL)"), 0);
}

TEST_F(Import, ReadsTheZipInPlace) {
  std::string zpath = tmp_dir_ + "/export.zip";
  int err = 0;
  zip_t* z = zip_open(zpath.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  static const std::string s0 = ExportJson({{"z1", "Zip one", "g-p-0123456789abcdef0123456789abcdef"}});
  static const std::string s1 = ExportJson({{"z2", "Zip two año 🚀", "g-AbCdEf123"}});
  static const std::string html = "<html>big</html>";
  auto add = [&](const char* name, const std::string& data) {
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    ASSERT_GE(zip_file_add(z, name, src, ZIP_FL_OVERWRITE), 0);
  };
  add("export/conversations-001.json", s1);
  add("export/conversations-000.json", s0);
  add("export/chat.html", html);
  ASSERT_EQ(zip_close(z), 0);
  auto doc = ImportJson({zpath});
  ASSERT_EQ(doc["files"].size(), 2u);
  EXPECT_NE(doc["files"][0]["path"].get<std::string>().find("conversations-000.json"), std::string::npos);
  EXPECT_EQ(doc["new"], 2);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'z2'"), "Zip two año 🚀");
  EXPECT_EQ(Str("SELECT gizmo_type FROM conversations WHERE id = 'z1'"), "snorlax");
}

TEST_F(Import, MissingPathIsAUsageError) {
  auto r = Run({"import", tmp_dir_ + "/nope.zip"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nope.zip"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"import"}).exit_code, 2);
}

TEST_F(Import, SecondImportWhileOneRunsExitsFive) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  db::JobLock held(Conn(), "import");
  auto r = Run({"import", Fixture("librechat/chatgpt-tree.json"), "--json"});
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_NE(r.err.find("another chatbeto import is running"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pid"), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(r.out)["error"]["kind"], "locked");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 0);
}

TEST_F(Import, InterruptRollsBackTheBatchAndExits130) {
  std::vector<ConvSpec> many;
  for (int i = 0; i < 20000; ++i) many.push_back({"int-" + std::to_string(i), "Conversation " + std::to_string(i), "", 6});
  auto p = Write("conversations.json", ExportJson(many));
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // The signal goes once a batch is committed, so it finds the import under way
  // whatever the machine's speed (a fixed delay could land before the handler).
  auto r = RunChatbetoSignalWhen({"--db", DbUrl(), "import", p, "--batch-size", "50"},
                                 [&] { return Count("SELECT COUNT(*) FROM conversations") > 0; }, SIGINT);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
  int64_t stored = Count("SELECT COUNT(*) FROM conversations");
  EXPECT_LT(stored, 20000);
  EXPECT_EQ(stored % 50, 0) << "only whole batches are committed";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations c WHERE c.message_count <> (SELECT COUNT(*) "
                  "FROM messages m WHERE m.conversation_id = c.id AND m.role IS NOT NULL)"), 0);
  EXPECT_EQ(Str("SELECT status FROM imports"), "interrupted");
  // Running again finishes the job.
  auto again = Run({"import", p, "--json"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 20000);
}

// The server going away mid-import (here: its connection is killed) ends the
// run with exit 1 and a database error; it must not be mistaken for records
// the database refused (no rejection per remaining record), and only whole
// batches stay in.
TEST_F(Import, LostConnectionEndsTheRunWithoutRejectingRecords) {
  std::vector<ConvSpec> many;
  for (int i = 0; i < 20000; ++i) many.push_back({"lost-" + std::to_string(i), "Conversation " + std::to_string(i), "", 6});
  auto p = Write("conversations.json", ExportJson(many));
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  RunResult r;
  std::thread importer([&] { r = Run({"import", p, "--batch-size", "50"}); });
  int killed = 0;
  // Up to a minute for the first batches: an ASan build on a loaded CI machine starts slowly.
  for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
       !killed && std::chrono::steady_clock::now() < until;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (Count("SELECT COUNT(*) FROM conversations") < 100) continue;  // a few batches in
    auto rs = Conn().Query("SELECT id FROM information_schema.processlist WHERE db = " +
                           db::Quote(db_name_) + " AND id <> CONNECTION_ID()");
    while (rs->next()) {
      try {
        Conn().Execute("KILL CONNECTION " + std::to_string(rs->getInt64(1)));
        ++killed;
      } catch (const chatbeto::Error&) {  // it ended on its own meanwhile
      }
    }
  }
  importer.join();
  ASSERT_GT(killed, 0) << "the import finished before its connection could be killed";
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err.find("the database refused it"), std::string::npos) << r.err.substr(0, 2000);
  EXPECT_TRUE(r.err.find("Lost connection") != std::string::npos ||
              r.err.find("gone away") != std::string::npos)
      << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM import_rejections"), 0);
  int64_t stored = Count("SELECT COUNT(*) FROM conversations");
  EXPECT_LT(stored, 20000);
  EXPECT_EQ(stored % 50, 0) << "only whole batches are committed";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations c WHERE c.message_count <> (SELECT COUNT(*) "
                  "FROM messages m WHERE m.conversation_id = c.id AND m.role IS NOT NULL)"), 0);
  // Running again finishes the job, and says the lost run's row was aborted.
  auto again = Run({"import", p});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 20000);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imports WHERE status = 'running'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imports WHERE status = 'aborted'"), 1);
  EXPECT_NE(again.err.find("aborted"), std::string::npos) << again.err;
}

TEST_F(Import, StatsAndSearch) {
  ImportJson({Fixture("librechat/chatgpt-modern-export.json"), Fixture("librechat/chatgpt-tree.json")});
  auto s = Run({"stats", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  auto st = json::parse(s.out);
  EXPECT_EQ(st["conversations"], 4);
  EXPECT_EQ(st["messages"]["total"], Count("SELECT COUNT(*) FROM messages WHERE role IS NOT NULL"));
  EXPECT_EQ(st["messages"]["total"].get<int64_t>(),
            st["messages"]["visible"].get<int64_t>() +
                Count("SELECT COUNT(*) FROM messages WHERE role IS NOT NULL AND NOT (on_visible_path AND NOT hidden)"));
  EXPECT_EQ(st["messages_by_model"]["o4-mini"], 1);
  EXPECT_EQ(st["conversations_by_month"]["2025-08"], 3);
  auto q = Run({"search", "anchovies", "--json"});
  ASSERT_EQ(q.exit_code, 0) << q.err;
  auto res = json::parse(q.out);
  ASSERT_EQ(res["total_messages"], 1);
  EXPECT_EQ(res["conversations"][0]["title"], "Weeknight pasta");
  EXPECT_NE(res["conversations"][0]["best"]["snippet"].get<std::string>().find("anchovies"),
            std::string::npos);
  // Hidden context text is not searched.
  EXPECT_EQ(json::parse(Run({"search", "concisely", "--json"}).out)["total_messages"], 0);
  EXPECT_EQ(json::parse(Run({"search", "rollback", "--role", "user", "--json"}).out)["total_messages"], 0);
  EXPECT_EQ(json::parse(Run({"search", "roll", "--role", "user", "--json"}).out)["total_messages"], 1);
}

TEST_F(Import, RowTheDatabaseRefusesIsRejectedAloneNotTruncated) {
  // A node id longer than the column: LOAD DATA LOCAL would truncate it with
  // a warning; chatbeto must reject that conversation, not store it cut.
  std::string long_id(200, 'x');
  std::string bad = ConversationJson({"long", "Too long"});
  for (size_t pos; (pos = bad.find("\"n1\"")) != std::string::npos;)
    bad.replace(pos, 4, "\"" + long_id + "\"");
  std::string text = "[" + ConversationJson({"ok1", "Fine"}) + "," + bad + "," +
                     ConversationJson({"ok2", "Fine too"}) + "]";
  auto p = Write("conversations.json", text);
  auto r = Run({"import", p, "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["new"], 2);
  EXPECT_EQ(doc["rejected"], 1);
  EXPECT_EQ(doc["rejections"][0]["conversation_id"], "long");
  EXPECT_NE(doc["rejections"][0]["reason"].get<std::string>().find("database refused"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'long'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'long'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 2);
  // The failed batch's search rows, written on the second connection while
  // it loaded, were rolled back with it; each conversation written alone
  // was indexed, and nothing is left pending.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_state WHERE built = 1"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs WHERE conversation_id = 'long'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT conversation_id) FROM search_convs"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_pending"), 0);
  EXPECT_EQ(json::parse(Run({"search", "Fine", "--json"}).out)["total_conversations"], 2);
}

// A batch the database refuses for a column the search index does not keep
// (a model slug longer than its column): its search rows, written on the
// second connection while it loaded, are valid, and must be rolled back
// with it all the same.
TEST_F(Import, ARefusedBatchsSearchRowsAreRolledBackWithIt) {
  std::string bad = ConversationJson({"slug", "Slug too long"});
  bad.replace(bad.rfind("\"metadata\":{}"), 13,  // the assistant's message
              "\"metadata\":{\"model_slug\":\"" + std::string(200, 'm') + "\"}");
  std::string text = "[" + ConversationJson({"ok1", "Fine"}) + "," + bad + "," +
                     ConversationJson({"ok2", "Fine too"}) + "]";
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  auto r = Run({"import", Write("conversations.json", text), "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(json::parse(r.out)["rejected"], 1) << r.out;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_state WHERE built = 1"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs WHERE conversation_id = 'slug'"), 0);
  EXPECT_EQ(Count("SELECT COALESCE(SUM((last_doc >> 1) - (first_doc >> 1) + 1), 0) FROM search_convs"),
            Count("SELECT COUNT(*) FROM messages WHERE text <> ''"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_pending"), 0);
  EXPECT_EQ(json::parse(Run({"search", "Slug", "--json"}).out)["total_messages"], 0);
}

// Without LOAD DATA LOCAL (MySQL 8's default), the same rows.
TEST_F(Import, WithoutLoadDataLocalStoresTheSameRows) {
  std::vector<std::string> files = {Fixture("librechat/chatgpt-tree.json"),
                                    Fixture("librechat/chatgpt-modern-export.json")};
  ImportJson(files);
  std::string bulk = MessagesFingerprint();
  ASSERT_NE(bulk.rfind("0:", 0), 0u);
  std::string bulk_conv = Str("SELECT GROUP_CONCAT(CONCAT(id, title, content_hash) ORDER BY id) FROM conversations");
  Conn().Execute("DELETE FROM messages");
  Conn().Execute("DELETE FROM conversations");
  std::vector<std::string> args = {"--db", DbUrl() + "&local-infile=0", "import", "--json"};
  args.insert(args.end(), files.begin(), files.end());
  auto r = RunChatbeto(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(MessagesFingerprint(), bulk);
  EXPECT_EQ(Str("SELECT GROUP_CONCAT(CONCAT(id, title, content_hash) ORDER BY id) FROM conversations"), bulk_conv);
}

TEST_F(Import, JsonSummaryMatchesGolden) {
  auto doc = ImportJson({Fixture("librechat/chatgpt-modern-export.json")});
  doc["run_id"] = "<run_id>";
  doc["seconds"] = "<seconds>";
  for (auto& f : doc["files"]) {
    f["import_id"] = "<id>";
    f["path"] = "<path>";
  }
  std::string golden_path = SourceDir() + "/tests/e2e/golden/import_modern.json";
  if (std::getenv("CHATBETO_UPDATE_GOLDEN")) WriteFile(golden_path, doc.dump(2) + "\n");
  EXPECT_EQ(doc, json::parse(ReadFile(golden_path)));
}

}  // namespace
}  // namespace chatbeto::testing
