// Finding an export's conversation files (zip, folder, shards) and checking
// the shard numbering: the discovery half of export_reader.h.
#include "chatgpt/export_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "chatgpt/zip_archive.h"
#include "util/error.h"

namespace chatbeto::chatgpt {
namespace {

namespace fs = std::filesystem;

constexpr size_t kChunkSize = size_t{1} << 20;
constexpr std::string_view kManifestName = "export_manifest.json";

// Zips made on Windows may use '\\' in entry names.
std::string_view BaseName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view DirName(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

// -1 for conversations.json, N for conversations-N.json, nullopt otherwise.
std::optional<long long> ShardNumber(std::string_view name) {
  if (name == "conversations.json") return -1;
  constexpr std::string_view kPrefix = "conversations-", kSuffix = ".json";
  if (name.size() <= kPrefix.size() + kSuffix.size() || name.substr(0, kPrefix.size()) != kPrefix ||
      name.substr(name.size() - kSuffix.size()) != kSuffix) {
    return std::nullopt;
  }
  const std::string_view digits =
      name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
  if (digits.size() > 15) return std::nullopt;
  long long n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Every "conversations-<digits>.json" in the manifest's text, wherever it is.
std::set<std::string> ShardsNamedIn(std::string_view text) {
  std::set<std::string> names;
  constexpr std::string_view kPrefix = "conversations-";
  for (size_t at = text.find(kPrefix); at != std::string_view::npos;
       at = text.find(kPrefix, at + 1)) {
    size_t end = at + kPrefix.size();
    while (end < text.size() && end - at - kPrefix.size() < 16 && text[end] >= '0' &&
           text[end] <= '9') {
      ++end;
    }
    if (end == at + kPrefix.size() || text.substr(end, 5) != ".json") continue;
    names.emplace(text.substr(at, end + 5 - at));
  }
  return names;
}

struct Candidate {
  std::string dir;  // groups shards of one export when a folder holds several
  long long shard;
  ExportFile file;
};

// Sorts, cross-checks against the manifests, and appends to *out.
void AddExport(const std::string& path, std::vector<Candidate> found,
               const std::vector<std::string>& manifest_texts, std::vector<ExportFile>* out) {
  if (found.empty()) {
    throw Error(ErrorKind::kUsage,
                path +
                    ": no conversations.json or conversations-NNN.json inside (is it a ChatGPT "
                    "data export?)");
  }
  std::set<std::string> present;
  for (const Candidate& c : found) {
    present.emplace(
        BaseName(c.file.entry_name.empty() ? c.file.container_path : c.file.entry_name));
  }
  std::set<std::string> absent;
  for (const std::string& text : manifest_texts) {
    for (const std::string& name : ShardsNamedIn(text)) {
      if (present.count(name) == 0) absent.insert(name);
    }
  }
  if (!absent.empty()) {
    std::string missing;
    for (const std::string& name : absent) missing += (missing.empty() ? "" : ", ") + name;
    throw Error(ErrorKind::kInvalidInput,
                path + ": export_manifest.json lists " + missing +
                    " but the export does not contain it (incomplete download or unpacking?)");
  }
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.dir, a.shard, a.file.display_name) <
           std::tie(b.dir, b.shard, b.file.display_name);
  });
  for (Candidate& c : found) out->push_back(std::move(c.file));
}

void FindInZip(const std::string& path, std::vector<ExportFile>* out) {
  ZipArchive zip(path);
  std::vector<Candidate> found;
  std::vector<std::string> manifests;
  for (const ZipArchive::Entry& e : zip.Entries()) {
    const std::string_view base = BaseName(e.name);
    if (base == kManifestName) {
      std::string text;
      zip.Stream(e.name, kChunkSize, [&](std::string_view chunk) {
        if (text.size() < (size_t{16} << 20)) text.append(chunk);
      });
      manifests.push_back(std::move(text));
    } else if (auto shard = ShardNumber(base)) {
      found.push_back({std::string(DirName(e.name)), *shard,
                       ExportFile{path + ":" + e.name, path, e.name, e.size}});
    }
  }
  AddExport(path, std::move(found), manifests, out);
}

std::string ReadSmallFile(const fs::path& p) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(p.c_str(), "rb"), &std::fclose);
  if (!f) throw Error(ErrorKind::kIo, p.string() + ": cannot open: " + std::strerror(errno));
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0 && text.size() < (size_t{16} << 20)) {
    text.append(buf, n);
  }
  return text;
}

