// ParseConversation on hand-made records: what is rejected, and every oddity
// of real exports that must be tolerated.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chatgpt_parse_util.h"
#include "chatgpt/guess_id.h"
#include "chatgpt/parse.h"
#include "chatgpt/text_clean.h"
#include "util/error.h"
#include "util/sha256.h"

namespace chatbeto::chatgpt {
namespace {

using namespace testing_parse;

TEST(ChatgptParse, RejectsOnlyWhatCannotBeAConversation) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "invalid JSON"},
      {"[]", "a JSON object was expected, found an array"},
      {R"("conv")", "found a string"},
      {"42", "found a number"},
      {"null", "found null"},
      {"true", "found a boolean"},
      {"{}", "no conversation id"},
      {R"({"id":""})", "no conversation id"},
      {R"({"id":5,"conversation_id":null})", "no conversation id"},
      {R"({"conversation_id":{"x":1}})", "no conversation id"},
      {R"({"id":"a",)", "invalid JSON"},
      {R"({"id":"a"} x)", "invalid JSON"},
      {R"({"id":"a"}{"id":"b"})", "invalid JSON"},
      {R"({'id':'a'})", "invalid JSON"},
      {R"({"id":"a","x":[1,2})", "invalid JSON"},
      {R"({"id":"a","x":01})", "invalid JSON"},
      {std::string(2000, '[') + std::string(2000, ']'), "invalid JSON"},  // too deep
  };
  for (const auto& [input, reason] : cases) {
    SCOPED_TRACE(input.substr(0, 60));
    try {
      ParseConversation(input);
      ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kInvalidInput);
      EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
    }
  }
}

TEST(ChatgptParse, IdPrefersConversationIdAndKeepsADifferentId) {
  Conversation c = ParseConversation(R"({"conversation_id":"a","id":"b"})");
  EXPECT_EQ(c.id, "a");
  EXPECT_EQ(c.extra_json, R"({"id":"b"})");
  c = ParseConversation(R"({"conversation_id":"","id":"b","title":null})");
  EXPECT_EQ(c.id, "b");
  EXPECT_EQ(c.extra_json, R"({"conversation_id":""})");
  EXPECT_TRUE(c.title.empty());
  EXPECT_TRUE(c.messages.empty());
  EXPECT_EQ(c.content_hash,
            ParseConversation("{ \"conversation_id\" : \"\",\n \"id\": \"\\u0062\", \"title\": null }")
                .content_hash);
  EXPECT_NE(c.content_hash, ParseConversation(R"({"conversation_id":"","id":"b","title":"x"})")
                                .content_hash);
}

TEST(ChatgptParse, ToleratesMissingNullAndWrongTypes) {
  const std::vector<std::string> cases = {
      R"({"id":"a","mapping":null})",
      R"({"id":"a","mapping":{}})",
      R"({"id":"a","mapping":{"n":null}})",
      R"({"id":"a","mapping":{"n":{}}})",
      R"({"id":"a","mapping":{"n":{"parent":5,"children":"x","message":7}}})",
      R"({"id":"a","mapping":{"n":{"message":{"author":"me","content":[1],"metadata":3}}}})",
      R"({"id":"a","mapping":{"n":{"message":{"content":{"content_type":null,"parts":null}}}}})",
      R"({"id":"a","mapping":{"n":{"message":{"content":{"content_type":"text","parts":[null,1,{}]}}}}})",
      R"({"id":"a","mapping":{"n":{"message":{"create_time":"soon","weight":"heavy"}}}})",
      R"({"id":"a","title":7,"create_time":true,"is_archived":"no","current_node":[]})",
  };
  for (const std::string& input : cases) {
    SCOPED_TRACE(input);
    Conversation c;
    ASSERT_NO_THROW(c = ParseConversation(input));
    EXPECT_EQ(c.id, "a");
    EXPECT_TRUE(IsValidUtf8(c.extra_json));
  }
  // A field of an unexpected type is not lost: it stays in extra_json.
  Conversation c = ParseConversation(cases.back());
  EXPECT_EQ(c.extra_json, R"({"title":7,"create_time":true,"is_archived":"no","current_node":[]})");
  c = ParseConversation(R"({"id":"a","mapping":[1]})");
  EXPECT_TRUE(c.messages.empty());
  EXPECT_TRUE(HasWarning(c, "mapping is an array"));
  EXPECT_EQ(c.extra_json, R"({"mapping":[1]})");
  // A node whose message is not an object keeps it as raw JSON.
  c = ParseConversation(R"({"id":"a","mapping":{"n":{"message":7}}})");
  ASSERT_EQ(c.messages.size(), 1u);
  EXPECT_FALSE(c.messages[0].has_message);
  EXPECT_EQ(c.messages[0].raw_json, "7");
}

