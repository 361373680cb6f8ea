#include "db/bulk_load.h"

#include <fcntl.h>
#include <unistd.h>

#include <cppconn/resultset.h>

#include <cstdlib>
#include <filesystem>
#include <vector>

#include <csignal>
#include <cerrno>

#include "db/connection.h"
#include "db/embedded_server.h"
#include "util/error.h"

namespace chatbeto::db {

namespace {

namespace fs = std::filesystem;

// The rows of a batch (message text) pass through files under chatbeto's own
// data directory, not the shared temp directory: <home>/tmp/load-<pid>-XXXXXX.
// A run that was killed leaves its folder behind; the next run removes the
// folders of processes that no longer exist.
void RemoveDeadRunFolders(const fs::path& parent) {
  std::error_code ec;
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("load-", 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + 5, nullptr, 10);
    if (pid <= 0 || (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) {
      std::error_code rm;
      fs::remove_all(it->path(), rm);
    }
  }
}

std::string MakeLoadDir() {
  std::vector<fs::path> parents = {fs::path(EmbeddedServer::DefaultHome()) / "tmp"};
  const char* tmp = std::getenv("TMPDIR");
  parents.emplace_back(tmp && *tmp ? tmp : "/tmp");  // when the data directory is not writable
  for (const fs::path& parent : parents) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) continue;
    RemoveDeadRunFolders(parent);
    std::string tmpl = (parent / ("load-" + std::to_string(getpid()) + "-XXXXXX")).string();
    if (mkdtemp(tmpl.data()) != nullptr) return tmpl;
  }
  return "";
}

}  // namespace

BulkLoader::BulkLoader(Connection& conn) : conn_(conn) {
  if (!conn_.config().local_infile) return;
  try {
    available_ = conn_.QueryInt("SELECT @@GLOBAL.local_infile").value_or(0) == 1;
  } catch (const Error&) {
    available_ = false;
  }
  if (!available_) return;
  dir_ = MakeLoadDir();
  available_ = !dir_.empty();
}

BulkLoader::~BulkLoader() {
  for (const auto& [table, fd] : open_) close(fd);
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

int BulkLoader::FileFor(const std::string& table) {
  if (auto it = open_.find(table); it != open_.end()) return it->second;
  const std::string path = dir_ + "/" + table + ".tsv";
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) throw Error(ErrorKind::kIo, "cannot write " + path);
  open_.emplace(table, fd);
  return fd;
}

void BulkLoader::Append(const std::string& table, std::string_view d) {
  const int fd = FileFor(table);
  size_t off = 0;
  while (off < d.size()) {
    ssize_t n = write(fd, d.data() + off, d.size() - off);
    if (n <= 0) {
      Discard(table);
      throw Error(ErrorKind::kIo, "cannot write " + dir_ + "/" + table + ".tsv");
    }
    off += static_cast<size_t>(n);
  }
}

void BulkLoader::Discard(const std::string& table) {
  if (auto it = open_.find(table); it != open_.end()) {
    close(it->second);
    open_.erase(it);
  }
}

void BulkLoader::Load(const std::string& table, const std::string& columns, const RowBuffer& rows,
                      const std::string& charset) {
  if (rows.rows() == 0) return Discard(table);
  Append(table, rows.data());
  Discard(table);  // closed: complete; the next Append starts a new file
  const std::string path = dir_ + "/" + table + ".tsv";
  conn_.Execute("LOAD DATA LOCAL INFILE " + Quote(path) + " INTO TABLE " + QuoteIdent(table) +
                " CHARACTER SET " + charset + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' "
                "LINES TERMINATED BY '\\n' (" + columns + ")");
  int64_t warnings = conn_.QueryInt("SELECT @@warning_count").value_or(0);
  if (warnings > 0) {
    std::string first;
    auto rs = conn_.Query("SHOW WARNINGS LIMIT 1");
    if (rs->next()) first = std::string(rs->getString(3));
    throw Error(ErrorKind::kDatabase, "loading " + table + ": " + std::to_string(warnings) +
                                          " warning(s), first: " + first);
  }
}

}  // namespace chatbeto::db
