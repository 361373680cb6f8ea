// Defects found by trying the commands as a new user would (acceptance pass):
// each test is named after the case that went wrong.
#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

// A usage error: exit 2, the message on stderr holding `needle`, and with
// --json an error document on stdout.
void ExpectUsage(const RunResult& r, const std::string& needle, const std::string& what) {
  EXPECT_EQ(r.exit_code, 2) << what << ": " << r.err;
  EXPECT_NE(r.err.find(needle), std::string::npos) << what << ": " << r.err;
  ASSERT_FALSE(r.out.empty()) << what;
  auto doc = json::parse(r.out);
  EXPECT_EQ(doc["ok"], false) << what;
  EXPECT_EQ(doc["exit_code"], 2) << what;
  EXPECT_EQ(doc["error"]["kind"], "usage") << what;
}

class AcceptanceUsage : public DbTest {
 protected:
  // `args` ends with an integer option and a bad value: a usage error whose
  // message holds `needle`, never CLI11's "Value ... not in range".
  void ExpectWholeNumberExpected(std::vector<std::string> args, const std::string& needle) {
    const std::string what = args[0] + " " + args[args.size() - 2] + " " + args.back();
    args.push_back("--json");
    auto r = Run(args);
    ExpectUsage(r, needle, what);
    EXPECT_EQ(r.err.find("not in range"), std::string::npos) << what << ": " << r.err;
  }
};

TEST_F(AcceptanceUsage, UnknownSubcommandOfAGroupIsNamedWithAGuess) {
  auto r = Run({"whatsapp", "improt", "--json"});
  ExpectUsage(r, "unknown command \"whatsapp improt\"; did you mean \"whatsapp import\"?",
              "whatsapp improt");
  EXPECT_NE(r.err.find("chatbeto whatsapp --help"), std::string::npos) << r.err;
  ExpectUsage(Run({"db", "bogus", "--json"}), "unknown command \"db bogus\"", "db bogus");
  ExpectUsage(Run({"--json", "whatsapp", "--no-progress", "bogus"}),
              "unknown command \"whatsapp bogus\"", "global options around the group");
  // The top level still says so too; a known subcommand's positional is no command.
  ExpectUsage(Run({"sycn", "--json"}), "did you mean \"sync\"?", "sycn");
  EXPECT_EQ(Run({"whatsapp", "messages", "Nobody"}).err.find("unknown command"), std::string::npos);
}

TEST_F(AcceptanceUsage, EventsConversationZeroSaysWhatAnIdIs) {
  for (const char* bad : {"0", "-1", "abc", "1.5"}) {
    auto r = Run({"events", "--conversation", bad, "--json"});
    ExpectUsage(r, "expected a conversation id (a whole number from 1)", bad);
    EXPECT_EQ(r.err.find("1797693"), std::string::npos) << r.err;  // no 1.8e308 bound
  }
}

TEST_F(AcceptanceUsage, EventsOfAnUnknownConversationIsAUsageError) {
  ExpectUsage(Run({"events", "--conversation", "999", "--json"}), "no such WhatsApp conversation",
              "events");
  std::string ics = tmp_dir_ + "/e.ics";
  ExpectUsage(Run({"events", "export", "--ics", ics, "--conversation", "999", "--json"}),
              "no such WhatsApp conversation", "events export");
  // A real conversation without events is still a plain empty list.
  std::string chat = tmp_dir_ + "/WhatsApp Chat with Ana.txt";
  WriteFile(chat, "20/01/2024, 10:00 - Ana: Hola\n20/01/2024, 10:01 - Ana: Nada que agendar\n");
  ASSERT_EQ(Run({"whatsapp", "import", chat, "--tz", "UTC"}).exit_code, 0);
  std::string id = std::to_string(Count("SELECT MIN(id) FROM whatsapp_conversations"));
  auto ok = Run({"events", "--conversation", id, "--json"});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(json::parse(ok.out), json::array());
}

