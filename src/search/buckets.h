// Posting rows by bucket (index key format v3). One search_postings row per
// bucket and write batch holds the posting lists of every key of that bucket
// the batch has: with varied text (hundreds of thousands of distinct keys per
// batch), one row per key and batch made the index most of an import's
// server time; a batch now writes at most kBuckets rows. Pure.
//
// The row's bucket is in the column search_postings.gram (named when a row
// held one key), doc_count is the sum of its entries' n.
// A row's bytes are entries, one per key, in ascending key order:
//   key (8 bytes, little-endian), n (varint: documents), rel_first (varint:
//   the list's first document minus the row's first_doc), len (varint),
//   then len bytes: the list as EncodePostings(docs, first) writes it.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace chatbeto::search {

// 4,096 buckets (key format v5; 16,384 before): a batch's rows are then
// about 1.6 KB instead of 400 bytes on the generated 100 MB export, a
// quarter as many rows for the server to insert into two indexes (its
// per-row work was most of a posting row's cost), while a lookup reads
// about 90 other keys' lists with its own instead of 23.
inline constexpr uint32_t kBuckets = uint32_t{1} << 12;

// The bucket of an index key: every bit of the key counts.
uint32_t BucketOf(uint64_t key);

// Appends one entry to a row.
void AppendBucketEntry(std::string& row, uint64_t key, uint32_t n, uint32_t rel_first,
                       std::string_view list);

// Calls f(key, n, rel_first, list) for each entry of `row`, in order. Throws
// Error(kDatabase) for a row that does not parse (cut short, a varint over
// five bytes, a list past the end): a damaged index, which
// `search --reindex` rebuilds.
void ForEachBucketEntry(
    std::string_view row,
    const std::function<void(uint64_t key, uint32_t n, uint32_t rel_first, std::string_view list)>& f);

}  // namespace chatbeto::search
