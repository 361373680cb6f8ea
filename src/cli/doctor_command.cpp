// `chatbeto doctor`: checks what chatbeto needs and says what to fix.
// Exit 0 only when every required check passes.
#include <curl/curl.h>

#include <cstdlib>
#include <memory>

#include "cli/commands.h"
#include "db/embedded_server.h"
#include "db/migrations.h"
#include "openai/client.h"
#include "openai/config.h"
#include "util/error.h"
#include "util/exit_codes.h"

namespace chatbeto::cli {
namespace {

struct Check {
  std::string name;
  std::string status;  // ok, warn, fail
  std::string detail;
  bool required = true;
};

void CheckDatabase(Context& ctx, std::vector<Check>& checks, Json& info) {
  db::DbConfig config;
  try {
    config = ctx.ResolveDb();
  } catch (const Error& e) {
    checks.push_back({"database", "fail", e.what()});
    return;
  }
  info["database"] = config.Describe();
  if (config.embedded) {
    db::EmbeddedServer server(db::EmbeddedServer::DefaultHome());
    try {
      server.Start();
      auto s = server.Status();
      checks.push_back({"embedded_server", "ok",
                        "running (pid " + std::to_string(s.pid) + ", socket " + s.socket + ")"});
    } catch (const Error& e) {
      checks.push_back({"embedded_server", "fail", e.what()});
      return;
    }
  } else {
    checks.push_back({"embedded_server", "ok", "not used (a database is configured)", false});
  }
  std::unique_ptr<db::Connection> conn;
  try {
    conn = db::Connection::Open(config);
  } catch (const Error& e) {
    checks.push_back({"database", "fail", e.what()});
    return;
  }
  std::string version = conn->ServerVersion();
  info["server_version"] = version;
  checks.push_back({"database", "ok", "reachable: " + config.Describe() + ", server " + version});
  int current = db::CurrentSchemaVersion(*conn);
  int latest = db::LatestKnownVersion();
  info["schema_version"] = current;
  info["schema_latest"] = latest;
  if (current > latest) {
    checks.push_back({"schema", "fail",
                      "database schema " + std::to_string(current) + " is newer than this chatbeto (" +
                          std::to_string(latest) + "); upgrade chatbeto"});
  } else if (current < latest) {
    checks.push_back({"schema", "warn",
                      "schema " + std::to_string(current) + " of " + std::to_string(latest) +
                          ": run 'chatbeto db migrate' (any command also applies it)",
                      false});
  } else {
    checks.push_back({"schema", "ok", "up to date (version " + std::to_string(current) + ")"});
  }
}

void CheckOpenAi(std::vector<Check>& checks, Json& info) {
  const char* key = std::getenv("OPENAI_API_KEY");
  bool present = key && *key;
  info["openai_api_key"] = present ? "present" : "missing";
  checks.push_back({"openai_api_key", present ? "ok" : "warn",
                    present ? "OPENAI_API_KEY is set (value not shown)"
                            : "OPENAI_API_KEY is not set; needed only for sync/ask with --live",
                    false});
  const char* base = std::getenv("OPENAI_BASE_URL");
  info["openai_base_url"] = base && *base ? base : "https://api.openai.com/v1";
}

// --live: one authenticated request (GET /models) proves the key and the
// base URL; the key itself is never shown.
void CheckOpenAiLive(const std::string& api_key_file, std::vector<Check>& checks, Json& info) {
  try {
    auto config = openai::ConfigFromEnv(api_key_file, true);
    openai::RateLimiter limiter;
    openai::CallStats stats;
    openai::RetryPolicy policy = openai::PolicyFromEnv();
    policy.max_retries = 1;
    openai::Client client(config, &limiter, &stats, policy);
    auto r = client.Probe();
    info["openai_live_status"] = r.status;
    checks.push_back({"openai_live", "ok", "authenticated request to " + config.base_url +
                                               "/models answered HTTP " + std::to_string(r.status) +
                                               (r.RequestId().empty() ? "" : " (x-request-id " + r.RequestId() + ")")});
  } catch (const Error& e) {
    checks.push_back({"openai_live", "fail", e.what()});
  }
}

void CheckCurl(std::vector<Check>& checks, Json& info) {
  const curl_version_info_data* v = curl_version_info(CURLVERSION_NOW);
  bool tls = (v->features & CURL_VERSION_SSL) != 0 && v->ssl_version;
  info["libcurl"] = v->version;
  info["libcurl_tls"] = tls ? v->ssl_version : "none";
  checks.push_back({"libcurl_tls", tls ? "ok" : "fail",
                    tls ? std::string("libcurl ") + v->version + " with " + v->ssl_version
                        : "libcurl has no TLS support; install libcurl4-openssl-dev's runtime"});
}

struct DoctorCli {
  bool live = false;
  std::string api_key_file;
};

int RunDoctor(Context& ctx, const DoctorCli& d) {
  std::vector<Check> checks;
  Json info;
  CheckDatabase(ctx, checks, info);
  CheckOpenAi(checks, info);
  if (d.live) CheckOpenAiLive(d.api_key_file, checks, info);
  CheckCurl(checks, info);

  bool healthy = true;
  Json list = Json::array();
  std::string text;
  for (const auto& c : checks) {
    if (c.status == "fail" && c.required) healthy = false;
    list.push_back({{"name", c.name}, {"status", c.status}, {"required", c.required},
                    {"detail", c.detail}});
    text += (c.status == "ok" ? "  ok    " : c.status == "warn" ? "  warn  " : "  FAIL  ") + c.name +
            ": " + c.detail + "\n";
  }
  text += healthy ? "healthy\n" : "unhealthy: fix the FAIL lines above\n";
  Json doc;
  doc["ok"] = healthy;
  doc["version"] = CHATBETO_VERSION;
  doc["checks"] = list;
  doc["info"] = info;
  ctx.Emit(doc, text);
  return healthy ? kExitOk : kExitFailure;
}

}  // namespace

void AddDoctorCommand(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("doctor", "Check the database, the embedded server, the OpenAI "
                                           "key (presence only) and TLS support");
  auto d = std::make_shared<DoctorCli>();
  cmd->add_flag("--live", d->live, "Also send one authenticated request to OpenAI (key never shown)");
  cmd->add_option("--api-key-file", d->api_key_file, "File holding the OpenAI API key");
  cmd->callback([&ctx, d] { ctx.run = [&ctx, d] { return RunDoctor(ctx, *d); }; });
}

}  // namespace chatbeto::cli