TEST(ChatgptParse, TimestampsFloatIntNullOrNumericString) {
  const Conversation c = ParseConversation(
      R"({"id":"a","create_time":1756000000.123456,"update_time":"1756000001.5",)"
      R"("mapping":{"r":{"parent":null,"message":{"create_time":1714585031,"update_time":null}},)"
      R"("s":{"parent":"r","message":{"create_time":"x","update_time":"17"}}},"current_node":"s"})");
  EXPECT_DOUBLE_EQ(*c.create_time, 1756000000.123456);
  EXPECT_DOUBLE_EQ(*c.update_time, 1756000001.5);
  EXPECT_DOUBLE_EQ(*Node(c, "r").create_time, 1714585031.0);
  EXPECT_FALSE(Node(c, "r").update_time.has_value());
  EXPECT_FALSE(Node(c, "s").create_time.has_value());
  EXPECT_DOUBLE_EQ(*Node(c, "s").update_time, 17.0);
}

// Times a DATETIME(6) cannot hold are not times: NULL in the database and
// out of the newer/older decision; the conversation keeps the raw value in
// extra_json, a message in its raw JSON (fuzz review: 1e300 overflowed).
TEST(ChatgptParse, TimestampsOutsideDatetimeRangeAreNotTimes) {
  const Conversation c = ParseConversation(
      R"({"id":"a","create_time":-1e300,"update_time":1e300,)"
      R"("mapping":{"r":{"parent":null,"message":{"create_time":"253402300800","update_time":253402300799.5}}},)"
      R"("current_node":"r"})");
  EXPECT_FALSE(c.create_time.has_value());
  EXPECT_FALSE(c.update_time.has_value());
  EXPECT_EQ(c.extra_json, R"({"create_time":-1e+300,"update_time":1e+300})");  // same numbers
  EXPECT_FALSE(Node(c, "r").create_time.has_value());
  EXPECT_DOUBLE_EQ(*Node(c, "r").update_time, 253402300799.5);
  EXPECT_NE(Node(c, "r").raw_json.find("253402300800"), std::string::npos);
}

TEST(ChatgptParse, AsyncStatusIntOrStringStaysInExtraJson) {
  EXPECT_EQ(ParseConversation(R"({"id":"a","async_status":4})").extra_json,
            R"({"async_status":4})");
  EXPECT_EQ(ParseConversation(R"({"id":"a","async_status":"4"})").extra_json,
            R"({"async_status":"4"})");
}

TEST(ChatgptParse, ProjectAndGptFields) {
  const Conversation c = ParseConversation(
      R"({"id":"a","gizmo_id":"g-p-123","gizmo_type":"snorlax","conversation_template_id":)"
      R"("g-p-123","is_starred":true,"memory_scope":"project_enabled"})");
  EXPECT_EQ(c.gizmo_id, "g-p-123");
  EXPECT_EQ(c.gizmo_type, "snorlax");
  EXPECT_EQ(c.conversation_template_id, "g-p-123");
  EXPECT_EQ(c.is_starred, std::optional<bool>(true));
  EXPECT_EQ(c.memory_scope, "project_enabled");
  EXPECT_EQ(c.extra_json, "{}");
}

TEST(ChatgptParse, HiddenRules) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {Msg("user", Text("hi")), false},
      {Msg("assistant", Text("hi"), R"("recipient":"all")"), false},
      {Msg("assistant", Text("hi"), R"("weight":1.0)"), false},
      {Msg("system", Text("you are")), true},
      {Msg("tool", Text("result")), true},
      {Msg("assistant", Text("print(1)"), R"("recipient":"python")"), true},
      {Msg("user", Text("x"), R"("weight":0)"), true},
      {Msg("user", Text("x"), R"("weight":0.0)"), true},
      {Msg("user", Text("x"), R"("metadata":{"is_visually_hidden_from_conversation":true})"), true},
      {Msg("user", Text("x"), R"("metadata":{"is_visually_hidden_from_conversation":false})"),
       false},
      {Msg("assistant", R"({"content_type":"thoughts","thoughts":[]})"), true},
      {Msg("assistant", R"({"content_type":"reasoning_recap","content":"Thought"})"), true},
      {Msg("user", R"({"content_type":"user_editable_context"})"), true},
      {Msg("assistant", R"({"content_type":"model_editable_context"})"), true},
      {"null", true},
  };
  for (const auto& [message, hidden] : cases) {
    SCOPED_TRACE(message);
    const Conversation c = ParseConversation(Conv({{"n", "null", {}, message}}, "n"));
    ASSERT_EQ(c.messages.size(), 1u);
    EXPECT_EQ(c.messages[0].hidden, hidden);
  }
}

TEST(ChatgptParse, ModelSlugRules) {
  const std::string more = R"("default_model_slug":"gpt-5")";
  auto slug = [&](const std::string& message) {
    return ParseConversation(Conv({{"n", "null", {}, message}}, "n", more)).messages[0].model_slug;
  };
  EXPECT_EQ(slug(Msg("assistant", Text("x"))), "gpt-5");
  EXPECT_EQ(slug(Msg("assistant", Text("x"), R"("metadata":{"model_slug":"o3"})")), "o3");
  EXPECT_EQ(slug(Msg("assistant", Text("x"), R"("metadata":{"model_slug":null})")), "gpt-5");
  EXPECT_EQ(slug(Msg("tool", Text("x"), R"("metadata":{"model_slug":"o3"})")), "o3");
  EXPECT_EQ(slug(Msg("tool", Text("x"))), "");
  EXPECT_EQ(slug(Msg("user", Text("x"), R"("metadata":{"model_slug":"o3"})")), "");
  EXPECT_EQ(slug(Msg("system", Text("x"))), "");
}

