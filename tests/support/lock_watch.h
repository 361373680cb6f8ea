// Test support: wait until a chatbeto transaction that was waiting for a row
// lock has been rolled back (lock wait timeout) and another attempt waits or
// ran, so that a test releases its lock only after the retry path was taken,
// on a machine of any speed (a fixed sleep loses on a loaded one).
#pragma once
#include <chrono>
#include <string>
#include <thread>

#include "db/connection.h"

namespace chatbeto::testing {

// Returns once some transaction waits for a row lock, or after 30 s. Polls
// every 150 ms (see below).
inline void WaitForALockWait(const db::DbConfig& config) {
  using Clock = std::chrono::steady_clock;
  auto watch = db::Connection::Open(config, false);
  for (auto until = Clock::now() + std::chrono::seconds(30); Clock::now() < until;) {
    if (watch->QueryString("SELECT trx_id FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'"))
      return;
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
  }
}

// Returns once a retry was seen, or after 30 s. Polls every 150 ms: the
// server refreshes INNODB_TRX only when it was not read in the last 100 ms.
inline void WaitForALockRetry(const db::DbConfig& config) {
  using Clock = std::chrono::steady_clock;
  auto watch = db::Connection::Open(config, false);
  std::string first;
  bool gap = false;
  for (auto until = Clock::now() + std::chrono::seconds(30); Clock::now() < until;) {
    auto waiting = watch->QueryString(
        "SELECT trx_id FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT' "
        "ORDER BY trx_id LIMIT 1");
    if (waiting && first.empty())
      first = *waiting;
    else if (!waiting && !first.empty())
      gap = true;
    else if (waiting && (gap || *waiting != first))
      return;
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
  }
}

}  // namespace chatbeto::testing
