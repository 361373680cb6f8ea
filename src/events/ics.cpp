#include "events/ics.h"

#include <libical/ical.h>

#include <cstdlib>
#include <map>
#include <memory>

#include "events/message_view.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype DateOnly(const LocalTime& t, int add_days = 0) {
  LocalTime d = CivilFromDays(DaysFromCivil(t.year, t.month, t.day) + add_days);
  icaltimetype v = icaltime_null_date();
  v.year = d.year;
  v.month = d.month;
  v.day = d.day;
  v.is_date = 1;
  return v;
}

icaltimetype DateTime(const LocalTime& t, icaltimezone* zone) {
  icaltimetype v = icaltime_null_time();
  v.year = t.year;
  v.month = t.month;
  v.day = t.day;
  v.hour = t.hour;
  v.minute = t.minute;
  v.second = t.second;
  v.is_date = 0;
  return icaltime_set_timezone(&v, zone);
}

// A DTSTART/DTEND property in `zone`: a TZID parameter holding the IANA
// name (as the VTIMEZONE's TZID), unless UTC.
icalproperty* TimeProperty(icalproperty* p, icaltimezone* zone) {
  if (zone == icaltimezone_get_utc_timezone()) return p;
  icalproperty_remove_parameter_by_kind(p, ICAL_TZID_PARAMETER);
  icalproperty_add_parameter(p, icalparameter_new_tzid(icaltimezone_get_location(zone)));
  return p;
}

icalproperty_status Status(EventStatus s) {
  switch (s) {
    case EventStatus::kConfirmed: return ICAL_STATUS_CONFIRMED;
    case EventStatus::kCancelled: return ICAL_STATUS_CANCELLED;
    default: return ICAL_STATUS_TENTATIVE;
  }
}

}  // namespace

std::string EventUid(int64_t event_id, const std::string& domain) {
  return "chatbeto-event-" + std::to_string(event_id) + "@" + domain;
}

std::string BuildIcs(const std::vector<StoredEvent>& events, const IcsOptions& opts) {
  Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//chatbeto//WhatsApp events//EN"));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

  icaltimezone* utc = icaltimezone_get_utc_timezone();
  const icaltimetype stamp = icaltime_from_timet_with_zone(static_cast<time_t>(opts.dtstamp_unix), 0, utc);
  // One VTIMEZONE per zone used by a timed event, before the events.
  std::map<std::string, icaltimezone*> zones;
  for (const StoredEvent& e : events) {
    if (e.all_day || e.time_zone.empty() || e.time_zone == "UTC" || zones.count(e.time_zone)) continue;
    icaltimezone* z = icaltimezone_get_builtin_timezone(e.time_zone.c_str());
    if (!z)
      throw Error(ErrorKind::kInvalidInput,
                  "event " + std::to_string(e.id) + ": time zone \"" + e.time_zone + "\" is unknown to libical");
    // TZID as the plain IANA name ("Europe/Madrid"), not libical's
    // "/freeassociation.sourceforge.net/Europe/Madrid": calendars that match
    // zones by name (Google, Outlook) know it even without the VTIMEZONE.
    icalcomponent* vtz = icalcomponent_new_clone(icaltimezone_get_component(z));
    icalproperty* tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
    if (tzid) icalproperty_set_tzid(tzid, icaltimezone_get_location(z));
    icalcomponent_add_component(cal.get(), vtz);
    zones.emplace(e.time_zone, z);
  }

  for (const StoredEvent& e : events) {
    icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(ev, icalproperty_new_uid(EventUid(e.id, opts.uid_domain).c_str()));
    icalcomponent_add_property(ev, icalproperty_new_sequence(e.sequence));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
    if (auto mod = ParseSqlDatetime(e.updated_at))
      icalcomponent_add_property(ev, icalproperty_new_lastmodified(DateTime(*mod, utc)));
    icalcomponent_add_property(ev, icalproperty_new_summary(e.title.c_str()));
    icalcomponent_add_property(ev, icalproperty_new_status(Status(e.status)));
    if (e.all_day) {
      icalcomponent_add_property(ev, icalproperty_new_dtstart(DateOnly(e.start)));
      // DTEND of a date is exclusive: the day after the last day.
      icalcomponent_add_property(ev, icalproperty_new_dtend(DateOnly(e.end ? *e.end : e.start, 1)));
    } else {
      icaltimezone* zone = utc;
      if (!e.time_zone.empty() && e.time_zone != "UTC") zone = zones.at(e.time_zone);
      icalcomponent_add_property(ev, TimeProperty(icalproperty_new_dtstart(DateTime(e.start, zone)), zone));
      if (e.end)
        icalcomponent_add_property(ev, TimeProperty(icalproperty_new_dtend(DateTime(*e.end, zone)), zone));
      else  // no stated end: one hour, so calendars do not show a zero-length event
        icalcomponent_add_property(ev, icalproperty_new_duration(icaldurationtype_from_int(kDefaultDurationSeconds)));
    }
    if (!e.source_text.empty())
      icalcomponent_add_property(ev, icalproperty_new_description(e.source_text.c_str()));
    icalcomponent_add_property(ev, icalproperty_new_categories("WhatsApp"));
    icalcomponent_add_component(cal.get(), ev);
  }
  char* text = icalcomponent_as_ical_string_r(cal.get());
  std::string out = text ? text : "";
  std::free(text);
  return out;
}

}  // namespace chatbeto::events
