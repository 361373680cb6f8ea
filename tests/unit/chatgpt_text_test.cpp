// Text extraction per content type, citation markers and UTF-8 clean-up.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "chatgpt/content_text.h"
#include "chatgpt/text_clean.h"

namespace chatbeto::chatgpt {
namespace {

TEST(ChatgptText, StripCitationMarkers) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"", ""},
      {"See \ue200cite\ue202turn0search3\ue201.", "See ."},
      {"a\ue200cite\ue202turn0search3\ue202turn0news1\ue201b\ue200cite\ue202x\ue201c", "abc"},
      {"\ue200entity\ue202[\"city\",\"Paris\"]\ue201 is big", " is big"},
      {"stray \ue202 and \ue206 and \ue201", "stray  and  and "},
      {"unclosed \ue200cite then text", "unclosed cite then text"},
      {"two starts \ue200a\ue200b\ue201 end", "two starts a end"},
      {"\ue207 and \ue1ff stay", "\ue207 and \ue1ff stay"},  // outside U+E200..U+E206
      {"caf\u00e9 \u20ac \U0001F600", "caf\u00e9 \u20ac \U0001F600"},
      {"\xEE\x88", "\xEE\x88"},  // truncated lead at the end: left alone
      {"\ue200" + std::string(5000, 'x') + "\ue201",
       std::string(5000, 'x')},  // too long for a marker
  };
  for (const auto& [in, want] : cases) {
    std::string s = in;
    StripCitationMarkers(&s);
    EXPECT_EQ(s, want) << in.substr(0, 60);
  }
}

TEST(ChatgptText, Utf8ValidationAndReplacement) {
  const std::string r = "\xEF\xBF\xBD";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"ascii", "ascii"},
      {"\u00e9\u4e2d\U0001F600", "\u00e9\u4e2d\U0001F600"},
      {"a\xC3", "a" + r},                   // truncated 2-byte
      {"\xC0\xAF", r + r},                  // overlong: each byte invalid
      {"\xE0\x80\x80", r + r + r},          // overlong 3-byte
      {"\xED\xA0\x80", r + r + r},          // UTF-16 surrogate
      {"\xF4\x90\x80\x80", r + r + r + r},  // above U+10FFFF
      {"\xE2\x82x", r + "x"},               // maximal subpart: one U+FFFD
      {"\xF0\x9F\x98", r},                  // truncated 4-byte
      {"x\xFFy\xFE", "x" + r + "y" + r},
      {"\x80", r},
  };
  for (const auto& [in, want] : cases) {
    std::string out;
    AppendValidUtf8(in, &out);
    EXPECT_EQ(out, want) << in;
    EXPECT_EQ(IsValidUtf8(in), in == want) << in;
    EXPECT_TRUE(IsValidUtf8(out));
  }
}

TEST(ChatgptText, RepairJsonText) {
  const std::vector<std::tuple<std::string, std::string, size_t>> cases = {
      {R"({"a":"ok"})", R"({"a":"ok"})", 0},
      {R"({"a":"\ud83d\ude00"})", R"({"a":"\ud83d\ude00"})", 0},
      {R"({"a":"\ud83d"})", R"({"a":"\ufffd"})", 1},
      {R"({"a":"\ud83dx"})", R"({"a":"\ufffdx"})", 1},
      {R"({"a":"\ude00\ud83d\u0041"})", R"({"a":"\ufffd\ufffd\u0041"})", 2},
      {R"({"a":"\\ud83d"})", R"({"a":"\\ud83d"})", 0},  // an escaped backslash, not an escape
      {"{\"a\":\"x\xFFy\"}", "{\"a\":\"x\xEF\xBF\xBDy\"}", 1},
      {"{\"a\":\"t\tn\n\"}", "{\"a\":\"t\\u0009n\\u000a\"}", 2},
      {"{\"a\":\"\\\"\t\"}", "{\"a\":\"\\\"\\u0009\"}", 1},
  };
  for (const auto& [in, want, fixes] : cases) {
    std::string out;
    EXPECT_EQ(RepairJsonText(in, &out), fixes) << in;
    EXPECT_EQ(out, want) << in;
  }
}

struct ContentCase {
  const char* name;
  std::string content;
  std::string text;
  std::vector<std::string> attachment_kinds = {};
  std::vector<std::string> unknown = {};
};

