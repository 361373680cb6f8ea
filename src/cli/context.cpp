#include "cli/context.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "db/embedded_server.h"
#include "db/migrations.h"

namespace chatbeto::cli {

db::DbConfig Context::ResolveDb() const {
  std::string url = opts.db_url;
  if (url.empty()) {
    if (const char* env = std::getenv("CHATBETO_DB"); env && *env) url = env;
  }
  db::DbConfig config;
  if (url.empty()) {
    config = db::EmbeddedServer(db::EmbeddedServer::DefaultHome()).Config();
  } else {
    config = db::ParseDbUrl(url);
  }
  config.defaults_file = opts.db_defaults_file;
  if (const char* pw = std::getenv("CHATBETO_DB_PASSWORD"); pw && *pw) config.password = pw;
  return config;
}

std::unique_ptr<db::Connection> Context::OpenDb(bool migrate) {
  db::DbConfig config = ResolveDb();
  if (config.embedded) db::EmbeddedServer(db::EmbeddedServer::DefaultHome()).Start();
  auto conn = db::Connection::Open(config);
  if (migrate) db::Migrate(*conn);
  return conn;
}

std::string DumpJson(const Json& j, int indent) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void Context::Emit(const Json& doc, const std::string& text) const {
  if (opts.json) {
    std::cout << DumpJson(doc) << "\n";
  } else if (!opts.quiet && !text.empty()) {
    std::cout << text;
    if (text.back() != '\n') std::cout << "\n";
  }
  std::cout.flush();
}

bool Context::ShowProgress() const {
  return !opts.no_progress && !opts.quiet && !opts.json && isatty(STDERR_FILENO);
}

}  // namespace chatbeto::cli
