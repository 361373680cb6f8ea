#include "db/batch_insert.h"

#include <cppconn/datatype.h>
#include <cppconn/exception.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/warning.h>

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "db/connection.h"
#include "util/error.h"

namespace chatbeto::db {

BatchInsert::BatchInsert(Connection& conn, std::string table, std::string columns)
    : conn_(conn), table_(std::move(table)), columns_(std::move(columns)),
      width_(1 + static_cast<size_t>(std::count(columns_.begin(), columns_.end(), ','))) {}

BatchInsert::~BatchInsert() = default;

sql::PreparedStatement& BatchInsert::StatementFor(size_t rows) {
  auto& slot = statements_[rows];
  if (!slot) {
    std::string row = "(?";
    for (size_t i = 1; i < width_; ++i) row += ",?";
    row += ')';
    std::string sql = "INSERT INTO " + QuoteIdent(table_) + " (" + columns_ + ") VALUES " + row;
    for (size_t i = 1; i < rows; ++i) sql += "," + row;
    slot = conn_.Prepare(sql);
  }
  return *slot;
}

size_t BatchInsert::ValueLimit() {
  if (packet_ == 0) {
    const int64_t p = conn_.QueryInt("SELECT @@max_allowed_packet").value_or(0);
    packet_ = p > 0 ? static_cast<size_t>(p) : size_t{1} << 20;
  }
  return packet_ / 2;
}

namespace {

// character_set_client is binary from construction to destruction; the
// session's own value waits in a user variable meanwhile.
class BinaryClient {
 public:
  explicit BinaryClient(Connection& c) : c_(c) {
    c_.Execute("SET @chatbeto_client_cs = @@character_set_client, character_set_client = binary");
  }
  ~BinaryClient() {
    try {
      c_.Execute("SET character_set_client = @chatbeto_client_cs");
    } catch (const std::exception&) {  // the connection is gone: so is the setting
    }
  }
  BinaryClient(const BinaryClient&) = delete;
  BinaryClient& operator=(const BinaryClient&) = delete;

 private:
  Connection& c_;
};

}  // namespace

void BatchInsert::Insert(const RowBuffer& rows) {
  if (rows.rows() == 0) return;
  if (rows.format() != RowBuffer::Format::kBinary)
    throw Error(ErrorKind::kDatabase, "inserting into " + table_ + ": rows not in binary form");
  const size_t max_bytes = std::min(kMaxBytes, ValueLimit() / 2);
  // Every value of the rows, in order.
  std::vector<std::optional<std::string_view>> values;
  values.reserve(rows.rows() * width_);
  BinaryFields fields(rows.data());
  for (std::optional<std::string_view> v; fields.Next(v);) values.push_back(v);
  if (!fields.ok() || values.size() != rows.rows() * width_)
    throw Error(ErrorKind::kDatabase, "inserting into " + table_ + ": " +
                                          std::to_string(values.size()) + " values for " +
                                          std::to_string(rows.rows()) + " rows of " +
                                          std::to_string(width_));
  const size_t total = rows.rows();
  size_t row = 0;
  BinaryClient binary(conn_);
  try {
    while (row < total) {
      // As many rows as fit kMaxRows and kMaxBytes (one at least), sent as
      // statements of a power of two rows each: at most 7 statements per table.
      size_t n = 0, bytes = 0;
      while (row + n < total && n < kMaxRows && (n == 0 || bytes < max_bytes)) {
        for (size_t c = 0; c < width_; ++c)
          if (const auto& v = values[(row + n) * width_ + c]) bytes += v->size();
        ++n;
      }
      for (size_t part = kMaxRows; n > 0; part >>= 1) {
        if (part > n) continue;
        sql::PreparedStatement& st = StatementFor(part);
        const auto* first = &values[row * width_];
        for (unsigned i = 0; i < part * width_; ++i) {
          if (first[i]) st.setString(i + 1, sql::SQLString(first[i]->data(), first[i]->size()));
          else st.setNull(i + 1, sql::DataType::VARCHAR);
        }
        st.execute();
        if (const sql::SQLWarning* w = st.getWarnings())
          throw Error(ErrorKind::kDatabase,
                      "inserting into " + table_ + ": warning, first: " + std::string(w->getMessage()));
        row += part;
        n -= part;
      }
    }
  } catch (const sql::SQLException& e) {
    throw DatabaseError(e, "inserting into " + table_ + " (row " + std::to_string(row + 1) + " of " +
                               std::to_string(total) + ")");
  }
}

}  // namespace chatbeto::db
