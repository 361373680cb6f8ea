// End-to-end: the scan's per-conversation mark (schema/0015_scan_mark.sql)
// against messages that arrive late: an earlier export of a chat imported
// after a later one was scanned, a message imported between scanned ones,
// an import that has not committed yet, a webhook edit; --since /
// --reprocess moving the mark; the migration of a database scanned before.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "scan_fixture.h"
#include "support/harness.h"
#include "whatsapp/store.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsScanMark : public ScanTest {
 protected:
  // `whatsapp import` of an Android export (day-first, Madrid) of chat "Grupo".
  void Import(const std::string& name, const std::string& text) {
    const std::string p = tmp_dir_ + "/" + name;
    WriteFile(p, text);
    auto r = Run({"whatsapp", "import", p, "--chat", "Grupo", "--date-order", "dmy", "--tz",
                  "Europe/Madrid"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // "start status sequence;" per event, by start.
  std::string Events() {
    std::string out;
    auto rs = Conn().Query(
        "SELECT DATE_FORMAT(start_local, '%Y-%m-%d %H:%i'), status, sequence FROM "
        "extracted_events ORDER BY start_local");
    while (rs->next())
      out += std::string(rs->getString(1)) + " " + std::string(rs->getString(2)) + " " +
             std::to_string(rs->getInt(3)) + ";";
    return out;
  }
  int64_t Unprocessed() { return Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"); }
  // Whether every conversation's mark is its last message (nothing left above it).
  bool MarksAtTheEnd() {
    return Count("SELECT COUNT(*) FROM whatsapp_conversations c WHERE scanned_through_id <> "
                 "(SELECT MAX(id) FROM whatsapp_messages m WHERE m.conversation_id = c.id)") == 0;
  }
};

const char* kDinner =
    "10/03/25, 09:00 - Ana: ¿Cenamos el viernes a las 9?\n"
    "10/03/25, 09:05 - Luis: Vale, el viernes a las 9\n";
const char* kMeeting =
    "05/03/25, 10:00 - Luis: Quiero agendar una reunión\n"
    "05/03/25, 10:01 - Ana: Claro, ¿cuándo te va bien?\n"
    "05/03/25, 10:02 - Luis: El jueves a las 10\n"
    "05/03/25, 10:03 - Ana: Perfecto\n";

// The later part of a chat is imported and scanned first; then an earlier
// export: its messages are older than everything scanned but have higher
// ids, so they are above the mark and scanned; the later event is untouched.
TEST_F(EventsScanMark, AnEarlierExportImportedLaterIsScanned) {
  Import("later.txt", kDinner);
  json s = Scan();
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(Events(), "2025-03-14 21:00 confirmed 0;");
  Import("earlier.txt", std::string(kMeeting) + kDinner);  // the dinner lines are already stored
  EXPECT_EQ(Unprocessed(), 4);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0 AND received_at < "
                  "(SELECT MIN(received_at) FROM whatsapp_messages WHERE processed = 1)"),
            4);
  s = Scan();
  EXPECT_EQ(s["conversations"], 1);
  EXPECT_EQ(s["messages"], 4);
  EXPECT_EQ(s["events_new"], 1);
  EXPECT_EQ(s["events_updated"], 0);
  EXPECT_EQ(s["events_cancelled"], 0);
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;2025-03-14 21:00 confirmed 0;");
  EXPECT_EQ(Unprocessed(), 0);
  EXPECT_TRUE(MarksAtTheEnd());
  EXPECT_EQ(Scan()["messages"], 0);  // nothing left
}

// A message imported late between scanned ones (a fuller export of the
// chat): the scanned messages after it are read as context, so the plan
// they agreed is found again as it was, not withdrawn or downgraded.
TEST_F(EventsScanMark, AMessageImportedBetweenScannedOnesKeepsTheirEvent) {
  Import("first.txt",
         "05/03/25, 10:00 - Luis: ¿Quedamos el jueves a las 10 para la reunión?\n"
         "05/03/25, 10:30 - Ana: Sí, el jueves a las 10 me va bien\n");
  Scan();
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;");
  Import("fuller.txt",
         "05/03/25, 10:00 - Luis: ¿Quedamos el jueves a las 10 para la reunión?\n"
         "05/03/25, 10:10 - Ana: Un momento\n"
         "05/03/25, 10:30 - Ana: Sí, el jueves a las 10 me va bien\n");
  json s = Scan();
  EXPECT_EQ(s["messages"], 1);
  EXPECT_EQ(s["events_new"], 0);
  EXPECT_EQ(s["events_cancelled"], 0);
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;");
  EXPECT_EQ(Unprocessed(), 0);
  EXPECT_TRUE(MarksAtTheEnd());
}

// An import holds the rows of the conversations it writes into until it
// commits: a scan meanwhile skips that conversation (its mark does not pass
// the uncommitted message) and scans the others; the next scan takes it.
TEST_F(EventsScanMark, AnUncommittedImportIsLeftForTheNextScan) {
  Import("meeting.txt", kMeeting);
  Scan();
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;");
  Import("more.txt", std::string(kMeeting) + "05/03/25, 10:04 - Luis: Gracias\n");  // one new
  const int64_t mark = Count("SELECT scanned_through_id FROM whatsapp_conversations");
  whatsapp::Store store(Conn());
  whatsapp::Message m;
  m.sid = "late-1";
  m.chat_key = "export:Grupo";
  m.sender_name = "Luis";
  m.body = "Mejor el viernes a las 12";
  m.received_at_us = 1741172400LL * 1000000;  // 2025-03-05 11:00 UTC
  db::Transaction tx(Conn());
  ASSERT_EQ(store.Write(std::span<const whatsapp::Message>(&m, 1), "export", "").inserted, 1u);
  json s = Scan();  // while the import is open: listed (one committed new message), held
  EXPECT_EQ(s["conversations"], 0);
  EXPECT_EQ(s["messages"], 0);
  EXPECT_EQ(s["skipped_locked"], 1);
  tx.Commit();
  EXPECT_EQ(Count("SELECT scanned_through_id FROM whatsapp_conversations"), mark);
  EXPECT_EQ(Count("SELECT processed FROM whatsapp_messages WHERE message_sid = 'late-1'"), 0);
  s = Scan();
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(s["events_updated"], 1);
  EXPECT_EQ(Events(), "2025-03-07 12:00 confirmed 1;");
  EXPECT_EQ(Count("SELECT processed FROM whatsapp_messages WHERE message_sid = 'late-1'"), 1);
}

std::string Cloud(const std::string& messages) {
  return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"9"},"contacts":[{"profile":{"name":"Ana"},"wa_id":"34600000000"}],"messages":[)" +
         messages + "]}}]}]}\n";
}
std::string CloudText(const std::string& id, int64_t ts, const std::string& body) {
  return Cloud(R"({"from":"34600000000","id":")" + id + R"(","timestamp":")" +
               std::to_string(ts) + R"(","type":"text","text":{"body":")" + body + R"("}})");
}
// The business's reply (an echo).
std::string CloudEcho(const std::string& id, int64_t ts, const std::string& body) {
  return R"({"entry":[{"changes":[{"value":{"metadata":{"display_phone_number":"15550001111"},"message_echoes":[{"from":"15550001111","to":"34600000000","id":")" +
         id + R"(","timestamp":")" + std::to_string(ts) + R"(","type":"text","text":{"body":")" +
         body + "\"}}]}}]}]}\n";
}

