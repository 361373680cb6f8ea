#include "util/heap.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace chatbeto::util {

namespace {

// Set only between the re-execution and its first step: "=" followed by the
// caller's GLIBC_TUNABLES, or "-" when the caller had none.
constexpr const char* kSavedTunables = "CHATBETO_SAVED_GLIBC_TUNABLES";

void RestoreTunables(const char* saved) {
  if (saved[0] == '=')
    setenv("GLIBC_TUNABLES", saved + 1, 1);
  else
    unsetenv("GLIBC_TUNABLES");
  unsetenv(kSavedTunables);
}

// The bytes of the files the arguments name (a folder: the files under it),
// counted up to kHugePageInputBytes.
uint64_t InputBytes(const std::vector<std::string_view>& args) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  for (std::string_view a : args) {
    std::error_code ec;
    const fs::path p(a);
    if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    } else if (fs::is_directory(p, ec)) {
      int seen = 0;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end && ++seen < 10000;
           it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    }
    if (total >= kHugePageInputBytes) break;
  }
  return total;
}

}  // namespace

void KeepFreedMemoryForReuse() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

std::optional<std::string> HugePageTunables(const std::vector<std::string_view>& args,
                                            uint64_t input_bytes, const char* tunables,
                                            std::string_view thp_enabled) {
  bool import = false;
  for (std::string_view a : args) import |= a == "import";
  // A re-execution costs ~20 ms; the faults it saves, ~4 ms per MB of input.
  if (!import || input_bytes < kHugePageInputBytes) return std::nullopt;
  // "always": every large enough heap region gets huge pages anyway; "never":
  // none ever does.
  if (thp_enabled.find("[madvise]") == std::string_view::npos) return std::nullopt;
  const std::string_view current = tunables ? tunables : "";
  if (current.find("glibc.malloc.hugetlb") != std::string_view::npos) return std::nullopt;
  std::string out(current);
  if (!out.empty()) out += ':';
  return out + "glibc.malloc.hugetlb=1";
}

void UseHugePagesForLargeImports(int argc, char** argv) {
  if (const char* saved = std::getenv(kSavedTunables)) {
    RestoreTunables(saved);
    return;
  }
  if (std::getenv("CHATBETO_NO_HUGE_PAGES")) return;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return;  // the sanitizer's allocator ignores glibc's tunables
#endif
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (std::find(args.begin(), args.end(), "import") == args.end()) return;
  std::ifstream f("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string thp((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  const auto next = HugePageTunables(args, InputBytes(args), tunables, thp);
  if (!next) return;
  const std::string saved = tunables ? std::string("=") + tunables : std::string("-");
  setenv(kSavedTunables, saved.c_str(), 1);
  setenv("GLIBC_TUNABLES", next->c_str(), 1);
  execv("/proc/self/exe", argv);
  RestoreTunables(saved.c_str());  // not re-executed: go on as is
}

}  // namespace chatbeto::util
