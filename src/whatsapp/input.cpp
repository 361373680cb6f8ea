#include "whatsapp/input.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "util/error.h"

namespace chatbeto::whatsapp {

std::vector<InputPath> ExpandInputPaths(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<InputPath> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      out.push_back({path, false});
      continue;
    }
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(path, ec)) {
      std::string ext = e.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
      std::error_code fe;
      if ((ext == ".txt" || ext == ".zip") && e.is_regular_file(fe)) found.push_back(e.path().string());
    }
    if (ec) throw Error(ErrorKind::kIo, path + ": cannot be listed: " + ec.message());
    if (found.empty()) throw Error(ErrorKind::kUsage, path + ": a directory with no .txt or .zip chat export in it");
    std::sort(found.begin(), found.end());
    for (auto& f : found) out.push_back({std::move(f), true});
  }
  return out;
}

InputBytes InputBytes::Owned(std::string bytes) {
  InputBytes in;
  in.owned_ = std::move(bytes);
  in.view_ = in.owned_;
  return in;
}

InputBytes InputBytes::Open(const std::string& path) {
  if (path == "-") {
    std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return Owned(std::move(all));
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    throw Error(e == ENOENT ? ErrorKind::kUsage : ErrorKind::kIo,
                path + ": " + (e == ENOENT ? "no such file" : std::strerror(e)));
  }
  struct stat st{};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error(ErrorKind::kUsage, path + ": is a directory or cannot be examined");
  }
  InputBytes in;
  in.mtime_ = static_cast<int64_t>(st.st_mtime);
  if (st.st_size > 0) {
    void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      int e = errno;
      ::close(fd);
      throw Error(ErrorKind::kIo, path + ": cannot be read: " + std::strerror(e));
    }
    ::madvise(p, static_cast<size_t>(st.st_size), MADV_SEQUENTIAL);
    in.map_ = p;
    in.map_size_ = static_cast<size_t>(st.st_size);
    in.view_ = std::string_view(static_cast<const char*>(p), in.map_size_);
  }
  ::close(fd);
  return in;
}

InputBytes::InputBytes(InputBytes&& o) noexcept
    : owned_(std::move(o.owned_)), map_(o.map_), map_size_(o.map_size_), mtime_(o.mtime_) {
  view_ = map_ ? o.view_ : std::string_view(owned_);
  o.map_ = nullptr;
  o.map_size_ = 0;
  o.view_ = {};
}

void InputBytes::Release(size_t offset) const {
  if (!map_) return;
  const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  size_t len = std::min(offset, map_size_) / page * page;
  if (len) ::madvise(map_, len, MADV_DONTNEED);
}

InputBytes::~InputBytes() {
  if (map_) ::munmap(map_, map_size_);
}

}  // namespace chatbeto::whatsapp
