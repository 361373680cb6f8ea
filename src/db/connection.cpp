#include "db/connection.h"

#include <cppconn/driver.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/statement.h>
#include <mysql_connection.h>
#include <mysql_driver.h>

#include "util/error.h"

namespace chatbeto::db {
namespace {

constexpr int kErUnknownDatabase = 1049;

std::string Shorten(const std::string& sql) {
  return sql.size() > 120 ? sql.substr(0, 117) + "..." : sql;
}

std::unique_ptr<sql::Connection> Connect(const DbConfig& c, bool with_schema) {
  sql::ConnectOptionsMap opts;
  if (!c.socket.empty()) {
    opts["hostName"] = sql::SQLString("localhost");
    opts["socket"] = sql::SQLString(c.socket);
  } else {
    opts["hostName"] = sql::SQLString("tcp://" + c.host + ":" + std::to_string(c.port));
  }
  if (!c.user.empty()) opts["userName"] = sql::SQLString(c.user);
  if (c.password) opts["password"] = sql::SQLString(*c.password);
  if (with_schema) opts["schema"] = sql::SQLString(c.database);
  opts["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
  opts["OPT_CONNECT_TIMEOUT"] = 10;
  // Only files chatbeto itself names are ever sent (db/bulk_load.cpp).
  if (c.local_infile) opts["OPT_LOCAL_INFILE"] = 1;
  if (!c.defaults_file.empty()) {
    opts["readDefaultFile"] = sql::SQLString(c.defaults_file);
    opts["readDefaultGroup"] = sql::SQLString("client");
  }
  if (!c.ssl_ca.empty()) opts["sslCA"] = sql::SQLString(c.ssl_ca);
  if (c.ssl_mode == "REQUIRED" || c.ssl_mode == "VERIFY_CA" || c.ssl_mode == "VERIFY_IDENTITY")
    opts["sslEnforce"] = true;
  if (c.ssl_mode == "VERIFY_CA" || c.ssl_mode == "VERIFY_IDENTITY") opts["sslVerify"] = true;
  sql::Driver* driver = sql::mysql::get_driver_instance();
  return std::unique_ptr<sql::Connection>(driver->connect(opts));
}

}  // namespace

Error DatabaseError(const sql::SQLException& e, const std::string& what) {
  return Error(ErrorKind::kDatabase,
               what + ": " + e.what() + " (error " + std::to_string(e.getErrorCode()) + ")",
               e.getErrorCode());
}

Connection::Connection(std::unique_ptr<sql::Connection> c, DbConfig config)
    : conn_(std::move(c)), config_(std::move(config)) {}
Connection::~Connection() = default;

std::unique_ptr<Connection> Connection::Open(const DbConfig& config, bool create_database) {
  std::unique_ptr<sql::Connection> raw;
  try {
    try {
      raw = Connect(config, true);
    } catch (const sql::SQLException& e) {
      if (e.getErrorCode() != kErUnknownDatabase || !create_database) throw;
      raw = Connect(config, false);
      std::unique_ptr<sql::Statement> st(raw->createStatement());
      st->execute("CREATE DATABASE IF NOT EXISTS " + QuoteIdent(config.database) +
                  " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      raw->setSchema(config.database);
    }
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "cannot connect to " + config.Describe());
  }
  auto conn = std::unique_ptr<Connection>(new Connection(std::move(raw), config));
  // Session settings the rest of chatbeto depends on (valid on MySQL 8 and MariaDB 10.6+).
  conn->Execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
  conn->Execute("SET time_zone = '+00:00'");
  conn->Execute("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
                "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
  return conn;
}

int64_t Connection::Execute(const std::string& sql) {
  try {
    std::unique_ptr<sql::Statement> st(conn_->createStatement());
    st->execute(sql);
    return st->getUpdateCount();
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "query failed [" + Shorten(sql) + "]");
  }
}

std::unique_ptr<sql::ResultSet> Connection::Query(const std::string& sql) {
  try {
    std::unique_ptr<sql::Statement> st(conn_->createStatement());
    return std::unique_ptr<sql::ResultSet>(st->executeQuery(sql));
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "query failed [" + Shorten(sql) + "]");
  }
}

std::optional<std::string> Connection::QueryString(const std::string& sql) {
  auto rs = Query(sql);
  try {
    if (!rs->next() || rs->isNull(1)) return std::nullopt;
    return std::string(rs->getString(1));
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "reading result of [" + Shorten(sql) + "]");
  }
}

std::optional<int64_t> Connection::QueryInt(const std::string& sql) {
  auto rs = Query(sql);
  try {
    if (!rs->next() || rs->isNull(1)) return std::nullopt;
    return static_cast<int64_t>(rs->getInt64(1));
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "reading result of [" + Shorten(sql) + "]");
  }
}

std::unique_ptr<sql::PreparedStatement> Connection::Prepare(const std::string& sql) {
  try {
    return std::unique_ptr<sql::PreparedStatement>(conn_->prepareStatement(sql));
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "cannot prepare [" + Shorten(sql) + "]");
  }
}

void Connection::Begin() { Execute("START TRANSACTION"); }
void Connection::Commit() { Execute("COMMIT"); }
void Connection::Rollback() noexcept {
  try {
    std::unique_ptr<sql::Statement> st(conn_->createStatement());
    st->execute("ROLLBACK");
  } catch (...) {
    // The connection may already be gone; the server rolls back on disconnect.
  }
}

std::string Connection::ServerVersion() { return QueryString("SELECT VERSION()").value_or(""); }

bool Connection::Answers() noexcept {
  try {
    return QueryInt("SELECT 1").value_or(0) == 1;
  } catch (...) {
    return false;
  }
}

void AppendQuoted(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 8);
  out += '\'';
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* rep = nullptr;
    switch (s[i]) {
      case '\0': rep = "\\0"; break;
      case '\n': rep = "\\n"; break;
      case '\r': rep = "\\r"; break;
      case '\\': rep = "\\\\"; break;
      case '\'': rep = "\\'"; break;
      case '\x1a': rep = "\\Z"; break;
      default: continue;
    }
    out.append(s.data() + start, i - start);
    out += rep;
    start = i + 1;
  }
  out.append(s.data() + start, s.size() - start);
  out += '\'';
}

std::string Quote(std::string_view s) {
  std::string out;
  AppendQuoted(out, s);
  return out;
}

std::string QuoteIdent(std::string_view name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

}  // namespace chatbeto::db
