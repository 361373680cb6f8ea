// Webhook logs: the record splitter, Cloud API payloads (every message type,
// echoes, statuses, edit / revoke / reaction) and Twilio lines.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "whatsapp/cloud_api.h"
#include "whatsapp/export_zip.h"
#include "whatsapp/records.h"
#include "whatsapp/twilio.h"

namespace chatbeto::whatsapp {
namespace {

std::string Fixture(const std::string& rel) {
  std::ifstream in(std::string(CHATBETO_TEST_DATA_DIR) + "/fixtures/whatsapp/" + rel,
                   std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Record> Split(std::string_view text, std::string* error = nullptr) {
  RecordSplitter s(text);
  std::vector<Record> out;
  Record r;
  while (s.Next(r)) out.push_back(r);
  if (error) *error = s.error() + (s.error().empty() ? "" : "@" + std::to_string(s.error_line()));
  return out;
}

TEST(WhatsappRecords, LinesDocumentsAndArrays) {
  auto lines = Split("a=1&b=2\n\n  c=3\r\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].line, 3);
  EXPECT_EQ(lines[1].text, "c=3");
  auto docs = Split("{\"a\": \"}\\\"{\",\n  \"b\": [1, {\"c\": 2}]\n}\n{\"d\": 1}\n");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].line, 4);
  EXPECT_EQ(docs[1].text, "{\"d\": 1}");
  auto arr = Split("[\n {\"a\": 1},\n {\"b\": [2]}\n]\n");
  ASSERT_EQ(arr.size(), 2u);
  EXPECT_EQ(arr[1].line, 3);
  // A truncated JSON line ends at the next document; it does not swallow it.
  auto cut = Split("{\"a\": [1, 2\n{\"b\": 1}\n");
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[1].text, "{\"b\": 1}");
  std::string error;
  Split("[{\"a\": 1},", &error);
  EXPECT_EQ(error, "the JSON array is not closed (no ']')@1");
  Split("[{\"a\": 1}]\nextra", &error);
  EXPECT_EQ(error, "text after the end of the JSON array@2");
}

TEST(WhatsappCloud, MetaReferenceExample) {
  auto p = ReadCloudPayload(Fixture("webhooks/meta-cloud-api-text-message.json"), "f:1");
  ASSERT_TRUE(p.error.empty()) << p.error;
  ASSERT_EQ(p.messages.size(), 1u);
  const auto& m = p.messages[0];
  EXPECT_EQ(m.sid, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
  EXPECT_EQ(m.chat_key, "cloud:16505551234");
  EXPECT_EQ(m.chat_name, "Sheena Nelson");
  EXPECT_EQ(m.sender_name, "Sheena Nelson");
  EXPECT_EQ(m.from_addr, "16505551234");
  EXPECT_EQ(m.to_addr, "15550783881");
  EXPECT_EQ(m.body, "Does it come in another color?");
  EXPECT_EQ(*m.received_at_us, 1749416383LL * 1000000);
  EXPECT_EQ(m.direction, Direction::kInbound);
  EXPECT_EQ(m.source, "f:1");
}

std::string Wrap(const std::string& messages, const std::string& extra = "") {
  return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"9"},"contacts":[{"profile":{"name":"Ana"},"wa_id":"34600000000"}],"messages":[)" +
         messages + "]" + extra + "}}]}]}";
}

TEST(WhatsappCloud, EveryType) {
  const std::string f = R"("from":"34600000000","timestamp":"1750000000")";
  auto p = ReadCloudPayload(
      Wrap(R"({"id":"w1",)" + f + R"(,"type":"image","image":{"id":"m1","mime_type":"image/jpeg","caption":"Mira"}},)"
           R"({"id":"w2",)" + f + R"(,"type":"audio","audio":{"id":"m2","mime_type":"audio/ogg","voice":true}},)"
           R"({"id":"w3",)" + f + R"(,"type":"document","document":{"id":"m3","filename":"a.pdf","mime_type":"application/pdf"}},)"
           R"({"id":"w4",)" + f + R"(,"type":"location","location":{"name":"Oficina","address":"Calle 1","latitude":40.4,"longitude":-3.7}},)"
           R"({"id":"w5",)" + f + R"(,"type":"contacts","contacts":[{"name":{"formatted_name":"Pedro"},"phones":[{"phone":"+34 611"}]}]},)"
           R"({"id":"w6",)" + f + R"(,"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"yes-1","title":"Sí"}}},)"
           R"({"id":"w7",)" + f + R"(,"type":"button","button":{"text":"Confirmar","payload":"ok"}},)"
           R"({"id":"w8",)" + f + R"(,"type":"reaction","reaction":{"message_id":"w1","emoji":"👍"}},)"
           R"({"id":"w9",)" + f + R"(,"type":"edit","edit":{"original_message_id":"w1","message":{"type":"image","image":{"caption":"Mira esto"}}}},)"
           R"({"id":"w10",)" + f + R"(,"type":"revoke","revoke":{"original_message_id":"w7"}},)"
           R"({"id":"w11",)" + f + R"(,"type":"unsupported","errors":[{"code":131051}]},)"
           R"({"id":"w12",)" + f + R"(,"type":"sticker","sticker":{"id":"m4","mime_type":"image/webp"}})",
           R"(,"statuses":[{"id":"out1","status":"read","timestamp":"1750000001","recipient_id":"34600000000"}])"),
      "f:1");
  ASSERT_TRUE(p.error.empty()) << p.error;
  ASSERT_EQ(p.messages.size(), 12u);
  auto& m = p.messages;
  EXPECT_EQ(m[0].message_type, "image");
  EXPECT_EQ(m[0].body, "Mira");
  EXPECT_EQ(m[0].media_ref, "m1");
  EXPECT_EQ(m[0].media_mime, "image/jpeg");
  EXPECT_EQ(m[1].media_kind, "voice");
  EXPECT_EQ(m[2].media_name, "a.pdf");
  EXPECT_EQ(m[3].body, "Oficina\nCalle 1\n40.4,-3.7");
  EXPECT_EQ(m[4].body, "Pedro +34 611");
  EXPECT_EQ(m[5].body, "Sí");
  EXPECT_EQ(m[5].media_ref, "yes-1");
  EXPECT_EQ(m[6].body, "Confirmar");
  EXPECT_EQ(m[7].ref_sid, "w1");
  EXPECT_EQ(m[7].body, "👍");
  EXPECT_EQ(m[8].message_type, "edit");
  EXPECT_EQ(m[8].ref_sid, "w1");
  EXPECT_EQ(m[8].body, "Mira esto");
  EXPECT_EQ(m[9].ref_sid, "w7");
  EXPECT_EQ(m[10].message_type, "unsupported");
  EXPECT_NE(m[10].raw.find("131051"), std::string::npos);
  EXPECT_EQ(m[11].media_kind, "sticker");
  ASSERT_EQ(p.statuses.size(), 1u);
  EXPECT_EQ(p.statuses[0].status, "read");
}

