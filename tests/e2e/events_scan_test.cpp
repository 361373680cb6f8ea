// End-to-end: `whatsapp scan` over messages stored in whatsapp_messages,
// `events`, `events export --ics` (parsed back with libical), incremental
// scans, reschedules, cancellations, --reprocess, and two scanners at once.
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <future>
#include <nlohmann/json.hpp>

#include "scan_fixture.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsScan : public ScanTest {
 protected:
  // The seed system's example, Wednesday 5 March 2025 in Madrid (UTC+1).
  int64_t SeedExample() {
    int64_t c = Conversation("export:Cliente", "export", "Europe/Madrid");
    const char* lines[][2] = {{"Cliente", "Hola, ¿estás disponible?"},   {"Ana", "Sí, ¿en qué puedo ayudarte?"},
                              {"Cliente", "Quiero agendar una reunión"}, {"Ana", "Claro, ¿cuándo te gustaría?"},
                              {"Cliente", "El viernes a las 10"},        {"Ana", "Perfecto, ¿sobre qué tema?"},
                              {"Cliente", "Revisión del proyecto"}};
    int minute = 0;
    for (auto& l : lines) Message(c, l[0], "2025-03-05 08:0" + std::to_string(minute++) + ":00", l[1]);
    return c;
  }
  json Events(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"events", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }
};

TEST_F(EventsScan, SeedExampleGivesOneEventAndMarksTheMessages) {
  int64_t c = SeedExample();
  json s = Scan();
  EXPECT_EQ(s["conversations"], 1);
  EXPECT_EQ(s["messages"], 7);
  EXPECT_EQ(s["events_new"], 1);
  json ev = Events();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["title"], "Revisión del proyecto");
  EXPECT_EQ(ev[0]["start"], "2025-03-07T10:00");
  EXPECT_EQ(ev[0]["all_day"], false);
  EXPECT_EQ(ev[0]["timezone"], "Europe/Madrid");
  EXPECT_EQ(ev[0]["status"], "confirmed");
  EXPECT_EQ(ev[0]["conversation"], c);
  EXPECT_GE(ev[0]["source_message_ids"].size(), 3u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_extracted = 1 AND event_id = " +
                  std::to_string(ev[0]["id"].get<int64_t>())),
            static_cast<int64_t>(ev[0]["source_message_ids"].size()));
  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(c)), 1);
  // Incremental: nothing new, nothing done.
  json again = Scan();
  EXPECT_EQ(again["conversations"], 0);
  EXPECT_EQ(Count("SELECT MAX(sequence) FROM extracted_events"), 0);
}

TEST_F(EventsScan, ALaterRescheduleMovesTheEventAndBumpsItsSequence) {
  for (const char* context : {"30", "0"}) {  // with the plan in context, and without (seeded from the DB)
    SCOPED_TRACE(context);
    Conn().Execute("DELETE FROM extracted_events");
    Conn().Execute("DELETE FROM whatsapp_messages");
    int64_t c = Conversation(std::string("twilio:+3460000000") + context, "twilio", "");
    Message(c, "Sergio", "2025-03-05 10:00:00", "¿Quedamos el lunes a las 10 para la reunión de presupuesto?");
    Message(c, "Elena", "2025-03-05 10:05:00", "Sí, el lunes a las 10 me va bien");
    Scan({"--context", context});
    json ev = Events({"--conversation", std::to_string(c)});
    ASSERT_EQ(ev.size(), 1u);
    EXPECT_EQ(ev[0]["start"], "2025-03-10T10:00");
    EXPECT_EQ(ev[0]["timezone"], "UTC");
    Message(c, "Elena", "2025-03-05 16:30:00", "Perdona, me ha surgido algo. Mejor el martes a las 11");
    Message(c, "Sergio", "2025-03-05 16:32:00", "Ok, martes a las 11 entonces");
    json s = Scan({"--context", context});
    EXPECT_EQ(s["messages"], 2);
    EXPECT_EQ(s["events_new"], 0);
    EXPECT_EQ(s["events_updated"], 1);
    json moved = Events({"--conversation", std::to_string(c)});
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0]["id"], ev[0]["id"]);
    EXPECT_EQ(moved[0]["start"], "2025-03-11T11:00");
    EXPECT_EQ(moved[0]["sequence"], 1);
  }
}

