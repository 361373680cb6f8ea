// The documents of a batch prepared in parts (PrepareDocsPart, PrepareAhead)
// give the same documents and, once shifted to their numbers, the same
// posting lists as preparing the batch whole; parts are bounded.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "search/index.h"
#include "search/prepare_ahead.h"

namespace chatbeto::search {
namespace {

struct Msg {
  std::string conv, node, text;
  bool visible;
};

std::vector<Msg> Messages() {
  std::vector<Msg> out;
  for (int c = 0; c < 3; ++c)
    for (int i = 0; i < 40; ++i)
      out.push_back({"conv-" + std::to_string(c), "n" + std::to_string(i),
                     "message " + std::to_string(i * 7 % 13) + " of conversation " +
                         std::to_string(c) + (i % 5 ? " common words here" : " rare"),
                     i % 3 != 0});
  return out;
}

DocSource Source(const std::vector<Msg>& msgs, size_t* at) {
  return [&msgs, at](DocRow& row) {
    if (*at == msgs.size()) return false;
    const Msg& m = msgs[(*at)++];
    row = {m.conv, m.node, m.visible, "user", "2025-01-01 00:00:00.000000", m.text};
    return true;
  };
}

// key -> document numbers, each part's shifted by the documents before it.
using Lists = std::map<uint64_t, std::vector<uint32_t>>;
void AddLists(const PreparedDocs& part, uint32_t docs_before, Lists& out) {
  for (const auto& p : part.postings) {
    DocList docs;
    DecodePostings(std::string_view(part.blobs).substr(p.offset, p.size), p.first_doc, docs);
    ASSERT_EQ(docs.size(), p.doc_count);
    for (uint32_t d : docs) out[p.key].push_back(d + (docs_before << 1));
  }
}

void ExpectSameDocs(const std::vector<PreparedDocs::Doc>& a,
                    const std::vector<PreparedDocs::Doc>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].conversation_id, b[i].conversation_id);
    EXPECT_EQ(a[i].node_id, b[i].node_id);
    EXPECT_EQ(a[i].visible, b[i].visible);
  }
}

TEST(SearchPrepareParts, PartsJoinedAreTheWholeBatch) {
  const FoldTable fold;
  const auto msgs = Messages();
  size_t at = 0;
  const PreparedDocs whole = PrepareDocs(fold, Source(msgs, &at));
  Lists want;
  AddLists(whole, 0, want);
  for (size_t part_bytes : {size_t{1}, size_t{100}, size_t{1000}, size_t{1} << 20}) {
    SCOPED_TRACE(part_bytes);
    at = 0;
    const DocSource source = Source(msgs, &at);
    std::vector<PreparedDocs::Doc> docs;
    Lists got;
    size_t parts = 0;
    for (bool ended = false; !ended;) {
      PreparedDocs part = PrepareDocsPart(fold, source, part_bytes, &ended);
      // About part_bytes: the row that crosses the bound is the part's last.
      size_t before_last = 0;
      for (size_t j = 0; j + 1 < part.docs.size(); ++j) before_last += msgs[docs.size() + j].text.size();
      EXPECT_LT(before_last, part_bytes);
      AddLists(part, static_cast<uint32_t>(docs.size()), got);
      docs.insert(docs.end(), part.docs.begin(), part.docs.end());
      ++parts;
    }
    ExpectSameDocs(docs, whole.docs);
    EXPECT_EQ(got, want);
    if (part_bytes == 1) {
      EXPECT_GE(parts, msgs.size());  // one document a part (+ an empty last)
    }
    if (part_bytes == (size_t{1} << 20)) {
      EXPECT_EQ(parts, 1u);  // the whole batch, one part
    }
  }
}

TEST(SearchPrepareParts, PrepareAheadGivesThePartsInOrder) {
  const FoldTable fold;
  const auto msgs = Messages();
  size_t at = 0;
  const PreparedDocs whole = PrepareDocs(fold, Source(msgs, &at));
  Lists want;
  AddLists(whole, 0, want);
  for (size_t part_bytes : {size_t{200}, size_t{1} << 20}) {
    at = 0;
    PrepareAhead ahead(fold, Source(msgs, &at), part_bytes);
    std::vector<PreparedDocs::Doc> docs;
    Lists got;
    while (!ahead.done()) {
      PreparedDocs part = ahead.Next();
      AddLists(part, static_cast<uint32_t>(docs.size()), got);
      docs.insert(docs.end(), part.docs.begin(), part.docs.end());
    }
    ExpectSameDocs(docs, whole.docs);
    EXPECT_EQ(got, want);
  }
  // Dropped before its parts are taken: the destructor waits for the thread.
  at = 0;
  { PrepareAhead dropped(fold, Source(msgs, &at), 200); }
}

}  // namespace
}  // namespace chatbeto::search
