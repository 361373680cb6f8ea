// Posting lists: the ascending document numbers holding one index key,
// stored as varint deltas. Pure.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::search {

using DocList = std::vector<uint32_t>;  // ascending, distinct

// Appends `docs` (ascending) as LEB128 varints of the gaps, the first one
// relative to `base` (docs[0] >= base).
void EncodePostings(const DocList& docs, uint32_t base, std::string& out);
// Decodes what EncodePostings wrote, appending to `out`. Throws
// Error(kDatabase) for a truncated or overlong varint or a decreasing list
// (a damaged index: `search --reindex` rebuilds it).
void DecodePostings(std::string_view data, uint32_t base, DocList& out);

// Sorts and removes duplicates (lists read from several segments).
void Normalize(DocList& docs);
// The documents in both lists.
DocList Intersect(const DocList& a, const DocList& b);

}  // namespace chatbeto::search
