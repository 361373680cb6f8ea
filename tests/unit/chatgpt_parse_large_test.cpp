// The sliced path for large records (parse.h, parse_large.cpp) against the
// DOM path: every record parsed both ways gives the same conversation (same
// content hash, fields, tree, text, repairs), with the thresholds lowered so
// that small records go through every step of the sliced path. Also: a
// giant message's text and raw JSON, and what both paths reject.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "chatgpt/array_splitter.h"
#include "chatgpt/canonical_hash.h"
#include "chatgpt/parse.h"
#include "util/error.h"

namespace chatbeto::chatgpt {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// raw_json of the sliced path keeps the message's spelling; it must hold
// the same JSON value.
void ExpectSameJson(std::string_view a, std::string_view b) {
  auto ja = nlohmann::json::parse(a, nullptr, false);
  auto jb = nlohmann::json::parse(b, nullptr, false);
  ASSERT_FALSE(ja.is_discarded()) << a.substr(0, 200);
  EXPECT_TRUE(ja == jb) << a.substr(0, 200) << "\nvs\n" << b.substr(0, 200);
}

void ExpectSame(const Conversation& d, const Conversation& s) {
  EXPECT_EQ(d.id, s.id);
  EXPECT_EQ(d.content_hash, s.content_hash);
  EXPECT_EQ(d.title, s.title);
  EXPECT_EQ(d.create_time, s.create_time);
  EXPECT_EQ(d.update_time, s.update_time);
  EXPECT_EQ(d.gizmo_id, s.gizmo_id);
  EXPECT_EQ(d.default_model_slug, s.default_model_slug);
  EXPECT_EQ(d.current_node, s.current_node);
  EXPECT_EQ(d.is_archived, s.is_archived);
  EXPECT_EQ(d.extra_json, s.extra_json);
  EXPECT_EQ(d.mapping_state, s.mapping_state);
  EXPECT_EQ(d.repair_originals, s.repair_originals);
  EXPECT_EQ(d.unknown_content_types, s.unknown_content_types);
  EXPECT_EQ(d.warnings, s.warnings);
  ASSERT_EQ(d.repairs.size(), s.repairs.size());
  for (size_t i = 0; i < d.repairs.size(); ++i) {
    EXPECT_EQ(d.repairs[i].kind, s.repairs[i].kind);
    EXPECT_EQ(d.repairs[i].count, s.repairs[i].count);
  }
  ASSERT_EQ(d.messages.size(), s.messages.size());
  for (size_t i = 0; i < d.messages.size(); ++i) {
    const Message& a = d.messages[i];
    const Message& b = s.messages[i];
    SCOPED_TRACE(a.node_id);
    EXPECT_EQ(a.node_id, b.node_id);
    EXPECT_EQ(a.parent_id, b.parent_id);
    EXPECT_EQ(a.depth, b.depth);
    EXPECT_EQ(a.sibling_index, b.sibling_index);
    EXPECT_EQ(a.on_visible_path, b.on_visible_path);
    EXPECT_EQ(a.has_message, b.has_message);
    EXPECT_EQ(a.message_id, b.message_id);
    EXPECT_EQ(a.role, b.role);
    EXPECT_EQ(a.author_name, b.author_name);
    EXPECT_EQ(a.recipient, b.recipient);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.content_type, b.content_type);
    EXPECT_TRUE(a.text == b.text) << a.text.substr(0, 100) << " | " << b.text.substr(0, 100);
    EXPECT_EQ(a.hidden, b.hidden);
    EXPECT_EQ(a.model_slug, b.model_slug);
    EXPECT_EQ(a.create_time, b.create_time);
    EXPECT_EQ(a.update_time, b.update_time);
    EXPECT_EQ(a.attachments.size(), b.attachments.size());
    ExpectSameJson(a.raw_json, b.raw_json);
  }
}

