// Read-only access to the entries of a zip archive (libzip), streamed
// without extracting: an export zip can hold gigabytes of media.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace chatbeto::chatgpt {

// An entry's uncompressed bytes in memory (anonymous pages, written once by
// ZipArchive::Inflate). Release(n) gives the pages wholly before byte n back
// to the system, so the memory shrinks as a scan moves through the entry;
// bytes before n must not be read after it.
class InflatedEntry {
 public:
  explicit InflatedEntry(size_t size);  // throws Error(kIo) when out of memory
  ~InflatedEntry();
  InflatedEntry(const InflatedEntry&) = delete;
  InflatedEntry& operator=(const InflatedEntry&) = delete;
  char* data() { return data_; }
  std::string_view view() const { return {data_, size_}; }
  void Release(size_t upto);

 private:
  char* map_ = nullptr;   // the mapping; data_ is its first 2 MiB boundary
  char* data_ = nullptr;
  size_t size_ = 0, mapped_ = 0, released_ = 0;
};

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

  // The entry inflated whole into memory in one pass (libdeflate, about
  // 3x zlib's speed), its size and CRC-32 checked as Stream checks them, so
  // that a caller can check an entry and then read it without inflating it
  // twice. nullptr when the entry is larger than `max_bytes`, encrypted, or
  // neither stored nor deflated (Stream reads it then). Throws Error(kIo)
  // naming "archive:entry" like Stream: "read error: CRC error" for a
  // mismatch, "read error: Compressed data invalid" for a broken stream.
  std::unique_ptr<InflatedEntry> Inflate(const std::string& entry, uint64_t max_bytes) const;

 private:
  std::string path_;
  struct zip* zip_ = nullptr;
};

}  // namespace chatbeto::chatgpt
