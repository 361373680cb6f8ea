#include "db/job_lock.h"

#include <unistd.h>

#include <cppconn/resultset.h>

#include "db/connection.h"
#include "db/retry.h"
#include "util/error.h"

namespace chatbeto::db {

JobLock::JobLock(Connection& conn, std::string job)
    : conn_(conn), job_(std::move(job)), name_("chatbeto:" + conn.config().database + ":" + job_) {
  auto got = conn_.QueryInt("SELECT GET_LOCK(" + Quote(name_) + ", 0)");
  if (got.value_or(0) != 1) {
    std::string holder;
    auto rs = conn_.Query(
        "SELECT pid, host, DATE_FORMAT(started_at, '%Y-%m-%d %H:%i:%s') FROM job_locks "
        "WHERE job = " + Quote(job_) + " AND connection_id = IS_USED_LOCK(" + Quote(name_) + ")");
    if (rs->next())
      holder = " (pid " + std::string(rs->getString(1)) + " on " + std::string(rs->getString(2)) +
               ", started " + std::string(rs->getString(3)) + " UTC)";
    throw Error(ErrorKind::kLocked, "another chatbeto " + job_ + " is running on database " +
                                        conn_.config().database + holder +
                                        "; wait for it to finish, then run again");
  }
  char host[256] = "unknown";
  gethostname(host, sizeof host - 1);
  RetryOnLockConflict(conn_, "job lock " + job_, [&] {
    conn_.Execute("REPLACE INTO job_locks (job, connection_id, pid, host, started_at) VALUES (" +
                  Quote(job_) + ", CONNECTION_ID(), " + std::to_string(getpid()) + ", " +
                  Quote(host) + ", UTC_TIMESTAMP(6))");
  });
}

JobLock::~JobLock() {
  try {
    conn_.Execute("DELETE FROM job_locks WHERE job = " + Quote(job_) +
                  " AND connection_id = CONNECTION_ID()");
    conn_.Execute("DO RELEASE_LOCK(" + Quote(name_) + ")");
  } catch (...) {
    // Connection lost: the server released the lock with the session.
  }
}

}  // namespace chatbeto::db