// Parses `record` on the DOM path and on the sliced path with every
// threshold at `large_above`; both accept it alike or reject it alike.
void Compare(const std::string& record, size_t large_above) {
  ConversationParser dom(size_t{1} << 40), sliced(large_above);
  Conversation d, s;
  std::string dom_error, sliced_error;
  try {
    d = dom.Parse(record);
  } catch (const Error& e) {
    dom_error = e.what();
  }
  std::string owned = record;
  try {
    s = sliced.ParseOwned(owned);
  } catch (const Error& e) {
    sliced_error = e.what();
    EXPECT_EQ(owned, record) << "the bytes are given back after a failure";
  }
  ASSERT_EQ(dom_error.empty(), sliced_error.empty()) << dom_error << " | " << sliced_error;
  if (!dom_error.empty()) {
    EXPECT_EQ(dom_error.substr(0, 12), sliced_error.substr(0, 12));
    return;
  }
  ExpectSame(d, s);
}

std::vector<std::string> Records(const std::string& path) {
  std::vector<std::string> out;
  ArraySplitter splitter;
  splitter.Feed(ReadFile(path), [&](const ArraySplitter::Element& e) { out.emplace_back(e.bytes); });
  splitter.Finish();
  return out;
}

TEST(ChatgptParseLarge, FixturesGiveTheSameConversationBothWays) {
  size_t n = 0;
  for (const char* f : {"librechat/chatgpt-modern-export.json", "librechat/chatgpt-tree.json",
                        "mitkury-chatgpt-export-parser/example-conversation.json"}) {
    for (const std::string& r : Records(CHATBETO_TEST_DATA_DIR "/fixtures/chatgpt/" + std::string(f))) {
      SCOPED_TRACE(std::string(f) + " record " + std::to_string(n++));
      Compare(r, 0);
      Compare(r, 200);
    }
  }
  EXPECT_GT(n, 3u);
}

TEST(ChatgptParseLarge, FuzzSeedsGiveTheSameConversationBothWays) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           CHATBETO_TEST_DATA_DIR "/fuzz/corpus/chatgpt_conversation")) {
    SCOPED_TRACE(entry.path().filename().string());
    const std::string record = ReadFile(entry.path().string());
    Compare(record, 0);
    Compare(record, 64);
    ++n;
  }
  EXPECT_GT(n, 5u);
}

TEST(ChatgptParseLarge, OddRecordsGiveTheSameConversationBothWays) {
  const std::vector<std::string> records = {
      R"({"id":"a"})",
      R"({"id":"a","mapping":null})",
      R"({"id":"a","mapping":{}})",
      R"({"id":"a","mapping":[1]})",
      R"({"id":"a","mapping":{"x":7,"y":{"parent":"x","message":"str"}}})",
      R"( { "conversation_id" : "c" , "title" : "caf\u00e9 \ud83d\ude00" , "mapping" : { "r" : )"
      R"({ "parent" : null , "children" : [ "m" , 5 ] , "message" : null } , "m" : { "parent" : )"
      R"("r" , "children" : [ ] , "message" : { "id" : "m" , "author" : { "role" : "user" } , )"
      R"("content" : { "content_type" : "text" , "parts" : [ "a\"b\\c\n\/" , 1.50 ] } , )"
      R"("create_time" : 1.7e9 } } } , "mapping" : null , "x" : [ 1 , { } , [ ] ] } )",
      R"({"id":"d","id":"e","title":12345,"create_time":1e300,"mapping":{"a":{"message":{"id":1}},)"
      R"("a":{"message":null},"b":{"parent":"b"}}})",
      "{\"id\":\"u\",\"title\":\"bad \xff byte\",\"mapping\":{\"n\":{\"message\":{\"content\":"
      "{\"content_type\":\"text\",\"parts\":[\"lone \\ud800 x\"]}}}}}",
      R"({"id":"a","x":[1,2})",
      R"({"id":"a"} x)",
      R"([{"id":"a"}])",
      R"("just a string")",
      R"({"id":"a","x":"\q"})",
      R"({"id":"a","big":123456789012345678901234567890})",
      "{\"title\":\"repaired \xff, then no id\"}",
  };
  for (const std::string& r : records) {
    SCOPED_TRACE(r.substr(0, 80));
    Compare(r, 0);
    Compare(r, 16);
  }
}

