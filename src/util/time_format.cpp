#include "util/time_format.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "util/text.h"

namespace chatbeto {

int64_t EpochMicros(double t) {
  if (std::isnan(t)) return 0;
  t = std::clamp(t, kMinSqlEpochSeconds, kMaxSqlEpochSeconds);
  return static_cast<int64_t>(std::llround(t * 1e6));
}

std::optional<std::string> FormatSqlDatetime(double t) {
  // 1000-01-01 .. 9999-12-31 in epoch seconds. Near its end a double's step
  // is 30 us, so rounding to microseconds cannot reach 10000.
  if (!std::isfinite(t) || t < kMinSqlEpochSeconds || t >= kMaxSqlEpochSeconds) return std::nullopt;
  return FormatSqlMicros(EpochMicros(t));
}

std::string FormatSqlMicros(int64_t us) {
  int64_t secs = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
  int64_t frac = us - secs * 1000000;
  using namespace std::chrono;
  sys_days day = sys_days{} + days{secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400)};
  int64_t sod = secs - (day.time_since_epoch().count() * 86400LL);
  year_month_day ymd{day};
  // By hand (snprintf was 1.5 % of an import's instructions: one call per
  // message).
  std::string out = "0000-00-00 00:00:00.000000";
  PutDigits(&out[0], static_cast<int>(ymd.year()), 4);
  PutDigits(&out[5], static_cast<unsigned>(ymd.month()), 2);
  PutDigits(&out[8], static_cast<unsigned>(ymd.day()), 2);
  PutDigits(&out[11], sod / 3600, 2);
  PutDigits(&out[14], sod / 60 % 60, 2);
  PutDigits(&out[17], sod % 60, 2);
  PutDigits(&out[20], frac, 6);
  return out;
}

std::string FormatDate(std::optional<double> t) {
  if (!t) return "";
  auto s = FormatSqlDatetime(*t);
  return s ? s->substr(0, 10) : "";
}

}  // namespace chatbeto
