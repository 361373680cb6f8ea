// Bounded retry of a transaction that the server rolled back because of a lock
// conflict: a deadlock (ER_LOCK_DEADLOCK 1213, the whole transaction is rolled
// back) or a lock wait timeout (ER_LOCK_WAIT_TIMEOUT 1205, chatbeto then rolls
// back the whole transaction itself). Every chatbeto write that runs in a
// transaction goes through RetryOnLockConflict, so two runs that overlap
// (e.g. `map apply` during an import) wait their turn instead of failing.
#pragma once
#include <string>
#include <string_view>

#include "util/error.h"

namespace chatbeto::db {

class Connection;

// True for the errors above.
bool IsLockConflict(const Error& e);

// Called after attempt `attempt` (1-based) failed with a lock conflict:
// logs, pauses (50 ms, doubling) and returns while attempts remain; after the
// last one throws Error(kLocked) naming the chatbeto job holding its lock when
// there is one (exit 5: "map apply: ... while chatbeto import (pid 123 on
// host, started ...) holds its lock"), else rethrows `e`.
void OnLockConflict(Connection& conn, std::string_view what, const Error& e, int attempt,
                    int max_attempts);

// The chatbeto job (job_locks) whose named lock another session holds, as
// "chatbeto import (pid 123 on host, started 2026-01-02 03:04:05 UTC)", or "".
std::string OtherJobLockHolder(Connection& conn);

inline constexpr int kLockConflictAttempts = 5;

// Runs `body` (which opens and commits its own db::Transaction, so a failed
// attempt is rolled back) until it succeeds, fails otherwise, or has met a
// lock conflict kLockConflictAttempts times. `body` must be safe to run again.
template <typename Body>
auto RetryOnLockConflict(Connection& conn, std::string_view what, Body&& body) -> decltype(body()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return body();
    } catch (const Error& e) {
      if (!IsLockConflict(e)) throw;
      OnLockConflict(conn, what, e, attempt, kLockConflictAttempts);
    }
  }
}

}  // namespace chatbeto::db
