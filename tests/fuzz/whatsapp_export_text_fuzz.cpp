// Fuzz target for the export text reader (ScanExportText + ExportTextReader).
// Besides not crashing, checks: every message has a well-formed sid, a time,
// a raw text and a known type; rejections name the file and a line inside it;
// reading twice gives the same sids (they must be stable for re-imports).
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "whatsapp/export_text.h"

using namespace chatbeto::whatsapp;

namespace {

std::vector<std::string> Read(std::string_view text, const TextScan& scan, int64_t* lines,
                              std::vector<Rejection>* rejections) {
  static ZoneConverter zone("Europe/Madrid");  // a zone with DST transitions
  ExportTextOptions o;
  o.file = "fuzz.txt";
  o.chat_key = "export:fuzz";
  o.chat_name = "fuzz";
  o.me = "a";
  o.order = scan.verdict.order;
  o.layout = scan.layout;
  ExportTextReader reader(text, o, zone);
  std::vector<std::string> sids;
  static const std::set<std::string> kTypes = {"text",  "system",   "deleted", "poll",
                                               "media", "location", "empty"};
  Message m;
  while (reader.Next(m)) {
    CHECK(m.sid.size() == 66 && m.sid.rfind("x-", 0) == 0);
    CHECK(m.received_at_us.has_value());
    CHECK(!m.raw.empty());
    CHECK(kTypes.count(m.message_type) == 1);
    CHECK(m.is_system == (m.direction == Direction::kSystem));
    CHECK(m.source.rfind("fuzz.txt:", 0) == 0);
    CHECK(m.body.find("\r\n") == std::string::npos);
    sids.push_back(m.sid);
  }
  *lines = reader.lines();
  *rejections = reader.rejections();
  return sids;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  TextScan scan = ScanExportText(text);
  CHECK(scan.verdict.order != DateOrder::kAuto);
  CHECK((scan.headers == 0) == scan.layout.empty());
  int64_t lines = 0;
  std::vector<Rejection> rejections;
  auto first = Read(text, scan, &lines, &rejections);
  for (const auto& r : rejections) {
    CHECK(r.file == "fuzz.txt");
    CHECK(r.line >= 1 && r.line <= lines);
    CHECK(!r.reason.empty());
    CHECK(r.record.size() <= 300);
  }
  CHECK(static_cast<int64_t>(first.size()) <= scan.headers);
  int64_t lines2 = 0;
  std::vector<Rejection> rejections2;
  CHECK(Read(text, scan, &lines2, &rejections2) == first);
  CHECK(rejections2.size() == rejections.size());
  std::set<std::string> unique(first.begin(), first.end());
  CHECK(unique.size() == first.size());  // occurrences keep identical messages apart
  return 0;
}
