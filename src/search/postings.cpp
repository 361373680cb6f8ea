#include "search/postings.h"

#include <algorithm>
#include <iterator>

#include "search/varint.h"
#include "util/error.h"

namespace chatbeto::search {

void EncodePostings(const DocList& docs, uint32_t base, std::string& out) {
  uint32_t prev = base;
  for (uint32_t d : docs) {
    PutVarint(out, d - prev);
    prev = d;
  }
}

void DecodePostings(std::string_view data, uint32_t base, DocList& out) {
  uint64_t prev = base;
  bool first = true;
  size_t i = 0;
  while (i < data.size()) {
    uint64_t gap = 0;
    int shift = 0;
    while (true) {
      if (i == data.size() || shift > 28)
        throw Error(ErrorKind::kDatabase,
                    "the search index is damaged (a posting list ends early); run "
                    "`chatbeto search --reindex`");
      auto b = static_cast<unsigned char>(data[i++]);
      gap |= uint64_t{b & 0x7Fu} << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    if ((!first && gap == 0) || prev + gap > UINT32_MAX)
      throw Error(ErrorKind::kDatabase,
                  "the search index is damaged (a posting list is out of order); run "
                  "`chatbeto search --reindex`");
    prev += gap;
    first = false;
    out.push_back(static_cast<uint32_t>(prev));
  }
}

void Normalize(DocList& docs) {
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
}

DocList Intersect(const DocList& a, const DocList& b) {
  DocList out;
  out.reserve(std::min(a.size(), b.size()));
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace chatbeto::search
