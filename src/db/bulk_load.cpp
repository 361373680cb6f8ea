#include "db/bulk_load.h"

#include <fcntl.h>
#include <unistd.h>

#include <cppconn/resultset.h>

#include <cstdlib>
#include <filesystem>

#include "db/connection.h"
#include "util/error.h"

namespace chatbeto::db {

BulkLoader::BulkLoader(Connection& conn) : conn_(conn) {
  if (!conn_.config().local_infile) return;
  try {
    available_ = conn_.QueryInt("SELECT @@GLOBAL.local_infile").value_or(0) == 1;
  } catch (const Error&) {
    available_ = false;
  }
  if (!available_) return;
  const char* tmp = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/chatbeto-load-XXXXXX";
  if (mkdtemp(tmpl.data()) == nullptr) {
    available_ = false;
    return;
  }
  dir_ = tmpl;
}

BulkLoader::~BulkLoader() {
  std::error_code ec;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
}

void BulkLoader::Load(const std::string& table, const std::string& columns, const RowBuffer& rows) {
  if (rows.rows() == 0) return;
  std::string path = dir_ + "/" + table + ".tsv";
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) throw Error(ErrorKind::kIo, "cannot write " + path);
  const std::string& d = rows.data();
  size_t off = 0;
  while (off < d.size()) {
    ssize_t n = write(fd, d.data() + off, d.size() - off);
    if (n <= 0) {
      close(fd);
      throw Error(ErrorKind::kIo, "cannot write " + path);
    }
    off += static_cast<size_t>(n);
  }
  close(fd);
  conn_.Execute("LOAD DATA LOCAL INFILE " + Quote(path) + " INTO TABLE " + QuoteIdent(table) +
                " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' "
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
