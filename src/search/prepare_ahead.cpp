#include "search/prepare_ahead.h"

namespace chatbeto::search {

PrepareAhead::PrepareAhead(const FoldTable& fold, DocSource source, size_t part_text_bytes)
    : fold_(fold), source_(std::move(source)), part_text_bytes_(part_text_bytes) {
  Start();
}

PrepareAhead::~PrepareAhead() {
  if (next_.valid()) next_.wait();
}

void PrepareAhead::Start() {
  next_ = std::async(std::launch::async, [this] {
    bool ended = false;
    PreparedDocs part = PrepareDocsPart(fold_, source_, part_text_bytes_, &ended);
    return std::make_pair(std::move(part), ended);
  });
}

PreparedDocs PrepareAhead::Next() {
  auto [part, ended] = next_.get();
  done_ = ended;
  if (!done_) Start();
  return std::move(part);
}

}  // namespace chatbeto::search