TEST_F(AcceptanceUsage, AskAnUnknownConversationNamesNoOptionItWasNotGiven) {
  auto r = Run({"ask", "nope", "hi", "--json"});
  ExpectUsage(r, "conversation \"nope\": no such conversation id", "ask");
  EXPECT_EQ(r.err.find("--conversation nope"), std::string::npos) << r.err;
  ExpectUsage(Run({"sync", "--conversation", "nope", "--json"}),
              "conversation \"nope\": no such conversation id", "sync");
}

TEST_F(AcceptanceUsage, LimitOfOnePointFiveIsNotCalledOutOfRange) {
  const std::vector<std::vector<std::string>> table = {
      {"sync", "--all", "--limit", "1.5"},
      {"sync", "--all", "--limit", "abc"},
      {"sync", "--all", "--limit", "0"},
      {"sync", "--all", "--limit", "1e3"},
      {"sync", "--all", "--jobs", "2.5"},
      {"whatsapp", "messages", "Ana", "--limit", "1.5"},
      {"whatsapp", "messages", "Ana", "--limit", "99999999999999999999"},
  };
  for (const auto& args : table) ExpectWholeNumberExpected(args, "expected a whole number from 1 to ");
  // In range still parses.
  EXPECT_EQ(Run({"sync", "--all", "--limit", "1000000", "--jobs", "64"}).exit_code, 0);
}

TEST_F(AcceptanceUsage, SearchInAMisspeltProjectIsAUsageErrorNotNoMatches) {
  std::string path = tmp_dir_ + "/export.json";
  WriteFile(path, ExportJson({{"a0", "Deploy", "g-p-0123456789abcdef0123456789abcdef", 2},
                              {"b0", "Other", "", 2}}));
  ASSERT_EQ(Run({"import", path}).exit_code, 0);
  ExpectUsage(Run({"search", "hello", "--project", "Nope", "--json"}),
              "--project \"Nope\": no such project name or gizmo id", "search --project Nope");
  // A gizmo id seen in the data is still a project filter, even unmapped.
  auto ok = Run({"search", "hello", "--project", "g-p-0123456789abcdef0123456789abcdef", "--json"});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

TEST_F(AcceptanceUsage, ThreadsShowOfAFailedFirstSyncShowsDashesNotBlanks) {
  std::string path = tmp_dir_ + "/export.json";
  WriteFile(path, ExportJson({{"a0", "Deploy", "", 2}}));
  ASSERT_EQ(Run({"import", path}).exit_code, 0);
  const std::string key = "sk-acceptance-never-shown-0123456789";
  auto sync = Run({"sync", "--conversation", "a0", "--live"},
                  {{"OPENAI_API_KEY", key},
                   {"OPENAI_BASE_URL", "http://127.0.0.1:9/v1"},  // nothing listens
                   {"CHATBETO_OPENAI_BACKOFF_SCALE", "0.01"}});
  EXPECT_EQ(sync.exit_code, 1) << sync.err;
  EXPECT_EQ(sync.out.find(key), std::string::npos);  // the key never shown
  EXPECT_EQ(sync.err.find(key), std::string::npos);
  auto r = Run({"threads", "show", "a0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("state          failed\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("created        -\nlast synced    -\n"), std::string::npos) << r.out;
}

TEST_F(AcceptanceUsage, StatsSaysOneEventNotOneEventsAndAnEmptyFilterIsNotNoEventsYet) {
  auto imp = Run({"whatsapp", "import", TestDataDir() + "/fixtures/events/es_01_seed.txt",
                  "--date-order", "dmy", "--tz", "UTC"});
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  ASSERT_EQ(Run({"whatsapp", "scan"}).exit_code, 0);
  ASSERT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 1);
  // A filter that leaves nothing is not "no events yet".
  auto none = Run({"events", "--since", "2025-03-08"});
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out, "no events match --conversation/--since (1 event in all)\n");
  EXPECT_NE(Run({"events", "--since", "2025-03-07"}).out.find("Revisión del proyecto"), std::string::npos);
  auto r = Run({"stats"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("whatsapp:           1 conversation (1 export), 7 messages ("),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" scanned, 1 event\n"), std::string::npos) << r.out;
}

