// Fuzz target for the packed document facts of search_convs.docs
// (search/doc_pack.h), read back from the database. Input: one byte, the
// number of documents expected, then the value. Invariants:
// - a value either reads as exactly that many documents or is refused with
//   Error(kDatabase) naming `search --reindex`, nothing else;
// - reading a document alone (PackedDocs) gives what UnpackDocs gives;
// - the documents read, packed again and read back, are the same documents.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "search/doc_pack.h"
#include "util/error.h"

namespace {

using chatbeto::search::PackedDoc;

int64_t FloorToSecond(int64_t us) {
  const int64_t s = us / 1000000;
  return (us % 1000000 < 0 ? s - 1 : s) * 1000000;
}

bool Same(const PackedDoc& a, const PackedDoc& b) {
  return a.node_id == b.node_id && a.role == b.role && a.time_us == b.time_us;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint64_t expected = data[0];
  const std::string_view value(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<PackedDoc> docs;
  try {
    docs = chatbeto::search::UnpackDocs(value, expected);
  } catch (const chatbeto::Error& e) {
    CHECK(e.kind() == chatbeto::ErrorKind::kDatabase);
    CHECK(std::string_view(e.what()).find("--reindex") != std::string_view::npos);
    return 0;
  }
  CHECK(docs.size() == expected);
  const chatbeto::search::PackedDocs one_by_one(value, expected);
  CHECK(one_by_one.size() == expected);
  for (size_t i = 0; i < docs.size(); ++i) CHECK(Same(one_by_one[i], docs[i]));
  // Packed again (times to the second, as FormatSqlSeconds writes them).
  std::string again;
  for (const auto& d : docs) {
    const std::string t = d.time_us ? chatbeto::search::FormatSqlSeconds(*d.time_us) : "";
    try {
      chatbeto::search::AppendPackedDoc(again, d.node_id, d.role, t);
    } catch (const chatbeto::Error&) {
      return 0;  // a time outside DATETIME's years: the writer refuses it
    }
  }
  const std::vector<PackedDoc> back = chatbeto::search::UnpackDocs(again, expected);
  for (size_t i = 0; i < docs.size(); ++i) {
    CHECK(back[i].node_id == docs[i].node_id && back[i].role == docs[i].role);
    CHECK(back[i].time_us.has_value() == docs[i].time_us.has_value());
    if (docs[i].time_us) CHECK(*back[i].time_us == FloorToSecond(*docs[i].time_us));
  }
  return 0;
}
