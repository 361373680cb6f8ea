// End-to-end regression tests for issue 7 (import: nothing lost, nothing
// repaired in silence, a corrupt file never sticks, honest exit codes). Each
// test is named after the case it pins down.
#include <gtest/gtest.h>
#include <zip.h>

#include <csignal>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class ImportHardening : public DbTest {
 protected:
  json ImportJson(const std::vector<std::string>& paths, int want_exit = 0) {
    std::vector<std::string> args = {"import", "--json"};
    args.insert(args.end(), paths.begin(), paths.end());
    last_ = Run(args);
    EXPECT_EQ(last_.exit_code, want_exit) << last_.err << last_.out;
    return json::parse(last_.out);
  }
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); }
  std::string Write(const std::string& name, const std::string& content) {
    std::string p = tmp_dir_ + "/" + name;
    WriteFile(p, content);
    return p;
  }
  // conversation `id` whose mapping member is replaced by `mapping` ("" drops it).
  static std::string WithMapping(const ConvSpec& spec, const std::string& mapping) {
    std::string c = ConversationJson(spec);
    const size_t a = c.find("\"mapping\":"), b = c.find(",\"current_node\"");
    return c.substr(0, a) + (mapping.empty() ? "\"x\":0" : "\"mapping\":" + mapping) + c.substr(b);
  }
  void MakeZip(const std::string& path, const std::string& entry, const std::string& data,
               const char* password = nullptr) {
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_NE(z, nullptr);
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_int64_t idx = zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE);
    ASSERT_GE(idx, 0);
    if (password) {
      ASSERT_EQ(zip_file_set_encryption(z, idx, ZIP_EM_TRAD_PKWARE, password), 0);
    }
    ASSERT_EQ(zip_close(z), 0);
  }
  RunResult last_;
};

// Item 1: a newer version whose mapping is missing, null or {} used to
// delete every stored message of the conversation (exit 0, "1 updated").
TEST_F(ImportHardening, NewerVersionWithoutMappingIsRejectedAndDeletesNothing) {
  ImportJson({Write("v1.json", ExportJson({{"c1", "Four", "", 4, 1750000000}}))});
  const int64_t before = Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c1'");
  ASSERT_EQ(before, 5);
  int n = 0;
  for (const std::string mapping : {"", "null", "{}"}) {
    auto p = Write("v2-" + std::to_string(n) + ".json",
                   "[" + WithMapping({"c1", "Emptied", "", 4, 1750000500.0 + n++}, mapping) + "]");
    auto doc = ImportJson({p}, 4);
    EXPECT_EQ(doc["updated"], 0) << mapping;
    EXPECT_EQ(doc["rejected"], 1) << mapping;
    ASSERT_EQ(doc["rejections"].size(), 1u);
    const std::string reason = doc["rejections"][0]["reason"];
    EXPECT_NE(reason.find("no nodes"), std::string::npos) << reason;
    EXPECT_NE(reason.find(mapping.empty() ? "missing" : mapping == "{}" ? "{}" : "null"),
              std::string::npos) << reason;
    EXPECT_EQ(doc["rejections"][0]["conversation_id"], "c1");
    EXPECT_NE(last_.err.find("record 0 (id c1)"), std::string::npos) << last_.err;
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c1'"), before);
    EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'c1'"), "Four");
  }
  // A new conversation without a mapping still goes in (there is nothing to lose).
  auto fresh = ImportJson({Write("new.json", "[" + WithMapping({"c9", "Empty"}, "null") + "]")});
  EXPECT_EQ(fresh["new"], 1);
}

