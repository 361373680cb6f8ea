// `chatbeto map suggest|import-sidebar|apply`: the mapping file
// (mappings/projects.csv) from suggestions or the ChatGPT sidebar, then into
// the database.
#include "cli/commands.h"
#include "mapping/mapping_edit.h"
#include "mapping/sidebar.h"
#include "mapping/suggest.h"
#include "projects/project_store.h"
#include "util/error.h"
#include "util/exit_codes.h"
#include "util/files.h"
#include "util/log.h"
#include "util/text.h"

namespace chatbeto::cli {
namespace {

constexpr const char* kDefaultFile = "mappings/projects.csv";

struct MapOptions {
  std::string file = kDefaultFile;
  std::vector<std::string> sidebar_files;
  bool dry_run = false;
  bool prune = false;
};

int RunSuggest(Context& ctx, const MapOptions& o) {
  auto conn = ctx.OpenDb();
  auto gizmos = projects::ListGizmos(*conn, true, true);
  auto df = mapping::BuildDocumentFrequency(projects::AllTitles(*conn));
  std::vector<mapping::NewEntry> additions;
  Json rows = Json::array();
  for (const auto& g : gizmos) {
    if (mapping::GizmoKind(g.gizmo_id) == mapping::Kind::kInvalid) {
      log::Warn("skipping gizmo id \"" + g.gizmo_id + "\": not a project or custom GPT id");
      continue;
    }
    std::string name = mapping::SuggestProjectName(g.gizmo_id, g.all_titles, df);
    additions.push_back({g.gizmo_id, name,
                         {Counted(g.conversations, "conversation") + ", " + g.first_date +
                              ".." + g.last_date + (g.kind == "gpt" ? " (custom GPT)" : "")}});
    rows.push_back({{"gizmo_id", g.gizmo_id}, {"suggested_project", name},
                    {"conversations", g.conversations}});
  }
  std::string existing = ReadFileIfExists(o.file).value_or("");
  std::string merged = mapping::MergeMappingFile(existing, additions, o.file);
  size_t added = 0;
  if (merged != existing) {
    // Rows already in the file are kept: count what was really appended.
    auto before = mapping::ParseMappingFile(existing, o.file).rows.size();
    added = mapping::ParseMappingFile(merged, o.file).rows.size() - before;
    WriteFileAtomic(o.file, merged);
  }
  ctx.Emit({{"ok", true}, {"file", o.file}, {"unmapped", gizmos.size()}, {"added", added},
            {"suggestions", rows}},
           std::to_string(added) + " row(s) added to " + o.file +
               (added ? "; review the names, then run 'chatbeto map apply'" : ""));
  return kExitOk;
}

int RunImportSidebar(Context& ctx, const MapOptions& o) {
  std::vector<mapping::SidebarProject> all;
  std::vector<std::string> errors;
  for (const auto& f : o.sidebar_files) {
    mapping::SidebarDiagnostics diag;
    auto found = mapping::ParseSidebar(ReadFileOrThrow(f), f, &diag);
    for (const auto& w : diag.warnings) log::Warn(w);
    errors.insert(errors.end(), diag.errors.begin(), diag.errors.end());
    all.insert(all.end(), found.begin(), found.end());
  }
  auto projects = mapping::DedupeSidebarProjects(all, &errors);
  if (!errors.empty()) {
    for (const auto& e : errors) log::Error(e);
    throw Error(ErrorKind::kInvalidInput,
                std::to_string(errors.size()) + " conflicting name(s) in the sidebar files; " +
                    o.file + " was not changed");
  }
  std::vector<std::pair<std::string, std::string>> names;
  for (const auto& p : projects) names.emplace_back(p.gizmo_id, p.name);
  std::string existing = ReadFileIfExists(o.file).value_or("");
  mapping::SetNamesReport report;
  std::string updated = mapping::SetProjectNames(existing, names, &report, o.file);
  if (updated != existing) WriteFileAtomic(o.file, updated);
  Json changes = Json::array();
  for (const auto& c : report.changes)
    changes.push_back({{"line", c.line}, {"gizmo_id", c.gizmo_id}, {"from", c.old_name},
                       {"to", c.new_name}});
  ctx.Emit({{"ok", true}, {"file", o.file}, {"projects", projects.size()},
            {"added", report.added}, {"renamed", report.renamed},
            {"unchanged", report.unchanged}, {"changes", changes}},
           o.file + ": " + std::to_string(report.added) + " added, " +
               std::to_string(report.renamed) + " renamed, " + std::to_string(report.unchanged) +
               " unchanged");
  return kExitOk;
}

int RunApply(Context& ctx, const MapOptions& o) {
  // Validate the whole file before touching the database.
  auto file = mapping::ParseMappingFile(ReadFileOrThrow(o.file), o.file);
  for (const auto& w : file.warnings) log::Warn(w.message);
  if (!file.ok()) {
    Json errors = Json::array();
    for (const auto& e : file.errors) {
      log::Error(e.message);
      errors.push_back({{"line", e.line}, {"column", e.column}, {"message", e.message}});
    }
    if (ctx.opts.json)
      ctx.Emit({{"ok", false}, {"file", o.file}, {"applied", false}, {"errors", errors}}, "");
    std::fprintf(stderr, "chatbeto: %s: %zu error(s); nothing was changed\n", o.file.c_str(),
                 file.errors.size());
    return kExitFailure;
  }
  auto conn = ctx.OpenDb();
  auto r = projects::ApplyMapping(*conn, file.rows, o.prune, o.dry_run);
  std::string text = std::string(o.dry_run ? "dry run, nothing written: " : "") +
                     std::to_string(r.projects_created) + " project(s) created, " +
                     std::to_string(r.projects_updated) + " updated, " +
                     std::to_string(r.gizmos_mapped) + " gizmo id(s) mapped, " +
                     std::to_string(r.gizmos_moved) + " moved, " +
                     std::to_string(r.gizmos_unmapped) + " unmapped, " +
                     std::to_string(r.conversations_set) + " conversation(s) assigned, " +
                     std::to_string(r.conversations_cleared) + " cleared\n";
  for (const auto& c : r.changes) text += "  " + c + "\n";
  if (!r.changed()) text = "nothing to change: the database already matches " + o.file + "\n";
  ctx.Emit({{"ok", true},
            {"file", o.file},
            {"dry_run", o.dry_run},
            {"changed", r.changed()},
            {"projects_created", r.projects_created},
            {"projects_updated", r.projects_updated},
            {"gizmos_mapped", r.gizmos_mapped},
            {"gizmos_moved", r.gizmos_moved},
            {"gizmos_unmapped", r.gizmos_unmapped},
            {"conversations_set", r.conversations_set},
            {"conversations_cleared", r.conversations_cleared},
            {"changes", r.changes}},
           text);
  return kExitOk;
}

}  // namespace

void AddMapCommand(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<MapOptions>();
  auto* map = app.add_subcommand("map", "Map gizmo ids to named projects via a CSV file");
  map->require_subcommand(1);
  auto* suggest = map->add_subcommand(
      "suggest", "Append a row with a suggested name for every unmapped gizmo id");
  suggest->add_option("-o,--output", o->file, "Mapping file to create or merge into");
  suggest->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunSuggest(ctx, *o); }; });

  auto* sidebar = map->add_subcommand(
      "import-sidebar", "Take project names from ChatGPT sidebar JSON saved from the browser");
  sidebar->add_option("files", o->sidebar_files, "Sidebar JSON file(s), one per page")->required();
  sidebar->add_option("-o,--output", o->file, "Mapping file to update");
  sidebar->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunImportSidebar(ctx, *o); }; });

  auto* apply = map->add_subcommand(
      "apply", "Validate the mapping file, then upsert projects and set conversations' project");
  apply->add_option("file", o->file, "Mapping file (default mappings/projects.csv)");
  apply->add_flag("--dry-run", o->dry_run, "Print what would change, change nothing");
  apply->add_flag("--prune", o->prune, "Unmap gizmo ids that are no longer in the file");
  apply->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunApply(ctx, *o); }; });
}

}  // namespace chatbeto::cli
