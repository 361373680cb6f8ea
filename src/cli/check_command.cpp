// `chatbeto check`: data checks for CI. Exit 3 when any check fails.
#include "checks/data_checks.h"
#include "cli/commands.h"
#include "util/exit_codes.h"

namespace chatbeto::cli {
namespace {

struct CheckCommandOptions {
  double max_orphan_ratio = -1;  // < 0: not given
  bool require_mapped_projects = false;
  std::vector<std::string> skip;
};

int RunCheck(Context& ctx, const CheckCommandOptions& o) {
  auto conn = ctx.OpenDb();
  checks::CheckOptions opts;
  if (o.max_orphan_ratio >= 0) opts.max_orphan_ratio = o.max_orphan_ratio;
  opts.require_mapped_projects = o.require_mapped_projects;
  opts.skip.insert(o.skip.begin(), o.skip.end());
  auto results = checks::RunChecks(*conn, opts);
  bool ok = true;
  Json arr = Json::array();
  std::string text;
  for (const auto& r : results) {
    ok = ok && r.passed;
    const char* status = r.skipped ? "skipped" : r.passed ? "ok" : "failed";
    arr.push_back({{"name", r.name}, {"status", status}, {"description", r.description},
                   {"count", r.count}, {"examples", r.examples}, {"detail", r.detail}});
    text += std::string(r.skipped ? "  skip  " : r.passed ? "  ok    " : "  FAIL  ") + r.name +
            ": " + r.description;
    if (!r.passed) text += " — " + std::to_string(r.count) + " at fault";
    if (!r.detail.empty()) text += " (" + r.detail + ")";
    text += "\n";
    if (!r.passed)
      for (const auto& e : r.examples) text += "          e.g. " + e + "\n";
  }
  text += ok ? "all checks passed\n" : "some checks failed\n";
  const int rc = ok ? kExitOk : kExitCheckFailed;
  ctx.Emit({{"ok", ok}, {"exit_code", rc}, {"checks", arr}}, text);
  return rc;
}

}  // namespace

void AddCheckCommand(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CheckCommandOptions>();
  auto* cmd = app.add_subcommand("check", "Data checks for CI; exit 3 when one fails");
  cmd->add_option("--max-orphan-ratio", o->max_orphan_ratio,
                  "Fail when conversations with a gizmo id but no project exceed this share (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--require-mapped-projects", o->require_mapped_projects,
                "Fail when a ChatGPT Project gizmo id (g-p-…) is not mapped");
  cmd->add_option("--skip", o->skip,
                  "Do not run this check (repeatable), e.g. conversations_without_messages: real "
                  "exports hold a few conversations with no messages at all")
      ->check(CLI::IsMember(checks::CheckNames()));
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunCheck(ctx, *o); }; });
}

}  // namespace chatbeto::cli