TEST(ChatgptText, ExtractsEachContentType) {
  const std::vector<ContentCase> cases = {
      {"text", R"({"content_type":"text","parts":["a","","b"]})", "a\nb"},
      {"text empty", R"({"content_type":"text","parts":[""]})", ""},
      {"text with citation",
       R"({"content_type":"text","parts":["x \ue200cite\ue202turn0search3\ue201y"]})", "x y"},
      {"multimodal",
       R"({"content_type":"multimodal_text","parts":[{"content_type":"image_asset_pointer",)"
       R"("asset_pointer":"file-service://file-abc","size_bytes":12,"width":10,"height":10},)"
       R"("what is this?",{"content_type":"audio_transcription","text":"hello","direction":"in"},)"
       R"({"content_type":"audio_asset_pointer","asset_pointer":"sediment://file_9","format":"wav"}]})",
       "[image]\nwhat is this?\n[audio transcription: hello]\n[audio]",
       {"image_asset_pointer", "audio_asset_pointer"}},
      {"dalle prompt",
       R"({"content_type":"multimodal_text","parts":[{"content_type":"image_asset_pointer",)"
       R"("asset_pointer":"sediment://f","metadata":{"dalle":{"prompt":"a red fox"}}}]})",
       "[image: a red fox]",
       {"image_asset_pointer"}},
      {"real-time audio/video",
       R"({"content_type":"multimodal_text","parts":[{"content_type":)"
       R"("real_time_user_audio_video_asset_pointer","audio_asset_pointer":{"content_type":)"
       R"("audio_asset_pointer","asset_pointer":"sediment://a"},"frames_asset_pointers":[{)"
       R"("content_type":"image_asset_pointer","asset_pointer":"sediment://f1"}]}]})",
       "[audio/video]",
       {"audio_asset_pointer", "image_asset_pointer"}},
      {"unknown part",
       R"({"content_type":"multimodal_text","parts":[{"content_type":"hologram","text":"hi"}]})",
       "[hologram: hi]",
       {},
       {"hologram"}},
      {"code", R"j({"content_type":"code","language":"python","text":"print(1)"})j", "print(1)"},
      {"execution_output", R"({"content_type":"execution_output","text":"1"})", "1"},
      {"thoughts",
       R"({"content_type":"thoughts","thoughts":[{"summary":"Plan","content":"Do A"},)"
       R"({"summary":"Check","content":""}]})",
       "Plan\nDo A\nCheck"},
      {"reasoning_recap", R"({"content_type":"reasoning_recap","content":"Thought for 5s"})",
       "Thought for 5s"},
      {"tether_quote",
       R"({"content_type":"tether_quote","url":"https://x.org","domain":"x.org","title":"X","text":"quote"})",
       "X\nhttps://x.org\nquote"},
      {"tether_browsing_display",
       R"({"content_type":"tether_browsing_display","result":"# results","summary":null})",
       "# results"},
      {"user_editable_context",
       R"({"content_type":"user_editable_context","user_profile":"P","user_instructions":"I"})",
       "P\nI"},
      {"model_editable_context",
       R"({"content_type":"model_editable_context","model_set_context":"1. likes tea"})",
       "1. likes tea"},
      {"system_error", R"({"content_type":"system_error","name":"tool_error","text":"boom"})",
       "tool_error: boom"},
      {"sonic_webpage",
       R"({"content_type":"sonic_webpage","url":"u","title":"T","text":"","snippet":"S"})",
       "T\nu\nS"},
      {"computer_output",
       R"({"content_type":"computer_output","computer_id":"1","screenshot":{"content_type":)"
       R"("image_asset_pointer","asset_pointer":"sediment://s"},"state":{"title":"Page","url":"https://p"}})",
       "Page\nhttps://p\n[screenshot]",
       {"image_asset_pointer"}},
      {"tether_browsing_code", R"({"content_type":"tether_browsing_code","text":"x"})", "x"},
      {"unknown with parts",
       R"({"content_type":"app_pairing_content","parts":["p"]})",
       "p",
       {},
       {"app_pairing_content"}},
      {"unknown without text",
       R"({"content_type":"super_widget","widget":{}})",
       "",
       {},
       {"super_widget"}},
      {"known type, text moved", R"({"content_type":"code","parts":["moved"]})", "moved"},
  };
  simdjson::dom::parser parser;
  for (const ContentCase& c : cases) {
    SCOPED_TRACE(c.name);
    simdjson::dom::object content;
    ASSERT_EQ(parser.parse(c.content).get(content), simdjson::SUCCESS);
    std::string_view type;
    ASSERT_EQ(content["content_type"].get(type), simdjson::SUCCESS);
    Message m;
    m.text = "stale";
    std::vector<std::string> unknown;
    ExtractContentText(content, type, &m, &unknown);
    EXPECT_EQ(m.text, c.text);
    std::vector<std::string> kinds;
    for (const Attachment& a : m.attachments) kinds.push_back(a.kind);
    EXPECT_EQ(kinds, c.attachment_kinds);
    EXPECT_EQ(unknown, c.unknown);
  }
}

TEST(ChatgptText, AssetPointerAttachmentFields) {
  simdjson::dom::parser parser;
  simdjson::dom::object content;
  ASSERT_EQ(
      parser
          .parse(std::string(
              R"({"content_type":"multimodal_text","parts":[{"content_type":"image_asset_pointer",)"
              R"("asset_pointer":"file-service://file-abc","size_bytes":3000,"width":512},)"
              R"({"content_type":"audio_asset_pointer","asset_pointer":"sediment://file_1",)"
              R"("size_bytes":1.5e3,"format":"wav"}]})"))
          .get(content),
      simdjson::SUCCESS);
  Message m;
  std::vector<std::string> unknown;
  ExtractContentText(content, "multimodal_text", &m, &unknown);
  ASSERT_EQ(m.attachments.size(), 2u);
  EXPECT_EQ(m.attachments[0].pointer, "file-service://file-abc");
  EXPECT_EQ(m.attachments[0].id, "file-abc");
  EXPECT_EQ(m.attachments[0].size_bytes, std::optional<int64_t>(3000));
  EXPECT_TRUE(m.attachments[0].mime_type.empty());
  EXPECT_EQ(m.attachments[1].id, "file_1");
  EXPECT_EQ(m.attachments[1].mime_type, "audio/wav");
  EXPECT_EQ(m.attachments[1].size_bytes, std::optional<int64_t>(1500));
}

}  // namespace
}  // namespace chatbeto::chatgpt
