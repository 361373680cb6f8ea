// What a search reads about its documents besides their numbers: their
// facts, packed per conversation in search_convs.docs (search/doc_pack.h),
// and their messages' text, from messages by primary key (conversation_id,
// node_id). Internal to src/search (search.cpp).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "search/doc_pack.h"
#include "search/hits.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::search {

class DocFacts {
 public:
  // `ranges`: every indexed conversation's range, sorted by first document
  // (as GroupByRange takes them); kept by reference.
  DocFacts(db::Connection& conn, const std::vector<DocRange>& ranges)
      : conn_(conn), ranges_(ranges) {}

  // Reads the facts of the conversations of `range_indices` (indices into
  // the ranges) not read yet, a few hundred per statement. A conversation
  // replaced since the ranges were read has none (Of is null). Throws
  // Error(kDatabase), also on a damaged value (UnpackDocs).
  void Load(const std::vector<size_t>& range_indices);

  // The facts of document `doc` of range `r`, or nullopt when its
  // conversation was not read (Load) or is gone.
  std::optional<PackedDoc> Of(size_t r, uint32_t doc) const;

  // Calls f(doc, text) for each (range, doc) of `docs` whose message exists
  // (their ranges loaded), in no particular order, a thousand messages per
  // statement.
  void ForTexts(std::vector<std::pair<size_t, uint32_t>> docs,
                const std::function<void(uint32_t, std::string&&)>& f);

 private:
  struct Conv {
    std::string id, value;
    PackedDocs docs;  // of `value`: docs[(doc >> 1) - (first >> 1)]
  };
  db::Connection& conn_;
  const std::vector<DocRange>& ranges_;
  std::unordered_map<size_t, Conv> convs_;  // by range index; loaded ones
  std::unordered_set<size_t> asked_;        // range indices Load was given
};

}  // namespace chatbeto::search