TEST(ChatgptParse, MessageFieldsAndRawJson) {
  const std::string message =
      Msg("assistant", Text("Hi \ue200cite\ue202turn0search3\ue201there"),
          R"("status":"finished_successfully","recipient":"all","channel":"final",)"
          R"("create_time":1.5,"metadata":{"attachments":[{"id":"file-1","name":"a.pdf",)"
          R"("mime_type":"application/pdf","size":1234}]})");
  const Conversation c = ParseConversation(Conv({{"n", "null", {}, message}}, "n"));
  const Message& m = c.messages[0];
  EXPECT_TRUE(m.has_message);
  EXPECT_EQ(m.message_id, "m");
  EXPECT_EQ(m.role, "assistant");
  EXPECT_EQ(m.status, "finished_successfully");
  EXPECT_EQ(m.channel, "final");
  EXPECT_EQ(m.text, "Hi there");
  ASSERT_EQ(m.attachments.size(), 1u);
  EXPECT_EQ(m.attachments[0].kind, "attachment");
  EXPECT_EQ(m.attachments[0].id, "file-1");
  EXPECT_EQ(m.attachments[0].name, "a.pdf");
  EXPECT_EQ(m.attachments[0].mime_type, "application/pdf");
  EXPECT_EQ(m.attachments[0].size_bytes, std::optional<int64_t>(1234));
  EXPECT_EQ(m.raw_json, message);  // already minified: re-serialized identically
}

TEST(ChatgptParse, InvalidUtf8AndLoneSurrogatesAreRepaired) {
  const std::string bad_bytes =
      Conv({{"n", "null", {}, Msg("user", Text("caf\xC3 ok \xFF"))}}, "n");
  Conversation c = ParseConversation(bad_bytes);
  EXPECT_EQ(c.messages[0].text, "caf\xEF\xBF\xBD ok \xEF\xBF\xBD");
  EXPECT_TRUE(HasWarning(c, "2 invalid UTF-8"));
  // The hash is of the repaired record: a good copy of it differs, so it
  // replaces this one even with the same update_time.
  EXPECT_EQ(c.content_hash,
            ParseConversation(Conv({{"n", "null", {}, Msg("user", Text("caf\xEF\xBF\xBD ok \xEF\xBF\xBD"))}}, "n"))
                .content_hash);
  EXPECT_NE(c.content_hash,
            ParseConversation(Conv({{"n", "null", {}, Msg("user", Text("caf\xC3\xA9 ok !"))}}, "n"))
                .content_hash);

  c = ParseConversation(
      Conv({{"n", "null", {}, Msg("user", Text(R"(a\ud83d b \udc00 \ud83d\ude00)"))}}, "n"));
  EXPECT_EQ(c.messages[0].text, "a\xEF\xBF\xBD b \xEF\xBF\xBD \xF0\x9F\x98\x80");
  EXPECT_TRUE(IsValidUtf8(c.messages[0].raw_json));

  c = ParseConversation("{\"id\":\"a\",\"title\":\"tab\there\"}");
  EXPECT_EQ(c.title, "tab\there");
}

TEST(ChatgptParse, UnknownContentTypesAreListedOnceAndKeepTheirText) {
  const std::string w1 = Msg("assistant", R"({"content_type":"super_widget","text":"w1"})");
  const std::string w2 = Msg("assistant", R"({"content_type":"super_widget","parts":["w2"]})");
  const Conversation c = ParseConversation(
      Conv({{"r", "null", {"a", "b"}, w1}, {"a", Q("r"), {}, w2}, {"b", Q("r"), {}, w2}}, "a"));
  EXPECT_EQ(c.unknown_content_types, (std::vector<std::string>{"super_widget"}));
  EXPECT_EQ(Node(c, "r").text, "w1");
  EXPECT_EQ(Node(c, "a").text, "w2");
  EXPECT_NE(Node(c, "a").raw_json.find("super_widget"), std::string::npos);
}

TEST(ChatgptParse, GuessConversationIdForRejectedRecords) {
  EXPECT_EQ(GuessConversationId(R"({"mapping":{"n":{"id":"inner"}},"conversation_id":"c-1",})"),
            "c-1");
  EXPECT_EQ(GuessConversationId(R"({"mapping":{"n":{"id":"inner"}},"id":"top"  ,)"), "top");
  EXPECT_EQ(GuessConversationId(R"({"id" : "x","conversation_id":"y")"), "y");
  EXPECT_EQ(GuessConversationId(R"({"title":"no id"})"), "");
  EXPECT_EQ(GuessConversationId(R"({"id":"trunc)"), "");
  EXPECT_EQ(GuessConversationId("{\"id\":\"bad\xFF\"}"), "bad\xEF\xBF\xBD");
  EXPECT_EQ(GuessConversationId("[1,2]"), "");
}

}  // namespace
}  // namespace chatbeto::chatgpt