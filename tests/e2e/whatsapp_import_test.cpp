// End-to-end: `whatsapp import` of export texts into a real MariaDB, re-import
// and overlapping exports adding nothing, rejected lines, standard input, and
// `whatsapp conversations` / `whatsapp messages`.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

const std::string kAndroid =
    "20/01/24, 10:15 - Messages and calls are end-to-end encrypted. No one outside of this chat, "
    "not even WhatsApp, can read or listen to them.\n"
    "20/01/24, 10:15 - Ana García: Quiero agendar una reunión\n"
    "20/01/24, 10:16 - Pedro: ¿Cuándo?\n"
    "20/01/24, 10:17 - Ana García: El viernes a las 10\n"
    "Revisión del proyecto\n"
    "21/01/24, 09:00 - Pedro: IMG-20240121-WA0001.jpg (archivo adjunto)\n"
    "21/01/24, 09:01 - Pedro: Vale <Se editó este mensaje.>\n";

const std::string kIos =
    "[20/01/24, 10:15:02] Ana: \u200eMessages and calls are end-to-end encrypted.\n"
    "[20/01/24, 10:15:30] Ana: Hello\n"
    "[20/01/24, 10:16:00] Bob: \u200eimage omitted\n"
    "[20/01/24, 10:16:30] Bob: \u200eThis message was deleted.\n";

class WhatsappImport : public DbTest {
 protected:
  json J(const RunResult& r) {
    EXPECT_FALSE(r.out.empty()) << r.err;
    return json::parse(r.out);
  }
  std::string Write(const std::string& name, const std::string& text) {
    std::string p = tmp_dir_ + "/" + name;
    WriteFile(p, text);
    return p;
  }
};

