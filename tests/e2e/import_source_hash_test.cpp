// End-to-end: a re-import recognises records by the hash of their bytes
// (conversations.source_sha256, importer/known_sources.h) and does not parse
// them again, with exactly the outcome of parsing every record.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/harness.h"
#include "util/sha256.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

// What the reader hashes: its version line, then the record's bytes as the
// file holds them (spelled out here, not taken from chatgpt::SourceHash).
std::string Expected(const std::string& record) {
  return Sha256Hex("chatbeto-reader-1\n" + record);
}

class ImportSourceHash : public DbTest {
 protected:
  json ImportJson(const std::string& path, int want_exit = 0,
                  const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"import", "--json", path};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, want_exit) << r.err << r.out;
    last_err_ = r.err;
    return json::parse(r.out);
  }
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("(null)"); }
  std::string Source(const std::string& id) {
    return Str("SELECT source_sha256 FROM conversations WHERE id = '" + id + "'");
  }
  std::string Write(const std::string& name, const std::vector<std::string>& records) {
    std::string text = "[";
    for (size_t i = 0; i < records.size(); ++i) text += (i ? ",\n" : "\n") + records[i];
    text += "\n]\n";
    std::string p = tmp_dir_ + "/" + name;
    WriteFile(p, text);
    return p;
  }
  std::string last_err_;
};

TEST_F(ImportSourceHash, EachConversationKeepsTheHashOfTheBytesItWasReadFrom) {
  std::string a = ConversationJson({"a", "Alpha"}), b = ConversationJson({"b", "Beta", "", 4});
  ImportJson(Write("c.json", {a, b}));
  EXPECT_EQ(Source("a"), Expected(a));
  EXPECT_EQ(Source("b"), Expected(b));
  EXPECT_NE(Source("a"), Source("b"));
}

TEST_F(ImportSourceHash, StoredBytesAreNotReadAgainWhileChangedOnesAre) {
  std::string a = ConversationJson({"a", "Alpha"}), b = ConversationJson({"b", "Beta"});
  ImportJson(Write("v1.json", {a, b}));
  // Were "a" parsed again, its content hash would differ from this one at
  // the same update_time, and the import would write it over (same time).
  Conn().Execute("UPDATE conversations SET content_hash = REPEAT('0', 64) WHERE id = 'a'");
  std::string b2 = ConversationJson({"b", "Beta renamed", "", 4, 1750000900.5});
  auto doc = ImportJson(Write("v2.json", {a, b2}));
  EXPECT_EQ(doc["unchanged"], 1);
  EXPECT_EQ(doc["updated"], 1);
  EXPECT_EQ(doc["messages"], 2 + 4);  // a's from its stored row, b's as read
  EXPECT_EQ(doc["messages_written"], 4);
  EXPECT_EQ(Str("SELECT content_hash FROM conversations WHERE id = 'a'"), std::string(64, '0'));
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'b'"), "Beta renamed");
  EXPECT_EQ(Source("b"), Expected(b2));
}

// Two copies of a stored record's id at the same update_time: the later
// copy in the file wins, as it does when both are parsed. The stored copy
// comes last, so skipping it would have left the other one in.
TEST_F(ImportSourceHash, ALaterCopyOfAStoredRecordInTheSameFileStillWins) {
  std::string kept = ConversationJson({"x", "Stored copy"});
  std::string other = ConversationJson({"x", "Other copy"});
  for (const char* batch : {"250", "1"}) {
    SCOPED_TRACE(std::string("--batch-size ") + batch);
    ImportJson(Write("v1.json", {kept}), 0, {"--batch-size", batch});
    ASSERT_EQ(Str("SELECT title FROM conversations WHERE id = 'x'"), "Stored copy");
    ImportJson(Write("v2.json", {other, kept}), 0, {"--batch-size", batch});
    EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'x'"), "Stored copy");
    EXPECT_EQ(Source("x"), Expected(kept));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'x' AND text LIKE "
                    "'Other copy%'"), 0);
  }
}

TEST_F(ImportSourceHash, UnchangedContentFromOtherBytesTakesTheirHash) {
  std::string a = ConversationJson({"a", "Alpha"});
  ImportJson(Write("v1.json", {a}));
  // Stored before this column existed.
  Conn().Execute("UPDATE conversations SET source_sha256 = NULL");
  auto doc = ImportJson(Write("v1.json", {a}));
  EXPECT_EQ(doc["unchanged"], 1);
  EXPECT_EQ(Source("a"), Expected(a));
  // The same conversation written by another tool: other bytes, same content.
  std::string pretty = nlohmann::ordered_json::parse(a).dump(2);  // keys kept in order
  ASSERT_NE(pretty, a);
  doc = ImportJson(Write("pretty.json", {pretty}));
  EXPECT_EQ(doc["unchanged"], 1);
  EXPECT_EQ(doc["messages_written"], 0);
  EXPECT_EQ(Source("a"), Expected(pretty));
}

// The reader skips on the first 64 bits of the hash; the whole hash must
// match a stored conversation before a record counts as unchanged.
TEST_F(ImportSourceHash, AMatchOfTheFirstBitsOnlyIsReadAndWritten) {
  std::string a = ConversationJson({"a", "Alpha"}), b = ConversationJson({"b", "Beta"});
  ImportJson(Write("v1.json", {a, b}));
  std::string a2 = ConversationJson({"a", "Alpha renamed", "", 4, 1750000900.5});
  std::string h = Expected(a2);
  std::string lookalike = h.substr(0, 16) + (h[16] == 'f' ? "e" : "f") + h.substr(17);
  Conn().Execute("UPDATE conversations SET source_sha256 = '" + lookalike + "' WHERE id = 'b'");
  auto doc = ImportJson(Write("v2.json", {a2}));
  EXPECT_EQ(doc["updated"], 1);
  EXPECT_EQ(doc["unchanged"], 0);
  EXPECT_EQ(Str("SELECT title FROM conversations WHERE id = 'a'"), "Alpha renamed");
  EXPECT_EQ(Source("a"), h);
}

// A record the reader left unparsed and the database does not confirm is
// parsed by the writer: a bad one is rejected by position as always.
TEST_F(ImportSourceHash, ABadRecordReadLateIsRejectedByPosition) {
  std::string good = ConversationJson({"g", "Good"});
  std::string bad = R"({"title": "no id at all", "mapping": {}})";
  std::string path = Write("c.json", {good, bad});
  auto first = ImportJson(path, 4);
  ASSERT_EQ(first["rejections"].size(), 1u);
  std::string h = Expected(bad);
  Conn().Execute("UPDATE conversations SET source_sha256 = '" + h.substr(0, 16) +
                 std::string(48, h[16] == '0' ? '1' : '0') + "' WHERE id = 'g'");
  auto again = ImportJson(path, 4);
  EXPECT_EQ(again["conversations"], 1);
  EXPECT_EQ(again["unchanged"], 1);
  EXPECT_EQ(again["rejected"], 1);
  ASSERT_EQ(again["rejections"].size(), 1u);
  EXPECT_EQ(again["rejections"][0]["index"], 1);
  EXPECT_EQ(again["rejections"][0]["byte_offset"], first["rejections"][0]["byte_offset"]);
  EXPECT_EQ(again["rejections"][0]["reason"], first["rejections"][0]["reason"]);
  EXPECT_NE(last_err_.find("c.json: record 1"), std::string::npos) << last_err_;
  EXPECT_EQ(Source("g"), Expected(good));  // its own bytes: parsed, found unchanged
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations"), 1);
}

}  // namespace
}  // namespace chatbeto::testing