// A webhook edit of a scanned message: the message is scanned again with its
// new text and the event moves (SEQUENCE bumped); a repeated delivery of
// the edit changes nothing more.
TEST_F(EventsScanMark, AWebhookEditIsScannedAgain) {
  const int64_t t = 1741165200;  // 2025-03-05 09:00 UTC, a Wednesday
  const std::string first = tmp_dir_ + "/first.jsonl", edit = tmp_dir_ + "/edit.jsonl";
  WriteFile(first, CloudText("wamid.A", t, "¿Quedamos el viernes a las 10 para la reunión?") +
                       CloudEcho("wamid.B", t + 60, "Sí, perfecto, me va bien"));
  ASSERT_EQ(Run({"whatsapp", "import", first}).exit_code, 0);
  EXPECT_EQ(Scan()["events_new"], 1);
  EXPECT_EQ(Events(), "2025-03-07 10:00 confirmed 0;");
  WriteFile(edit, Cloud(R"({"from":"34600000000","id":"wamid.E1","timestamp":")" +
                        std::to_string(t + 120) +
                        R"(","type":"edit","edit":{"original_message_id":"wamid.A","message":{"type":"text","text":{"body":"¿Quedamos el viernes a las 11 para la reunión?"}}}})"));
  ASSERT_EQ(Run({"whatsapp", "import", edit}).exit_code, 0);
  EXPECT_EQ(Count("SELECT processed FROM whatsapp_messages WHERE message_sid = 'wamid.A'"), 0);
  json s = Scan();
  EXPECT_EQ(s["messages"], 1);
  EXPECT_EQ(s["events_updated"], 1);
  EXPECT_EQ(Events(), "2025-03-07 11:00 confirmed 1;");
  EXPECT_EQ(Unprocessed(), 0);
  ASSERT_EQ(Run({"whatsapp", "import", edit}).exit_code, 0);  // delivered again
  EXPECT_EQ(Scan()["messages"], 0);
  EXPECT_EQ(Events(), "2025-03-07 11:00 confirmed 1;");
}