TEST_F(EventsScan, CancellationMarksTheEventCancelledAndExportsIt) {
  int64_t c = Conversation("cloud:34611", "cloud", "America/Mexico_City");
  Message(c, "Paciente", "2025-03-05 15:30:00", "Buenos días, quería pedir cita para el jueves a las 12");
  Message(c, "Clínica", "2025-03-05 15:32:00", "Hecho, tiene cita el jueves a las 12:00");
  Scan();
  Message(c, "Paciente", "2025-03-05 17:00:00", "Perdone, al final no puedo ir. Cancelo la cita del jueves");
  json s = Scan();
  EXPECT_EQ(s["events_cancelled"], 1);
  json ev = Events();
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["status"], "cancelled");
  EXPECT_EQ(ev[0]["start"], "2025-03-06T12:00");
  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(c)), 0);

  int64_t seed = SeedExample();
  Scan();
  std::string file = tmp_dir_ + "/events.ics";
  auto r = Run({"events", "export", "--ics", file, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["events"], 2);
  std::string ics = ReadFile(file);
  icalcomponent* cal = icalparser_parse_string(ics.c_str());
  ASSERT_NE(cal, nullptr);
  EXPECT_EQ(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 2);
  EXPECT_EQ(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT), 2);
  int cancelled = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    std::string uid = icalcomponent_get_uid(e);
    EXPECT_TRUE(uid.starts_with("chatbeto-event-")) << uid;
    if (icalcomponent_get_status(e) == ICAL_STATUS_CANCELLED) {
      ++cancelled;
      EXPECT_EQ(icalproperty_get_sequence(icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY)), 1);
      EXPECT_NE(std::string(icalcomponent_get_description(e)).find("Cancelo la cita"), std::string::npos);
    }
  }
  EXPECT_EQ(cancelled, 1);
  icalcomponent_free(cal);
  (void)seed;
}

// The scan stores no copy of the source lines (source_text stays NULL): the
// export reads them from the messages, times in the event's zone. A text
// stored by an older version is exported as it is.
TEST_F(EventsScan, TheDescriptionIsReadFromTheSourceMessagesAtExport) {
  int64_t c = Conversation("cloud:34612", "cloud", "America/Mexico_City");
  Message(c, "Paciente", "2025-03-05 15:30:00", "Buenos días, quería pedir cita para el jueves a las 12");
  Message(c, "Clínica", "2025-03-05 15:32:00", "Hecho, tiene cita el jueves a las 12:00");
  Scan();
  ASSERT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE source_text IS NOT NULL"), 0);
  auto description = [&] {
    std::string file = tmp_dir_ + "/description.ics";
    auto r = Run({"events", "export", "--ics", file});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    icalcomponent* cal = icalparser_parse_string(ReadFile(file).c_str());
    EXPECT_NE(cal, nullptr);
    if (!cal) return std::string();
    icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
    const char* d = e ? icalcomponent_get_description(e) : nullptr;
    std::string out = d ? d : "";
    icalcomponent_free(cal);
    return out;
  };
  // 15:30 UTC is 09:30 in Mexico City (UTC-6).
  std::string d = description();
  EXPECT_NE(d.find("2025-03-05 09:30 Paciente: Buenos días, quería pedir cita para el jueves a las 12\n"),
            std::string::npos)
      << d;
  EXPECT_EQ(d.find("15:30"), std::string::npos) << d;
  Conn().Execute("UPDATE extracted_events SET source_text = 'stored by an older version\n'");
  EXPECT_EQ(description(), "stored by an older version\n");
}

