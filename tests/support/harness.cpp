#include "support/harness.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <cppconn/resultset.h>
#include <cppconn/resultset_metadata.h>
#include <nlohmann/json.hpp>

#include "db/connection.h"
#include "db/embedded_server.h"

extern char** environ;
namespace fs = std::filesystem;

namespace chatbeto::testing {
namespace {
std::string g_home;
std::unique_ptr<db::EmbeddedServer> g_server;
std::atomic<int> g_counter{0};
}  // namespace

void Server::Start() {
  char tmpl[] = "/tmp/cbt-XXXXXX";
  g_home = mkdtemp(tmpl);
  g_server = std::make_unique<db::EmbeddedServer>(g_home);
  g_server->Start();
  // A throwaway server that the tests never kill: no fsync per commit (the
  // log is written at commit, flushed once a second), which is most of a
  // test's wait on a slow disk. Durability against a killed chatbeto is
  // unaffected; only a crash of the machine itself could lose commits.
  auto conn = db::Connection::Open(g_server->Config(), false);
  conn->Execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
}

void Server::Stop() {
  if (g_server) g_server->Stop();
  std::error_code ec;
  if (!g_home.empty()) fs::remove_all(g_home, ec);
}

const std::string& Server::Socket() {
  static std::string s = g_server->Status().socket;
  return s;
}
const std::string& Server::Home() { return g_home; }
std::string Server::User() { return g_server->Config().user; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string TestDataDir() { return CHATBETO_TEST_DATA_DIR; }
std::string SourceDir() { return CHATBETO_SOURCE_DIR; }

namespace {
// What a run that hangs was doing, for the log of the test that killed it:
// the server's sessions and transactions, and the stacks of chatbeto's
// threads (when gdb is there and may attach). Best effort: failures are said.
std::string HangReport(pid_t pid) {
  std::string out = "[harness] state before the kill:\n";
  try {
    auto conn = db::Connection::Open(g_server->Config(), false);
    auto dump = [&](const std::string& title, const std::string& sql) {
      out += "[harness] " + title + ":\n";
      std::unique_ptr<sql::ResultSet> rs;
      try {
        rs = conn->Query(sql);
      } catch (const std::exception& e) {
        out += "  (not available: " + std::string(e.what()) + ")\n";
        return;
      }
      const unsigned cols = rs->getMetaData()->getColumnCount();
      while (rs->next()) {
        std::string line = "  ";
        for (unsigned c = 1; c <= cols; ++c)
          line += (c > 1 ? " | " : "") + (rs->isNull(c) ? std::string("NULL")
                                                        : std::string(rs->getString(c)));
        out += line.substr(0, 600) + "\n";
      }
    };
    dump("SHOW FULL PROCESSLIST", "SHOW FULL PROCESSLIST");
    dump("INNODB_TRX", "SELECT trx_id, trx_state, trx_started, trx_wait_started, "
                       "trx_mysql_thread_id, trx_rows_locked, trx_query FROM "
                       "information_schema.INNODB_TRX");
    // MariaDB's metadata_lock_info plugin, when loaded.
    dump("metadata locks", "SELECT * FROM information_schema.METADATA_LOCK_INFO");
  } catch (const std::exception& e) {
    out += "[harness] cannot read the server's state: " + std::string(e.what()) + "\n";
  }
  std::string cmd = "command -v gdb >/dev/null && timeout 60 gdb -p " + std::to_string(pid) +
                    " -batch -nx -ex 'thread apply all bt 30' 2>&1 | grep -E '^(Thread|#)' | "
                    "head -300 || echo 'gdb is not installed: no stacks'";
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char line[1024];
    while (fgets(line, sizeof line, p)) out += line;
    pclose(p);
  }
  return out;
}

RunResult RunImpl(const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& env, int timeout_seconds,
                  int sig, const std::function<bool()>& ready) {
  std::map<std::string, std::string> vars;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    auto eq = kv.find('=');
    if (eq != std::string::npos) vars[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  vars.erase("CHATBETO_DB");
  vars.erase("CHATBETO_DB_PASSWORD");
  vars.erase("OPENAI_API_KEY");
  vars["CHATBETO_HOME"] = g_home;  // never touch the developer's own data
  for (const auto& [k, v] : env) {
    if (v.empty()) vars.erase(k);
    else vars[k] = v;
  }
  std::vector<std::string> envs;
  for (const auto& [k, v] : vars) envs.push_back(k + "=" + v);

  // Everything the child needs is built before fork(): the test process has
  // other threads (the fake OpenAI server's), and a child that allocates
  // between fork() and execve() can wait forever on an allocator lock one of
  // them held at the fork. That was the "silent hang" under ASan (HACKING.md):
  // the child never reached execve, so chatbeto never started.
  std::vector<char*> argv{const_cast<char*>(CHATBETO_BINARY)};
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (auto& e : envs) envp.push_back(e.data());
  envp.push_back(nullptr);
  const int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
  int out_pipe[2], err_pipe[2];
  if (devnull < 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
  pid_t pid = fork();
  if (pid == 0) {
    // Only async-signal-safe calls from here to execve.
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    dup2(devnull, 0);
    close(out_pipe[0]);
    close(err_pipe[0]);
    execve(CHATBETO_BINARY, argv.data(), envp.data());
    _exit(127);
  }
  close(devnull);
  close(out_pipe[1]);
  close(err_pipe[1]);
  RunResult r;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  auto started = std::chrono::steady_clock::now();
  auto deadline = started + std::chrono::seconds(timeout_seconds);
  auto next_check = started;  // `ready` is asked at most every 20 ms
  bool signalled = !ready;  // no condition: no signal
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      r.err += "\n" + HangReport(pid);
      kill(pid, SIGKILL);
      r.err += "\n[harness] chatbeto killed after " + std::to_string(timeout_seconds) + " s without exiting\n";
      break;
    }
    if (!signalled && std::chrono::steady_clock::now() >= next_check) {
      next_check = std::chrono::steady_clock::now() + std::chrono::milliseconds(20);
      if (ready()) {
        kill(pid, sig);
        signalled = true;
      }
    }
    if (poll(fds, 2, 20) <= 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? r.out : r.err).append(buf, n);
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}
}  // namespace

RunResult RunChatbeto(const std::vector<std::string>& args,
                      const std::map<std::string, std::string>& env, int timeout_seconds) {
  return RunImpl(args, env, timeout_seconds, 0, {});
}

RunResult RunChatbetoSignalWhen(const std::vector<std::string>& args, const std::function<bool()>& ready,
                                int sig, const std::map<std::string, std::string>& env) {
  return RunImpl(args, env, 300, sig, ready);
}

std::string ConversationJson(const ConvSpec& c) {
  auto q = [](const std::string& s) { return nlohmann::json(s).dump(); };
  std::string mapping = "\"root\":{\"id\":\"root\",\"message\":null,\"parent\":null,\"children\":[" +
                        std::string(c.messages > 0 ? "\"n0\"" : "") + "]}";
  for (int i = 0; i < c.messages; ++i) {
    std::string id = "n" + std::to_string(i);
    std::string parent = i == 0 ? "root" : "n" + std::to_string(i - 1);
    std::string child = i + 1 < c.messages ? "\"n" + std::to_string(i + 1) + "\"" : "";
    const char* role = i % 2 == 0 ? "user" : "assistant";
    mapping += ",\"" + id + "\":{\"id\":\"" + id + "\",\"message\":{\"id\":\"" + id +
               "\",\"author\":{\"role\":\"" + role + "\"},\"create_time\":" +
               std::to_string(c.update_time - 100 + i) +
               ",\"content\":{\"content_type\":\"text\",\"parts\":[" +
               q(c.title + " message " + std::to_string(i)) +
               "]},\"status\":\"finished_successfully\",\"weight\":1.0,\"metadata\":{},"
               "\"recipient\":\"all\"},\"parent\":\"" + parent + "\",\"children\":[" + child + "]}";
  }
  std::string current = c.messages > 0 ? "n" + std::to_string(c.messages - 1) : "root";
  return "{\"title\":" + q(c.title) + ",\"create_time\":" + std::to_string(c.update_time - 200) +
         ",\"update_time\":" + std::to_string(c.update_time) + ",\"mapping\":{" + mapping +
         "},\"current_node\":\"" + current + "\",\"conversation_id\":" + q(c.id) +
         ",\"gizmo_id\":" + (c.gizmo_id.empty() ? "null" : q(c.gizmo_id)) +
         ",\"gizmo_type\":" + (c.gizmo_id.empty() ? "null" : c.gizmo_id.rfind("g-p-", 0) == 0 ? "\"snorlax\"" : "\"gpt\"") +
         ",\"default_model_slug\":\"gpt-4o\",\"id\":" + q(c.id) + "}";
}

std::string ExportJson(const std::vector<ConvSpec>& convs) {
  std::string out = "[";
  for (size_t i = 0; i < convs.size(); ++i) out += (i ? ",\n" : "\n") + ConversationJson(convs[i]);
  return out + "\n]\n";
}

void DbTest::SetUp() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = std::string(info->test_suite_name()) + "_" + info->name();
  for (auto& c : name)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  db_name_ = "t" + std::to_string(getpid()) + "_" + std::to_string(g_counter++) + "_" +
             name.substr(0, 40);
  db::DbConfig c;
  c.user = Server::User();
  c.socket = Server::Socket();
  c.database = db_name_;
  conn_ = db::Connection::Open(c, true);
  char tmpl[] = "/tmp/cbt-case-XXXXXX";
  tmp_dir_ = mkdtemp(tmpl);
}

void DbTest::TearDown() {
  if (conn_) {
    try {
      conn_->Execute("DROP DATABASE IF EXISTS " + db::QuoteIdent(db_name_));
    } catch (...) {
    }
  }
  std::error_code ec;
  fs::remove_all(tmp_dir_, ec);
}

std::string DbTest::DbUrl() const {
  return "mysql://" + Server::User() + "@localhost/" + db_name_ + "?socket=" + Server::Socket();
}

db::Connection& DbTest::Conn() { return *conn_; }

RunResult DbTest::Run(std::vector<std::string> args, const std::map<std::string, std::string>& env) {
  args.insert(args.begin(), {"--db", DbUrl()});
  return RunChatbeto(args, env);
}

}  // namespace chatbeto::testing
