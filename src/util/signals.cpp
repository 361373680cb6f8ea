#include "util/signals.h"

#include <csignal>

#include "util/error.h"

namespace chatbeto {
namespace {
volatile std::sig_atomic_t g_signal = 0;
extern "C" void OnSignal(int sig) { g_signal = sig; }
}  // namespace

void InstallInterruptHandlers() {
  struct sigaction sa {};
  sa.sa_handler = OnSignal;
  sigemptyset(&sa.sa_mask);
  // SA_RESTART: database and file reads resume; loops check the flag between
  // records, so the interrupt lands at a batch boundary.
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
}

bool Interrupted() { return g_signal != 0; }

void ThrowIfInterrupted() {
  if (g_signal != 0)
    throw Error(ErrorKind::kInterrupted,
                g_signal == SIGTERM ? "terminated (SIGTERM)" : "interrupted (SIGINT)");
}

}  // namespace chatbeto
