// End-to-end: the binary's conventions, doctor, migrations, the embedded
// server and the job lock, against a real MariaDB.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "db/job_lock.h"
#include "support/harness.h"
#include "util/error.h"
#include "util/heap.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class Foundation : public DbTest {};

TEST_F(Foundation, DoctorJsonReportsHealthyDatabase) {
  auto r = Run({"doctor", "--json"}, {{"OPENAI_API_KEY", "sk-test-SECRET-value"}});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  auto doc = json::parse(r.out);
  EXPECT_TRUE(doc["ok"].get<bool>());
  std::map<std::string, std::string> status;
  for (auto& c : doc["checks"]) status[c["name"]] = c["status"];
  EXPECT_EQ(status["database"], "ok");
  EXPECT_EQ(status["libcurl_tls"], "ok");
  EXPECT_EQ(status["openai_api_key"], "ok");
  EXPECT_EQ(doc["info"]["openai_api_key"], "present");
  // The key's value never appears anywhere.
  EXPECT_EQ(r.out.find("SECRET"), std::string::npos);
  EXPECT_EQ(r.err.find("SECRET"), std::string::npos);
}

TEST_F(Foundation, DoctorFailsWhenDatabaseUnreachable) {
  auto r = RunChatbeto({"doctor", "--json", "--db",
                        "mysql://nobody@localhost/x?socket=/nonexistent/sock"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto doc = json::parse(r.out);
  EXPECT_FALSE(doc["ok"].get<bool>());
  EXPECT_EQ(doc["checks"][1]["name"], "database");
  EXPECT_EQ(doc["checks"][1]["status"], "fail");
}

TEST_F(Foundation, GlobalOptionsBeforeOrAfterSubcommand) {
  auto a = Run({"--json", "db", "migrate"});
  auto b = Run({"db", "migrate", "--json"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_TRUE(json::parse(a.out)["ok"].get<bool>());
  EXPECT_TRUE(json::parse(b.out).contains("to_version"));
}

TEST_F(Foundation, MigrationsAppliedOnce) {
  auto first = Run({"db", "migrate", "--json"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto doc = json::parse(first.out);
  EXPECT_EQ(doc["from_version"], 0);
  EXPECT_GE(doc["applied"].size(), 1u);
  int64_t n = Count("SELECT COUNT(*) FROM schema_migrations");
  EXPECT_EQ(n, static_cast<int64_t>(doc["applied"].size()));
  auto second = Run({"db", "migrate", "--json"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(json::parse(second.out)["applied"].empty());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), n);
}

// A run that stopped after a migration's DDL but before recording it (DDL
// commits implicitly): the next run applies the file again without failing.
TEST_F(Foundation, HalfAppliedMigrationsAreReRunnable) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  int64_t n = Count("SELECT COUNT(*) FROM schema_migrations");
  Conn().Execute("DELETE FROM schema_migrations WHERE version >= 2");  // tables and indexes stay
  auto r = Run({"db", "migrate", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["applied"].size(), static_cast<size_t>(n - 1));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), n);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = "
                  "DATABASE() AND table_name = 'messages' AND index_name = 'idx_messages_nodes' "
                  "AND seq_in_index = 1"),
            1);
}

TEST_F(Foundation, ChangedMigrationIsRefused) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  Conn().Execute("UPDATE schema_migrations SET checksum = REPEAT('0', 64) WHERE version = 1");
  auto r = Run({"db", "migrate", "--json"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("0001_foundation.sql was changed after it was applied"), std::string::npos)
      << r.err;
  EXPECT_EQ(json::parse(r.out)["error"]["kind"], "database");
}

TEST_F(Foundation, NewerDatabaseIsRefused) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  Conn().Execute("INSERT INTO schema_migrations VALUES (999, '0999_future.sql', REPEAT('a',64), NOW())");
  auto r = Run({"doctor", "--json"});
  EXPECT_EQ(r.exit_code, 1);
  auto m = Run({"db", "migrate"});
  EXPECT_EQ(m.exit_code, 1);
  EXPECT_NE(m.err.find("newer than this chatbeto"), std::string::npos) << m.err;
}

TEST_F(Foundation, UsageErrorsExitTwo) {
  auto typo = RunChatbeto({"doctr"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("did you mean \"doctor\""), std::string::npos) << typo.err;
  EXPECT_EQ(RunChatbeto({"doctor", "--no-such-option"}).exit_code, 2);
  EXPECT_EQ(RunChatbeto({}).exit_code, 2);
  auto bad_url = RunChatbeto({"doctor", "--db", "postgres://x/y"});
  EXPECT_EQ(bad_url.exit_code, 1);  // doctor reports it as a failed check
  EXPECT_EQ(RunChatbeto({"db", "migrate", "--db", "postgres://x/y"}).exit_code, 2);
  auto version = RunChatbeto({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("chatbeto "), std::string::npos);
  auto help = RunChatbeto({"db", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("migrate"), std::string::npos);
}

TEST_F(Foundation, PasswordComesFromEnvironmentNotArgv) {
  // A wrong password from the environment is used (and fails), never printed.
  Conn().Execute("CREATE USER IF NOT EXISTS 'pwuser'@'localhost' IDENTIFIED BY 'right-pw'");
  Conn().Execute("GRANT ALL ON `" + db_name_ + "`.* TO 'pwuser'@'localhost'");
  std::string url = "mysql://pwuser@localhost/" + db_name_ + "?socket=" + Server::Socket();
  auto ok = RunChatbeto({"db", "migrate", "--db", url}, {{"CHATBETO_DB_PASSWORD", "right-pw"}});
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  auto bad = RunChatbeto({"db", "migrate", "--db", url, "--json"},
                         {{"CHATBETO_DB_PASSWORD", "wrong-pw-XYZ"}});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ((bad.out + bad.err).find("wrong-pw-XYZ"), std::string::npos);
  // Option file instead of the environment.
  std::string cnf = tmp_dir_ + "/my.cnf";
  WriteFile(cnf, "[client]\npassword=right-pw\n");
  auto viafile = RunChatbeto({"db", "migrate", "--db", url, "--db-defaults-file", cnf});
  EXPECT_EQ(viafile.exit_code, 0) << viafile.err;
  Conn().Execute("DROP USER 'pwuser'@'localhost'");
}

TEST_F(Foundation, JobLockSecondRunIsRefusedWithHolder) {
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  db::DbConfig c = Conn().config();
  auto other = db::Connection::Open(c);
  {
    db::JobLock held(Conn(), "import");
    try {
      db::JobLock second(*other, "import");
      FAIL() << "second lock acquired";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kLocked);
      EXPECT_EQ(e.exit_code(), 5);
      EXPECT_NE(std::string(e.what()).find("pid " + std::to_string(getpid())), std::string::npos)
          << e.what();
    }
    // A different job is not blocked.
    db::JobLock sync(*other, "sync");
  }
  db::JobLock again(*other, "import");  // released with the first
}

TEST(EmbeddedServer, StartStatusStop) {
  char tmpl[] = "/tmp/cbt-emb-XXXXXX";
  std::string home = mkdtemp(tmpl);
  std::map<std::string, std::string> env = {{"CHATBETO_HOME", home}};
  auto st = json::parse(RunChatbeto({"db", "status", "--json"}, env).out);
  EXPECT_FALSE(st["server"]["installed"].get<bool>());
  EXPECT_FALSE(st["server"]["running"].get<bool>());
  EXPECT_TRUE(st["embedded"].get<bool>());
  // Any command that needs the database starts it on demand.
  auto doctor = RunChatbeto({"doctor", "--json"}, env);
  ASSERT_EQ(doctor.exit_code, 0) << doctor.err << doctor.out;
  st = json::parse(RunChatbeto({"db", "status", "--json"}, env).out);
  EXPECT_TRUE(st["server"]["running"].get<bool>());
  long pid = st["server"]["pid"];
  EXPECT_GT(pid, 0);
  // Left running for the next command, which reuses it.
  auto again = json::parse(RunChatbeto({"db", "start", "--json"}, env).out);
  EXPECT_FALSE(again["started"].get<bool>());
  EXPECT_EQ(again["server"]["pid"], pid);
  auto stop = json::parse(RunChatbeto({"db", "stop", "--json"}, env).out);
  EXPECT_TRUE(stop["stopped"].get<bool>());
  EXPECT_NE(kill(static_cast<pid_t>(pid), 0), 0);
  st = json::parse(RunChatbeto({"db", "status", "--json"}, env).out);
  EXPECT_FALSE(st["server"]["running"].get<bool>());
  EXPECT_TRUE(st["server"]["installed"].get<bool>());
  std::filesystem::remove_all(home);
}

// An import of 8 MB or more re-executes itself with glibc's huge-page
// tunable (util/heap.h) and then puts the caller's environment back: the
// server it starts on demand sees GLIBC_TUNABLES exactly as the caller set
// it, and nothing of chatbeto's own.
TEST(EmbeddedServer, ALargeImportLeavesTheEnvironmentAsTheCallerSetIt) {
  char tmpl[] = "/tmp/cbt-emb-XXXXXX";
  std::string home = mkdtemp(tmpl);
  const std::string export_dir = home + "/export";
  std::filesystem::create_directories(export_dir);
  // An export with no conversations, padded past the re-execution's threshold.
  std::ofstream(export_dir + "/conversations.json")
      << "[" << std::string(util::kHugePageInputBytes, ' ') << "]";
  std::map<std::string, std::string> env = {{"CHATBETO_HOME", home},
                                            {"GLIBC_TUNABLES", "glibc.malloc.perturb=0"}};
  auto r = RunChatbeto({"import", "--json", export_dir}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  EXPECT_EQ(json::parse(r.out)["conversations"], 0) << r.out;
  long pid = json::parse(RunChatbeto({"db", "status", "--json"}, env).out)["server"]["pid"];
  ASSERT_GT(pid, 0);
  std::ifstream f("/proc/" + std::to_string(pid) + "/environ");
  std::string environ((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  EXPECT_NE(environ.find(std::string("GLIBC_TUNABLES=glibc.malloc.perturb=0") + '\0'),
            std::string::npos);
  EXPECT_EQ(environ.find("hugetlb"), std::string::npos);
  EXPECT_EQ(environ.find("CHATBETO_SAVED"), std::string::npos);
  RunChatbeto({"db", "stop"}, env);
  std::filesystem::remove_all(home);
}

TEST(EmbeddedServer, MissingMariadbNamesThePackage) {
  char tmpl[] = "/tmp/cbt-emb-XXXXXX";
  std::string home = mkdtemp(tmpl);
  auto r = RunChatbeto({"db", "start"}, {{"CHATBETO_HOME", home}, {"PATH", "/nonexistent"},
                                         {"CHATBETO_MARIADB_SEARCH", "none"}});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("mariadb-server"), std::string::npos) << r.err;
  std::filesystem::remove_all(home);
}

}  // namespace
}  // namespace chatbeto::testing
