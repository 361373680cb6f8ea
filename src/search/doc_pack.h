// The per-document facts of one indexed conversation, packed into one value:
// search_convs.docs (schema/0023). A conversation's documents have
// consecutive numbers first_doc..last_doc (search/index.h), so the value
// lists, for each of them in order, what a search needs besides the number
// itself (which carries `visible`): the message's node_id (to read its text
// from messages by primary key), its role and its create_time. Pure.
//
// Encoding: the documents one after another, nothing before or after them
// (their count is the range's: RangeDocs). Each document is three varints
// (LEB128: 7 bits a byte, lowest first), each followed by bytes for some
// values:
//   node_id      1 -> a lowercase UUID (8-4-4-4-12 hex digits), its 16 bytes
//                    follow; 2n -> n bytes follow, the id as it is
//   role         0 -> NULL (or ""); 1..4 -> user, assistant, system, tool;
//                    5 + n -> n bytes follow, the role as it is
//   create_time  0 -> NULL; 1 + t -> t microseconds after
//                    1000-01-01 00:00:00 (DATETIME(6) in UTC, exact)
// About 30 bytes a document for ChatGPT's messages, against a row of
// 6 columns and a secondary-index entry in the former search_docs.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::search {

// One document's facts, unpacked.
struct PackedDoc {
  std::string node_id;
  std::string role;                // "" for NULL
  std::optional<int64_t> time_us;  // create_time, microseconds since 1970-01-01 UTC
};

// Appends one document to `out`. `create_time` is a DATETIME(6) text
// ("YYYY-MM-DD HH:MM:SS[.ffffff]"), "" for NULL. Throws Error(kDatabase) on
// a create_time that is no such text.
void AppendPackedDoc(std::string& out, std::string_view node_id, std::string_view role,
                     std::string_view create_time);

// A packed value checked whole once, then read a document at a time (a
// search needs a few documents of many conversations: nothing is copied or
// allocated for the others). Views `value`, which must outlive it.
class PackedDocs {
 public:
  PackedDocs() = default;
  // Throws Error(kDatabase) saying the index is damaged and `search
  // --reindex` rebuilds it when the value is truncated, holds another
  // number of documents than `expected`, or is no such encoding.
  PackedDocs(std::string_view value, uint64_t expected);
  size_t size() const { return offsets_.size(); }
  PackedDoc operator[](size_t i) const;

 private:
  std::string_view value_;
  std::vector<uint32_t> offsets_;  // where each document starts
};

// The `expected` documents of `value`, all unpacked. Throws as PackedDocs.
std::vector<PackedDoc> UnpackDocs(std::string_view value, uint64_t expected);

// "YYYY-MM-DD HH:MM:SS[.f...]" (1..6 fraction digits) or "YYYY-MM-DD" (its
// midnight), years 1000..9999, as microseconds since 1970-01-01 UTC; nullopt
// for any other text.
std::optional<int64_t> ParseSqlDatetimeMicros(std::string_view text);
// "YYYY-MM-DD HH:MM:SS" (the fraction cut off, as DATE_FORMAT(t,
// '%Y-%m-%d %H:%i:%s') does) of microseconds since 1970-01-01 UTC.
std::string FormatSqlSeconds(int64_t us);

}  // namespace chatbeto::search