// A message far over the giant-message threshold: its text is decoded from
// the record straight into `text` (escapes, surrogate pairs, citation
// markers), and its raw JSON is its bytes as written.
TEST(ChatgptParseLarge, GiantMessageTextAndRawJson) {
  std::string body, expected;
  // ~1.8 MB: over the giant-message threshold of a parser whose large_above
  // is 1 MB (min(1 MB, 4 MB)), and light enough for the sanitizer builds.
  for (int i = 0; i < 40000; ++i) {
    body += "line \\\"" + std::to_string(i) + "\\\" caf\\u00e9 \\ud83d\\ude00\\n";
    expected += "line \"" + std::to_string(i) + "\" caf\u00e9 \U0001F600\n";
  }
  body += "\xee\x88\x80" "cite" "\xee\x88\x81" "end";  // a citation marker, removed
  expected += "end";
  const std::string message =
      R"({"id":"m","author":{"role":"assistant"},"content":{"content_type":"text","parts":[")" +
      body + R"(",{"content_type":"image_asset_pointer","asset_pointer":"file-service://f1"}]},)"
      R"("metadata":{"model_slug":"gpt-x"},"recipient":"all"})";
  const std::string record = R"({"conversation_id":"g","current_node":"m","mapping":{"r":{"message":null,"children":["m"]},"m":{"parent":"r","message":)" +
                             message + "}}}";
  ASSERT_GT(message.size(), size_t{1} << 20);
  std::string owned = record;
  ConversationParser parser(size_t{1} << 20);
  const Conversation c = parser.ParseOwned(owned);
  ASSERT_EQ(c.messages.size(), 2u);
  const Message& m = c.messages[1];
  // EXPECT_TRUE, not EXPECT_EQ: a diff of megabytes would take the test down.
  EXPECT_EQ(m.text.size(), expected.size() + 8);
  EXPECT_TRUE(m.text == expected + "\n[image]");
  EXPECT_EQ(m.model_slug, "gpt-x");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].id, "f1");
  EXPECT_TRUE(m.raw_json == message);  // as written, not a copy: a view into the record
  EXPECT_TRUE(m.raw_json.data() >= c.json_store->record.data() &&
              m.raw_json.data() < c.json_store->record.data() + c.json_store->record.size());
  EXPECT_EQ(c.content_hash, ConversationParser(size_t{1} << 40).Parse(record).content_hash);
  ExpectSame(ConversationParser(size_t{1} << 40).Parse(record), c);

  // Without a giant message nothing points into the record: it is let go.
  std::string small = R"({"id":"s","mapping":{"n":{"message":{"id":"n"}}}})";
  const Conversation s = ConversationParser(16).ParseOwned(small);
  EXPECT_TRUE(s.json_store->record.empty());
  EXPECT_EQ(s.messages[0].raw_json, R"({"id":"n"})");
}

// The hash from text equals the DOM's for any split size.
TEST(ChatgptParseLarge, TextHashEqualsDomHash) {
  const std::string doc =
      R"({"a":[1,-2,3.5,1e2,18446744073709551615,-9223372036854775808,true,false,null],)"
      R"("b":{"c":"x\u00e9\ud83d\ude00\"","":{}},"d":[[],[{}]],"e":"long string here"})";
  simdjson::dom::parser p;
  const std::string dom = CanonicalJsonHash(p.parse(doc).value());
  for (size_t below : {size_t{0}, size_t{1}, size_t{8}, size_t{40}, size_t{1} << 20}) {
    std::string text;
    ASSERT_EQ(CanonicalJsonTextHash(doc, &text, below), simdjson::SUCCESS) << below;
    EXPECT_EQ(text, dom) << below;
  }
}

}  // namespace
}  // namespace chatbeto::chatgpt
