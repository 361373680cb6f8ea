#include "util/files.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.h"

namespace fs = std::filesystem;

namespace chatbeto {

std::optional<std::string> ReadFileIfExists(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  if (fs::is_directory(path, ec)) throw Error(ErrorKind::kUsage, path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::kIo, path + ": cannot be read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ReadFileOrThrow(const std::string& path) {
  auto s = ReadFileIfExists(path);
  if (!s) throw Error(ErrorKind::kUsage, path + ": no such file");
  return *s;
}

void RequireParentDirectory(const std::string& option, const std::string& path) {
  const fs::path dir = fs::path(path).parent_path();
  if (dir.empty()) return;  // the current directory
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (!fs::exists(st))
    throw Error(ErrorKind::kUsage, option + " " + path + ": no such directory: " + dir.string());
  if (!fs::is_directory(st))
    throw Error(ErrorKind::kUsage, option + " " + path + ": " + dir.string() + " is not a directory");
}

void WriteFileAtomic(const std::string& path, const std::string& content) {
  fs::path p(path);
  std::error_code ec;
  if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      throw Error(ErrorKind::kIo, path + ": cannot be written");
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(ErrorKind::kIo, path + ": cannot be replaced: " + ec.message());
  }
}

}  // namespace chatbeto
