// Epoch seconds (with fraction) <-> SQL DATETIME(6) text in UTC. Pure.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace chatbeto {

// DATETIME's range (1000-01-01 .. 9999-12-31) in epoch seconds.
constexpr double kMinSqlEpochSeconds = -30610224000.0;
constexpr double kMaxSqlEpochSeconds = 253402300800.0;  // exclusive

// "2025-08-24 01:46:40.123456", or nullopt when `t` is not finite or falls
// outside DATETIME's range (years 1000-9999).
std::optional<std::string> FormatSqlDatetime(double epoch_seconds);
// The same text of microseconds since the epoch, `us` within DATETIME's
// range (the caller checks it).
std::string FormatSqlMicros(int64_t epoch_us);
// Microseconds since the epoch, rounded like FormatSqlDatetime; clamped to
// DATETIME's range (and 0 for NaN) so that it is always defined.
int64_t EpochMicros(double epoch_seconds);
// "2025-08-24" (UTC date) for messages; "" for nullopt.
std::string FormatDate(std::optional<double> epoch_seconds);

}  // namespace chatbeto
