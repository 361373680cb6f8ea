// End-to-end: Cloud API and Twilio webhook logs and the export zip through
// `whatsapp import` into a real MariaDB.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <utime.h>
#include <zip.h>

#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

std::string Msg(const std::string& id, int64_t ts, const std::string& type,
                const std::string& content, const std::string& from = "34600000000") {
  return R"({"from":")" + from + R"(","id":")" + id + R"(","timestamp":")" + std::to_string(ts) +
         R"(","type":")" + type + R"(",")" + type + "\":" + content + "}";
}

std::string Payload(const std::string& messages, const std::string& contact = "34600000000") {
  return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"9"},"contacts":[{"profile":{"name":"Ana"},"wa_id":")" +
         contact + R"("}],"messages":[)" + messages + "]}}]}]}";
}

class WhatsappWebhooks : public DbTest {
 protected:
  json J(const RunResult& r) {
    EXPECT_FALSE(r.out.empty()) << r.err;
    return json::parse(r.out);
  }
  std::string Str(const std::string& sql) { return Conn().QueryString(sql).value_or("NULL"); }
};

TEST_F(WhatsappWebhooks, CloudEditRevokeAndReactionRemovalChangeTheOriginal) {
  const int64_t t = 1750000000;
  std::string log =
      Payload(Msg("wamid.A", t, "text", R"({"body":"Reunión el viernes a las 10"})")) + "\n" +
      Payload(Msg("wamid.B", t + 5, "text", R"({"body":"Y trae el informe"})")) + "\n" +
      Payload(Msg("wamid.R1", t + 10, "reaction", R"({"message_id":"wamid.A","emoji":"👍"})")) +
      "\n" +
      Payload(Msg("wamid.E1", t + 20, "edit",
                  R"({"original_message_id":"wamid.A","message":{"type":"text","text":{"body":"Reunión el viernes a las 11"}}})")) +
      "\n" + Payload(Msg("wamid.V1", t + 30, "revoke", R"({"original_message_id":"wamid.B"})")) +
      "\n" +
      Payload(Msg("wamid.R2", t + 40, "reaction", R"({"message_id":"wamid.A"})")) + "\n" +
      "{\"entry\": [\n" +  // a truncated payload: rejected with its line, the rest goes in
      R"({"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"15550001111"},"message_echoes":[{"from":"15550001111","to":"34600000000","id":"wamid.OUT","timestamp":"1750000050","type":"text","text":{"body":"Perfecto"}}],"statuses":[{"id":"wamid.OUT","status":"delivered","timestamp":"1750000051","recipient_id":"34600000000"}]}}]}]})" "\n";
  std::string p = tmp_dir_ + "/cloud.jsonl";
  WriteFile(p, log);
  auto r = Run({"whatsapp", "import", p, "--json"});
  ASSERT_EQ(r.exit_code, 4) << r.err;
  auto doc = J(r);
  EXPECT_EQ(doc["files"][0]["kind"], "cloud");
  EXPECT_EQ(doc["new"], 7);
  ASSERT_EQ(doc["rejections"].size(), 1u);
  EXPECT_EQ(doc["rejections"][0]["line"], 7);
  EXPECT_EQ(doc["statuses_matched"], 1);

  EXPECT_EQ(Str("SELECT body FROM whatsapp_messages WHERE message_sid = 'wamid.A'"),
            "Reunión el viernes a las 11");
  EXPECT_EQ(Count("SELECT is_edited FROM whatsapp_messages WHERE message_sid = 'wamid.A'"), 1);
  EXPECT_EQ(Count("SELECT is_deleted FROM whatsapp_messages WHERE message_sid = 'wamid.B'"), 1);
  EXPECT_EQ(Count("SELECT is_deleted FROM whatsapp_messages WHERE message_sid = 'wamid.R1'"), 1);
  EXPECT_EQ(Count("SELECT processed FROM whatsapp_messages WHERE message_sid = 'wamid.E1'"), 1);
  EXPECT_EQ(Str("SELECT direction FROM whatsapp_messages WHERE message_sid = 'wamid.OUT'"),
            "outbound");
  EXPECT_EQ(Str("SELECT status FROM whatsapp_messages WHERE message_sid = 'wamid.OUT'"),
            "delivered");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations"), 1);
  EXPECT_EQ(Str("SELECT chat_key FROM whatsapp_conversations"), "cloud:34600000000");
  EXPECT_EQ(Str("SELECT name FROM whatsapp_conversations"), "Ana");

  // The same log again (webhooks are delivered more than once): nothing changes.
  auto again = Run({"whatsapp", "import", p, "--json"});
  EXPECT_EQ(J(again)["new"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 7);

  // An edit that arrives before its original (as a JSON array) is applied
  // when the original comes.
  std::string early = tmp_dir_ + "/early.json";
  WriteFile(early, "[\n" +
                       Payload(Msg("wamid.E2", t + 100, "edit",
                                   R"({"original_message_id":"wamid.C","message":{"type":"text","text":{"body":"nuevo"}}})")) +
                       ",\n" + Payload(Msg("wamid.C", t + 90, "text", R"({"body":"viejo"})")) +
                       "\n]\n");
  ASSERT_EQ(Run({"whatsapp", "import", early}).exit_code, 0);
  EXPECT_EQ(Str("SELECT body FROM whatsapp_messages WHERE message_sid = 'wamid.C'"), "nuevo");
}

