#include "cli/app.h"

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::cli {
namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Options of the main app that take a value (so their value is not mistaken
// for a subcommand name).
bool TakesValue(const std::string& arg) {
  return arg == "--db" || arg == "--log-format" || arg == "--db-defaults-file";
}

// The first word that should have been a subcommand: of the app, or of a group
// such as `whatsapp` or `db` that needs one. `group` is where it was expected.
struct UnknownWord {
  std::string word;           // "" when every word was a known command
  CLI::App* group = nullptr;  // the app or the group
  std::string prefix;         // "whatsapp " for a group's subcommand
};

UnknownWord FirstUnknownWord(CLI::App& app, int argc, char** argv) {
  UnknownWord u{"", &app, ""};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") return {};
    if (TakesValue(a)) {
      ++i;
      continue;
    }
    if (a.starts_with("-")) continue;
    CLI::App* found = nullptr;
    for (auto* sub : u.group->get_subcommands({}))
      if (sub->check_name(a)) found = sub;
    if (!found) {
      u.word = a;
      return u;
    }
    // Only a group that needs a subcommand reads the next word as one.
    if (found->get_subcommands({}).empty() || found->get_require_subcommand_min() == 0) return {};
    u.group = found;
    u.prefix += a + " ";
  }
  return {};
}

// The app or group that was left without the subcommand it needs
// ("chatbeto", "chatbeto -v", "chatbeto whatsapp"), else nullptr.
CLI::App* MissingSubcommand(CLI::App& app) {
  CLI::App* at = &app;
  for (auto subs = at->get_subcommands(); !subs.empty(); subs = at->get_subcommands())
    at = subs.front();
  return at->get_require_subcommand_min() > 0 ? at : nullptr;
}

void ConfigureLogging(const GlobalOptions& o) {
  log::Level level = log::Level::kInfo;
  if (o.quiet) level = log::Level::kWarn;
  if (o.verbose > 0) level = log::Level::kDebug;
  log::Configure(level, o.log_format == "json" ? log::Format::kJson : log::Format::kText);
}

int Fail(const Context& ctx, ErrorKind kind, const std::string& message, int code) {
  log::Error(message);
  if (ctx.opts.json) {
    Json doc;
    doc["ok"] = false;
    doc["exit_code"] = code;
    doc["error"] = {{"kind", ErrorKindName(kind)}, {"message", message}};
    std::cout << DumpJson(doc) << "\n";
  }
  return code;
}

// Whether --json was asked for, read from argv: a usage error can stop the
// parse before the flag is stored.
bool WantsJson(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--") break;
    if (a == "--json") return true;
  }
  return false;
}

// A usage error: the message on stderr and, with --json, the same error
// document as any other failure on stdout.
int UsageError(Context& ctx, int argc, char** argv, const std::string& message,
               const std::string& hint) {
  std::cerr << "chatbeto: " << message << "\n" << hint;
  if (WantsJson(argc, argv)) {
    Json doc;
    doc["ok"] = false;
    doc["exit_code"] = kExitUsage;
    doc["error"] = {{"kind", ErrorKindName(ErrorKind::kUsage)}, {"message", message}};
    std::cout << DumpJson(doc) << "\n";
  }
  return kExitUsage;
}

}  // namespace

std::string ClosestName(const std::string& word, const std::vector<std::string>& names) {
  std::string best;
  size_t best_d = 3;
  for (const auto& n : names) {
    size_t d = EditDistance(word, n);
    if (d < best_d || (word.size() >= 2 && n.starts_with(word) && best.empty())) {
      best = n;
      best_d = std::min(d, best_d);
    }
  }
  return best;
}