// --since leaves older messages unprocessed and the mark before them; a
// later scan without it takes them; --reprocess --since rescans only from
// then on.
TEST_F(EventsScanMark, SinceAndReprocessMoveTheMark) {
  Import("all.txt", std::string(kMeeting) + kDinner);
  json s = Scan({"--since", "2025-03-10"});
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(Unprocessed(), 4);
  EXPECT_EQ(Count("SELECT scanned_through_id FROM whatsapp_conversations"),
            Count("SELECT MIN(id) - 1 FROM whatsapp_messages"));
  EXPECT_EQ(Scan({"--since", "2025-03-10"})["messages"], 0);
  s = Scan();
  EXPECT_EQ(s["messages"], 4);
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;2025-03-14 21:00 confirmed 0;");
  EXPECT_TRUE(MarksAtTheEnd());
  s = Scan({"--reprocess", "--since", "2025-03-10"});
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(s["events_new"], 0);
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;2025-03-14 21:00 confirmed 0;");
  EXPECT_EQ(Unprocessed(), 0);
  EXPECT_TRUE(MarksAtTheEnd());
  EXPECT_EQ(Scan({"--reprocess"})["messages"], 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 2);
}

// A database scanned before schema/0015: the migration gives each
// conversation the mark of its flags (up to its first unprocessed message),
// is re-runnable, and the next scan takes exactly the unprocessed messages.
TEST_F(EventsScanMark, TheMigrationMarksWhatWasScannedBefore) {
  Import("all.txt", std::string(kMeeting) + kDinner);
  Scan({"--since", "2025-03-10"});  // the dinner scanned, the meeting not
  const int64_t first = Count("SELECT MIN(id) FROM whatsapp_messages");
  // As a database migrated to 0014 and scanned then would be: no marks.
  Conn().Execute("UPDATE whatsapp_conversations SET scanned_through_id = 12345");
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 15");
  auto r = Run({"db", "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT scanned_through_id FROM whatsapp_conversations"), first - 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = "
                  "DATABASE() AND index_name = 'idx_whatsapp_messages_processed'"),
            0);
  json s = Scan();
  EXPECT_EQ(s["messages"], 4);
  EXPECT_EQ(Events(), "2025-03-06 10:00 confirmed 0;2025-03-14 21:00 confirmed 0;");
  EXPECT_TRUE(MarksAtTheEnd());
  // Run again on a scanned database: the mark is its last message.
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 15");
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  EXPECT_TRUE(MarksAtTheEnd());
  EXPECT_EQ(Scan()["messages"], 0);
}

}  // namespace
}  // namespace chatbeto::testing

