// Heap settings for the batch commands (import, whatsapp scan).
#pragma once

namespace chatbeto::util {

// Keeps freed memory in the heap for reuse (glibc mallopt) rather than
// mapping and unmapping buffers of a few MB every batch: every page fault of
// a fresh mapping costs more than filling the page (on a virtual machine,
// ~15 us per 4 KiB). Blocks under 32 MB come from the heap, and up to
// 256 MB of free heap is kept. Costs a few MB of RSS. Call once, before
// threads start.
void KeepFreedMemoryForReuse();

}  // namespace chatbeto::util
