// End-to-end: the events a user gets from the command line (`whatsapp import`
// of the chat files, `whatsapp scan`, `events --json`) are exactly those the
// extractor gives on the same files (what bench/events-eval and the unit tests
// score). A sample of tests/fixtures/events, both languages and platforms: a
// difference is a bug in the import, the scan's windows or the stored events
// (one was: a title cut inside "mamá" failed the scan's INSERT).
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "events/chat_text.h"
#include "events/extract.h"
#include "scan_fixture.h"
#include "support/harness.h"
#include "unit/events_extract_util.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class EventsCliPath : public ScanTest {};

TEST_F(EventsCliPath, TheCommandLineGivesTheExtractorsEvents) {
  const std::string dir = TestDataDir() + "/fixtures/events/";
  std::ifstream ef(dir + "expected.json");
  ASSERT_TRUE(ef) << dir;
  json expected = json::parse(ef);
  // Every 12th Android chat and every 3rd iOS one: about 160, Spanish and English.
  std::map<std::string, std::vector<std::string>> files_by_order;
  std::map<std::string, std::vector<std::string>> want;  // chat -> "start status title"
  size_t i = 0, es = 0, ios = 0, taken = 0;
  for (auto& [name, spec] : expected.items()) {
    const bool is_ios = spec.value("platform", "") == "ios";
    if (i++ % (is_ios ? 3 : 12)) continue;
    ++taken;
    const std::string order = spec.value("date_order", "mdy");
    files_by_order[order].push_back(dir + name + ".txt");
    es += name.rfind("es_", 0) == 0;
    ios += is_ios;
    std::ifstream in(dir + name + ".txt");
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& e : events::ExtractEvents(events::ReadChatText(text.str(), order == "mdy", name)))
      want[name].push_back(events::testing_util::Fmt(e) + " " + events::StatusName(e.status) + " " + e.title);
  }
  ASSERT_GT(es, 10u);
  ASSERT_GT(ios, 10u);
  ASSERT_GT(want.size(), 80u);  // chats with events; the others must get none

  for (auto& [order, files] : files_by_order) {
    std::vector<std::string> args = {"whatsapp", "import"};
    args.insert(args.end(), files.begin(), files.end());
    args.insert(args.end(), {"--date-order", order, "--tz", "Europe/Madrid"});
    auto r = Run(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  json s = Scan();
  EXPECT_EQ(s["conversations"], taken);

  auto r = Run({"whatsapp", "conversations", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<int64_t, std::string> name_of;
  const json convs = json::parse(r.out);
  for (auto& c : convs["conversations"]) name_of[c["id"].get<int64_t>()] = c["name"];
  r = Run({"events", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::vector<std::string>> got;
  for (auto& e : json::parse(r.out))
    got[name_of.at(e["conversation"].get<int64_t>())].push_back(e["start"].get<std::string>() + " " +
                                                 e["status"].get<std::string>() + " " +
                                                 e["title"].get<std::string>());
  // `events` lists by start, the extractor by when each plan was made.
  for (auto& [name, events] : want) {
    std::sort(events.begin(), events.end());
    std::sort(got[name].begin(), got[name].end());
    EXPECT_EQ(got[name], events) << name;
  }
  for (auto& [name, events] : got) EXPECT_TRUE(want.count(name)) << name << ": " << events.front();
}

}  // namespace
}  // namespace chatbeto::testing
