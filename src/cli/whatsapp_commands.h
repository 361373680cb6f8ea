// The `whatsapp` subcommands, each in its own whatsapp_<name>_command.cpp,
// attached to the group AddWhatsappCommand (commands.h) creates. Other areas
// attach theirs with app.get_subcommand("whatsapp").
#pragma once
#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace chatbeto::cli {

void AddWhatsappImportCommand(CLI::App& group, Context& ctx);
void AddWhatsappConversationsCommand(CLI::App& group, Context& ctx);
void AddWhatsappMessagesCommand(CLI::App& group, Context& ctx);

}  // namespace chatbeto::cli
