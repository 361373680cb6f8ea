// .ics output, parsed back with libical.
#include "events/ics.h"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <sstream>

namespace chatbeto::events {
namespace {

StoredEvent Event(int64_t id, const std::string& title, LocalTime start, bool all_day, const std::string& tz,
                  EventStatus status, int seq) {
  StoredEvent e;
  e.id = id;
  e.title = title;
  e.start = start;
  e.all_day = all_day;
  e.time_zone = tz;
  e.status = status;
  e.sequence = seq;
  e.updated_at = "2025-03-05 08:00:00";
  e.source_text = "2025-03-05 09:04 Cliente: El viernes a las 10\n2025-03-05 09:06 Cliente: "
                  "Revisión del proyecto con ñandúes y acentos largos para que la línea se pliegue";
  return e;
}

struct Parsed {
  icalcomponent* cal;
  ~Parsed() { icalcomponent_free(cal); }
};

TEST(EventsIcs, RoundTripsThroughLibical) {
  std::vector<StoredEvent> events = {
      Event(7, "Revisión del proyecto", {2025, 3, 7, 10, 0, 0}, false, "Europe/Madrid", EventStatus::kConfirmed, 2),
      Event(8, "Concierto", {2025, 3, 14, 0, 0, 0}, true, "", EventStatus::kTentative, 0),
      Event(9, "Cena", {2025, 3, 8, 21, 0, 0}, false, "", EventStatus::kCancelled, 1)};
  events[0].end = LocalTime{2025, 3, 7, 11, 30, 0};
  IcsOptions o;
  o.dtstamp_unix = 1741161600;  // 2025-03-05T08:00:00Z
  std::string ics = BuildIcs(events, o);

  // Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
  std::istringstream lines(ics);
  std::string line;
  while (std::getline(lines, line)) {
    ASSERT_FALSE(line.empty());
    ASSERT_EQ(line.back(), '\r');
    line.pop_back();
    EXPECT_LE(line.size(), 75u) << line;
    if (line[0] == ' ') { EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80) << line; }
  }

  Parsed p{icalparser_parse_string(ics.c_str())};
  ASSERT_NE(p.cal, nullptr);
  EXPECT_EQ(icalcomponent_count_components(p.cal, ICAL_VEVENT_COMPONENT), 3);
  EXPECT_EQ(icalcomponent_count_components(p.cal, ICAL_VTIMEZONE_COMPONENT), 1);
  icalcomponent* ev = icalcomponent_get_first_component(p.cal, ICAL_VEVENT_COMPONENT);
  EXPECT_STREQ(icalcomponent_get_uid(ev), "chatbeto-event-7@chatbeto");
  EXPECT_STREQ(icalcomponent_get_summary(ev), "Revisión del proyecto");
  EXPECT_EQ(icalproperty_get_sequence(icalcomponent_get_first_property(ev, ICAL_SEQUENCE_PROPERTY)), 2);
  EXPECT_EQ(icalcomponent_get_status(ev), ICAL_STATUS_CONFIRMED);
  icalproperty* dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
  icalparameter* tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
  ASSERT_NE(tzid, nullptr);
  EXPECT_STREQ(icalparameter_get_tzid(tzid), "Europe/Madrid");  // the IANA name, no libical prefix
  EXPECT_NE(ics.find("\r\nTZID:Europe/Madrid\r\n"), std::string::npos);  // and its VTIMEZONE's
  EXPECT_EQ(icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY), nullptr);  // it has a DTEND
  EXPECT_EQ(icalcomponent_get_dtend(ev).hour, 11);
  icaltimetype s = icalproperty_get_dtstart(dtstart);
  EXPECT_EQ(s.hour, 10);
  EXPECT_EQ(s.day, 7);
  icaltimetype stamp = icalproperty_get_dtstamp(icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY));
  EXPECT_TRUE(icaltime_is_utc(stamp));
  EXPECT_EQ(stamp.hour, 8);
  std::string desc = icalcomponent_get_description(ev);
  EXPECT_NE(desc.find("Cliente: El viernes a las 10"), std::string::npos);
  EXPECT_NE(desc.find("ñandúes"), std::string::npos);

  ev = icalcomponent_get_next_component(p.cal, ICAL_VEVENT_COMPONENT);
  icaltimetype ds = icalcomponent_get_dtstart(ev), de = icalcomponent_get_dtend(ev);
  EXPECT_TRUE(ds.is_date);
  EXPECT_TRUE(de.is_date);
  EXPECT_EQ(ds.day, 14);
  EXPECT_EQ(de.day, 15);  // exclusive end
  EXPECT_EQ(icalcomponent_get_status(ev), ICAL_STATUS_TENTATIVE);

  ev = icalcomponent_get_next_component(p.cal, ICAL_VEVENT_COMPONENT);
  EXPECT_EQ(icalcomponent_get_status(ev), ICAL_STATUS_CANCELLED);
  EXPECT_TRUE(icaltime_is_utc(icalcomponent_get_dtstart(ev)));
  EXPECT_NE(ics.find("DTSTART:20250308T210000Z"), std::string::npos);
  // No stated end: one hour, not a zero-length event.
  icalproperty* dur = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY);
  ASSERT_NE(dur, nullptr);
  EXPECT_EQ(icaldurationtype_as_int(icalproperty_get_duration(dur)), kDefaultDurationSeconds);
  EXPECT_EQ(icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY), nullptr);
  EXPECT_EQ(icalcomponent_get_dtend(ev).hour, 22);
}

TEST(EventsIcs, UnknownZoneIsAnErrorNamingTheEvent) {
  auto e = Event(3, "x", {2025, 3, 7, 10, 0, 0}, false, "Mars/Olympus", EventStatus::kConfirmed, 0);
  try {
    BuildIcs({e}, {});
    FAIL();
  } catch (const std::exception& ex) {
    EXPECT_NE(std::string(ex.what()).find("event 3"), std::string::npos);
  }
}

}  // namespace
}  // namespace chatbeto::events
