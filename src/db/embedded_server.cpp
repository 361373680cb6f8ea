#include "db/embedded_server.h"

#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "db/connection.h"
#include "util/error.h"
#include "util/log.h"

namespace fs = std::filesystem;

namespace chatbeto::db {
namespace {

std::string OsUser() {
  if (const passwd* pw = getpwuid(geteuid())) return pw->pw_name;
  if (const char* u = std::getenv("USER")) return u;
  return "root";
}

// Finds an executable on PATH or in the usual sbin directories.
std::string FindProgram(const std::string& name) {
  std::vector<std::string> dirs;
  if (const char* path = std::getenv("PATH")) {
    std::stringstream ss(path);
    for (std::string d; std::getline(ss, d, ':');) dirs.push_back(d);
  }
  // CHATBETO_MARIADB_SEARCH=none limits the search to PATH (used by tests).
  const char* search = std::getenv("CHATBETO_MARIADB_SEARCH");
  if (!search || std::string(search) != "none")
    for (const char* d : {"/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin",
                          "/usr/libexec"})
      dirs.push_back(d);
  for (const auto& d : dirs) {
    std::string p = d + "/" + name;
    if (access(p.c_str(), X_OK) == 0) return p;
  }
  return "";
}

std::string RequireProgram(const std::string& name) {
  std::string p = FindProgram(name);
  if (p.empty())
    throw Error(ErrorKind::kUsage,
                name + " is not installed: the embedded database needs the Debian package "
                       "mariadb-server (apt-get install mariadb-server), or point chatbeto "
                       "at a database with --db / CHATBETO_DB");
  return p;
}

std::string Tail(const std::string& file, size_t max_lines) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::string out;
  for (size_t i = lines.size() > max_lines ? lines.size() - max_lines : 0; i < lines.size(); ++i)
    out += "\n  " + lines[i];
  return out;
}

// argv as execv wants it. Built before fork(): a child of a threaded process
// must not allocate before execv (another thread may have held the
// allocator's lock at the fork).
std::vector<char*> ExecArgs(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  return args;
}

// Runs argv to completion with stdout/stderr to `log`; returns the exit status.
int RunToLog(const std::vector<std::string>& argv, const std::string& log) {
  std::vector<char*> args = ExecArgs(argv);
  pid_t pid = fork();
  if (pid < 0) throw Error(ErrorKind::kIo, "fork failed");
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    int devnull = open("/dev/null", O_RDONLY);
    dup2(devnull, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

// Starts argv as a daemon (double fork, own session) so it outlives us.
void SpawnDaemon(const std::vector<std::string>& argv, const std::string& log) {
  std::vector<char*> args = ExecArgs(argv);
  pid_t pid = fork();
  if (pid < 0) throw Error(ErrorKind::kIo, "fork failed");
  if (pid == 0) {
    setsid();
    if (fork() != 0) _exit(0);
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    int devnull = open("/dev/null", O_RDWR);
    dup2(devnull, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    for (int i = 3; i < 1024; ++i) close(i);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
}

long ReadPid(const std::string& pid_file) {
  std::ifstream in(pid_file);
  long pid = 0;
  if (!(in >> pid)) return 0;
  return pid;
}

bool Alive(long pid) { return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

// An exclusive flock on `path` for the lifetime of the object.
class FileLock {
 public:
  explicit FileLock(const std::string& path) {
    fd_ = open(path.c_str(), O_RDWR | O_CREAT, 0600);
    if (fd_ < 0) throw Error(ErrorKind::kIo, "cannot open lock file " + path);
    while (flock(fd_, LOCK_EX) < 0 && errno == EINTR) {
    }
  }
  ~FileLock() { close(fd_); }

 private:
  int fd_;
};

}  // namespace

EmbeddedServer::EmbeddedServer(std::string home) : home_(std::move(home)) {
  datadir_ = home_ + "/mariadb/data";
  socket_ = home_ + "/mariadb/mariadb.sock";
  pid_file_ = home_ + "/mariadb/mariadbd.pid";
  log_file_ = home_ + "/mariadb/mariadbd.log";
  lock_file_ = home_ + "/mariadb/server.lock";
}

std::string EmbeddedServer::DefaultHome() {
  if (const char* h = std::getenv("CHATBETO_HOME"); h && *h) return h;
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return std::string(x) + "/chatbeto";
  const char* home = std::getenv("HOME");
  if (!home || !*home) {
    const passwd* pw = getpwuid(geteuid());
    home = pw ? pw->pw_dir : "/tmp";
  }
  return std::string(home) + "/.local/share/chatbeto";
}

EmbeddedStatus EmbeddedServer::Status() const {
  EmbeddedStatus s;
  s.home = home_;
  s.datadir = datadir_;
  s.socket = socket_;
  s.log_file = log_file_;
  s.installed = fs::exists(datadir_ + "/mysql");
  s.pid = ReadPid(pid_file_);
  s.running = Alive(s.pid) && fs::exists(socket_);
  if (!Alive(s.pid)) s.pid = 0;
  return s;
}

DbConfig EmbeddedServer::Config() const {
  DbConfig c;
  c.user = OsUser();
  c.host = "localhost";
  c.socket = socket_;
  c.database = "chatbeto";
  c.embedded = true;
  return c;
}

void EmbeddedServer::Start() {
  if (Status().running) return;
  std::error_code ec;
  fs::create_directories(home_ + "/mariadb", ec);
  if (ec) throw Error(ErrorKind::kIo, "cannot create " + home_ + "/mariadb: " + ec.message());
  fs::permissions(home_ + "/mariadb", fs::perms::owner_all, fs::perm_options::replace, ec);
  // unix socket paths are limited to 107 bytes.
  if (socket_.size() > 100)
    throw Error(ErrorKind::kUsage, "CHATBETO_HOME path is too long for a unix socket (" +
                                       socket_ + "); choose a shorter CHATBETO_HOME");
  FileLock lock(lock_file_);
  if (Status().running) return;  // another process started it while we waited

  std::string user = OsUser();
  // Each server gets its own temporary directory: servers initialising at once in the shared
  // /tmp collide on the names of their internal temporary tables.
  std::string tmpdir = home_ + "/mariadb/tmp";
  fs::create_directories(tmpdir, ec);
  if (ec) throw Error(ErrorKind::kIo, "cannot create " + tmpdir + ": " + ec.message());
  if (!fs::exists(datadir_ + "/mysql")) {
    std::string install = RequireProgram("mariadb-install-db");
    RequireProgram("mariadbd");
    log::Info("creating the embedded database in " + datadir_);
    fs::remove_all(datadir_, ec);  // a half-made directory from an interrupted install
    fs::create_directories(datadir_, ec);
    int rc = RunToLog({install, "--no-defaults", "--datadir=" + datadir_, "--user=" + user,
                       "--tmpdir=" + tmpdir, "--auth-root-authentication-method=socket", "--skip-test-db"},
                      log_file_);
    if (rc != 0 || !fs::exists(datadir_ + "/mysql")) {
      fs::remove_all(datadir_, ec);
      throw Error(ErrorKind::kIo, "mariadb-install-db failed (exit " + std::to_string(rc) +
                                      "); log " + log_file_ + ":" + Tail(log_file_, 8));
    }
  }
  std::string mariadbd = RequireProgram("mariadbd");
  fs::remove(socket_, ec);
  log::Info("starting the embedded database (socket " + socket_ + ")");
  SpawnDaemon({mariadbd, "--no-defaults", "--datadir=" + datadir_, "--socket=" + socket_,
               "--skip-networking", "--tmpdir=" + tmpdir, "--pid-file=" + pid_file_, "--log-error=" + log_file_,
               "--user=" + user, "--character-set-server=utf8mb4",
               "--collation-server=utf8mb4_unicode_ci", "--innodb-buffer-pool-size=512M",
               "--innodb-log-file-size=256M", "--max-allowed-packet=256M",
               "--skip-name-resolve", "--local-infile=1"},
              log_file_);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  DbConfig probe = Config();
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    if (!fs::exists(socket_)) continue;
    try {
      Connection::Open(probe);
      return;
    } catch (const Error&) {
      // not ready yet
    }
  }
  throw Error(ErrorKind::kDatabase, "the embedded database did not start within 60 s; log " +
                                        log_file_ + ":" + Tail(log_file_, 8));
}

bool EmbeddedServer::Stop() {
  long pid = ReadPid(pid_file_);
  if (!Alive(pid)) return false;
  kill(static_cast<pid_t>(pid), SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (Alive(pid) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  if (Alive(pid))
    throw Error(ErrorKind::kIo, "the embedded database (pid " + std::to_string(pid) +
                                    ") did not stop within 60 s");
  return true;
}

}  // namespace chatbeto::db
