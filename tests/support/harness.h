// Test harness for end-to-end tests: one real MariaDB server for the whole
// suite (chatbeto's own embedded-server code, in a throwaway CHATBETO_HOME
// under /tmp, unix socket, no networking), a fresh database per test, and a
// runner for the real chatbeto binary.
#pragma once
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "db/connection.h"

namespace chatbeto::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// The suite-wide server. Started by main() before any test.
class Server {
 public:
  static void Start();
  static void Stop();
  static const std::string& Socket();
  static const std::string& Home();  // CHATBETO_HOME of the suite's server
  static std::string User();
};

// Runs the chatbeto binary with `args`; `env` entries are added to (or, with
// an empty value, removed from) the environment. CHATBETO_DB and
// OPENAI_API_KEY are cleared unless given.
RunResult RunChatbeto(const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env = {},
                      int timeout_seconds = 300);

// A fixture giving each test its own empty database on the suite's server.
class DbTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // mysql://user@localhost/<db>?socket=... for --db
  std::string DbUrl() const;
  // A library connection to the test's database.
  db::Connection& Conn();
  // Runs chatbeto with --db pointing at this test's database.
  RunResult Run(std::vector<std::string> args, const std::map<std::string, std::string>& env = {});
  int64_t Count(const std::string& sql) { return Conn().QueryInt(sql).value_or(-1); }

  std::string db_name_;
  std::string tmp_dir_;  // a scratch directory removed after the test

 private:
  std::unique_ptr<db::Connection> conn_;
};

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
std::string TestDataDir();  // tests/ (fixtures/chatgpt/: real export files, from ../shared)
std::string SourceDir();  // the repository

}  // namespace chatbeto::testing

namespace chatbeto::testing {

// A small but real-shaped conversation object (root + alternating
// user/assistant chain) for crafted exports.
struct ConvSpec {
  std::string id;
  std::string title;
  std::string gizmo_id;  // "" = null
  int messages = 2;
  double update_time = 1750000000.5;
};
std::string ConversationJson(const ConvSpec& c);
// A JSON array of conversations.
std::string ExportJson(const std::vector<ConvSpec>& convs);

// Runs chatbeto and sends `sig` once `ready()` returns true; `ready` is polled
// about every 20 ms on the calling thread while the child runs (give it a
// connection of its own state, e.g. a row count). Use it instead of a fixed
// delay whenever "the run has reached X" can be observed: a fixed delay is
// too early on a slow machine (under ASan the signal can land before the
// handler is installed) and too late on a fast one.
RunResult RunChatbetoSignalWhen(const std::vector<std::string>& args, const std::function<bool()>& ready,
                                int sig, const std::map<std::string, std::string>& env = {});

}  // namespace chatbeto::testing
