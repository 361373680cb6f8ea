// The bytes of one input: a file mapped read-only (memory stays flat however
// big the chat), standard input read whole, or an entry extracted from a zip.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::whatsapp {

// One input to import: a path as given, or a file found in a directory given.
struct InputPath {
  std::string path;
  bool listed = false;  // found in a directory: skipped, not refused, when it is no chat
};

// The inputs `paths` name: a directory stands for the files directly in it that
// may be chat exports (*.txt and *.zip, any case, by name; not its subdirectories,
// not the media beside an unzipped export). Other paths as given ("-" included).
// Throws Error(kUsage) for a directory holding no such file.
std::vector<InputPath> ExpandInputPaths(const std::vector<std::string>& paths);

class InputBytes {
 public:
  // "-" reads standard input. Throws Error(kUsage) when the path does not
  // exist or is a directory, Error(kIo) when it cannot be read.
  static InputBytes Open(const std::string& path);
  static InputBytes Owned(std::string bytes);
  InputBytes(InputBytes&& o) noexcept;
  InputBytes& operator=(InputBytes&&) = delete;
  InputBytes(const InputBytes&) = delete;
  ~InputBytes();

  std::string_view view() const { return view_; }
  // Modification time (Unix seconds) of a file; 0 for stdin.
  int64_t mtime() const { return mtime_; }
  // The bytes before `offset` are not needed now: a mapped file's pages are
  // dropped (they read back from the file if touched again), so memory stays
  // flat however big the file. No-op for owned bytes.
  void Release(size_t offset) const;

 private:
  InputBytes() = default;
  std::string owned_;
  void* map_ = nullptr;
  size_t map_size_ = 0;
  std::string_view view_;
  int64_t mtime_ = 0;
};

}  // namespace chatbeto::whatsapp
