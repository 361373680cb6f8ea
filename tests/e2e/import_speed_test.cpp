// End-to-end: schema 0010 (raw JSON stored compressed, issue 11) upgrades a
// database that holds messages without losing them, and both forms read
// back in SQL through the view message_raw_json; schema 0019's rest JSON
// (the raw JSON without its text part) reads back byte for byte.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "chatgpt/parse.h"
#include "db/connection.h"
#include "db/sql_compress.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

class ImportSpeed : public DbTest {
 protected:
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); }

  // Sets the server's max_allowed_packet to 1 MB while in scope.
  struct PacketLimit {
    db::Connection& c;
    int64_t old;
    explicit PacketLimit(db::Connection& conn)
        : c(conn), old(conn.QueryInt("SELECT @@GLOBAL.max_allowed_packet").value_or(0)) {
      c.Execute("SET GLOBAL max_allowed_packet = 1048576");
    }
    ~PacketLimit() { c.Execute("SET GLOBAL max_allowed_packet = " + std::to_string(old)); }
  };
  static constexpr const char* kUnit = "가나다 abc ";  // 14 bytes

  // A conversation `id` whose messages, one chain, have texts of
  // `repeats[i]` times kUnit; node ids m0, m1, ...
  static std::string ChainConversation(const std::string& id, const std::vector<size_t>& repeats) {
    std::string mapping = R"({"root":{"id":"root","message":null,"parent":null,"children":["m0"]})";
    for (size_t i = 0; i < repeats.size(); ++i) {
      const std::string node = "m" + std::to_string(i);
      const std::string next = i + 1 < repeats.size() ? "\"m" + std::to_string(i + 1) + "\"" : "";
      std::string text;
      for (size_t k = 0; k < repeats[i]; ++k) text += kUnit;
      mapping += ",\"" + node + R"(":{"id":")" + node + R"(","message":{"id":")" + id + node +
                 R"(","author":{"role":"user"},"create_time":1700000000.5,"content":)"
                 R"({"content_type":"text","parts":[")" + text + R"("]},"metadata":{}},"parent":")" +
                 (i ? "m" + std::to_string(i - 1) : std::string("root")) + R"(","children":[)" +
                 next + "]}";
    }
    return R"({"id":")" + id + R"(","title":"Big values","create_time":1700000000,)"
           R"("update_time":1700000100,"current_node":"m)" + std::to_string(repeats.size() - 1) +
           R"(","mapping":)" + mapping + "}}";
  }

  // Whether conversation `id` holds exactly the messages ChainConversation made.
  void ExpectChainStored(const std::string& id, const std::vector<size_t>& repeats) {
    for (size_t i = 0; i < repeats.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = " + db::Quote(id) +
                      " AND node_id = 'm" + std::to_string(i) + "' AND text = REPEAT(" +
                      db::Quote(kUnit) + ", " + std::to_string(repeats[i]) + ")"),
                1);
    }
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = " + db::Quote(id)),
              static_cast<int64_t>(repeats.size() + 1));
  }

  // Imports one conversation whose messages' texts are `repeats[i]` times
  // kUnit, on a server allowing 1 MB packets, with `extra` arguments (before
  // the subcommand), and checks that every text reads back whole.
  void ExpectValuesReadBackOnA1MbServer(const std::vector<size_t>& repeats,
                                        const std::vector<std::string>& extra) {
    PacketLimit limit(Conn());
    const std::string path = tmp_dir_ + "/conversations.json";
    WriteFile(path, "[" + ChainConversation("packet-1", repeats) + "]");
    std::vector<std::string> args = extra;
    args.insert(args.end(), {"import", path});
    auto r = RunChatbeto(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ExpectChainStored("packet-1", repeats);
  }
};