TEST_F(WhatsappWebhooks, TwilioLogWithoutTimesUsesTheFileTimeAndSaysSo) {
  std::string p = tmp_dir_ + "/twilio.log";
  std::string fixture = ReadFile(TestDataDir() + "/fixtures/whatsapp/webhooks/twilio-whatsapp-inbound.form");
  while (!fixture.empty() && fixture.back() == '\n') fixture.pop_back();
  WriteFile(p, fixture + "\n" +
                   "MessageSid=SM2&SmsStatus=delivered&MessageStatus=delivered&From=whatsapp%3A%2B14155238886\n"
                   "{\"MessageSid\":\"SM3\",\"From\":\"whatsapp:+34600000000\",\"Body\":\"El viernes\","
                   "\"received_at\":\"2024-01-20T10:15:00Z\",\"ProfileName\":\"Ana Garcia\"}\n"
                   "Body=sin+sid\n");
  struct utimbuf times{1705000000, 1705000000};
  ASSERT_EQ(utime(p.c_str(), &times), 0);
  auto r = Run({"whatsapp", "import", p, "--json"});
  ASSERT_EQ(r.exit_code, 4) << r.err;  // the line without a MessageSid
  auto doc = J(r);
  EXPECT_EQ(doc["files"][0]["kind"], "twilio");
  EXPECT_EQ(doc["new"], 2);
  EXPECT_EQ(doc["files"][0]["skipped"], 1);
  EXPECT_EQ(doc["rejections"][0]["line"], 4);
  bool said = false;
  for (const auto& n : doc["files"][0]["notes"])
    said = said || n.get<std::string>().find("modification time") != std::string::npos;
  EXPECT_TRUE(said) << doc.dump();
  EXPECT_NE(r.err.find("1 message carries no time"), std::string::npos) << r.err;
  EXPECT_EQ(Str("SELECT received_at FROM whatsapp_messages WHERE message_sid = "
                "'SM00000000000000000000000000000000'"),
            "2024-01-11 19:06:40.000000");
  EXPECT_EQ(Str("SELECT received_at FROM whatsapp_messages WHERE message_sid = 'SM3'"),
            "2024-01-20 10:15:00.000000");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations"), 1);
  EXPECT_EQ(Count("SELECT message_count FROM whatsapp_conversations"), 2);
}

void AddToZip(zip_t* z, const std::string& name, const std::string& data) {
  auto* copy = static_cast<char*>(malloc(data.size()));
  memcpy(copy, data.data(), data.size());
  zip_source_t* src = zip_source_buffer(z, copy, data.size(), 1);
  ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
}

TEST_F(WhatsappWebhooks, IosZipMatchesAttachmentsToItsMedia) {
  std::string p = tmp_dir_ + "/WhatsApp Chat - Familia.zip";
  int err = 0;
  zip_t* z = zip_open(p.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  AddToZip(z, "_chat.txt",
           "[20/01/24, 10:15:02] Familia: \u200eMessages and calls are end-to-end encrypted.\n"
           "[20/01/24, 10:15:30] Ana: \u200e<attached: 00000001-PHOTO-2024-01-20-10-15-30.jpg>\n"
           "[20/01/24, 10:16:00] Bob: \u200e<attached: 00000002-AUDIO-2024-01-20-10-16-00.opus>\n"
           "[20/01/24, 10:17:00] Bob: ¿Cena el sábado a las 21?\n");
  AddToZip(z, "00000001-PHOTO-2024-01-20-10-15-30.jpg", "\xFF\xD8\xFF");
  ASSERT_EQ(zip_close(z), 0);
  auto r = Run({"whatsapp", "import", p, "--tz", "UTC", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = J(r);
  EXPECT_EQ(doc["files"][0]["kind"], "zip");
  EXPECT_EQ(doc["files"][0]["chat"], "Familia");
  EXPECT_EQ(doc["new"], 4);
  EXPECT_EQ(doc["files"][0]["notes"][0], "1 of 2 attachments matched to files in the zip (1 media files)");
  EXPECT_EQ(Str("SELECT media_ref FROM whatsapp_messages WHERE media_kind = 'image'"),
            "00000001-PHOTO-2024-01-20-10-15-30.jpg");
  EXPECT_EQ(Str("SELECT media_ref FROM whatsapp_messages WHERE media_kind = 'voice'"), "NULL");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE is_system = 1"), 1);
  // A zip without a chat text is refused before anything is written.
  std::string bad = tmp_dir_ + "/photos.zip";
  z = zip_open(bad.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  AddToZip(z, "a.jpg", "x");
  ASSERT_EQ(zip_close(z), 0);
  std::string text = tmp_dir_ + "/WhatsApp Chat with Zoe.txt";
  WriteFile(text, "01/02/24, 10:00 - Zoe: hi\n");
  auto refused = Run({"whatsapp", "import", text, bad});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("no .txt"), std::string::npos) << refused.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations WHERE name = 'Zoe'"), 0);
}

}  // namespace
}  // namespace chatbeto::testing
