// Local wall-clock times of an export, read in one IANA zone (date-tz, the
// system's tz database), to UTC. Consecutive messages mostly share a UTC
// offset, so the zone's current rule is cached and only looked up again when
// a time leaves its range. Ambiguous times (clocks going back) take the
// earlier instant; times in a gap (clocks going forward) the transition.
#pragma once
#include <cstdint>
#include <string>

#include "util/civil.h"

namespace date {
class time_zone;
}

namespace chatbeto::whatsapp {

class ZoneConverter {
 public:
  // Throws Error(kUsage) naming the zone when it is unknown. "" = the system zone
  // (UTC when it cannot be determined).
  explicit ZoneConverter(const std::string& zone);
  const std::string& name() const { return name_; }
  // Local seconds since 1970-01-01T00:00 (as if UTC) -> UTC seconds.
  int64_t ToUtc(int64_t local_seconds);

 private:
  const date::time_zone* zone_ = nullptr;
  std::string name_;
  // The cached rule: local times in [begin, end) are UTC + offset.
  int64_t begin_ = 1, end_ = 0, offset_ = 0;
};

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
using util::DaysFromCivil;

}  // namespace chatbeto::whatsapp
