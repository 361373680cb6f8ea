// Whole-file reads and atomic writes (write to a temporary file beside the
// target, then rename), with errors naming the path.
#pragma once
#include <optional>
#include <string>

namespace chatbeto {

// The file's bytes; nullopt when it does not exist. Throws Error(kIo) when it
// exists but cannot be read.
std::optional<std::string> ReadFileIfExists(const std::string& path);
// Throws Error(kUsage) when missing, Error(kIo) when unreadable.
std::string ReadFileOrThrow(const std::string& path);
// Throws Error(kUsage) "<option> <path>: no such directory: <dir>" (or "...
// is not a directory") when the directory `path` would be written into is
// missing: a mistyped path is reported rather than created.
void RequireParentDirectory(const std::string& option, const std::string& path);
// Replaces path's contents atomically (creating parent directories).
void WriteFileAtomic(const std::string& path, const std::string& content);

}  // namespace chatbeto