void BuildApp(CLI::App& app, Context& ctx) {
  app.description(
      "chatbeto: batch ETL and sync of chat data (ChatGPT exports into MySQL/MariaDB, "
      "projects, OpenAI conversations, WhatsApp events)");
  app.set_version_flag("--version", std::string("chatbeto ") + CHATBETO_VERSION);
  app.fallthrough();  // global options also work after the subcommand
  app.require_subcommand(1);
  auto& o = ctx.opts;
  app.add_option("--db", o.db_url,
                 "Database URL: mysql://user@host:port/db or mysql://user@localhost/db?socket=PATH "
                 "(default: $CHATBETO_DB, else the embedded server). Password: "
                 "$CHATBETO_DB_PASSWORD or --db-defaults-file");
  app.add_option("--db-defaults-file", o.db_defaults_file,
                 "MySQL option file ([client] user/password/ssl-*) for the database")
      ->check(CLI::ExistingFile);
  app.add_flag("--json", o.json, "Print one JSON document on stdout describing what happened");
  app.add_flag("-q,--quiet", o.quiet, "Only warnings and errors on stderr; no human summary");
  app.add_flag("-v,--verbose", o.verbose, "More detail on stderr (repeatable)");
  app.add_option("--log-format", o.log_format, "Log lines on stderr: text or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--no-progress", o.no_progress, "Never draw progress bars");

  AddWhatsappCommand(app, ctx);  // first: others attach to the group
  AddImportCommand(app, ctx);
  AddStatsCommand(app, ctx);
  AddSearchCommand(app, ctx);
  AddGizmosCommand(app, ctx);
  AddMapCommand(app, ctx);
  AddProjectsCommand(app, ctx);
  AddCheckCommand(app, ctx);
  AddWhenCommand(app, ctx);
  AddSyncCommand(app, ctx);
  AddThreadsCommand(app, ctx);
  AddAskCommand(app, ctx);
  AddDoctorCommand(app, ctx);
  AddDbCommand(app, ctx);
  AddWhatsappScanCommand(app, ctx);
  AddEventsCommand(app, ctx);
}

int Dispatch(CLI::App& app, Context& ctx, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    UnknownWord unknown = FirstUnknownWord(app, argc, argv);
    if (!unknown.word.empty()) {
      std::vector<std::string> names;
      for (const auto* sub : unknown.group->get_subcommands({})) names.push_back(sub->get_name());
      std::string guess = ClosestName(unknown.word, names);
      return UsageError(ctx, argc, argv,
                        "unknown command \"" + unknown.prefix + unknown.word + "\"" +
                            (guess.empty() ? "" : "; did you mean \"" + unknown.prefix + guess + "\"?"),
                        "Run 'chatbeto " + unknown.prefix + "--help' for the list of commands.\n");
    }
    // No command at all: what a newcomer types first. The help, on stdout;
    // still a usage error (exit 2) for a script that lost its arguments.
    CLI::App* missing = dynamic_cast<const CLI::RequiredError*>(&e) ? MissingSubcommand(app) : nullptr;
    if (missing) {
      const std::string group = missing == &app ? "" : missing->get_name() + " ";
      const std::string message =
          "no command given" + (group.empty() ? "" : " to \"" + missing->get_name() + "\"");
      if (WantsJson(argc, argv))
        return UsageError(ctx, argc, argv, message,
                          "Run 'chatbeto " + group + "--help' for the list of commands.\n");
      std::cout << missing->help();
      std::cerr << "chatbeto: " << message << " (the commands are listed above)\n";
      return kExitUsage;
    }
    return UsageError(ctx, argc, argv, e.what(),
                      "Run '" + std::string(argv[0]) + " --help' (or '<command> --help') for usage.\n");
  }
  ConfigureLogging(ctx.opts);
  InstallInterruptHandlers();
  if (!ctx.run) return kExitUsage;
  try {
    return ctx.run();
  } catch (const Error& e) {
    return Fail(ctx, e.kind(), e.what(), e.exit_code());
  } catch (const std::exception& e) {
    return Fail(ctx, ErrorKind::kInternal, std::string("unexpected error: ") + e.what(),
                kExitFailure);
  }
}

}  // namespace chatbeto::cli
