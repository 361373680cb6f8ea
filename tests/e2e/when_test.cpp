// `chatbeto when`: the binary end to end (no database involved).
#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

TEST(When, JsonGivesStartEndAndGrainPerLine) {
  auto r = RunChatbeto({"when", "Quedamos el viernes a las 10, o el lunes de 2 a 4", "--at",
                        "2019-03-01T09:00:00+01:00", "--lang", "es", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["text"], "Quedamos el viernes a las 10, o el lunes de 2 a 4");
  ASSERT_EQ(doc["matches"].size(), 2u) << r.out;
  EXPECT_EQ(doc["matches"][0]["text"], "el viernes a las 10");
  EXPECT_EQ(doc["matches"][0]["start"], "2019-03-08T10:00:00");
  EXPECT_TRUE(doc["matches"][0]["end"].is_null());
  EXPECT_EQ(doc["matches"][0]["grain"], "hour");
  EXPECT_EQ(doc["matches"][1]["start"], "2019-03-04T14:00:00");
  EXPECT_EQ(doc["matches"][1]["end"], "2019-03-04T16:00:00");
}

TEST(When, GlobalJsonBeforeTheSubcommandAndHumanText) {
  auto r = RunChatbeto({"--json", "when", "half past 11 in the morning", "--at",
                        "2019-03-01T09:00:00Z", "--lang", "en"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["matches"][0]["start"], "2019-03-01T11:30:00");
  auto h = RunChatbeto({"when", "nothing here", "--at", "2019-03-01T09:00:00Z", "--lang", "en"});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_NE(h.out.find("no date or time found"), std::string::npos) << h.out;
}

// A deadline is shown as Duckling resolves it: from --at up to it.
TEST(When, ADeadlineRunsFromTheReferenceTime) {
  auto r = RunChatbeto({"when", "please send it by 2:00pm", "--at", "2013-02-12T04:30:00-02:00",
                        "--lang", "en", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = nlohmann::json::parse(r.out)["matches"].at(0);
  EXPECT_EQ(m["text"], "by 2:00pm");
  EXPECT_EQ(m["start"], "2013-02-12T04:30:00");
  EXPECT_EQ(m["end"], "2013-02-12T13:59:59");
  EXPECT_EQ(m["grain"], "second");
}

TEST(When, ZonesAreConvertedToTheOffsetOfAt) {
  auto r = RunChatbeto(
      {"when", "4pm CET", "--at", "2013-02-12T04:30:00-02:00", "--lang", "en", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["matches"][0]["start"], "2013-02-12T13:00:00");
}

struct BadArgs {
  std::vector<std::string> args;
  const char* needle;
};

TEST(When, BadAtOrLangIsAUsageError) {
  const std::vector<BadArgs> table = {
      {{"--at", "2019-03-01T09:00:00", "--lang", "es"}, "no offset"},
      {{"--at", "2019-03-01", "--lang", "es"}, "no time"},
      {{"--at", "01/03/2019 09:00+01:00", "--lang", "es"}, "no date"},
      {{"--at", "2019-02-30T09:00:00Z", "--lang", "es"}, "no such day"},
      {{"--at", "2019-03-01T25:00:00Z", "--lang", "es"}, "out of range"},
      {{"--at", "2019-03-01T09:00:00+01:00junk", "--lang", "es"}, "after the offset"},
      {{"--at", "2019-03-01T09:00:00Z", "--lang", "fr"}, "--lang must be es or en"},
      {{"--lang", "es"}, "--at"},
  };
  for (const auto& b : table) {
    std::vector<std::string> args = {"when", "hoy"};
    args.insert(args.end(), b.args.begin(), b.args.end());
    auto r = RunChatbeto(args);
    EXPECT_EQ(r.exit_code, 2) << b.needle;
    EXPECT_NE(r.err.find(b.needle), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace chatbeto::testing
