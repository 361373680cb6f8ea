// The one error type of chatbeto's core. Library exceptions (Connector/C++,
// simdjson, curl, libzip) are caught at the adapter boundary and rethrown as
// chatbeto::Error, whose kind decides the process exit code.
#pragma once
#include <stdexcept>
#include <string>

#include "util/exit_codes.h"

namespace chatbeto {

enum class ErrorKind {
  kUsage,        // bad option, value or file given by the user   -> exit 2
  kInvalidInput, // input data that cannot be read              -> exit 1
  kDatabase,     // the database refused or is unreachable       -> exit 1
  kNetwork,      // HTTP / remote API failure                    -> exit 1
  kIo,           // local file system                            -> exit 1
  kLocked,       // another run holds the job lock               -> exit 5
  kInterrupted,  // SIGINT / SIGTERM                              -> exit 130
  kInternal,     // a bug                                         -> exit 1
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message, int code = 0)
      : std::runtime_error(message), kind_(kind), code_(code) {}
  ErrorKind kind() const { return kind_; }
  // The server's or client library's error number for kDatabase (e.g. 1061
  // ER_DUP_KEYNAME), else 0.
  int code() const { return code_; }
  int exit_code() const {
    switch (kind_) {
      case ErrorKind::kUsage: return kExitUsage;
      case ErrorKind::kLocked: return kExitLocked;
      case ErrorKind::kInterrupted: return kExitInterrupted;
      default: return kExitFailure;
    }
  }

 private:
  ErrorKind kind_;
  int code_ = 0;
};

// "usage", "invalid_input", "database", ... for error documents (--json).
inline const char* ErrorKindName(ErrorKind k) {
  switch (k) {
    case ErrorKind::kUsage: return "usage";
    case ErrorKind::kInvalidInput: return "invalid_input";
    case ErrorKind::kDatabase: return "database";
    case ErrorKind::kNetwork: return "network";
    case ErrorKind::kIo: return "io";
    case ErrorKind::kLocked: return "locked";
    case ErrorKind::kInterrupted: return "interrupted";
    default: return "internal";
  }
}

}  // namespace chatbeto