TEST_F(WhatsappImport, AndroidExportThenReimportAddsNothing) {
  std::string p = Write("WhatsApp Chat with Ana García.txt", kAndroid);
  auto r = Run({"whatsapp", "import", p, "--tz", "Europe/Madrid", "--me", "Pedro", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = J(r);
  EXPECT_EQ(doc["messages"], 6);
  EXPECT_EQ(doc["new"], 6);
  EXPECT_EQ(doc["files"][0]["chat"], "Ana García");
  EXPECT_EQ(doc["files"][0]["date_order"], "dmy");
  EXPECT_EQ(doc["files"][0]["time_zone"], "Europe/Madrid");

  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations"), 1);
  auto c = Conn().Query(
      "SELECT chat_key, platform, name, participants, time_zone, message_count, "
      "first_message_at, last_message_at, event_count FROM whatsapp_conversations");
  ASSERT_TRUE(c->next());
  EXPECT_EQ(c->getString(1), "export:Ana García");
  EXPECT_EQ(c->getString(2), "export");
  EXPECT_EQ(c->getString(3), "Ana García");
  EXPECT_EQ(json::parse(std::string(c->getString(4))), json({"Ana García", "Pedro"}));
  EXPECT_EQ(c->getString(5), "Europe/Madrid");
  EXPECT_EQ(c->getInt(6), 6);
  EXPECT_EQ(c->getString(7), "2024-01-20 09:15:00.000000");  // 10:15 CET
  EXPECT_EQ(c->getString(8), "2024-01-21 08:01:00.000000");
  EXPECT_EQ(c->getInt(9), 0);

  auto m = Conn().Query(
      "SELECT direction, sender_name, body, message_type, media_name, media_kind, is_system, "
      "is_edited, processed, event_extracted, raw FROM whatsapp_messages ORDER BY received_at, id");
  std::vector<std::vector<std::string>> rows;
  while (m->next()) {
    std::vector<std::string> row;
    for (int i = 1; i <= 11; ++i) row.push_back(m->isNull(i) ? "NULL" : std::string(m->getString(i)));
    rows.push_back(row);
  }
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0][0], "system");
  EXPECT_EQ(rows[0][6], "1");
  EXPECT_EQ(rows[1][0], "inbound");
  EXPECT_EQ(rows[2][0], "outbound");  // --me Pedro
  EXPECT_EQ(rows[3][2], "El viernes a las 10\nRevisión del proyecto");
  EXPECT_EQ(rows[3][10], "20/01/24, 10:17 - Ana García: El viernes a las 10\nRevisión del proyecto");
  EXPECT_EQ(rows[4][3], "media");
  EXPECT_EQ(rows[4][4], "IMG-20240121-WA0001.jpg");
  EXPECT_EQ(rows[4][5], "image");
  EXPECT_EQ(rows[5][2], "Vale");
  EXPECT_EQ(rows[5][7], "1");
  EXPECT_EQ(rows[5][8], "0");
  EXPECT_EQ(rows[5][9], "0");

  // Again: nothing new, nothing changed.
  auto again = Run({"whatsapp", "import", p, "--tz", "Europe/Madrid", "--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(J(again)["new"], 0);
  EXPECT_EQ(J(again)["existing"], 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 6);
}

TEST_F(WhatsappImport, IosExportAndOverlappingExportsAddNoDuplicates) {
  std::string first = Write("WhatsApp Chat - Ana.txt", kIos);
  // A later export of the same chat: the last two messages again, plus one.
  std::string later_text = kIos.substr(kIos.find("[20/01/24, 10:16:00]")) +
                           "[21/01/24, 08:00:00] Ana: Good morning\n";
  std::string later = Write("WhatsApp Chat - Ana (1).txt", later_text);
  auto r = Run({"whatsapp", "import", first, "--tz", "UTC", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(J(r)["new"], 4);
  auto r2 = Run({"whatsapp", "import", later, "--tz", "UTC", "--json"});
  ASSERT_EQ(r2.exit_code, 0) << r2.err;
  auto d2 = J(r2);
  EXPECT_EQ(d2["files"][0]["chat"], "Ana");
  EXPECT_EQ(d2["new"], 1);
  EXPECT_EQ(d2["existing"], 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 5);
  EXPECT_EQ(Count("SELECT message_count FROM whatsapp_conversations"), 5);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE is_system = 1"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE is_deleted = 1"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE media_kind = 'image'"), 1);

  auto list = Run({"whatsapp", "conversations", "--json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto conv = J(list)["conversations"][0];
  EXPECT_EQ(conv["name"], "Ana");
  EXPECT_EQ(conv["messages"], 5);
  EXPECT_EQ(conv["platform"], "export");
  EXPECT_EQ(conv["last_message_at"], "2024-01-21 08:00:00.000000");

  auto msgs = Run({"whatsapp", "messages", "Ana", "--since", "2024-01-20 10:16", "--json"});
  ASSERT_EQ(msgs.exit_code, 0) << msgs.err;
  auto md = J(msgs);
  ASSERT_EQ(md["count"], 3);
  EXPECT_EQ(md["messages"][0]["media"]["kind"], "image");
  EXPECT_EQ(md["messages"][1]["is_deleted"], true);
  EXPECT_EQ(md["messages"][2]["body"], "Good morning");
  auto text = Run({"whatsapp", "messages", "export:Ana"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("Bob: "), std::string::npos) << text.out;
  EXPECT_EQ(Run({"whatsapp", "messages", "Nobody"}).exit_code, 2);
  EXPECT_EQ(Run({"whatsapp", "messages", "Ana", "--since", "yesterday"}).exit_code, 2);
  // Shaped like a date but none: a usage error, not every message.
  for (const char* bad : {"2024-13-45", "2024-02-30", "2024-01-20 25:00"}) {
    auto b = Run({"whatsapp", "messages", "Ana", "--since", bad, "--json"});
    EXPECT_EQ(b.exit_code, 2) << bad << ": " << b.out;
    EXPECT_NE(b.err.find("--since"), std::string::npos) << b.err;
  }
  auto limited = Run({"whatsapp", "messages", "Ana", "--limit", "2", "--json"});
  ASSERT_EQ(limited.exit_code, 0) << limited.err;
  EXPECT_EQ(J(limited)["count"], 2);
  EXPECT_EQ(J(limited)["messages"][1]["body"], "Hello");  // oldest first
  EXPECT_EQ(Run({"whatsapp", "messages", "Ana", "--limit", "0"}).exit_code, 2);  // not "all"
}

TEST_F(WhatsappImport, StatsAndCheckCoverTheWhatsappTables) {
  std::string p = Write("WhatsApp Chat with Ana García.txt", kAndroid);
  ASSERT_EQ(Run({"whatsapp", "import", p, "--tz", "UTC", "--me", "Pedro"}).exit_code, 0);
  auto stats = Run({"stats", "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  auto w = J(stats)["whatsapp"];
  EXPECT_EQ(w["conversations"], 1);
  EXPECT_EQ(w["by_platform"]["export"], 1);
  EXPECT_EQ(w["messages"]["total"], 6);
  EXPECT_EQ(w["messages"]["outbound"], 3);
  EXPECT_EQ(w["messages"]["system"], 1);
  EXPECT_EQ(w["messages"]["media"], 1);
  EXPECT_EQ(w["messages"]["edited"], 1);
  EXPECT_NE(Run({"stats"}).out.find("whatsapp:"), std::string::npos);

  // A database of WhatsApp chats only passes; a wrong count fails (exit 3).
  auto ok = Run({"check", "--json"});
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  Conn().Execute("UPDATE whatsapp_conversations SET message_count = 5");
  auto bad = Run({"check", "--json"});
  EXPECT_EQ(bad.exit_code, 3);
  bool found = false;
  const auto bad_doc = J(bad);  // not a temporary: the loop reads its member
  for (const auto& c : bad_doc["checks"])
    if (c["name"] == "whatsapp_conversation_counts") {
      found = true;
      EXPECT_EQ(c["status"], "failed");
      EXPECT_EQ(c["examples"][0], "export:Ana García");
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(Run({"check", "--skip", "whatsapp_conversation_counts"}).exit_code, 0);
}

TEST_F(WhatsappImport, BadLinesAreNamedTheRestGoesInExit4) {
  std::string p = Write("WhatsApp Chat with Bad.txt",
                        "01/02/24, 10:00 - a: ok\n31/02/24, 10:00 - a: no such day\n"
                        "continued\n01/02/24, 10:05 - b: fine\n");
  auto r = Run({"whatsapp", "import", p, "--date-order", "dmy", "--tz", "UTC", "--json"});
  EXPECT_EQ(r.exit_code, 4) << r.err;
  auto doc = J(r);
  EXPECT_EQ(doc["status"], "partial");
  EXPECT_EQ(doc["new"], 2);
  ASSERT_EQ(doc["rejections"].size(), 1u);
  EXPECT_EQ(doc["rejections"][0]["line"], 2);
  EXPECT_EQ(doc["rejections"][0]["file"], p);
  EXPECT_NE(r.err.find(p + ":2"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 2);
}

TEST_F(WhatsappImport, UndecidedDateOrderIsSaidAndStdinNeedsAChat) {
  std::string p = Write("chat.txt", "05/05/24, 10:00 - a: one\n05/05/24, 10:01 - b: two\n");
  auto r = Run({"whatsapp", "import", p, "--chat", "Amigos", "--tz", "UTC", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(J(r)["files"][0]["date_order_decided"], false);
  EXPECT_NE(r.err.find("--date-order"), std::string::npos) << r.err;

  // Standard input: needs --chat; then goes in like a file.
  EXPECT_EQ(Run({"whatsapp", "import", "-"}).exit_code, 2);
  std::string out = tmp_dir_ + "/out.json";
  std::string cmd = "CHATBETO_HOME=" + Server::Home() + " " + CHATBETO_BINARY + " --db '" +
                    DbUrl() + "' whatsapp import - --chat Amigos --tz UTC --json < '" + p +
                    "' > '" + out + "' 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(json::parse(ReadFile(out))["existing"], 2);  // same chat, same messages

  // Inputs of no known kind fail before anything is written.
  std::string junk = Write("junk.txt", "just some text\n");
  auto bad = Run({"whatsapp", "import", junk, p, "--chat", "X"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("junk.txt"), std::string::npos) << bad.err;
  EXPECT_EQ(Run({"whatsapp", "import", tmp_dir_ + "/missing.txt"}).exit_code, 2);
  EXPECT_EQ(Run({"whatsapp", "import", p, "--tz", "Nowhere/City"}).exit_code, 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages"), 2);
}

}  // namespace
}  // namespace chatbeto::testing
