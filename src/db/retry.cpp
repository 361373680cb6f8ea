#include "db/retry.h"

#include <cppconn/resultset.h>

#include <chrono>
#include <thread>

#include "db/connection.h"
#include "util/log.h"

namespace chatbeto::db {
namespace {
constexpr int kErLockWaitTimeout = 1205, kErLockDeadlock = 1213;
}  // namespace

bool IsLockConflict(const Error& e) {
  return e.kind() == ErrorKind::kDatabase &&
         (e.code() == kErLockDeadlock || e.code() == kErLockWaitTimeout);
}

std::string OtherJobLockHolder(Connection& conn) {
  try {
    auto rs = conn.Query(
        "SELECT job, pid, host, DATE_FORMAT(started_at, '%Y-%m-%d %H:%i:%s') FROM job_locks "
        "WHERE connection_id <> CONNECTION_ID() AND connection_id = IS_USED_LOCK(CONCAT("
        "'chatbeto:', " + Quote(conn.config().database) + ", ':', job)) ORDER BY started_at LIMIT 1");
    if (!rs->next()) return "";
    return "chatbeto " + std::string(rs->getString(1)) + " (pid " + std::string(rs->getString(2)) +
           " on " + std::string(rs->getString(3)) + ", started " + std::string(rs->getString(4)) +
           " UTC)";
  } catch (const Error&) {
    return "";  // no job_locks table yet, or the connection is gone: no holder to name
  }
}

void OnLockConflict(Connection& conn, std::string_view what, const Error& e, int attempt,
                    int max_attempts) {
  // A lock wait timeout rolls back only the statement; the caller's
  // Transaction has rolled back the rest by now (it was unwound).
  if (attempt < max_attempts) {
    const int pause_ms = 50 << (attempt - 1);
    log::Warn(std::string(what) + ": " + (e.code() == kErLockDeadlock ? "deadlock" : "lock wait timeout") +
              ", rolled back; retrying in " + std::to_string(pause_ms) + " ms (attempt " +
              std::to_string(attempt + 1) + " of " + std::to_string(max_attempts) + ")");
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    return;
  }
  const std::string holder = OtherJobLockHolder(conn);
  if (holder.empty()) throw e;
  throw Error(ErrorKind::kLocked,
              std::string(what) + ": gave up after " + std::to_string(max_attempts) +
                  " lock conflicts (" + e.what() + ") while " + holder +
                  " holds its lock; run again when it has finished");
}

}  // namespace chatbeto::db
