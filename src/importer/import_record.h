// The record an import leaves in the database beside the data: one
// `imports` row per file (started 'running', finished with its counts and
// status), its rejected records (import_rejections) and its repairs by kind
// (import_repairs). Failures to write these are logged, never fatal, except
// where a function says it throws.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "chatgpt/export_reader.h"
#include "importer/chatgpt_import.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::importer {

// A random (version 4) UUID naming one run of `import`: imports.run_id.
std::string NewRunId();

// Marks the imports rows still 'running' as 'aborted' and returns how many.
// Only under the "import" job lock: a row still running is then from a run
// that was killed or lost its connection. Throws Error(kDatabase).
int64_t MarkAbandonedImports(db::Connection& conn);

// Inserts the 'running' row of `file` (path made absolute) and returns its
// id. Throws Error(kDatabase).
int64_t BeginImportRow(db::Connection& conn, const std::string& run_id,
                       const chatgpt::ExportFile& file);

// Records rejection number `seq` of import `import_id`.
void RecordRejection(db::Connection& conn, int64_t import_id, int seq, const RejectedRecord& r);

// Finishes import row fc.import_id with fc's counts, `status` and `error`
// ("" for none), and one import_repairs row per kind of fc.repairs, with the
// first of `examples` of that kind in fc's file.
void FinishImportRow(db::Connection& conn, const FileCounts& fc,
                     const std::vector<RepairExample>& examples, const std::string& status,
                     const std::string& error);

// Adds f's counts to the totals `t` (its error too, when t has none yet).
void AddCounts(FileCounts& t, const FileCounts& f);

}  // namespace chatbeto::importer