TEST_F(EventsScan, ReprocessUpdatesInPlaceWithoutDuplicates) {
  SeedExample();
  Scan();
  int64_t id = Count("SELECT id FROM extracted_events");
  json s = Scan({"--reprocess"});
  EXPECT_EQ(s["conversations"], 1);
  EXPECT_EQ(s["events_new"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 1);
  EXPECT_EQ(Count("SELECT id FROM extracted_events"), id);
  EXPECT_EQ(Count("SELECT sequence FROM extracted_events"), 0);  // unchanged: no new SEQUENCE
}

TEST_F(EventsScan, TwoScannersAtOnceProcessEveryConversationExactlyOnce) {
  const int kConversations = 120;
  for (int i = 0; i < kConversations; ++i) {
    int64_t c = Conversation("export:chat" + std::to_string(i), "export", "Europe/Madrid");
    Message(c, "A", "2025-03-05 09:00:00", "Quiero agendar una reunión");
    Message(c, "B", "2025-03-05 09:01:00", "¿El viernes a las 10?");
    Message(c, "A", "2025-03-05 09:02:00", "Perfecto");
  }
  auto scan = [this] {
    return Run({"whatsapp", "scan", "--json", "--batch-size", "7", "--workers", "2"});
  };
  auto a = std::async(std::launch::async, scan);
  auto b = std::async(std::launch::async, scan);
  RunResult ra = a.get(), rb = b.get();
  ASSERT_EQ(ra.exit_code, 0) << ra.err;
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  json ja = json::parse(ra.out), jb = json::parse(rb.out);
  EXPECT_EQ(ja["conversations"].get<int>() + jb["conversations"].get<int>(), kConversations);
  EXPECT_EQ(ja["messages"].get<int>() + jb["messages"].get<int>(), 3 * kConversations);
  EXPECT_EQ(ja["events_new"].get<int>() + jb["events_new"].get<int>(), kConversations);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), kConversations);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_conversations WHERE event_count <> 1"), 0);
}

// Several conversations share a scan transaction (up to 32): each keeps its
// own events, marks and count when some move, cancel or add a plan at once.
TEST_F(EventsScan, ConversationsScannedInOneTransactionKeepTheirOwnEvents) {
  std::vector<int64_t> c;
  for (int i = 0; i < 4; ++i) {
    c.push_back(Conversation("export:many" + std::to_string(i), "export", ""));
    Message(c[i], "A", "2025-03-05 10:00:00", "¿Quedamos el lunes a las 10 para la reunión?");
    Message(c[i], "B", "2025-03-05 10:05:00", "Sí, el lunes a las 10 me va bien");
  }
  json s = Scan();
  EXPECT_EQ(s["events_new"], 4);
  // The first transaction of a scan takes one conversation, the next the rest.
  Message(c[0], "A", "2025-03-05 16:00:00", "Genial, gracias");
  Message(c[1], "B", "2025-03-05 16:30:00", "Mejor el martes a las 11");
  Message(c[1], "A", "2025-03-05 16:32:00", "Ok, martes a las 11 entonces");
  Message(c[2], "A", "2025-03-05 16:30:00", "Al final no puedo, cancelo la reunión");
  Message(c[2], "B", "2025-03-05 16:32:00", "De acuerdo");
  Message(c[3], "A", "2025-03-05 16:30:00", "¿Y una cena el viernes a las 9?");
  Message(c[3], "B", "2025-03-05 16:32:00", "Vale, el viernes a las 9");
  s = Scan();
  EXPECT_EQ(s["conversations"], 4);
  EXPECT_EQ(s["messages"], 7);
  EXPECT_EQ(s["events_updated"], 1);
  EXPECT_EQ(s["events_cancelled"], 1);
  EXPECT_EQ(s["events_new"], 1);
  auto starts = [&](int i) {
    std::string out;
    for (const json& e : Events({"--conversation", std::to_string(c[i])}))
      out += e["start"].get<std::string>() + " " + e["status"].get<std::string>() + ";";
    return out;
  };
  EXPECT_EQ(starts(0), "2025-03-10T10:00 confirmed;");
  EXPECT_EQ(starts(1), "2025-03-11T11:00 confirmed;");
  EXPECT_EQ(starts(2), "2025-03-10T10:00 cancelled;");
  EXPECT_EQ(starts(3), "2025-03-07T21:00 confirmed;2025-03-10T10:00 confirmed;");
  // Every mark points at an event of its own conversation; the counts are each one's.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages m JOIN extracted_events e ON e.id = "
                  "m.event_id WHERE e.conversation_id <> m.conversation_id"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0 OR "
                  "(event_extracted = 1) <> (event_id IS NOT NULL)"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE conversation_id = " +
                  std::to_string(c[3]) + " AND body LIKE '%cena%' AND event_id = (SELECT MAX(id) FROM "
                  "extracted_events)"),
            1);
  std::string counts;
  for (int64_t id : c)
    counts += std::to_string(
                  Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(id))) +
              ",";
  EXPECT_EQ(counts, "1,1,0,2,");
}

