// INSERT of rows built as RowBuffer kBinary, through server-side prepared
// statements: each value travels length-prefixed and the server copies it.
// LOAD DATA parses its input a byte at a time instead (MariaDB 10.11's
// READ_INFO::read_field appends each byte to a String): that parsing was
// about 40 % of the server's CPU in an import, most of it for message text
// and compressed raw JSON. Values over 256 KB go as long data (Connector/C++
// does that), so a statement stays under max_allowed_packet as long as each
// value does.
//
// The values go as strings in the binary character set: the session's
// character_set_client is `binary` while a call sends them, and is set back
// after it (after an error too). A string parameter in the client's
// character set is walked a character at a time by the server before
// anything else (MariaDB's Item_param::convert_str_value, for its length in
// characters): a quarter of the server's CPU in an import, on compressed
// JSON and posting lists as much as on text. A binary string is copied as
// it is into a binary column, and into a text column once its UTF-8 is
// checked (invalid UTF-8 is an error, as before). Numbers and times are read
// from the bytes as before.
//
// Strict mode turns a value the column cannot hold into an error; a warning
// is treated as one too (as BulkLoader does), so the caller's transaction
// must roll back on any throw.
#pragma once
#include <map>
#include <memory>
#include <string>

#include "db/row_buffer.h"

namespace sql {
class PreparedStatement;
}

namespace chatbeto::db {

class Connection;

class BatchInsert {
 public:
  // `columns`: the comma-separated list each row gives a value for, in order.
  BatchInsert(Connection& conn, std::string table, std::string columns);
  ~BatchInsert();
  // Inserts `rows` (Format::kBinary, every row `columns` values). Throws
  // Error(kDatabase) on an error or a warning, or on rows of the wrong shape.
  void Insert(const RowBuffer& rows);
  // The largest value this sends safely: half the session's
  // max_allowed_packet (read once), which the server applies to a value
  // sent as long data too. A row with a larger value must go another way
  // (the importer streams it with LOAD DATA).
  size_t ValueLimit();

  // Rows sent by one statement at most, and the bytes after which a
  // statement takes no more rows.
  static constexpr size_t kMaxRows = 64;
  static constexpr size_t kMaxBytes = size_t{2} << 20;  // or a quarter of max_allowed_packet

 private:
  sql::PreparedStatement& StatementFor(size_t rows);
  Connection& conn_;
  std::string table_, columns_;
  size_t width_;
  size_t packet_ = 0;  // @@max_allowed_packet, once read
  std::map<size_t, std::unique_ptr<sql::PreparedStatement>> statements_;  // by row count
};

}  // namespace chatbeto::db
