// Process exit codes, as documented in the README and product.md.
#pragma once

namespace chatbeto {

inline constexpr int kExitOk = 0;           // success
inline constexpr int kExitFailure = 1;      // failure
inline constexpr int kExitUsage = 2;        // usage error
inline constexpr int kExitCheckFailed = 3;  // `check` found problems
inline constexpr int kExitRejected = 4;     // finished, but some records were rejected
inline constexpr int kExitLocked = 5;       // another run holds the lock
inline constexpr int kExitInterrupted = 130;// interrupted; the current batch was rolled back

}  // namespace chatbeto