// The whole path: exports imported by `whatsapp import` (Android, Spanish,
// day-first; iOS, English, month-first), then scanned.
TEST_F(EventsScan, ImportedExportsGiveTheirEvents) {
  std::string dir = TestDataDir() + "/fixtures/events/";
  auto r = Run({"whatsapp", "import", dir + "es_01_seed.txt", "--date-order", "dmy", "--tz", "Europe/Madrid"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Run({"whatsapp", "import", dir + "en_08_booking_retry.txt", "--date-order", "mdy", "--tz",
           "America/Los_Angeles"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json s = Scan();
  EXPECT_EQ(s["conversations"], 2);
  EXPECT_EQ(s["events_new"], 2);
  json ev = Events();
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0]["start"], "2025-03-06T20:30");
  EXPECT_EQ(ev[0]["timezone"], "America/Los_Angeles");
  EXPECT_EQ(ev[0]["status"], "confirmed");
  EXPECT_EQ(ev[1]["start"], "2025-03-07T10:00");
  EXPECT_EQ(ev[1]["title"], "Revisión del proyecto");
  EXPECT_EQ(ev[1]["timezone"], "Europe/Madrid");
}

TEST_F(EventsScan, BadOptionsAreUsageErrors) {
  struct Bad {
    std::vector<std::string> args;
    const char* says;
  };
  for (const Bad& b : std::vector<Bad>{{{"whatsapp", "scan", "--since", "yesterday"}, "--since"},
                                       {{"whatsapp", "scan", "--time-zone", "Mars/Base"}, "Mars/Base"},
                                       {{"whatsapp", "scan", "--workers", "0"}, "workers"},
                                       {{"whatsapp", "scan", "--live"}, "--live only applies with --llm"},
                                       {{"events", "--since", "2025-02-30"}, "--since"},
                                       {{"events", "export"}, "--ics"}}) {
    auto r = Run(b.args);
    EXPECT_EQ(r.exit_code, 2) << b.args.back() << ": " << r.err;
    EXPECT_NE(r.err.find(b.says), std::string::npos) << r.err;
  }
}

TEST_F(EventsScan, SinceLeavesOlderMessagesUnprocessed) {
  int64_t c = Conversation("export:since", "export", "");
  Message(c, "A", "2025-03-01 09:00:00", "hola");
  Message(c, "B", "2025-03-05 09:00:00", "Lunch tomorrow at 1pm?");
  Message(c, "A", "2025-03-05 09:01:00", "Sounds good!");
  json s = Scan({"--since", "2025-03-05"});
  EXPECT_EQ(s["messages"], 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0"), 1);
  json ev = Events({"--since", "2025-03-06"});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["start"], "2025-03-06T13:00");
  EXPECT_EQ(Events({"--since", "2025-03-07"}).size(), 0u);
}

}  // namespace
}  // namespace chatbeto::testing
