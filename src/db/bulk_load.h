// LOAD DATA LOCAL INFILE from rows built in memory (RowBuffer kTsv). The
// importer uses it only for a message too big for a chunk or a prepared
// statement, whose row it streams (RowBuffer::SpillTo) instead of holding it
// whole; ordinary rows go through db::BatchInsert, which the server does not
// parse byte by byte. The rows go through a private temporary file under
// chatbeto's data directory (<CHATBETO_HOME>/tmp/load-<pid>-*; folders of
// dead runs are removed). Because LOCAL turns data errors into warnings, any
// warning is treated as a failure so that nothing is silently truncated: the
// caller's transaction must then roll back.
#pragma once
#include <map>
#include <string>
#include <string_view>

#include "db/row_buffer.h"

namespace chatbeto::db {

class Connection;

class BulkLoader {
 public:
  explicit BulkLoader(Connection& conn);
  ~BulkLoader();
  // Whether the server and client allow LOAD DATA LOCAL (checked once).
  bool available() const { return available_; }
  // Loads rows into table(columns). Throws Error(kDatabase) on an error or
  // any warning (the message quotes the first warning).
  // The file also holds what Append added for `table` since the last Load.
  // `charset` is the file's: "binary" passes BLOB values byte for byte (text
  // columns must then hold valid UTF-8, which the server checks).
  void Load(const std::string& table, const std::string& columns, const RowBuffer& rows,
            const std::string& charset = "utf8mb4");
  // Adds bytes (rows a RowBuffer spilled: RowBuffer::SpillTo) to the file of
  // the next Load into `table`. Throws Error(kIo).
  void Append(const std::string& table, std::string_view bytes);
  // Drops what Append added for `table` that no Load took (after a failure).
  void Discard(const std::string& table);

 private:
  int FileFor(const std::string& table);
  Connection& conn_;
  bool available_ = false;
  std::string dir_;
  std::map<std::string, int> open_;  // table -> file being filled by Append
};

}  // namespace chatbeto::db
