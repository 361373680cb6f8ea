// End-to-end: schema 0010 (raw JSON stored compressed, issue 11) upgrades a
// database that holds messages without losing them, and both forms read
// back in SQL through the view message_raw_json.
#include <gtest/gtest.h>

#include "db/connection.h"
#include "db/sql_compress.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

class ImportSpeed : public DbTest {
 protected:
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); }
};

TEST_F(ImportSpeed, UpgradeKeepsStoredRawJsonAndNewImportsAreCompressed) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  // Back to the schema before 0010, holding a message stored then.
  Conn().Execute("DROP VIEW message_raw_json");
  Conn().Execute("ALTER TABLE messages DROP COLUMN raw_json_z");
  Conn().Execute("ALTER TABLE messages MODIFY raw_json LONGTEXT NOT NULL");
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 10");
  const std::string old_json = R"({"id": "n1", "author": {"role": "user"}, "note": "직전 \u00e9"})";
  Conn().Execute("INSERT INTO messages (conversation_id, node_id, depth, sibling_index, "
                 "on_visible_path, hidden, role, text, raw_json) VALUES ('old', 'n1', 0, 0, 1, 0, "
                 "'user', 'hello', " + db::Quote(old_json) + ")");

  for (int run = 0; run < 2; ++run) {  // re-runnable: the second run finds the column there
    Conn().Execute("DELETE FROM schema_migrations WHERE version = 10");
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
  const std::string z = db::SqlCompress(text);
  EXPECT_LT(z.size(), text.size() / 3);
  std::string hex;
  for (unsigned char c : z) {
    static const char* kHex = "0123456789ABCDEF";
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  EXPECT_EQ(Str("SELECT CONVERT(UNCOMPRESS(X'" + hex + "') USING utf8mb4)"), text);
  auto rs = Conn().Query("SELECT COMPRESS(" + db::Quote(text) + ")");
  ASSERT_TRUE(rs->next());
  EXPECT_EQ(db::SqlUncompress(rs->getString(1).asStdString()), text);
}

}  // namespace
}  // namespace chatbeto::testing