TEST(WhatsappCloud, EchoesUserIdAndRejections) {
  auto echo = ReadCloudPayload(
      R"({"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"15550001111"},"message_echoes":[{"from":"15550001111","to":"34600000000","id":"e1","timestamp":"1750000000","type":"text","text":{"body":"Hola"}}]}}]}]})",
      "f:2");
  ASSERT_EQ(echo.messages.size(), 1u);
  EXPECT_EQ(echo.messages[0].direction, Direction::kOutbound);
  EXPECT_EQ(echo.messages[0].chat_key, "cloud:34600000000");
  // No phone number: the business-scoped user id keys the conversation.
  auto bsuid = ReadCloudPayload(
      R"({"messages":[{"from_user_id":"US.123","id":"u1","timestamp":"1750000000","type":"text","text":{"body":"hi"}}],"contacts":[{"profile":{"name":"Zed"},"user_id":"US.123"}]})",
      "f:3");
  ASSERT_EQ(bsuid.messages.size(), 1u);
  EXPECT_EQ(bsuid.messages[0].chat_key, "cloud:US.123");
  EXPECT_EQ(bsuid.messages[0].sender_name, "Zed");

  // Payloads that must be rejected whole, and messages rejected alone.
  for (const char* bad : {"", "{", "[1,2]", "\"text\"", "{\"object\":\"page\"}", "nul"}) {
    auto r = ReadCloudPayload(bad, "f:9");
    EXPECT_FALSE(r.error.empty()) << bad;
    EXPECT_TRUE(r.messages.empty()) << bad;
  }
  auto typed = ReadCloudPayload(
      Wrap(R"({"id":"a","from":"1","timestamp":"1750000000","type":"audio","audio":{"voice":"yes"}})"), "f:4");
  EXPECT_FALSE(typed.error.empty());
  auto partial = ReadCloudPayload(
      Wrap(R"({"from":"1","timestamp":"1750000000","type":"text","text":{"body":"no id"}},)"
           R"({"id":"t","from":"1","timestamp":"yesterday","type":"text"},)"
           R"({"id":"ok","from":"1","timestamp":"1750000000","type":"text","text":{"body":"fine"}})"),
      "f:5");
  EXPECT_EQ(partial.problems.size(), 2u);
  ASSERT_EQ(partial.messages.size(), 1u);
  EXPECT_EQ(partial.messages[0].body, "fine");
}

