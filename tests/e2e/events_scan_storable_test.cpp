// End-to-end: whatever a chat says, `whatsapp scan` writes only events the
// database holds. Found running tests/fixtures/events through the command line
// (bench/events-cli): a title cut after "mamá" ended inside the "á" and the
// INSERT of the whole transaction's events failed ("Incorrect string value"),
// as did "Meeting in 9000 years at 10am?" (the year 11025): the scan exited 1 on
// every run and no conversation after them was ever scanned.
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "scan_fixture.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsScanStorable : public ScanTest {};

TEST_F(EventsScanStorable, AccentedTitlesAndFarYearsNeverFailTheScan) {
  int64_t mama = Conversation("export:Familia", "export", "Europe/Madrid");
  Message(mama, "Hermana", "2025-03-05 19:00:00", "Comida de cumple de mamá el domingo a las 2 en el Asador");
  Message(mama, "Yo", "2025-03-05 19:01:00", "Allí estaré");
  int64_t far = Conversation("export:Far", "export", "Europe/Madrid");
  Message(far, "Ana", "2025-03-05 09:00:00", "Meeting in 9000 years at 10am?");
  Message(far, "Tom", "2025-03-05 09:01:00", "Sure, see you then");
  int64_t piso = Conversation("export:Piso", "export", "Europe/Madrid");
  Message(piso, "Rocío", "2025-03-05 09:00:00", "Quiero ver el piso de Chamberí, ¿hay visitas el lunes que viene a las 5?");
  Message(piso, "Agencia", "2025-03-05 09:01:00", "Sí, reservada la visita");

  json s = Scan();
  EXPECT_EQ(s["conversations"], 3);
  EXPECT_EQ(s["messages"], 6);
  EXPECT_EQ(s["events_new"], 2);

  auto r = Run({"events", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json ev = json::parse(r.out);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0]["conversation"], mama);
  EXPECT_EQ(ev[0]["title"], "Comida de cumple de mamá");
  EXPECT_EQ(ev[0]["start"], "2025-03-09T14:00");
  EXPECT_EQ(ev[1]["conversation"], piso);
  EXPECT_EQ(ev[1]["title"], "Visita de Chamberí");
  EXPECT_EQ(ev[1]["start"], "2025-03-10T17:00");
  // Every message is marked processed, the far one's too: the next run has nothing to do.
  EXPECT_EQ(Conn().QueryInt("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 0").value(), 0);
  EXPECT_EQ(Scan()["conversations"], 0);

  // The titles go to the calendar file whole.
  std::string file = tmp_dir_ + "/storable.ics";
  r = Run({"events", "export", "--ics", file});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  icalcomponent* cal = icalparser_parse_string(text.str().c_str());
  ASSERT_NE(cal, nullptr);
  std::vector<std::string> summaries;
  for (icalcomponent* c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
       c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
    summaries.push_back(icalcomponent_get_summary(c));
  icalcomponent_free(cal);
  EXPECT_EQ(summaries, (std::vector<std::string>{"Comida de cumple de mamá", "Visita de Chamberí"}));
}

// One message opening two plans ("la clase del jueves 15 se suspende ... La recuperamos
// el martes 20"): both stored, told apart by origin_seq (schema/0022); before, the second
// broke the unique key on the origin message and the conversation was refused every run.
TEST_F(EventsScanStorable, TwoEventsOpenedByOneMessageAreBothStoredOnce) {
  int64_t c = Conversation("export:Clase", "export", "Europe/Madrid");
  Message(c, "Profesora", "2025-05-12 18:00:00",
          "Estimados, la clase del jueves 15 se suspende por el paro. La recuperamos el martes 20 a la "
          "misma hora, 10:00");
  Message(c, "Alumno", "2025-05-12 18:03:00", "Gracias profe");
  json s = Scan();
  EXPECT_EQ(s["events_new"], 2);
  EXPECT_TRUE(s["refused"].empty());
  auto count = [&] { return Conn().QueryInt("SELECT COUNT(*) FROM extracted_events").value(); };
  EXPECT_EQ(count(), 2);
  EXPECT_EQ(Conn().QueryString("SELECT GROUP_CONCAT(origin_seq ORDER BY origin_seq) FROM extracted_events"),
            "0,1");
  auto r = Run({"events", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json ev = json::parse(r.out);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1]["start"], "2025-05-20T10:00");
  // Scanned again from scratch: the same two events, updated in place, none added.
  json again = Scan({"--reprocess"});
  EXPECT_EQ(again["events_new"], 0);
  EXPECT_TRUE(again["refused"].empty());
  EXPECT_EQ(count(), 2);
}

}  // namespace
}  // namespace chatbeto::testing
