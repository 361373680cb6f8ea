// Logging to stderr (stdout is reserved for results). Text lines
// ("chatbeto: warning: ...") or JSON lines ({"level":..,"msg":..}) for
// machines. Secrets must never be passed to these functions.
#pragma once
#include <string>
#include <string_view>

namespace chatbeto::log {

enum class Level { kDebug = 0, kInfo = 1, kWarn = 2, kError = 3, kQuiet = 4 };
enum class Format { kText, kJson };

void Configure(Level min_level, Format format);
Level MinLevel();

void Debug(std::string_view msg);
void Info(std::string_view msg);
void Warn(std::string_view msg);
void Error(std::string_view msg);

}  // namespace chatbeto::log
