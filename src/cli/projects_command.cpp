// `chatbeto projects`: each named project with its figures.
#include "cli/commands.h"
#include "projects/project_store.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

int RunProjects(Context& ctx) {
  auto conn = ctx.OpenDb();
  auto list = projects::ListProjects(*conn);
  Json arr = Json::array();
  std::string text;
  for (const auto& p : list) {
    auto opt = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
    arr.push_back({{"id", p.id},
                   {"name", p.name},
                   {"gizmo_ids", p.gizmo_ids},
                   {"chatgpt_project_id", opt(p.chatgpt_project_id)},
                   {"openai_assistant_id", opt(p.openai_assistant_id)},
                   {"conversations", p.conversations},
                   {"messages", p.messages},
                   {"synced", p.synced},
                   {"first_activity", opt(p.first_activity)},
                   {"last_activity", opt(p.last_activity)}});
    text += p.name + ": " + Counted(p.conversations, "conversation") + ", " +
            Counted(p.messages, "message") + ", " + WithThousands(p.synced) + " synced";
    if (!p.first_activity.empty()) text += ", " + p.first_activity + " .. " + p.last_activity;
    text += "\n";
    for (const auto& g : p.gizmo_ids) text += "    " + g + "\n";
  }
  if (list.empty()) text = "no projects yet: see 'chatbeto map --help'\n";
  ctx.Emit({{"ok", true}, {"count", list.size()}, {"projects", arr}}, text);
  return kExitOk;
}

}  // namespace

void AddProjectsCommand(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("projects", "Each project: gizmo ids, conversations, messages, "
                                             "first/last activity, synced conversations");
  cmd->callback([&ctx] { ctx.run = [&ctx] { return RunProjects(ctx); }; });
}

}  // namespace chatbeto::cli