TEST_F(ImportSpeed, UpgradeKeepsStoredRawJsonAndNewImportsAreCompressed) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // Back to the schema before 0010, holding a message stored then.
  Conn().Execute("DROP VIEW message_raw_json");
  Conn().Execute("ALTER TABLE messages DROP COLUMN raw_json_z, DROP COLUMN raw_json_rest_z");
  Conn().Execute("ALTER TABLE messages MODIFY raw_json LONGTEXT NOT NULL");
  Conn().Execute("DELETE FROM schema_migrations WHERE version IN (10, 19)");
  const std::string old_json = R"({"id": "n1", "author": {"role": "user"}, "note": "직전 \u00e9"})";
  Conn().Execute("INSERT INTO messages (conversation_id, node_id, depth, sibling_index, "
                 "on_visible_path, hidden, role, text, raw_json) VALUES ('old', 'n1', 0, 0, 1, 0, "
                 "'user', 'hello', " + db::Quote(old_json) + ")");

  for (int run = 0; run < 2; ++run) {  // re-runnable: the second run finds the column there
    // 0019 again too: it redefines the view 0010 makes.
    Conn().Execute("DELETE FROM schema_migrations WHERE version IN (10, 19)");
    auto r = Run({"db", "migrate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(Str("SELECT raw_json FROM messages WHERE node_id = 'n1'"), old_json);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE node_id = 'n1' AND raw_json_z IS NULL"), 1);
    EXPECT_EQ(Str("SELECT raw_json FROM message_raw_json WHERE node_id = 'n1'"), old_json);
  }

  auto r = Run({"import", TestDataDir() + "/fixtures/chatgpt/librechat/chatgpt-tree.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GT(Count("SELECT COUNT(*) FROM messages WHERE raw_json IS NULL AND raw_json_z IS NOT NULL"), 0);
  // JSON_EXTRACT reads both forms through the view.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages m JOIN message_raw_json j USING (conversation_id, "
                  "node_id) WHERE m.role IS NOT NULL AND NOT (m.role <=> "
                  "JSON_UNQUOTE(JSON_EXTRACT(j.raw_json, '$.author.role')))"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM message_raw_json WHERE JSON_VALID(raw_json) = 0"), 0);
  EXPECT_EQ(Str("SELECT JSON_UNQUOTE(JSON_EXTRACT(raw_json, '$.note')) FROM message_raw_json "
                "WHERE node_id = 'n1'"), "직전 é");
}

// SqlCompress writes what the server's UNCOMPRESS() reads, and reads what
// its COMPRESS() writes.
TEST_F(ImportSpeed, CompressFormatMatchesTheServer) {
  std::string text = "{\"text\": \"";
  for (int i = 0; i < 500; ++i) text += "한국어 text " + std::to_string(i) + " ";
  text += "\"}";
  const auto hex = [](const std::string& z) {
    std::string h;
    for (unsigned char c : z) {
      static const char* kHex = "0123456789ABCDEF";
      h += kHex[c >> 4];
      h += kHex[c & 15];
    }
    return h;
  };
  const std::string z = db::SqlCompress(text);
  EXPECT_LT(z.size(), text.size() / 3);
  EXPECT_EQ(Str("SELECT CONVERT(UNCOMPRESS(X'" + hex(z) + "') USING utf8mb4)"), text);
  // A short value is stored in the stream, not compressed: the server reads it too.
  const std::string brief = "{\"id\": \"직전\", \"n\": 1}";
  EXPECT_EQ(Str("SELECT CONVERT(UNCOMPRESS(X'" + hex(db::SqlCompress(brief)) + "') USING utf8mb4)"), brief);
  auto rs = Conn().Query("SELECT COMPRESS(" + db::Quote(text) + ")");
  ASSERT_TRUE(rs->next());
  EXPECT_EQ(db::SqlUncompress(rs->getString(1).asStdString()), text);
}

// Rest JSON (schema 0019): messages whose one text part is their text are
// stored without it; the view puts it back. Every message's raw JSON read
// through the view is, byte for byte, the raw JSON the parser gives: those
// stored as rest JSON (quotes, backslashes, newlines, tabs, '/', Korean,
// emoji, escapes the parser rewrites) and those kept whole (a control
// character, several parts, a short text).
TEST_F(ImportSpeed, RestJsonReadsBackByteForByte) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  const std::string pad = " and a few more words so that it is worth leaving out.";
  const std::vector<std::string> parts = {
      R"(["He said \"hi\" \\ then:\n\tcode /usr/bin 매수를 😀)" + pad + R"("])",
      R"(["Plain English text)" + pad + R"("])",
      R"(["An escaped e: \u00e9 and a slash \/)" + pad + R"("])",
      R"(["A control character \u0001 inside)" + pad + R"("])",
      R"(["first part)" + pad + R"(", "second part"])",
      R"(["short"])",
      R"(["긴 한국어 답변입니다. 세금과 주식에 대한 설명이 이어집니다.)" + pad + R"("])",
  };
  std::string mapping = R"({"root":{"id":"root","message":null,"parent":null,"children":["m0"]})";
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string id = "m" + std::to_string(i);
    const std::string next = i + 1 < parts.size() ? "\"m" + std::to_string(i + 1) + "\"" : "";
    mapping += ",\"" + id + R"(":{"id":")" + id + R"(","message":{"id":")" + id +
               R"(","author":{"role":")" + (i % 2 ? "assistant" : "user") +
               R"("},"create_time":1700000000.5,"content":{"content_type":"text","parts":)" +
               parts[i] + R"(},"status":"finished_successfully","metadata":{}},"parent":")" +
               (i ? "m" + std::to_string(i - 1) : std::string("root")) + R"(","children":[)" +
               next + "]}";
  }
  mapping += "}";
  const std::string record = R"({"id":"rest-1","title":"Rest JSON","create_time":1700000000,)"
                             R"("update_time":1700000100,"current_node":"m)" +
                             std::to_string(parts.size() - 1) + R"(","mapping":)" + mapping + "}";
  const std::string path = tmp_dir_ + "/conversations.json";
  WriteFile(path, "[" + record + "]");
  auto r = Run({"import", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  chatgpt::Conversation parsed = chatgpt::ParseConversation(record);
  size_t compared = 0;
  for (const auto& m : parsed.messages) {
    if (!m.has_message) continue;
    SCOPED_TRACE(m.node_id);
    EXPECT_EQ(Str("SELECT raw_json FROM message_raw_json WHERE node_id = " + db::Quote(m.node_id)),
              std::string(m.raw_json));
    ++compared;
  }
  EXPECT_EQ(compared, parts.size());
  // m0, m1, m2 (the parser writes \u00e9 and \/ as JSON_QUOTE does) and m6
  // are stored as rest JSON; m3 (a control character), m4 (two parts) and
  // m5 (short) whole.
  EXPECT_EQ(Str("SELECT GROUP_CONCAT(node_id ORDER BY node_id) FROM messages WHERE "
                "raw_json_rest_z IS NOT NULL"), "m0,m1,m2,m6");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE (raw_json IS NOT NULL) + "
                  "(raw_json_z IS NOT NULL) + (raw_json_rest_z IS NOT NULL) <> 1"), 0);
  // The rest itself is valid JSON: any other field reads from it directly.
  EXPECT_EQ(Str("SELECT JSON_UNQUOTE(JSON_EXTRACT(CONVERT(UNCOMPRESS(raw_json_rest_z) USING "
                "utf8mb4), '$.author.role')) FROM messages WHERE node_id = 'm1'"), "assistant");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM message_raw_json WHERE JSON_VALID(raw_json) = 0"), 0);
}

