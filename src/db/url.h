// Database connection settings parsed from a URL (pure, no I/O):
//   mysql://user@host:port/db
//   mysql://user@localhost/db?socket=/path/to.sock
//   mysql://user@host/db?ssl-mode=REQUIRED&ssl-ca=/etc/ca.pem
// A password inside the URL is refused: passwords come from
// CHATBETO_DB_PASSWORD or an option file, never from argv.
#pragma once
#include <optional>
#include <string>

namespace chatbeto::db {

struct DbConfig {
  std::string user;
  std::string host = "localhost";
  int port = 3306;
  std::string database = "chatbeto";
  std::string socket;         // unix socket path; used instead of host:port when set
  std::string ssl_mode;       // DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY
  std::string ssl_ca;
  std::string defaults_file;  // MySQL option file ([client] user/password/...)
  std::optional<std::string> password;  // from the environment only
  bool embedded = false;      // the private server chatbeto manages
  bool local_infile = true;   // allow LOAD DATA LOCAL (bulk import); ?local-infile=0 turns it off

  // For messages and --json: never includes the password.
  std::string Describe() const;
};

// Parses `url`. Throws Error(kUsage) naming the part at fault.
DbConfig ParseDbUrl(const std::string& url);

}  // namespace chatbeto::db
