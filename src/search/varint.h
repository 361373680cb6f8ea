// LEB128 varints as the search index's stored formats write them: 7 bits a
// byte, lowest first, the high bit set on every byte but the last. Used by
// posting lists (postings.h), posting rows (buckets.h) and packed document
// facts (doc_pack.h); each reader checks the bounds of its own format. Pure.
#pragma once
#include <cstdint>
#include <string>

namespace chatbeto::search {

inline void PutVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

}  // namespace chatbeto::search
