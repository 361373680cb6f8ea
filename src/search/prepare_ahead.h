// The documents of a source prepared for the index a part at a time
// (PrepareDocsPart) on another thread, one part ahead of the caller: the
// importer writes one part while the next is prepared, so at most two parts
// are held however large the batch (a giant conversation), and a batch that
// fits in one part is prepared whole while the caller does other work (the
// first part starts at once).
#pragma once
#include <cstddef>
#include <future>
#include <utility>

#include "search/index.h"

namespace chatbeto::search {

class PrepareAhead {
 public:
  // `fold` and whatever `source` reads must stay alive and unchanged until
  // the destructor returns; `source` runs on the other thread only.
  PrepareAhead(const FoldTable& fold, DocSource source, size_t part_text_bytes);
  // Waits for the part being prepared, if any (dropping it).
  ~PrepareAhead();
  PrepareAhead(const PrepareAhead&) = delete;
  PrepareAhead& operator=(const PrepareAhead&) = delete;

  // Whether the last part was taken.
  bool done() const { return done_; }
  // The next part (numbered from 0, maybe empty when it is the last),
  // waiting for it, and starts preparing the one after it. Call only while
  // !done(). Rethrows what preparing threw.
  PreparedDocs Next();

 private:
  void Start();
  const FoldTable& fold_;
  DocSource source_;
  size_t part_text_bytes_;
  bool done_ = false;
  std::future<std::pair<PreparedDocs, bool>> next_;  // the part, and whether it is the last
};

}  // namespace chatbeto::search
