// RowBuffer::SpillTo: the bytes handed to the sink plus what is left are
// exactly the rows built without spilling, and no more than the spill size
// (plus one escaped piece) is ever held, whatever the size of a value.
#include <gtest/gtest.h>

#include <string>

#include "db/row_buffer.h"

namespace chatbeto::db {
namespace {

void Fill(RowBuffer& b, const std::string& giant) {
  for (int i = 0; i < 3; ++i) {
    b.BeginRow();
    b.Str("conv\t" + std::to_string(i));
    b.Int(i);
    b.StrOrNull(i == 1 ? giant : "");
    b.Str("tail\\");
    b.EndRow();
  }
}

TEST(DbRowBufferSpill, SpilledBytesPlusRestAreTheRows) {
  std::string giant;
  for (int i = 0; i < 50000; ++i) giant += "line\twith\\escapes\n";
  RowBuffer whole(RowBuffer::Format::kTsv);
  Fill(whole, giant);

  for (size_t above : {size_t{1}, size_t{100}, size_t{4096}, size_t{1} << 20}) {
    SCOPED_TRACE(above);
    RowBuffer spilled(RowBuffer::Format::kTsv);
    std::string sink;
    size_t most_held = 0;
    spilled.SpillTo(
        [&](std::string_view bytes) {
          most_held = std::max(most_held, bytes.size());
          sink.append(bytes);
        },
        above);
    Fill(spilled, giant);
    EXPECT_EQ(spilled.rows(), 3u);
    EXPECT_EQ(spilled.size(), whole.size());
    EXPECT_TRUE(sink + spilled.data() == whole.data());
    // A piece of `above` input bytes escapes to at most twice as many.
    EXPECT_LE(most_held, above + 2 * above + 64);
    spilled.Clear();
    EXPECT_EQ(spilled.size(), 0u);
  }
}

}  // namespace
}  // namespace chatbeto::db
