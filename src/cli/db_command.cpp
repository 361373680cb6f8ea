// `chatbeto db start|stop|status|migrate`: manage the embedded server and
// the schema.
#include "cli/commands.h"
#include "db/embedded_server.h"
#include "db/migrations.h"
#include "util/exit_codes.h"

namespace chatbeto::cli {
namespace {

Json StatusJson(const db::EmbeddedStatus& s) {
  return {{"home", s.home},     {"datadir", s.datadir},   {"socket", s.socket},
          {"log", s.log_file},  {"installed", s.installed}, {"running", s.running},
          {"pid", s.pid}};
}

int RunStart(Context& ctx) {
  db::EmbeddedServer server(db::EmbeddedServer::DefaultHome());
  bool was_running = server.Status().running;
  server.Start();
  auto s = server.Status();
  Json doc = {{"ok", true}, {"started", !was_running}, {"server", StatusJson(s)}};
  ctx.Emit(doc, (was_running ? "already running" : "started") + std::string(" (pid ") +
                    std::to_string(s.pid) + ", socket " + s.socket + ")");
  return kExitOk;
}

int RunStop(Context& ctx) {
  db::EmbeddedServer server(db::EmbeddedServer::DefaultHome());
  bool stopped = server.Stop();
  Json doc = {{"ok", true}, {"stopped", stopped}, {"server", StatusJson(server.Status())}};
  ctx.Emit(doc, stopped ? "stopped" : "not running");
  return kExitOk;
}

int RunStatus(Context& ctx) {
  db::EmbeddedServer server(db::EmbeddedServer::DefaultHome());
  auto s = server.Status();
  db::DbConfig config = ctx.ResolveDb();
  Json doc = {{"ok", true},
              {"database", config.Describe()},
              {"embedded", config.embedded},
              {"server", StatusJson(s)}};
  std::string text = "database: " + config.Describe() + "\nembedded server: " +
                     (s.running ? "running (pid " + std::to_string(s.pid) + ")"
                                : s.installed ? "stopped" : "not created yet") +
                     "\n  home:   " + s.home + "\n  socket: " + s.socket + "\n";
  ctx.Emit(doc, text);
  return kExitOk;
}

int RunMigrate(Context& ctx) {
  auto conn = ctx.OpenDb(false);
  auto r = db::Migrate(*conn);
  Json doc = {{"ok", true},
              {"from_version", r.from_version},
              {"to_version", r.to_version},
              {"applied", r.applied}};
  ctx.Emit(doc, r.applied.empty()
                    ? "schema up to date (version " + std::to_string(r.to_version) + ")"
                    : "migrated from version " + std::to_string(r.from_version) + " to " +
                          std::to_string(r.to_version));
  return kExitOk;
}

}  // namespace

void AddDbCommand(CLI::App& app, Context& ctx) {
  auto* db = app.add_subcommand("db", "Manage the database: the embedded server and migrations");
  db->require_subcommand(1);
  db->add_subcommand("start", "Start the embedded MariaDB server (creating it on first use)")
      ->callback([&ctx] { ctx.run = [&ctx] { return RunStart(ctx); }; });
  db->add_subcommand("stop", "Stop the embedded MariaDB server")
      ->callback([&ctx] { ctx.run = [&ctx] { return RunStop(ctx); }; });
  db->add_subcommand("status", "Show the configured database and the embedded server's state")
      ->callback([&ctx] { ctx.run = [&ctx] { return RunStatus(ctx); }; });
  db->add_subcommand("migrate", "Apply pending schema migrations (also done automatically)")
      ->callback([&ctx] { ctx.run = [&ctx] { return RunMigrate(ctx); }; });
}

}  // namespace chatbeto::cli
