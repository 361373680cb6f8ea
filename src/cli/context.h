// What every subcommand shares: the global options, the database it talks
// to, and the output channel (one JSON document with --json, human text
// otherwise; logs and progress on stderr).
#pragma once
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "db/connection.h"
#include "db/url.h"

namespace chatbeto::cli {

using Json = nlohmann::ordered_json;

struct GlobalOptions {
  std::string db_url;            // --db (else CHATBETO_DB, else the embedded server)
  std::string db_defaults_file;  // --db-defaults-file: MySQL option file with the password
  bool json = false;
  bool quiet = false;
  int verbose = 0;
  std::string log_format = "text";
  bool no_progress = false;
};

class Context {
 public:
  GlobalOptions opts;
  // The command chosen on the command line; returns the exit code.
  std::function<int()> run;

  // Resolves --db / CHATBETO_DB / embedded, with the password from
  // CHATBETO_DB_PASSWORD. Does not connect.
  db::DbConfig ResolveDb() const;
  // Connects (starting the embedded server when it is the target) and, when
  // `migrate`, brings the schema up to date. Throws Error(kDatabase/kUsage).
  std::unique_ptr<db::Connection> OpenDb(bool migrate = true);

  // Prints the result: `doc` as one JSON document with --json, else `text`
  // (unless -q). Both go to stdout.
  void Emit(const Json& doc, const std::string& text) const;
  // Progress bars only on a terminal, without --no-progress/-q/--json.
  bool ShowProgress() const;
};

// The JSON dump options chatbeto uses everywhere (invalid UTF-8 replaced).
std::string DumpJson(const Json& j, int indent = 2);

}  // namespace chatbeto::cli