namespace chatbeto::testing {
namespace {

// Webhook chats arrive interleaved: the ids of one conversation's messages
// have another's between them. The scan reads and marks its conversations'
// messages by id ranges (events/scan_rows.h); a message of a conversation it
// does not hold (here held by an open transaction, as an import holds it)
// lies inside those ranges and must be neither read nor marked.
TEST_F(EventsScanMark, InterleavedChatsAreMarkedExactly) {
  const int64_t a = Conversation("cloud:a", "cloud", "Europe/Madrid");
  const int64_t b = Conversation("cloud:b", "cloud", "Europe/Madrid");
  const int64_t held = Conversation("cloud:held", "cloud", "Europe/Madrid");
  const char* lines_a[] = {"Quiero agendar una reunión", "El viernes a las 10", "Perfecto"};
  const char* lines_b[] = {"Are you free for lunch on Thursday at 1pm?", "Sounds good!", "ok"};
  std::vector<int64_t> ids_a, ids_b, ids_held;
  for (int i = 0; i < 3; ++i) {
    const std::string t = "2025-03-05 10:0" + std::to_string(i) + ":00";
    ids_a.push_back(Message(a, i % 2 ? "Ana" : "Luis", t, lines_a[i]));
    ids_held.push_back(Message(held, "Eva", t, "Cenamos mañana a las 9"));
    ids_b.push_back(Message(b, i % 2 ? "Bea" : "Alex", t, lines_b[i]));
  }
  auto other = db::Connection::Open(Conn().config());
  db::Transaction hold(*other);
  other->Query("SELECT id FROM whatsapp_conversations WHERE id = " + std::to_string(held) +
               " FOR UPDATE");
  json s = Scan();
  EXPECT_EQ(s["conversations"], 2);
  EXPECT_EQ(s["messages"], 6);
  EXPECT_EQ(s["events_new"], 2);
  EXPECT_EQ(s["skipped_locked"], 1);
  auto in = [](const std::vector<int64_t>& ids) {
    std::string s;
    for (int64_t id : ids) (s += s.empty() ? "" : ",") += std::to_string(id);
    return "(" + s + ")";
  };
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 1 AND id IN " +
                  in(ids_a) + " OR processed = 1 AND id IN " + in(ids_b)), 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE id IN " + in(ids_held) +
                  " AND (processed <> 0 OR event_extracted <> 0 OR event_id IS NOT NULL)"), 0);
  // Each conversation's sources point at its own event, and only at it.
  for (int64_t conv : {a, b})
    EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages m JOIN extracted_events e ON "
                    "e.id = m.event_id WHERE e.conversation_id <> m.conversation_id AND "
                    "m.conversation_id = " + std::to_string(conv)), 0);
  EXPECT_GE(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_id IS NOT NULL AND id IN " +
                  in(ids_a)), 2);
  EXPECT_GE(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_id IS NOT NULL AND id IN " +
                  in(ids_b)), 1);
  hold.Commit();
  s = Scan();
  EXPECT_EQ(s["conversations"], 1);
  EXPECT_EQ(s["messages"], 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 0);
}

}  // namespace
}  // namespace chatbeto::testing

namespace chatbeto::testing {
namespace {

// schema/0021: a database scanned before it keeps every message's event
// (event_id now reads event_ref), the migration is re-runnable, and a later
// scan and --reprocess write events that event_id shows.
TEST_F(EventsScanMark, TheEventRefMigrationKeepsEveryMessagesEvent) {
  auto Text = [&](const std::string& sql) { return Conn().QueryString(sql).value_or("(none)"); };
  Import("all.txt", std::string(kMeeting) + kDinner);
  Scan();
  const std::string by_message =
      "SELECT GROUP_CONCAT(CONCAT(id, ':', COALESCE(event_id, 'null')) ORDER BY id) FROM "
      "whatsapp_messages";
  const std::string before = Text(by_message);
  ASSERT_GE(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_id IS NOT NULL"), 4);
  // As a database migrated to 0020 and scanned then would be: event_id a
  // plain nullable column, no event_ref.
  Conn().Execute(
      "ALTER TABLE whatsapp_messages DROP COLUMN event_id, ADD COLUMN event_id BIGINT NULL");
  Conn().Execute(
      "UPDATE whatsapp_messages m SET m.event_id = NULLIF(m.event_ref, 0)");
  Conn().Execute("ALTER TABLE whatsapp_messages DROP COLUMN event_ref");
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 21");
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  EXPECT_EQ(Text(by_message), before);
  EXPECT_EQ(Text("SELECT extra FROM information_schema.columns WHERE table_schema = DATABASE() "
                 "AND table_name = 'whatsapp_messages' AND column_name = 'event_id'"),
            "VIRTUAL GENERATED");
  // Again, on a migrated database.
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 21");
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  EXPECT_EQ(Text(by_message), before);
  // --reprocess clears and writes the same events back, in place.
  EXPECT_EQ(Scan({"--reprocess"})["messages"], 6);
  EXPECT_EQ(Text(by_message), before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_id = 0"), 0);
}

}  // namespace
}  // namespace chatbeto::testing
