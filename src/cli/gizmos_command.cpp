// `chatbeto gizmos [--unmapped]`: every gizmo id seen in conversations.
#include "cli/commands.h"
#include "projects/project_store.h"
#include "util/exit_codes.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

int RunGizmos(Context& ctx, bool unmapped_only) {
  auto conn = ctx.OpenDb();
  auto gizmos = projects::ListGizmos(*conn, unmapped_only, false);
  Json list = Json::array();
  std::string text;
  for (const auto& g : gizmos) {
    list.push_back({{"gizmo_id", g.gizmo_id},
                    {"kind", g.kind},
                    {"conversations", g.conversations},
                    {"first_date", g.first_date},
                    {"last_date", g.last_date},
                    {"sample_titles", g.sample_titles},
                    {"project", g.project.empty() ? Json(nullptr) : Json(g.project)}});
    text += g.gizmo_id + "  " + g.kind + "  " + Counted(g.conversations, "conversation") +
            "  " + g.first_date + ".." + g.last_date + "  -> " +
            (g.project.empty() ? "(unmapped)" : "\"" + g.project + "\"") + "\n";
    for (const auto& t : g.sample_titles) text += "    " + t + "\n";
  }
  if (gizmos.empty()) text = unmapped_only ? "every gizmo id is mapped\n" : "no gizmo ids seen\n";
  ctx.Emit({{"ok", true}, {"count", gizmos.size()}, {"gizmos", list}}, text);
  return kExitOk;
}

}  // namespace

void AddGizmosCommand(CLI::App& app, Context& ctx) {
  auto unmapped = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand(
      "gizmos", "Every gizmo id seen (g-p-… ChatGPT Project, g-… custom GPT): kind, "
                "conversations, first/last date, sample titles, mapped project");
  cmd->add_flag("--unmapped", *unmapped, "Only gizmo ids not mapped to a project");
  cmd->callback([&ctx, unmapped] { ctx.run = [&ctx, unmapped] { return RunGizmos(ctx, *unmapped); }; });
}

}  // namespace chatbeto::cli