// Item 1: nodes missing from a newer version stay, marked with the import
// that no longer had them, off the visible path, and are counted in stats.
TEST_F(ImportHardening, NodesMissingFromNewerVersionStayMarkedWithThatImport) {
  ImportJson({Write("v1.json", ExportJson({{"c1", "Long", "", 4, 1750000000}}))});
  auto human = Run({"import", Write("v2.json", ExportJson({{"c1", "Short", "", 2, 1750000100}}))});
  EXPECT_EQ(human.exit_code, 0) << human.err;
  EXPECT_NE(human.out.find("2 stored node(s) missing from a newer version kept"), std::string::npos)
      << human.out;
  const int64_t v2_import = Count("SELECT MAX(id) FROM imports");
  auto v2b = ImportJson({Write("v2b.json", ExportJson({{"c1", "Shorter", "", 2, 1750000200}}))});
  EXPECT_EQ(v2b["updated"], 1);
  EXPECT_EQ(v2b["nodes_kept_absent"], 0) << "already absent: still marked with the first import";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c1'"), 5);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE absent_since_import_id = " +
                  std::to_string(v2_import) + " AND node_id IN ('n2', 'n3')"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE absent_since_import_id IS NOT NULL AND "
                  "on_visible_path = 1"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE on_visible_path = 1"), 3);  // root n0 n1
  EXPECT_EQ(Str("SELECT text FROM messages WHERE node_id = 'n3'"), "Long message 3");
  auto stats = json::parse(Run({"stats", "--json"}).out);
  EXPECT_EQ(stats["messages"]["absent_from_newest"], 2) << stats.dump();
  // A later version that has them again takes them back.
  auto v3 = ImportJson({Write("v3.json", ExportJson({{"c1", "Long again", "", 4, 1750000300}}))});
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE absent_since_import_id IS NOT NULL"), 0);
  EXPECT_EQ(Str("SELECT text FROM messages WHERE node_id = 'n3'"), "Long again message 3");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE on_visible_path = 1"), 5);
}

// Item 2: a zip entry failing its CRC check used to be detected only after
// its records were committed; a clean re-import then saw them as "older".
TEST_F(ImportHardening, ZipEntryFailingCrcLeavesNothingCommitted) {
  std::string zpath = tmp_dir_ + "/damaged.zip";
  const std::string s0 = ExportJson({{"d1", "Before the damage"}, {"d2", "Also before"}});
  MakeZip(zpath, "conversations.json", s0);
  std::string bytes = ReadFile(zpath);
  const size_t local = bytes.find("PK\x03\x04"), central = bytes.find("PK\x01\x02");
  ASSERT_NE(central, std::string::npos);
  bytes[local + 14] = static_cast<char>(bytes[local + 14] ^ 0x5a);
  bytes[central + 16] = static_cast<char>(bytes[central + 16] ^ 0x5a);
  WriteFile(zpath, bytes);
  auto good = Write("good.json", ExportJson({{"g1", "A good file"}}));

  auto doc = ImportJson({zpath, good}, 4);
  EXPECT_EQ(doc["files"][0]["status"], "failed");
  const std::string error = doc["files"][0]["error"];
  EXPECT_NE(error.find("zip entry conversations.json"), std::string::npos) << error;
  EXPECT_NE(error.find("CRC"), std::string::npos) << error;
  EXPECT_EQ(error.find("JSON"), std::string::npos) << error;
  EXPECT_EQ(doc["files"][1]["status"], "ok");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id IN ('d1', 'd2')"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'g1'"), 1);
  // A clean copy then goes in as new.
  std::string clean = tmp_dir_ + "/clean.zip";
  MakeZip(clean, "conversations.json", s0);
  auto again = ImportJson({clean});
  EXPECT_EQ(again["new"], 2);
}

// Item 3: the same data re-serialized (pretty-printed, ASCII escapes, 1.0
// for 1) is unchanged, not "updated".
TEST_F(ImportHardening, ReserializedCopyIsUnchanged) {
  auto first = Write("a.json", ExportJson({{"r1", "Caf\xc3\xa9 \xf0\x9f\x9a\x80 / plan", "", 3, 1750000000}}));
  ImportJson({first});
  auto parsed = nlohmann::ordered_json::parse(ReadFile(first));
  std::string ascii = parsed.dump(2, ' ', /*ensure_ascii=*/true);
  auto doc = ImportJson({Write("b.json", ascii)});
  EXPECT_EQ(doc["unchanged"], 1) << ascii.substr(0, 300);
  EXPECT_EQ(doc["updated"], 0);
}