// Rows go through prepared statements, whose values the server limits to
// max_allowed_packet (long data included): on a server that allows 1 MB, a
// 1.2 MB message streams through LOAD DATA instead, a 300 KB one goes as
// long data, and twenty 20 KB ones fill several statements. Every text
// reads back whole (compared on the server: the test's own connection
// could not receive them).
std::vector<size_t> With20Small(std::vector<size_t> repeats) {
  for (int i = 0; i < 20; ++i) repeats.push_back(1500 + i);  // about 21 KB each
  return repeats;
}

TEST_F(ImportSpeed, ValuesOverHalfThePacketStreamInstead) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // 1.26 MB (more than a packet: only LOAD DATA can take it), 308 KB (long data).
  ExpectValuesReadBackOnA1MbServer(With20Small({90000, 22000}), {"--db", DbUrl()});
}

TEST_F(ImportSpeed, WithoutLoadDataLocalValuesOverHalfThePacketGoAloneInAnInsert) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // 560 KB: over half the packet, so not in a prepared statement, and the
  // server refuses LOAD DATA LOCAL; 308 KB (long data).
  ExpectValuesReadBackOnA1MbServer(With20Small({40000, 22000}),
                                   {"--db", DbUrl() + "&local-infile=0"});
}

// A batch the server refuses is written again a conversation at a time with
// multi-row INSERTs: on a server allowing 1 MB, a conversation of 1.2 MB of
// text then takes several statements instead of one the server drops.
TEST_F(ImportSpeed, RetriedBatchsInsertsStayUnderASmallPacket) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  PacketLimit limit(Conn());
  const std::vector<size_t> repeats(20, 4300);  // 60 KB each
  const std::string long_id(200, 'x');  // longer than node_id: the batch is refused
  const std::string bad =
      R"({"id":"long","title":"Too long","create_time":1700000000,"update_time":1700000100,)"
      R"("current_node":")" + long_id + R"(","mapping":{"root":{"id":"root","message":null,)"
      R"("parent":null,"children":[")" + long_id + R"("]},")" + long_id + R"(":{"id":")" +
      long_id + R"(","message":{"id":"b1","author":{"role":"user"},"create_time":1700000000.5,)"
      R"("content":{"content_type":"text","parts":["hi"]},"metadata":{}},"parent":"root",)"
      R"("children":[]}}})";
  const std::string path = tmp_dir_ + "/conversations.json";
  WriteFile(path, "[" + ChainConversation("packet-2", repeats) + "," + bad + "]");
  auto r = Run({"import", path, "--json"});
  ASSERT_EQ(r.exit_code, 4) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["new"], 1);
  EXPECT_EQ(doc["rejected"], 1);
  ExpectChainStored("packet-2", repeats);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'long'"), 0);
}

}  // namespace
}  // namespace chatbeto::testing
