#include "importer/chatgpt_import.h"

#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "chatgpt/export_reader.h"
#include "chatgpt/parse.h"
#include "chatgpt/zip_archive.h"
#include "db/connection.h"
#include "db/retry.h"
#include "importer/file_import.h"
#include "importer/import_record.h"
#include "importer/index_pipeline.h"
#include "importer/scan_ahead.h"
#include "search/index.h"
#include "util/error.h"
#include "util/log.h"
#include "util/progress.h"
#include "util/signals.h"

namespace chatbeto::importer {

void RunImport(db::Connection& conn, const ImportOptions& opts, ImportSummary* out) {
  auto start = std::chrono::steady_clock::now();
  ImportSummary& summary = *out;
  summary = ImportSummary{};
  summary.run_id = NewRunId();
  std::vector<chatgpt::ExportFile> files = chatgpt::FindExportFiles(opts.paths);
  // A file that cannot be an export fails the run before anything is written.
  for (const auto& f : files) chatgpt::CheckIsExport(f);
  // The first file is inflated and checked (another thread) while the
  // database is made ready below.
  auto verify = [&opts](const chatgpt::ExportFile& f) {
    return VerifyAhead(f, opts.inflate_in_memory_bytes);
  };
  std::future<VerifiedEntry> next;
  if (!files.empty()) next = verify(files[0]);
  for (auto& gap : chatgpt::ShardNumberingGaps(files)) {
    log::Warn(gap);
    summary.warnings.push_back(std::move(gap));
  }
  // Under the job lock no other import runs, so a row still 'running' is
  // from a run that was killed or lost its connection before it could say so.
  int64_t stale = MarkAbandonedImports(conn);
  if (stale > 0)
    log::Info("marked " + std::to_string(stale) + " unfinished earlier import row(s) as aborted");
  // Conversations an earlier import committed but did not index yet.
  db::RetryOnLockConflict(conn, "import", [&] { return search::Index(conn); }).CatchUp();
  // The search rows go in on a second connection while the next batch loads.
  std::unique_ptr<IndexPipeline> pipeline;
  try {
    pipeline = std::make_unique<IndexPipeline>(conn.config());
  } catch (const Error& e) {
    log::Debug(std::string("no second connection (") + e.what() +
               "); each batch is indexed in its own transaction");
  }
  uint64_t total_bytes = 0;
  for (const auto& f : files) total_bytes += f.size;
  Progress progress(opts.progress, "import", total_bytes);
  uint64_t done_bytes = 0;
  auto finish = [&] {
    summary.totals.status = summary.complete() ? "ok" : "partial";
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  for (size_t i = 0; i < files.size(); ++i) {
    const auto& f = files[i];
    log::Debug("importing " + f.display_name);
    FileCounts& fc = summary.files.emplace_back();
    fc.path = f.display_name;
    try {
      VerifiedEntry verified = next.get();
      if (i + 1 < files.size()) next = verify(files[i + 1]);
      FileImport(conn, opts, summary, fc, progress, done_bytes, pipeline.get())
          .Run(f, std::move(verified));
    } catch (...) {
      AddCounts(summary.totals, fc);  // what this file committed before the end
      finish();
      throw;
    }
    done_bytes += f.size;
    AddCounts(summary.totals, fc);
  }
  try {
    if (pipeline) pipeline->Drain();  // every conversation is searchable
  } catch (...) {
    finish();
    throw;
  }
  progress.Finish();
  finish();
}

}  // namespace chatbeto::importer
