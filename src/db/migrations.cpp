#include "db/migrations.h"

#include <algorithm>
#include <cppconn/resultset.h>
#include <map>

#include "db/connection.h"
#include "util/error.h"
#include "util/log.h"
#include "util/sha256.h"

namespace chatbeto::db {

std::vector<Migration> LoadMigrations(const std::vector<EmbeddedFile>& files) {
  std::vector<Migration> out;
  for (const auto& f : files) {
    std::string name(f.name);
    size_t digits = 0;
    while (digits < name.size() && std::isdigit(static_cast<unsigned char>(name[digits]))) ++digits;
    if (digits != 4 || name.size() < 10 || name[4] != '_' || !name.ends_with(".sql"))
      throw Error(ErrorKind::kInternal,
                  "schema file \"" + name + "\" is not named NNNN_description.sql");
    Migration m;
    m.version = std::stoi(name.substr(0, 4));
    m.name = name;
    m.sql = f.content;
    m.checksum = Sha256Hex(f.content);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.version < b.version; });
  for (size_t i = 1; i < out.size(); ++i)
    if (out[i].version == out[i - 1].version)
      throw Error(ErrorKind::kInternal, "schema files " + out[i - 1].name + " and " +
                                            out[i].name + " have the same version");
  return out;
}

std::vector<Migration> PlanMigrations(const std::vector<Migration>& known,
                                      const std::vector<AppliedMigration>& applied) {
  std::map<int, const Migration*> by_version;
  for (const auto& m : known) by_version[m.version] = &m;
  int latest = known.empty() ? 0 : known.back().version;
  std::map<int, const AppliedMigration*> done;
  for (const auto& a : applied) {
    if (a.version > latest)
      throw Error(ErrorKind::kDatabase,
                  "the database schema is at version " + std::to_string(a.version) + " (" +
                      a.name + "), newer than this chatbeto knows (" + std::to_string(latest) +
                      "); upgrade chatbeto before using this database");
    auto it = by_version.find(a.version);
    if (it == by_version.end())
      throw Error(ErrorKind::kDatabase, "the database records migration " + a.name +
                                            " which this chatbeto does not have");
    if (it->second->checksum != a.checksum)
      throw Error(ErrorKind::kDatabase,
                  "schema/" + it->second->name + " was changed after it was applied (checksum " +
                      a.checksum.substr(0, 12) + " in the database, " +
                      it->second->checksum.substr(0, 12) +
                      " in the file); restore the file and put the change in a new migration");
    done[a.version] = &a;
  }
  std::vector<Migration> todo;
  for (const auto& m : known)
    if (!done.count(m.version)) todo.push_back(m);
  return todo;
}

std::vector<std::string> SplitStatements(std::string_view sql) {
  std::vector<std::string> out;
  std::string cur;
  size_t pos = 0;
  while (pos <= sql.size()) {
    size_t nl = sql.find('\n', pos);
    std::string_view line = sql.substr(pos, nl == std::string_view::npos ? sql.npos : nl - pos);
    pos = nl == std::string_view::npos ? sql.size() + 1 : nl + 1;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line.substr(first).starts_with("--")) continue;
    size_t last = line.find_last_not_of(" \t\r");
    cur.append(line.substr(0, last + 1));
    if (line[last] == ';') {
      cur.pop_back();
      out.push_back(cur);
      cur.clear();
    } else {
      cur += '\n';
    }
  }
  if (cur.find_first_not_of(" \t\r\n") != std::string::npos) out.push_back(cur);
  return out;
}

namespace {

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INT NOT NULL PRIMARY KEY,"
    " name VARCHAR(255) NOT NULL,"
    " checksum CHAR(64) NOT NULL,"
    " applied_at DATETIME(6) NOT NULL"
    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

std::vector<AppliedMigration> ReadApplied(Connection& conn) {
  std::vector<AppliedMigration> out;
  auto rs = conn.Query("SELECT version, name, checksum FROM schema_migrations ORDER BY version");
  while (rs->next())
    out.push_back({rs->getInt(1), std::string(rs->getString(2)), std::string(rs->getString(3))});
  return out;
}

// Holds GET_LOCK(name) for the scope; waits up to `timeout_s`.
class ServerLock {
 public:
  ServerLock(Connection& c, std::string name, int timeout_s) : c_(c), name_(std::move(name)) {
    auto got = c_.QueryInt("SELECT GET_LOCK(" + Quote(name_) + ", " + std::to_string(timeout_s) +
                           ")");
    if (got.value_or(0) != 1)
      throw Error(ErrorKind::kLocked,
                  "another chatbeto is migrating this database (lock " + name_ + ")");
  }
  ~ServerLock() {
    try {
      c_.Execute("DO RELEASE_LOCK(" + Quote(name_) + ")");
    } catch (...) {
    }
  }

 private:
  Connection& c_;
  std::string name_;
};

}  // namespace

int LatestKnownVersion() {
  auto known = LoadMigrations(SchemaFiles());
  return known.empty() ? 0 : known.back().version;
}

int CurrentSchemaVersion(Connection& conn) {
  auto exists = conn.QueryInt(
      "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
      "AND table_name = 'schema_migrations'");
  if (exists.value_or(0) == 0) return 0;
  return static_cast<int>(conn.QueryInt("SELECT MAX(version) FROM schema_migrations").value_or(0));
}

MigrateResult Migrate(Connection& conn) {
  auto known = LoadMigrations(SchemaFiles());
  ServerLock lock(conn, "chatbeto:" + conn.config().database + ":migrate", 120);
  conn.Execute(kCreateTable);
  auto applied = ReadApplied(conn);
  auto todo = PlanMigrations(known, applied);
  MigrateResult r;
  for (const auto& a : applied) r.from_version = std::max(r.from_version, a.version);
  r.to_version = r.from_version;
  for (const auto& m : todo) {
    log::Info("applying schema migration " + m.name);
    // DDL commits implicitly in MySQL/MariaDB, so each file is written to be
    // re-runnable (IF NOT EXISTS) in case a previous run stopped half way.
    // MySQL has no ADD INDEX / ADD COLUMN IF NOT EXISTS: an index or column
    // that is already there (ER_DUP_KEYNAME, ER_DUP_FIELDNAME) means the
    // statement ran before; nor DROP INDEX IF EXISTS: an index already gone
    // (ER_CANT_DROP_FIELD_OR_KEY) likewise.
    constexpr int kErDupKeyname = 1061, kErDupFieldname = 1060, kErCantDropFieldOrKey = 1091;
    for (const auto& stmt : SplitStatements(m.sql)) {
      try {
        conn.Execute(stmt);
      } catch (const Error& e) {
        if (e.code() != kErDupKeyname && e.code() != kErDupFieldname &&
            e.code() != kErCantDropFieldOrKey)
          throw;
        log::Debug(m.name + ": index or column change already made, statement skipped: " +
                   e.what());
      }
    }
    conn.Execute("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (" +
                 std::to_string(m.version) + ", " + Quote(m.name) + ", " + Quote(m.checksum) +
                 ", UTC_TIMESTAMP(6))");
    r.applied.push_back(m.name);
    r.to_version = m.version;
  }
  return r;
}

}  // namespace chatbeto::db
