// ArraySplitter on arbitrary bytes: fed in one piece and in chunks whose
// sizes derive from the data, it must give the same elements and the same
// error (or none). Elements must be exact slices of the input at their offset.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chatgpt/array_splitter.h"

namespace {

struct Outcome {
  std::vector<std::pair<uint64_t, std::string>> elements;
  std::optional<uint64_t> error_offset;
  std::string error;
};

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "chatgpt_splitter_fuzz: %s\n", what);
  std::abort();
}

Outcome Run(std::string_view input, size_t first_chunk, size_t chunk) {
  using chatbeto::chatgpt::ArraySplitter;
  Outcome out;
  ArraySplitter s;
  auto sink = [&](const ArraySplitter::Element& e) {
    Check(e.index == out.elements.size(), "index");
    out.elements.emplace_back(e.offset, std::string(e.bytes));
  };
  try {
    size_t pos = 0, n = first_chunk;
    while (pos < input.size()) {
      n = std::min(std::max<size_t>(n, 1), input.size() - pos);
      s.Feed(input.substr(pos, n), sink);
      pos += n;
      n = chunk;
    }
    s.Finish();
  } catch (const chatbeto::chatgpt::SplitError& e) {
    out.error_offset = e.offset();
    out.error = e.what();
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The first byte picks the split points, but the whole input is split.
  const size_t seed = size ? data[0] : 0;
  const Outcome whole = Run(input, input.size(), input.size());
  const Outcome chunked = Run(input, seed % (size + 1), 1 + seed % 7);
  const Outcome bytewise = Run(input, 1, 1);
  for (const Outcome* o : {&chunked, &bytewise}) {
    Check(o->elements == whole.elements, "elements depend on chunking");
    Check(o->error_offset == whole.error_offset, "error offset depends on chunking");
    Check(o->error == whole.error, "error depends on chunking");
  }
  for (const auto& [offset, bytes] : whole.elements) {
    Check(offset + bytes.size() <= input.size(), "element out of range");
    Check(input.substr(offset, bytes.size()) == bytes, "element is not the input's bytes");
  }
  if (whole.error_offset) Check(*whole.error_offset <= input.size(), "error offset out of range");
  return 0;
}
