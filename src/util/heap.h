// Heap settings for the batch commands (import, whatsapp scan).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::util {

// Keeps freed memory in the heap for reuse (glibc mallopt) rather than
// mapping and unmapping buffers of a few MB every batch: every page fault of
// a fresh mapping costs more than filling the page (on a virtual machine,
// ~15 us per 4 KiB). Blocks under 32 MB come from the heap, and up to
// 256 MB of free heap is kept. Costs a few MB of RSS. Call once, before
// threads start.
void KeepFreedMemoryForReuse();

// Transparent huge pages for the heap of a large import. Where the kernel
// gives huge pages only to memory that asks for them (THP mode "madvise",
// Debian's default), glibc's malloc asks only when the tunable
// glibc.malloc.hugetlb=1 was set at process start. An import touches a few
// hundred MB of fresh heap, one page fault per 4 KiB: on a virtual machine
// the faults were a fifth of the import's CPU (42,000 faults per 100 MB
// export; with huge pages 1,700, and the import 13 % faster).
//
// Call first thing in main(). For an import (`args` holds "import") of at
// least kHugePageInputBytes of files (a smaller one gains less than the
// ~20 ms a second process start costs), when THP is in "madvise" mode and
// the caller did not set the tunable, the process re-executes itself
// (/proc/self/exe, same pid, same arguments) with the tunable added; the
// re-executed process puts the caller's GLIBC_TUNABLES back before anything
// else runs, so child processes see the environment unchanged.
// CHATBETO_NO_HUGE_PAGES (any value) turns this off, and so does a sanitizer
// build (its allocator ignores the tunable). If the re-execution fails, the
// run goes on as it is. Returns only in the process that runs the command.
void UseHugePagesForLargeImports(int argc, char** argv);

inline constexpr uint64_t kHugePageInputBytes = uint64_t{8} << 20;

// The decision, pure: the GLIBC_TUNABLES value to re-execute with, or none.
// `input_bytes`: the size of the files the arguments name; `tunables` is the
// current GLIBC_TUNABLES (null: unset), `thp_enabled` the text of
// /sys/kernel/mm/transparent_hugepage/enabled ("" when unreadable).
std::optional<std::string> HugePageTunables(const std::vector<std::string_view>& args,
                                            uint64_t input_bytes, const char* tunables,
                                            std::string_view thp_enabled);

}  // namespace chatbeto::util
