// gen-chatgpt-export: writes a synthetic ChatGPT data export of a given size,
// with the structure of real ones (shards, trees with branches, projects,
// custom GPTs, tool calls, odd and missing fields), for benchmarks and tests.
// The same --seed and --size always give byte-identical output.
//
//   gen-chatgpt-export --out DIR_OR_ZIP [--size 100MB] [--seed N]
//                      [--shard-size 50MB] [--single] [--zip] [--giant N] [--json]
#include <CLI/CLI.hpp>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "gen/export.h"
#include "gen/sink.h"
#include "util/error.h"
#include "util/exit_codes.h"

namespace {

using chatbeto::Error;
using chatbeto::ErrorKind;

// "100MB", "1.5GB", "500KB", "64MiB", "12345" -> bytes. Decimal units (MB =
// 10^6) so that MB/s figures in the bench mean the same thing.
uint64_t parse_size(const std::string& option, const std::string& text) {
  size_t pos = 0;
  double value = 0;
  try {
    value = std::stod(text, &pos);
  } catch (const std::exception&) {
    pos = 0;
  }
  std::string unit = text.substr(pos);
  for (auto& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::pair<std::string_view, double> kUnits[] = {
      {"", 1},         {"B", 1},           {"K", 1e3},           {"KB", 1e3},
      {"M", 1e6},      {"MB", 1e6},        {"G", 1e9},           {"GB", 1e9},
      {"KIB", 1024.0}, {"MIB", 1048576.0}, {"GIB", 1073741824.0}};
  double mult = 0;
  for (const auto& [name, m] : kUnits)
    if (unit == name) mult = m;
  // !(x > 0) also rejects NaN; the upper bound keeps the cast defined.
  if (pos == 0 || mult == 0 || !(value > 0) || value * mult > 1e15)
    throw Error(ErrorKind::kUsage,
                "option " + option + ": not a size: " + text + " (use e.g. 500KB, 100MB, 1GB)");
  return static_cast<uint64_t>(value * mult);
}

std::string summary_json(const gen::Summary& s, const std::string& out, bool zip, double secs) {
  std::string j = "{\"out\": " + std::string("\"") + gen::escape(out, false) +
                  "\", \"zip\": " + (zip ? "true" : "false") +
                  ", \"files\": " + std::to_string(s.files) + ", \"conversation_files\": [";
  for (size_t i = 0; i < s.conversation_files.size(); ++i) {
    const auto& f = s.conversation_files[i];
    j += (i ? ", " : "") + std::string("{\"name\": \"") + f.name +
         "\", \"bytes\": " + std::to_string(f.bytes) +
         ", \"conversations\": " + std::to_string(f.conversations) + "}";
  }
  char tail[200];
  std::snprintf(
      tail, sizeof tail,
      "], \"bytes\": %llu, \"conversations\": %lld, \"messages\": %lld, \"seconds\": %.3f}",
      static_cast<unsigned long long>(s.json_bytes), static_cast<long long>(s.conversations),
      static_cast<long long>(s.messages), secs);
  return j + tail;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Write a synthetic ChatGPT data export (deterministic for a seed)",
               "gen-chatgpt-export"};
  std::string out, size = "100MB", shard_size = "50MB";
  gen::Options opt;
  bool zip = false, json = false;
  app.add_option("--out", out, "output directory, or a .zip file")->required();
  app.add_option("--size", size, "total size of the conversation JSON (e.g. 100MB, 1GB)")
      ->capture_default_str();
  app.add_option("--seed", opt.seed, "random seed; same seed and size give identical bytes")
      ->capture_default_str();
  app.add_option("--shard-size", shard_size, "largest conversations-NNN.json shard")
      ->capture_default_str();
  app.add_flag("--single", opt.single,
               "write one conversations.json (older layout) instead of shards");
  app.add_flag("--zip", zip, "write a zip (implied when --out ends in .zip)");
  app.add_option("--giant", opt.giant, "also write one linear conversation of N messages")
      ->check(CLI::PositiveNumber);
  app.add_flag("--json", json, "print a JSON summary on stdout");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? chatbeto::kExitOk : chatbeto::kExitUsage;
  }

  try {
    opt.size_bytes = parse_size("--size", size);
    opt.shard_bytes = parse_size("--shard-size", shard_size);
    zip = zip || out.ends_with(".zip");

    auto start = std::chrono::steady_clock::now();
    std::unique_ptr<gen::Sink> sink;
    // The zip entries' mtime: the export's nominal date, not "now", for reproducible bytes.
    if (zip)
      sink = std::make_unique<gen::ZipSink>(out, static_cast<std::time_t>(gen::kEndUs / 1000000));
    else
      sink = std::make_unique<gen::DirSink>(out);
    gen::Summary s = gen::Exporter(opt, *sink).run();
    sink.reset();  // removes the zip staging directory
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::fprintf(stderr,
                 "gen-chatgpt-export: %zu conversation file(s), %d files in all, %.1f MB of JSON, "
                 "%lld conversations, %lld messages -> %s (%.2f s, %.0f MB/s)\n",
                 s.conversation_files.size(), s.files, s.json_bytes / 1e6,
                 static_cast<long long>(s.conversations), static_cast<long long>(s.messages),
                 out.c_str(), secs, s.json_bytes / 1e6 / (secs > 0 ? secs : 1e-9));
    if (json) std::printf("%s\n", summary_json(s, out, zip, secs).c_str());
    return chatbeto::kExitOk;
  } catch (const Error& e) {
    std::fprintf(stderr, "gen-chatgpt-export: %s\n", e.what());
    return e.exit_code();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen-chatgpt-export: %s\n", e.what());
    return chatbeto::kExitFailure;
  }
}
