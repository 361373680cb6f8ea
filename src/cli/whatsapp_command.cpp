// `chatbeto whatsapp …`: the command group for WhatsApp conversations.
#include "cli/commands.h"
#include "cli/whatsapp_commands.h"

namespace chatbeto::cli {

void AddWhatsappCommand(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand(
      "whatsapp", "WhatsApp conversations: import exports and webhook logs, list them, and find "
                  "events in them");
  group->require_subcommand(1);
  AddWhatsappImportCommand(*group, ctx);
  AddWhatsappConversationsCommand(*group, ctx);
  AddWhatsappMessagesCommand(*group, ctx);
}

}  // namespace chatbeto::cli