void FindInFolder(const std::string& path, std::vector<ExportFile>* out) {
  std::vector<Candidate> found;
  std::vector<std::string> manifests;
  std::error_code ec;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec)) continue;
    const std::string file = it->path().string();
    const std::string name = it->path().filename().string();
    if (name == kManifestName) {
      manifests.push_back(ReadSmallFile(it->path()));
    } else if (auto shard = ShardNumber(name)) {
      std::error_code size_ec;
      const uint64_t size = it->file_size(size_ec);
      found.push_back({it->path().parent_path().string(), *shard,
                       ExportFile{file, file, "", size_ec ? 0 : size}});
    }
  }
  if (ec) throw Error(ErrorKind::kIo, path + ": cannot list the folder: " + ec.message());
  AddExport(path, std::move(found), manifests, out);
}

}  // namespace


std::vector<ExportFile> FindExportFiles(const std::vector<std::string>& paths) {
  std::vector<ExportFile> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) throw Error(ErrorKind::kUsage, path + ": no such file or directory");
    if (fs::is_directory(st)) {
      FindInFolder(path, &out);
    } else if (HasZipMagic(path) || fs::path(path).extension() == ".zip") {
      FindInZip(path, &out);
    } else if (fs::is_regular_file(st) && fs::path(path).extension() == ".json") {
      const uintmax_t size = fs::file_size(path, ec);
      out.push_back(ExportFile{path, path, "", ec ? 0 : static_cast<uint64_t>(size)});
    } else {
      throw Error(ErrorKind::kUsage, path +
                                         ": not a ChatGPT export (.zip), an export folder or a "
                                         ".json file");
    }
  }
  // The same file named twice (e.g. the folder and one of its shards) is read once.
  std::set<std::pair<std::string, std::string>> seen;
  std::vector<ExportFile> unique;
  for (ExportFile& f : out) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(f.container_path, ec);
    if (seen.emplace(ec ? f.container_path : canonical.string(), f.entry_name).second) {
      unique.push_back(std::move(f));
    }
  }
  return unique;
}

std::vector<std::string> ShardNumberingGaps(const std::vector<ExportFile>& files) {
  // export (container + directory inside it) -> shard numbers
  std::map<std::string, std::set<long long>> shards;
  for (const ExportFile& f : files) {
    const std::string& inner = f.entry_name.empty() ? f.container_path : f.entry_name;
    const auto n = ShardNumber(BaseName(inner));
    if (!n || *n < 0) continue;
    const std::string dir(DirName(inner));
    std::string where = f.entry_name.empty() ? dir
                        : dir.empty()        ? f.container_path
                                             : f.container_path + ":" + dir;
    if (where.empty()) where = ".";
    shards[where].insert(*n);
  }
  auto name = [](long long n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "conversations-%03lld.json", n);
    return std::string(buf);
  };
  std::vector<std::string> out;
  for (const auto& [where, numbers] : shards) {
    const long long max = *numbers.rbegin();
    std::vector<long long> missing;
    for (long long n = 0; n < max && missing.size() < 1000; ++n)
      if (!numbers.count(n)) missing.push_back(n);
    if (missing.empty()) continue;
    std::string list = name(missing.front());
    if (missing.size() > 1) list += (missing.size() > 2 ? " ... " : ", ") + name(missing.back());
    out.push_back(where + ": " + std::to_string(missing.size()) + " shard(s) missing from the " +
                  "numbering (" + list + "; " + std::to_string(numbers.size()) +
                  " found up to " + name(max) + "): an incomplete download or unpacking?");
  }
  return out;
}

}  // namespace chatbeto::chatgpt
