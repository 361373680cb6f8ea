// Read-only access to the entries of a zip archive (libzip), streamed
// without extracting: an export zip can hold gigabytes of media.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace chatbeto::chatgpt {

// True when the file starts like a zip archive (local header or empty archive).
bool HasZipMagic(const std::string& path);

class ZipArchive {
 public:
  struct Entry {
    std::string name;  // path inside the archive, '/'-separated
    uint64_t size;     // uncompressed
  };

  // Throws Error(kUsage) when `path` is not a zip archive, Error(kIo) when it
  // cannot be opened or read.
  explicit ZipArchive(const std::string& path);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Files only (directory entries are skipped), in archive order.
  std::vector<Entry> Entries() const;

  // Calls `sink` with the entry's uncompressed bytes in chunks of up to
  // `chunk_size`. Throws Error(kIo) naming "archive:entry" on failure (which
  // includes a CRC mismatch); exceptions from `sink` propagate.
  void Stream(const std::string& entry, size_t chunk_size,
              const std::function<void(std::string_view)>& sink) const;

 private:
  std::string path_;
  struct zip* zip_ = nullptr;
};

}  // namespace chatbeto::chatgpt
