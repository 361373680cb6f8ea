#include "search/body.h"

#include <zstd.h>

#include <memory>

#include "util/error.h"

namespace chatbeto::search {
namespace {
constexpr char kRaw = 0;
constexpr char kZstd = 1;
constexpr size_t kMinCompress = 128;  // shorter texts gain nothing
constexpr size_t kMaxText = size_t{1} << 30;

// One context per thread: ZSTD_compress/ZSTD_decompress would set up a new
// one for every message, which costs more than the work on a short text.
struct Contexts {
  ZSTD_CCtx* c = ZSTD_createCCtx();
  ZSTD_DCtx* d = ZSTD_createDCtx();
  ~Contexts() {
    ZSTD_freeCCtx(c);
    ZSTD_freeDCtx(d);
  }
};
Contexts& Ctx() {
  thread_local Contexts ctx;
  return ctx;
}

[[noreturn]] void Damaged(const std::string& why) {
  throw Error(ErrorKind::kDatabase,
              "the search index is damaged (" + why + "); run `chatbeto search --reindex`");
}
}  // namespace

std::string EncodeBody(std::string_view text) {
  std::string out;
  if (text.size() >= kMinCompress) {
    // Not a std::string of the bound: resizing one writes every byte of it,
    // so a giant text would cost its size again in memory even when it
    // compresses to little. Only the bytes written here are touched.
    const size_t bound = ZSTD_compressBound(text.size());
    std::unique_ptr<char[]> buf(new char[bound]);
    size_t n = ZSTD_compressCCtx(Ctx().c, buf.get(), bound, text.data(), text.size(), 1);
    if (!ZSTD_isError(n) && n + 1 < text.size()) {
      out.reserve(n + 1);
      out += kZstd;
      out.append(buf.get(), n);
      return out;
    }
  }
  out.assign(1, kRaw);
  out.append(text);
  return out;
}

std::string DecodeBody(std::string_view body) {
  if (body.empty()) Damaged("an empty body");
  std::string_view data = body.substr(1);
  if (body[0] == kRaw) return std::string(data);
  if (body[0] != kZstd) Damaged("an unknown body format");
  unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxText)
    Damaged("a body that does not decompress");
  std::string out(static_cast<size_t>(size), '\0');
  size_t n = ZSTD_decompressDCtx(Ctx().d, out.data(), out.size(), data.data(), data.size());
  if (ZSTD_isError(n) || n != out.size()) Damaged("a body that does not decompress");
  return out;
}

}  // namespace chatbeto::search
