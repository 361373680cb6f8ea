#include "search/buckets.h"

#include "search/fold.h"
#include "search/varint.h"
#include "util/error.h"

namespace chatbeto::search {
namespace {

[[noreturn]] void Damaged(const std::string& why) {
  throw Error(ErrorKind::kDatabase,
              "the search index is damaged (a posting row " + why + "); run `chatbeto search --reindex`");
}

uint32_t GetVarint(std::string_view row, size_t& at) {
  uint32_t v = 0;
  for (int shift = 0; shift < 35; shift += 7) {
    if (at >= row.size()) Damaged("ends inside a number");
    const auto b = static_cast<unsigned char>(row[at++]);
    if (shift == 28 && (b & 0x70)) Damaged("holds a number over 32 bits");
    v |= uint32_t{b & 0x7Fu} << shift;
    if (!(b & 0x80)) return v;
  }
  Damaged("holds a number over five bytes");
}

}  // namespace

uint32_t BucketOf(uint64_t key) { return static_cast<uint32_t>(MixKey(key) & (kBuckets - 1)); }

void AppendBucketEntry(std::string& row, uint64_t key, uint32_t n, uint32_t rel_first,
                       std::string_view list) {
  for (int i = 0; i < 8; ++i) row += static_cast<char>((key >> (8 * i)) & 0xFF);
  PutVarint(row, n);
  PutVarint(row, rel_first);
  PutVarint(row, static_cast<uint32_t>(list.size()));
  row.append(list);
}

void ForEachBucketEntry(
    std::string_view row,
    const std::function<void(uint64_t key, uint32_t n, uint32_t rel_first, std::string_view list)>& f) {
  size_t at = 0;
  while (at < row.size()) {
    if (row.size() - at < 8) Damaged("ends inside a key");
    uint64_t key = 0;
    for (int i = 0; i < 8; ++i) key |= uint64_t{static_cast<unsigned char>(row[at + i])} << (8 * i);
    at += 8;
    const uint32_t n = GetVarint(row, at);
    const uint32_t rel_first = GetVarint(row, at);
    const uint32_t len = GetVarint(row, at);
    if (len > row.size() - at) Damaged("has a list past its end");
    f(key, n, rel_first, row.substr(at, len));
    at += len;
  }
}

}  // namespace chatbeto::search
