// Stored events as an RFC 5545 calendar, built and serialised by libical:
// UID from the stored event id (so a moved event keeps it), SEQUENCE from the
// database, DTSTAMP in UTC, STATUS (TENTATIVE / CONFIRMED / CANCELLED),
// all-day events as VALUE=DATE with an exclusive DTEND, timed events with a
// TZID (the IANA name) and its VTIMEZONE (UTC when the event has no zone),
// DURATION:PT1H when a timed event has no stated end, DESCRIPTION with
// the source messages; libical folds lines at 75 octets. Pure (no files).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "events/event_store.h"

namespace chatbeto::events {

// A timed event without a stated end lasts this long in the calendar.
inline constexpr int kDefaultDurationSeconds = 3600;

struct IcsOptions {
  int64_t dtstamp_unix = 0;  // DTSTAMP (seconds, UTC); the caller passes "now"
  std::string uid_domain = "chatbeto";
};

// "chatbeto-event-42@chatbeto"
std::string EventUid(int64_t event_id, const std::string& domain);

// The VCALENDAR text (CRLF line ends). Throws Error(kInvalidInput) naming the
// event when its time zone is unknown to libical.
std::string BuildIcs(const std::vector<StoredEvent>& events, const IcsOptions& opts);

}  // namespace chatbeto::events
