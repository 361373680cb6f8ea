#include "util/time_format.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace chatbeto {

int64_t EpochMicros(double t) {
  if (std::isnan(t)) return 0;
  t = std::clamp(t, kMinSqlEpochSeconds, kMaxSqlEpochSeconds);
  return static_cast<int64_t>(std::llround(t * 1e6));
}

std::optional<std::string> FormatSqlDatetime(double t) {
  // 1000-01-01 .. 9999-12-31 in epoch seconds.
  if (!std::isfinite(t) || t < kMinSqlEpochSeconds || t >= kMaxSqlEpochSeconds) return std::nullopt;
  int64_t us = EpochMicros(t);
  int64_t secs = us >= 0 ? us / 1000000 : -((-us + 999999) / 1000000);
  int64_t frac = us - secs * 1000000;
  using namespace std::chrono;
  sys_days day = sys_days{} + days{secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400)};
  int64_t sod = secs - (day.time_since_epoch().count() * 86400LL);
  year_month_day ymd{day};
  char buf[64];  // 26 in practice; room for what -Wformat-truncation assumes
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02lld:%02lld:%02lld.%06lld",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<long long>(sod / 3600),
                static_cast<long long>(sod / 60 % 60), static_cast<long long>(sod % 60),
                static_cast<long long>(frac));
  return std::string(buf);
}

std::string FormatDate(std::optional<double> t) {
  if (!t) return "";
  auto s = FormatSqlDatetime(*t);
  return s ? s->substr(0, 10) : "";
}

}  // namespace chatbeto
