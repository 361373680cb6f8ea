// SIGINT/SIGTERM handling: the handler only sets a flag; long-running loops
// call ThrowIfInterrupted() between records so the current batch's
// transaction is rolled back and the process exits 130.
#pragma once

namespace chatbeto {

void InstallInterruptHandlers();
bool Interrupted();
// Throws Error(kInterrupted) when a signal arrived.
void ThrowIfInterrupted();

}  // namespace chatbeto
