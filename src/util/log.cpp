#include "util/log.h"

#include <chrono>
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>

namespace chatbeto::log {
namespace {
Level g_level = Level::kInfo;
Format g_format = Format::kText;
std::mutex g_mu;

const char* Name(Level l) {
  switch (l) {
    case Level::kDebug: return "debug";
    case Level::kInfo: return "info";
    case Level::kWarn: return "warning";
    default: return "error";
  }
}

void Write(Level level, std::string_view msg) {
  if (level < g_level) return;
  std::string line;
  if (g_format == Format::kJson) {
    auto now = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch());
    nlohmann::ordered_json j;
    j["ts"] = now.count();
    j["level"] = Name(level);
    j["msg"] = msg;
    line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  } else {
    line = "chatbeto: ";
    if (level != Level::kInfo) line += std::string(Name(level)) + ": ";
    line.append(msg);
    line += "\n";
  }
  std::lock_guard<std::mutex> lock(g_mu);
  std::fwrite(line.data(), 1, line.size(), stderr);
}
}  // namespace

void Configure(Level min_level, Format format) {
  g_level = min_level;
  g_format = format;
}
Level MinLevel() { return g_level; }
void Debug(std::string_view msg) { Write(Level::kDebug, msg); }
void Info(std::string_view msg) { Write(Level::kInfo, msg); }
void Warn(std::string_view msg) { Write(Level::kWarn, msg); }
void Error(std::string_view msg) { Write(Level::kError, msg); }

}  // namespace chatbeto::log
