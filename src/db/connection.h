// A MariaDB/MySQL session (MySQL Connector/C++, JDBC-style sql:: API) with
// the session settings chatbeto relies on: utf8mb4, UTC, strict mode,
// backslash escapes on. Every sql::SQLException is turned into
// chatbeto::Error(kDatabase) here, so nothing above sees Connector types
// except through Query()'s result set.
#pragma once
#include <cppconn/resultset.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "db/url.h"
#include "util/error.h"

namespace sql {
class Connection;
class PreparedStatement;
class SQLException;
}

namespace chatbeto::db {

class Connection {
 public:
  // Connects to `config` (creating config.database when it does not exist and
  // create_database is true). Throws Error(kDatabase) saying what failed.
  static std::unique_ptr<Connection> Open(const DbConfig& config, bool create_database = true);
  ~Connection();

  // Runs a statement; returns the affected row count.
  int64_t Execute(const std::string& sql);
  // Runs a query; the result set is fully owned by the caller.
  std::unique_ptr<sql::ResultSet> Query(const std::string& sql);
  // First column of the first row, or nullopt when there is no row / NULL.
  std::optional<std::string> QueryString(const std::string& sql);
  std::optional<int64_t> QueryInt(const std::string& sql);

  void Begin();
  void Commit();
  void Rollback() noexcept;

  // A server-side prepared statement (binary protocol). The caller drops it
  // before this connection; its calls throw sql::SQLException, which
  // DatabaseError turns into chatbeto's error.
  std::unique_ptr<sql::PreparedStatement> Prepare(const std::string& sql);

  const DbConfig& config() const { return config_; }
  std::string ServerVersion();
  // Whether the server still answers a query. A statement it refused is the
  // data's fault only while it does; a lost connection is the run's.
  bool Answers() noexcept;

 private:
  Connection(std::unique_ptr<sql::Connection> c, DbConfig config);
  std::unique_ptr<sql::Connection> conn_;
  DbConfig config_;
};

// Rolls back unless Commit() was called; use for every multi-statement write.
class Transaction {
 public:
  explicit Transaction(Connection& c) : c_(c) { c_.Begin(); }
  ~Transaction() {
    if (!done_) c_.Rollback();
  }
  void Commit() {
    c_.Commit();
    done_ = true;
  }

 private:
  Connection& c_;
  bool done_ = false;
};

// Error(kDatabase) for a Connector exception: "what: message (error N)",
// with the server's error number as its code.
Error DatabaseError(const sql::SQLException& e, const std::string& what);

// SQL string literal: 'text' with backslash escaping (the session never uses
// NO_BACKSLASH_ESCAPES). Appends to `out` for building multi-row inserts.
void AppendQuoted(std::string& out, std::string_view s);
std::string Quote(std::string_view s);
// `name` quoted as an identifier.
std::string QuoteIdent(std::string_view name);

}  // namespace chatbeto::db