// Item 3: with equal update_time and different content, the incoming copy
// wins (re-importing a good copy repairs a bad one) and the summary says why.
TEST_F(ImportHardening, SameUpdateTimeDifferentContentIncomingWins) {
  ImportJson({Write("bad.json", ExportJson({{"t1", "Zzz broken copy", "", 2, 1750000000}}))});
  auto doc = ImportJson({Write("good.json", ExportJson({{"t1", "Aaa good copy", "", 2, 1750000000}}))});
  EXPECT_EQ(doc["updated"], 1);
  EXPECT_EQ(doc["updated_same_time"], 1);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 't1'"), "Aaa good copy");
  auto r = Run({"import", Write("bad2.json", ExportJson({{"t1", "Zzz broken copy", "", 2, 1750000000}}))});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("same update_time but different content"), std::string::npos) << r.out;
}

// Item 5: a file that is no export used to exit 4 with "imported 1 file ...
// 0 conversations". Each must fail (exit 1) naming the file and why, writing nothing.
TEST_F(ImportHardening, FileThatIsNoExportExitsOneNamingFileAndWhy) {
  struct Case {
    std::string name, content, why;
  };
  std::vector<Case> cases = {
      {"empty.json", "", "empty"},
      {"text.json", "hello, this is not json\n", "not JSON"},
      {"object.json", "{\"user\": {\"id\": 1}}", "JSON object"},
      {"spaces.json", "   \n\t  ", "whitespace"},
  };
  for (const auto& c : cases) {
    auto p = Write(c.name, c.content);
    auto r = Run({"import", p, "--json"});
    EXPECT_EQ(r.exit_code, 1) << c.name << r.err;
    EXPECT_NE(r.err.find(c.name), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(c.why), std::string::npos) << r.err;
    auto doc = json::parse(r.out);
    EXPECT_EQ(doc["error"]["kind"], "invalid_input");
  }
  // A password-protected zip.
  std::string zpath = tmp_dir_ + "/locked.zip";
  MakeZip(zpath, "conversations.json", ExportJson({{"p1", "Secret"}}), "pw");
  auto r = Run({"import", zpath});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("locked.zip:conversations.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("assword"), std::string::npos) << r.err;
  // One bad file among good ones: nothing is written at all.
  auto good = Write("good.json", ExportJson({{"ok1", "Fine"}}));
  EXPECT_EQ(Run({"import", good, tmp_dir_ + "/object.json"}).exit_code, 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imports"), 0);
}

// Item 6: usage errors under --json printed nothing on stdout.
TEST_F(ImportHardening, UsageErrorsUnderJsonPrintTheErrorDocument) {
  const std::vector<std::vector<std::string>> cases = {
      {"stats", "--bogus", "--json"}, {"import", "--json"}, {"--json", "import"},
      {"--json", "statz"}, {"check", "--skip", "nope", "--json"}};
  for (const auto& args : cases) {
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 2) << args[0] << " " << args[1];
    json doc;
    ASSERT_NO_THROW(doc = json::parse(r.out)) << "stdout: " << r.out;
    EXPECT_EQ(doc["ok"], false);
    EXPECT_EQ(doc["exit_code"], 2);
    EXPECT_EQ(doc["error"]["kind"], "usage");
    EXPECT_FALSE(doc["error"]["message"].get<std::string>().empty());
  }
  EXPECT_EQ(Run({"stats", "--bogus"}).out, "");  // without --json, stdout stays empty
}

// Item 8: an interrupted import's --json said nothing of what was committed.
TEST_F(ImportHardening, InterruptedImportJsonGivesCountsSoFar) {
  std::vector<ConvSpec> many;
  for (int i = 0; i < 20000; ++i) many.push_back({"int-" + std::to_string(i), "C " + std::to_string(i), "", 6});
  auto p = Write("conversations.json", ExportJson(many));
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  auto r = RunChatbetoSignalWhen({"--db", DbUrl(), "import", p, "--batch-size", "50", "--json"},
                                 [&] { return Count("SELECT COUNT(*) FROM conversations") > 0; }, SIGINT);
  ASSERT_EQ(r.exit_code, 130) << r.err;
  json doc;
  ASSERT_NO_THROW(doc = json::parse(r.out)) << r.out;
  EXPECT_EQ(doc["ok"], false);
  EXPECT_EQ(doc["status"], "interrupted");
  EXPECT_EQ(doc["error"]["kind"], "interrupted");
  EXPECT_EQ(doc["exit_code"], 130);
  EXPECT_EQ(doc["new"].get<int64_t>(), Count("SELECT COUNT(*) FROM conversations"));
  EXPECT_EQ(doc["files"][0]["status"], "interrupted");
}

// Item 4: repairs (invalid UTF-8, parent cycles, orphans, duplicate ids,
// wrong types, out-of-range times) all exited 0 and showed only at -v.
TEST_F(ImportHardening, RepairsAreCountedByKindWithTheirPosition) {
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  std::vector<std::string> records = {
      ConversationJson({"r0", "Fine"}),
      replace(ConversationJson({"r1", "Bad byte"}), "\"title\":\"Bad byte\"", "\"title\":\"Bad \xff byte\""),
      replace(replace(ConversationJson({"r2", "Typed"}), "\"title\":\"Typed\"", "\"title\":12345"),
              "\"update_time\":1750000000.500000", "\"update_time\":1e20"),
      replace(ConversationJson({"r3", "Cycle"}), "\"parent\":null", "\"parent\":\"n1\""),
      replace(ConversationJson({"r4", "Orphan"}), "\"parent\":\"n0\"", "\"parent\":null"),
      ConversationJson({"r0", "Fine"}),
  };
  std::string text = "[";
  std::vector<size_t> offsets;
  for (const auto& r : records) {
    text += text.size() > 1 ? ",\n" : "\n";
    offsets.push_back(text.size());
    text += r;
  }
  text += "]";
  auto p = Write("repairs.json", text);
  auto doc = ImportJson({p});
  const json& rep = doc["repairs"];
  EXPECT_GE(rep["invalid_utf8"].get<int>(), 1) << rep.dump();
  EXPECT_EQ(rep["wrong_type"], 1) << rep.dump();
  EXPECT_EQ(rep["time_out_of_range"], 1) << rep.dump();
  EXPECT_EQ(rep["parent_cycle"], 1) << rep.dump();
  EXPECT_EQ(rep["orphan_reattached"], 1) << rep.dump();
  EXPECT_EQ(rep["duplicate_conversation_id"], 1) << rep.dump();
  EXPECT_EQ(doc["files"][0]["repairs"], rep);
  std::map<std::string, json> first;
  for (const auto& e : doc["repair_examples"]) first.emplace(e["kind"], e);
  ASSERT_TRUE(first.count("parent_cycle"));
  EXPECT_EQ(first["parent_cycle"]["index"], 3);
  EXPECT_EQ(first["parent_cycle"]["conversation_id"], "r3");
  EXPECT_EQ(first["parent_cycle"]["byte_offset"], offsets[3]);
  EXPECT_EQ(first["wrong_type"]["index"], 2);
  EXPECT_NE(first["wrong_type"]["detail"].get<std::string>().find("title is a number"),
            std::string::npos) << first["wrong_type"].dump();
  EXPECT_EQ(first["duplicate_conversation_id"]["index"], 5);
  EXPECT_NE(first["invalid_utf8"]["file"].get<std::string>().find("repairs.json"), std::string::npos);
  // The original values stay: the wrong-typed title and the huge time in extra_json.
  EXPECT_EQ(Str("SELECT JSON_EXTRACT(extra_json, '$.title') FROM conversations WHERE id = 'r2'"), "12345");
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'r2'"), "(null)");
  EXPECT_NE(Str("SELECT JSON_EXTRACT(extra_json, '$.update_time') FROM conversations WHERE id = 'r2'"), "(null)");
  EXPECT_EQ(Count("SELECT count FROM import_repairs WHERE kind = 'parent_cycle'"), 1);
  EXPECT_NE(Str("SELECT first_example FROM import_repairs WHERE kind = 'parent_cycle'").find("record 3 (id r3)"),
            std::string::npos);
  // The human summary says so too.
  for (const char* table : {"conversations", "messages", "attachments"})
    Conn().Execute(std::string("DELETE FROM ") + table);
  auto r = Run({"import", p});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("parent_cycle 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("record 3 (id r3) at byte " + std::to_string(offsets[3])), std::string::npos) << r.out;
}

// Item 4, what remained: invalid UTF-8 was replaced by U+FFFD and the
// parents of nodes moved by a cycle or orphan repair were overwritten, with
// nothing kept to recover them. conversations.repair_originals keeps both.
TEST_F(ImportHardening, InvalidUtf8BytesAndRepairedParentsAreRecoverable) {
  auto replace = [](std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  const std::string bad =
      replace(ConversationJson({"u1", "Bad bytes"}), "\"title\":\"Bad bytes\"", "\"title\":\"Bad \xff\xfe bytes\"");
  const std::string cycle = replace(ConversationJson({"c1", "Cycle"}), "\"parent\":null", "\"parent\":\"n1\"");
  const std::string orphan = replace(ConversationJson({"o1", "Orphan"}), "\"parent\":\"n0\"", "\"parent\":null");
  auto p = Write("originals.json", "[" + bad + "," + cycle + "," + orphan + "," + ConversationJson({"f1", "Fine"}) + "]");
  ImportJson({p});

  const json u1 = json::parse(Str("SELECT repair_originals FROM conversations WHERE id = 'u1'"));
  ASSERT_EQ(u1["invalid_utf8"].size(), 1u) << u1.dump();
  EXPECT_EQ(u1["invalid_utf8"][0]["bytes_hex"], "fffe");
  EXPECT_EQ(bad.substr(u1["invalid_utf8"][0]["offset"].get<size_t>(), 2), "\xff\xfe");
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'u1'"), "Bad \xef\xbf\xbd\xef\xbf\xbd bytes");

  const json c1 = json::parse(Str("SELECT repair_originals FROM conversations WHERE id = 'c1'"));
  ASSERT_EQ(c1["parents"].size(), 1u) << c1.dump();
  EXPECT_EQ(c1["parents"][0]["node"], "root");  // root -> n1 -> n0 -> root, broken at root
  EXPECT_EQ(c1["parents"][0]["exported_parent"], "n1");
  EXPECT_EQ(Str("SELECT parent_id FROM messages WHERE conversation_id = 'c1' AND node_id = 'root'"), "(null)");

  const json o1 = json::parse(Str("SELECT repair_originals FROM conversations WHERE id = 'o1'"));
  ASSERT_EQ(o1["parents"].size(), 1u) << o1.dump();
  EXPECT_EQ(o1["parents"][0]["node"], "n1");
  EXPECT_TRUE(o1["parents"][0]["exported_parent"].is_null());
  EXPECT_EQ(Str("SELECT parent_id FROM messages WHERE conversation_id = 'o1' AND node_id = 'n1'"), "n0");

  EXPECT_EQ(Str("SELECT repair_originals FROM conversations WHERE id = 'f1'"), "(null)");
  // A repaired copy of the same data replaced by a clean one keeps no originals.
  auto clean = Write("clean.json", "[" + replace(ConversationJson({"u1", "Bad bytes"}), "\"update_time\":1750000000.500000",
                                                 "\"update_time\":1750000009.5") + "]");
  ImportJson({clean});
  EXPECT_EQ(Str("SELECT repair_originals FROM conversations WHERE id = 'u1'"), "(null)");
}

// Item 9: stats printed "33,539 (17,459 visible, 14,189 hidden, 3,087 on
// branches)", whose parts overlapped, and message_count counted root nodes.
TEST_F(ImportHardening, StatsPartsAddUpAndMessageCountsAgree) {
  ImportJson({TestDataDir() + "/fixtures/chatgpt/librechat/chatgpt-tree.json",
              TestDataDir() + "/fixtures/chatgpt/librechat/chatgpt-modern-export.json",
              Write("v1.json", ExportJson({{"c1", "Long", "", 6, 1750000000}}))});
  ImportJson({Write("v2.json", ExportJson({{"c1", "Short", "", 3, 1750000100}}))});
  auto st = json::parse(Run({"stats", "--json"}).out)["messages"];
  const int64_t total = st["total"], visible = st["visible"], hidden = st["hidden"],
                branch = st["branch"], absent = st["absent_from_newest"];
  EXPECT_EQ(absent, 3);
  EXPECT_GT(hidden, 0);
  EXPECT_GT(branch, 0);
  EXPECT_EQ(visible + hidden + branch + absent, total) << st.dump();
  EXPECT_EQ(total, Count("SELECT COUNT(*) FROM messages WHERE role IS NOT NULL"));
  EXPECT_EQ(Count("SELECT SUM(message_count) FROM conversations"), total - absent);
  EXPECT_EQ(Count("SELECT message_count FROM conversations WHERE id = 'c1'"), 3);
}

// Item 10: `check` passed on an empty database; shard gaps and mapped gizmo
// ids that no conversation uses went unreported.
TEST_F(ImportHardening, CheckFailsOnAnEmptyDatabaseUnlessSkipped) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  auto r = Run({"check", "--json"});
  EXPECT_EQ(r.exit_code, 3) << r.out;
  EXPECT_NE(r.out.find("database_not_empty"), std::string::npos);
  EXPECT_EQ(Run({"check", "--skip", "database_not_empty"}).exit_code, 0);
  // A mapped gizmo id that no conversation uses (a typo, usually) is named.
  ImportJson({Write("c.json", ExportJson({{"c1", "A", "g-p-0123456789abcdef0123456789abcdef"}}))});
  auto csv = Write("p.csv", "gizmo_id,project\ng-p-0123456789abcdef0123456789abcdef,Infra\n"
                            "g-p-ffffffffffffffffffffffffffffffff,Typo\n");
  ASSERT_EQ(Run({"map", "apply", csv}).exit_code, 0);
  auto unused = Run({"check", "--json"});
  EXPECT_EQ(unused.exit_code, 3);
  const auto unused_doc = json::parse(unused.out);  // outlives the loop (no dangling temporary)
  for (const auto& c : unused_doc["checks"]) {
    if (c["name"] == "unused_mapped_gizmos") {
      EXPECT_EQ(c["status"], "failed");
      EXPECT_EQ(c["examples"][0], "g-p-ffffffffffffffffffffffffffffffff");
    } else {
      EXPECT_NE(c["status"], "failed") << c.dump();
    }
  }
}

TEST_F(ImportHardening, ShardNumberingGapsAreReported) {
  std::string dir = tmp_dir_ + "/export";
  WriteFile(dir + "/conversations-000.json", ExportJson({{"s0", "Zero"}}));
  WriteFile(dir + "/conversations-005.json", ExportJson({{"s5", "Five"}}));
  auto doc = ImportJson({dir});
  ASSERT_EQ(doc["warnings"].size(), 1u) << doc.dump();
  const std::string w = doc["warnings"][0];
  EXPECT_NE(w.find("4 shard(s) missing"), std::string::npos) << w;
  EXPECT_NE(w.find("conversations-001.json ... conversations-004.json"), std::string::npos) << w;
  EXPECT_NE(last_.err.find("4 shard(s) missing"), std::string::npos) << last_.err;
}

// Item 11: imports.path was relative to the working directory, and a crashed
// run left chatbeto-load-* folders with message text in the temp directory.
TEST_F(ImportHardening, ImportsPathIsAbsoluteAndDeadRunsLoadFoldersAreRemoved) {
  const std::string dead = Server::Home() + "/tmp/load-999999999-dead";
  std::filesystem::create_directories(dead);
  WriteFile(dead + "/messages.tsv", "secret message text");
  auto p = Write("conversations.json", ExportJson({{"a1", "A"}}));
  const std::string rel = std::filesystem::relative(p).string();
  ASSERT_NE(rel.front(), '/');
  ImportJson({rel});
  EXPECT_EQ(Str("SELECT path FROM imports"), std::filesystem::weakly_canonical(p).string());
  EXPECT_FALSE(std::filesystem::exists(dead));
}

}  // namespace
}  // namespace chatbeto::testing