TEST(WhatsappTwilio, FixtureFormLine) {
  std::string line = Fixture("webhooks/twilio-whatsapp-inbound.form");
  while (!line.empty() && line.back() == '\n') line.pop_back();
  auto r = ReadTwilioLine(line, 1700000000LL * 1000000, "t:1");
  ASSERT_EQ(r.kind, TwilioRecord::Kind::kMessage) << r.reason;
  const auto& m = r.message;
  EXPECT_EQ(m.sid, "SM00000000000000000000000000000000");
  EXPECT_EQ(m.from_addr, "+34600000000");
  EXPECT_EQ(m.to_addr, "+14155238886");
  EXPECT_EQ(m.sender_name, "Ana Garcia");
  EXPECT_EQ(m.body, "¿Quedamos el viernes a las 10?");
  EXPECT_EQ(m.chat_key, "twilio:+34600000000");
  EXPECT_TRUE(r.untimed);
  EXPECT_EQ(*m.received_at_us, 1700000000LL * 1000000);
  EXPECT_EQ(m.raw, line);
}

TEST(WhatsappTwilio, JsonTimesMediaStatusesAndRejections) {
  auto j = ReadTwilioLine(
      R"({"MessageSid":"MM1","From":"whatsapp:+34611","To":"whatsapp:+1415","Body":"","NumMedia":"1","MediaUrl0":"https://api.twilio.com/x","MediaContentType0":"image/jpeg","received_at":"2024-01-20T10:15:00+01:00","Extra":"kept"})",
      0, "t:2");
  ASSERT_EQ(j.kind, TwilioRecord::Kind::kMessage);
  EXPECT_FALSE(j.untimed);
  EXPECT_EQ(*j.message.received_at_us, 1705742100LL * 1000000);
  EXPECT_EQ(j.message.media_kind, "image");
  EXPECT_EQ(j.message.media_ref, "https://api.twilio.com/x");
  EXPECT_NE(j.message.raw.find("kept"), std::string::npos);
  auto unix_time = ReadTwilioLine("MessageSid=SM2&From=whatsapp%3A%2B1&received_at=1705742100.5", 0, "t");
  EXPECT_EQ(*unix_time.message.received_at_us, 1705742100500000LL);
  EXPECT_EQ(ReadTwilioLine("MessageSid=SM3&MessageStatus=delivered&From=whatsapp%3A%2B1", 0, "t").kind,
            TwilioRecord::Kind::kStatus);
  for (const char* bad : {"From=whatsapp%3A%2B1&Body=no+sid", "MessageSid=SM4&Body=no+from",
                          "MessageSid=SM5&From=%ZZ", "just text", "{\"MessageSid\": ", "[1]"}) {
    auto r = ReadTwilioLine(bad, 0, "t");
    EXPECT_EQ(r.kind, TwilioRecord::Kind::kRejected) << bad;
    EXPECT_FALSE(r.reason.empty()) << bad;
  }
  EXPECT_EQ(ParseTimestamp("2024-01-20 10:15:00Z"), 1705745700LL * 1000000);
  EXPECT_FALSE(ParseTimestamp("2024-13-20T10:15:00Z"));
  EXPECT_FALSE(ParseTimestamp("tomorrow"));
}

TEST(WhatsappZip, ChoosesTheChatAndListsMedia) {
  auto ios = ChooseZipEntries({"_chat.txt", "00000001-PHOTO-2024.jpg", "notes.txt"});
  EXPECT_EQ(ios.chat_entry, "_chat.txt");
  EXPECT_EQ(ios.media.size(), 2u);
  EXPECT_EQ(ios.media.at("00000001-PHOTO-2024.jpg"), "00000001-PHOTO-2024.jpg");
  auto android = ChooseZipEntries({"WhatsApp Chat with Ana.txt", "Media/IMG-1.jpg",
                                   "__MACOSX/._x"});
  EXPECT_EQ(android.chat_entry, "WhatsApp Chat with Ana.txt");
  EXPECT_EQ(android.media.at("IMG-1.jpg"), "Media/IMG-1.jpg");
  EXPECT_FALSE(ChooseZipEntries({"a.jpg"}).error.empty());
  EXPECT_FALSE(ChooseZipEntries({"a.txt", "b.txt"}).error.empty());
}

}  // namespace
}  // namespace chatbeto::whatsapp
