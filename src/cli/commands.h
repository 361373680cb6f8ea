// Every subcommand registers itself on the app with one of these; each lives
// in its own src/cli/<name>_command.cpp as an options struct plus a run
// function that reads as a pipeline.
#pragma once
#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace chatbeto::cli {

// The `whatsapp` group (import, conversations, messages); registered first so
// other areas can attach to it with app.get_subcommand("whatsapp").
void AddWhatsappCommand(CLI::App& app, Context& ctx);
void AddDoctorCommand(CLI::App& app, Context& ctx);
void AddDbCommand(CLI::App& app, Context& ctx);
void AddImportCommand(CLI::App& app, Context& ctx);
void AddStatsCommand(CLI::App& app, Context& ctx);
void AddSearchCommand(CLI::App& app, Context& ctx);
void AddGizmosCommand(CLI::App& app, Context& ctx);
void AddMapCommand(CLI::App& app, Context& ctx);
void AddProjectsCommand(CLI::App& app, Context& ctx);
void AddCheckCommand(CLI::App& app, Context& ctx);
void AddWhenCommand(CLI::App& app, Context& ctx);
void AddSyncCommand(CLI::App& app, Context& ctx);
void AddThreadsCommand(CLI::App& app, Context& ctx);
void AddAskCommand(CLI::App& app, Context& ctx);
void AddWhatsappScanCommand(CLI::App& app, Context& ctx);  // after AddWhatsappCommand
void AddEventsCommand(CLI::App& app, Context& ctx);

}  // namespace chatbeto::cli
