// One run at a time per job and database: `import`, `sync` and `scan` take a
// server-wide named lock (GET_LOCK) held by their connection, so it is
// released even when the process dies. A second run fails at once with
// Error(kLocked) (exit 5) saying which run holds the lock (pid, host, start).
#pragma once
#include <string>

namespace chatbeto::db {

class Connection;

class JobLock {
 public:
  // `job` is e.g. "import". Throws Error(kLocked) when another run holds it.
  JobLock(Connection& conn, std::string job);
  ~JobLock();
  JobLock(const JobLock&) = delete;
  JobLock& operator=(const JobLock&) = delete;

 private:
  Connection& conn_;
  std::string job_;
  std::string name_;
};

}  // namespace chatbeto::db