TEST_F(AcceptanceUsage, WholeNumberOptionsSayWhatIsExpectedNotOutOfRange) {
  const std::vector<std::vector<std::string>> table = {
      {"whatsapp", "scan", "--batch-size", "1.5"},
      {"whatsapp", "scan", "--batch-size", "0"},
      {"whatsapp", "scan", "--workers", "2.5"},
      {"whatsapp", "scan", "--context", "-1"},
      {"search", "hello", "--limit", "1.5"},
      {"search", "hello", "--limit", "1001"},
      {"import", "export.json", "--batch-size", "1.5"},
      {"import", "export.json", "--batch-size", "abc"},
      {"whatsapp", "import", "chat.txt", "--batch-size", "0"},
  };
  for (const auto& args : table)
    ExpectWholeNumberExpected(args, args[args.size() - 2] + ": expected a whole number from ");
  auto r = Run({"search", "hello", "--limit", "0"});
  EXPECT_NE(r.err.find("expected a whole number from 1 to 1000, got 0"), std::string::npos) << r.err;
  // In range still parses.
  EXPECT_EQ(Run({"whatsapp", "scan", "--batch-size", "100000", "--workers", "2", "--context", "0"})
                .exit_code,
            0);
}

TEST_F(AcceptanceUsage, NoCommandPrintsTheHelpAndIsAUsageError) {
  for (const auto& args : std::vector<std::vector<std::string>>{{}, {"-v"}}) {
    auto r = RunChatbeto(args);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.out.find("batch ETL and sync of chat data"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Import ChatGPT exports"), std::string::npos) << r.out;  // the commands
    EXPECT_NE(r.err.find("chatbeto: no command given"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("A subcommand is required"), std::string::npos) << r.err;
  }
  // A group without its command shows the group's help.
  auto group = Run({"whatsapp"});
  EXPECT_EQ(group.exit_code, 2) << group.err;
  EXPECT_NE(group.out.find("Find calendar events"), std::string::npos) << group.out;
  EXPECT_NE(group.err.find("no command given to \"whatsapp\""), std::string::npos) << group.err;
  // --json: stdout stays one JSON document.
  ExpectUsage(Run({"--json"}), "chatbeto: no command given", "--json alone");
}

TEST_F(AcceptanceUsage, CheckJsonCarriesItsExitCode) {
  auto failed = Run({"check", "--json"});  // an empty database fails database_not_empty
  ASSERT_EQ(failed.exit_code, 3) << failed.err;
  auto doc = json::parse(failed.out);
  EXPECT_EQ(doc["ok"], false);
  EXPECT_EQ(doc["exit_code"], 3);
  auto passed = Run({"check", "--skip", "database_not_empty", "--json"});
  ASSERT_EQ(passed.exit_code, 0) << passed.err;
  EXPECT_EQ(json::parse(passed.out)["exit_code"], 0);
}

TEST_F(AcceptanceUsage, EventsExportIntoAMissingDirectoryNamesItAndCreatesNothing) {
  const std::string missing = tmp_dir_ + "/no-such-dir/sub";
  const std::string ics = missing + "/events.ics";
  ExpectUsage(Run({"events", "export", "--ics", ics, "--json"}),
              "--ics " + ics + ": no such directory: " + missing, "missing directory");
  EXPECT_FALSE(std::filesystem::exists(tmp_dir_ + "/no-such-dir"));
  const std::string file = tmp_dir_ + "/a-file";
  WriteFile(file, "x");
  ExpectUsage(Run({"events", "export", "--ics", file + "/events.ics", "--json"}),
              file + " is not a directory", "a file as the directory");
  // An existing directory, and the current one, still work.
  EXPECT_EQ(Run({"events", "export", "--ics", tmp_dir_ + "/events.ics"}).exit_code, 0);
}

}  // namespace
}  // namespace chatbeto::testing
