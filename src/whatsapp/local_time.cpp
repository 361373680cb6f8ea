#include "whatsapp/local_time.h"

#include <date/tz.h>

#include <algorithm>

#include "util/error.h"

namespace chatbeto::whatsapp {

ZoneConverter::ZoneConverter(const std::string& zone) {
  try {
    if (zone.empty()) {
      try {
        zone_ = date::current_zone();
      } catch (const std::exception&) {
        zone_ = date::locate_zone("UTC");
      }
    } else {
      zone_ = date::locate_zone(zone);
    }
  } catch (const std::exception& e) {
    throw Error(ErrorKind::kUsage, "--tz " + zone +
                                       ": not a known IANA time zone (e.g. Europe/Madrid, "
                                       "America/New_York, UTC)");
  }
  name_ = std::string(zone_->name());
}

int64_t ZoneConverter::ToUtc(int64_t local_seconds) {
  if (local_seconds >= begin_ && local_seconds < end_) return local_seconds - offset_;
  using namespace std::chrono;
  date::local_seconds lt{seconds{local_seconds}};
  auto info = zone_->get_info(lt);
  date::sys_info si = info.first;
  if (info.result == date::local_info::nonexistent) {
    // In the gap: the instant the clocks jumped.
    int64_t at = info.second.begin.time_since_epoch().count();
    return at;
  }
  int64_t off = si.offset.count();
  int64_t utc = local_seconds - off;
  if (info.result == date::local_info::unique) {
    // Cache the local range this offset covers, shrunk by a day at both ends so
    // that ambiguous or skipped times near a transition are always looked up.
    constexpr int64_t kFar = int64_t{1} << 40;  // zones without further transitions
    int64_t sb = std::max<int64_t>(si.begin.time_since_epoch().count(), -kFar);
    int64_t se = std::min<int64_t>(si.end.time_since_epoch().count(), kFar);
    int64_t b = sb + off + 86400;
    int64_t e = se + off - 86400;
    if (b < e && local_seconds >= b && local_seconds < e) {
      begin_ = b;
      end_ = e;
      offset_ = off;
    }
  }
  return utc;
}

}  // namespace chatbeto::whatsapp
