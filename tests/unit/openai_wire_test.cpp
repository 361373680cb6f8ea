#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "openai/client.h"
#include "openai/wire.h"
#include "util/error.h"

namespace chatbeto::openai {
namespace {

using nlohmann::json;

TEST(OpenaiWire, AppendBodyUsesPlainStringContentForEveryRole) {
  auto body = json::parse(AppendItemsBody({{"user", "hola"}, {"assistant", "¿qué tal?"}}));
  ASSERT_EQ(body["items"].size(), 2u);
  EXPECT_EQ(body["items"][1], json({{"type", "message"}, {"role", "assistant"}, {"content", "¿qué tal?"}}));
}

TEST(OpenaiWire, AppendBodyRefusesMoreThanTwentyOrNone) {
  std::vector<MessageItem> items(21, {"user", "x"});
  EXPECT_THROW(AppendItemsBody(items), Error);
  EXPECT_THROW(AppendItemsBody({}), Error);
  items.resize(20);
  EXPECT_NO_THROW(AppendItemsBody(items));
}

TEST(OpenaiWire, CreateBodyCarriesOnlyMetadataAndChecksLimits) {
  auto body = json::parse(CreateConversationBody({{"k", "v"}}));
  EXPECT_EQ(body, json({{"metadata", {{"k", "v"}}}}));
  EXPECT_THROW(CreateConversationBody({{std::string(65, 'k'), "v"}}), Error);
  EXPECT_THROW(CreateConversationBody({{"k", std::string(513, 'v')}}), Error);
  Metadata many;
  for (int i = 0; i < 17; ++i) many.emplace_back("k" + std::to_string(i), "v");
  EXPECT_THROW(CreateConversationBody(many), Error);
  // 512 characters of 2-byte UTF-8 are fine: the limit counts characters.
  std::string ene;
  for (int i = 0; i < 512; ++i) ene += "ñ";
  EXPECT_NO_THROW(CreateConversationBody({{"k", ene}}));
}

TEST(OpenaiWire, ListPathIsAscendingWithCursorAndLimitCapped) {
  EXPECT_EQ(ListItemsPath("conv_1", ""), "/conversations/conv_1/items?order=asc&limit=100");
  EXPECT_EQ(ListItemsPath("conv_1", "msg_9", 500), "/conversations/conv_1/items?order=asc&limit=100&after=msg_9");
}

TEST(OpenaiWire, ResponseBodyContinuesTheConversationAndMergesExtras) {
  auto b = json::parse(ResponseBody("gpt-4.1", "conv_1", "¿y?",
                                    R"({"text":{"format":{"type":"json_schema","name":"x","schema":{}}}})"));
  EXPECT_EQ(b["conversation"], "conv_1");
  EXPECT_EQ(b["input"], "¿y?");
  EXPECT_EQ(b["text"]["format"]["type"], "json_schema");
}

TEST(OpenaiWire, ParsesItemListWithStringAndPartContent) {
  auto page = ParseItemList(R"({"object":"list","data":[
    {"id":"msg_1","type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]},
    {"id":"rs_1","type":"reasoning","summary":[]},
    {"id":"msg_2","type":"message","role":"assistant","content":"plain"}],
    "has_more":true,"first_id":"msg_1","last_id":"msg_2"})");
  ASSERT_EQ(page.data.size(), 3u);
  EXPECT_EQ(page.data[0].text, "hi");
  EXPECT_EQ(page.data[1].type, "reasoning");
  EXPECT_EQ(page.data[2].text, "plain");
  EXPECT_TRUE(page.has_more);
  EXPECT_EQ(page.last_id, "msg_2");
}

TEST(OpenaiWire, ParsesResponseOutputText) {
  auto r = ParseResponse(R"({"id":"resp_1","object":"response","status":"completed","output":[
    {"id":"rs_1","type":"reasoning","summary":[]},
    {"id":"msg_1","type":"message","role":"assistant","content":[{"type":"output_text","text":"42"}]}]})");
  EXPECT_EQ(r.id, "resp_1");
  EXPECT_EQ(r.output_text, "42");
  EXPECT_EQ(r.output.size(), 2u);
}

// Untrusted input that must be rejected with a clear error.
TEST(OpenaiWire, RejectsMalformedAnswers) {
  struct Case {
    const char* body;
    const char* says;
  } cases[] = {
      {"", "not JSON"},
      {"{\"id\":", "not JSON"},
      {"[1,2]", "not a JSON object"},
      {"{\"object\":\"conversation\"}", "no \"id\""},
      {"{\"id\":5}", "no \"id\""},
  };
  for (const auto& c : cases) {
    try {
      ParseConversationId(c.body);
      ADD_FAILURE() << "accepted: " << c.body;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << e.what();
    }
  }
  const char* lists[] = {"{}", R"({"data":{}})", R"({"data":[1]})", R"({"data":[{"id":"x"}]})",
                         R"({"data":[],"has_more":true})"};
  for (const char* l : lists) EXPECT_THROW(ParseItemList(l), Error) << l;
  EXPECT_THROW(ParseResponse(R"({"id":"r"})"), Error);
}

TEST(OpenaiWire, SafeIds) {
  EXPECT_TRUE(IsSafeId("conv_68a1b2-c3"));
  EXPECT_FALSE(IsSafeId(""));
  EXPECT_FALSE(IsSafeId("conv/../x"));
  EXPECT_FALSE(IsSafeId("a?b"));
  EXPECT_FALSE(IsSafeId(std::string(101, 'a')));
}

TEST(OpenaiWire, Utf8CutCountsCharacters) {
  EXPECT_EQ(Utf8CutChars("añb", 2), "añ");
  EXPECT_EQ(Utf8Length("añb"), 3u);
  EXPECT_EQ(Utf8CutChars("abc", 5), "abc");
}

}  // namespace
}  // namespace chatbeto::openai
