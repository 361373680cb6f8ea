// The private MariaDB server chatbeto runs when no database is configured.
// It lives under CHATBETO_HOME (default ~/.local/share/chatbeto): data in
// mariadb/data, a unix socket, networking off. Start() creates the data
// directory with mariadb-install-db on first use and leaves the server
// running for the next command; Stop() ends it. Safe when several chatbeto
// processes call Start() at once (a file lock serializes them).
#pragma once
#include <string>

#include "db/url.h"

namespace chatbeto::db {

struct EmbeddedStatus {
  std::string home;
  std::string datadir;
  std::string socket;
  std::string log_file;
  bool installed = false;  // data directory initialized
  bool running = false;    // process alive and socket present
  long pid = 0;
};

class EmbeddedServer {
 public:
  explicit EmbeddedServer(std::string home);
  // CHATBETO_HOME, else $XDG_DATA_HOME/chatbeto, else ~/.local/share/chatbeto.
  static std::string DefaultHome();

  EmbeddedStatus Status() const;
  // Installs (first use) and starts the server; returns once it accepts
  // connections. Idempotent. Throws Error(kIo/kDatabase) with the reason and
  // the tail of the server's error log; Error(kUsage) naming the Debian
  // package when mariadbd is not installed.
  void Start();
  // Stops a running server (SIGTERM, waits up to 60 s). Returns false when
  // it was not running.
  bool Stop();
  // Connection settings for the server: socket, OS user, database "chatbeto".
  DbConfig Config() const;

 private:
  std::string home_, datadir_, socket_, pid_file_, log_file_, lock_file_;
};

}  // namespace chatbeto::db
