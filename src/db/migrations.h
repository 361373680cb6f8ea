// Versioned schema migrations: schema/NNNN_name.sql, applied in order, each
// recorded in schema_migrations (version, name, checksum, applied_at).
// Planning is pure (tested without a database); Migrate() runs the plan
// under a server-wide named lock so two processes never migrate at once.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "db/schema_files.h"

namespace chatbeto::db {

class Connection;

struct Migration {
  int version = 0;
  std::string name;      // file name, e.g. "0002_chatgpt.sql"
  std::string_view sql;  // file contents
  std::string checksum;  // sha256 of the contents
};

struct AppliedMigration {
  int version = 0;
  std::string name;
  std::string checksum;
};

// Parses file names into migrations sorted by version. Throws Error(kInternal)
// for a name that is not NNNN_name.sql or a repeated version.
std::vector<Migration> LoadMigrations(const std::vector<EmbeddedFile>& files);

// The migrations still to apply. Throws Error(kDatabase) when an applied
// migration's checksum differs from the file ("was changed after it was
// applied") or the database has versions this binary does not know.
std::vector<Migration> PlanMigrations(const std::vector<Migration>& known,
                                      const std::vector<AppliedMigration>& applied);

// Splits a migration file into statements: ';' at the end of a line ends a
// statement; lines starting with "--" are comments.
std::vector<std::string> SplitStatements(std::string_view sql);

struct MigrateResult {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // file names applied by this call
};

// Brings the connected database up to date. Idempotent.
MigrateResult Migrate(Connection& conn);
// Latest version recorded in the database (0 when none).
int CurrentSchemaVersion(Connection& conn);
// Latest version this binary knows.
int LatestKnownVersion();

}  // namespace chatbeto::db
