// SQL helpers shared by the index's files (index.cpp, index_write.cpp,
// search.cpp, doc_facts.cpp).
// Internal to src/search.
#pragma once
#include <string>
#include <vector>

#include "db/connection.h"

namespace chatbeto::search::detail {

// Multi-row INSERTs stay well under max_allowed_packet.
constexpr size_t kMaxStatementBytes = 4 << 20;

// "('a','b')" for WHERE ... IN.
inline std::string InList(const std::vector<std::string>& ids) {
  std::string in = "(";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) in += ',';
    db::AppendQuoted(in, ids[i]);
  }
  return in + ")";
}
// "(x,y)" for WHERE ... IN: item(out, element) appends each element.
template <typename It, typename F>
std::string InList(It begin, It end, F&& item) {
  std::string in = "(";
  for (It it = begin; it != end; ++it) {
    if (it != begin) in += ',';
    item(in, *it);
  }
  return in + ")";
}

// Appends rows to "INSERT INTO table (cols) VALUES ..." and sends them in
// chunks.
class Inserter {
 public:
  Inserter(db::Connection& conn, std::string head) : conn_(conn), head_(std::move(head)) {}
  std::string& Row() {
    sql_ += sql_.empty() ? head_ + "(" : ",(";
    return sql_;
  }
  void EndRow() {
    sql_ += ')';
    if (sql_.size() > kMaxStatementBytes) Flush();
  }
  void Flush() {
    if (!sql_.empty()) conn_.Execute(sql_);
    sql_.clear();
  }

 private:
  db::Connection& conn_;
  std::string head_;
  std::string sql_;
};

}  // namespace chatbeto::search::detail
