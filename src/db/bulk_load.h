// LOAD DATA LOCAL INFILE from rows built in memory (RowBuffer kTsv): the
// fastest way into InnoDB, close to what the server itself needs to load a
// file. The rows go through a private temporary file under chatbeto's data
// directory (<CHATBETO_HOME>/tmp/load-<pid>-*; folders of dead runs are removed). Because LOCAL turns
// data errors into warnings, any warning is treated as a failure so that
// nothing is silently truncated: the caller's transaction must then roll back.
#pragma once
#include <string>

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
  void Load(const std::string& table, const std::string& columns, const RowBuffer& rows);

 private:
  Connection& conn_;
  bool available_ = false;
  std::string dir_;
};

}  // namespace chatbeto::db
