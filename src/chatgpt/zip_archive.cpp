#include "chatgpt/zip_archive.h"

#include <libdeflate.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "util/error.h"

namespace chatbeto::chatgpt {
namespace {

std::string ZipErrorText(int code) {
  zip_error_t err;
  zip_error_init_with_code(&err, code);
  std::string text = zip_error_strerror(&err);
  zip_error_fini(&err);
  return text;
}

}  // namespace

// 2 MiB: the memory is mapped in huge pages where the system allows it
// (transparent huge pages on madvise): a 50 MB entry then costs 25 page
// faults instead of 12,800, which on a virtual machine cost more than
// inflating the bytes. Released in steps of a huge page.
constexpr size_t kHugePage = size_t{2} << 20;

InflatedEntry::InflatedEntry(size_t size) : size_(size) {
  if (size == 0) return;
  mapped_ = (size + kHugePage - 1) / kHugePage * kHugePage + kHugePage;  // room to align
  void* p = mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw Error(ErrorKind::kIo, "out of memory for a zip entry");
  map_ = static_cast<char*>(p);
  const auto at = reinterpret_cast<uintptr_t>(map_);
  data_ = map_ + ((at + kHugePage - 1) / kHugePage * kHugePage - at);
  madvise(data_, mapped_ - kHugePage, MADV_HUGEPAGE);  // data_ + that <= map_ + mapped_
}

InflatedEntry::~InflatedEntry() {
  if (map_) munmap(map_, mapped_);
}

void InflatedEntry::Release(size_t upto) {
  const size_t end = std::min(upto, size_) / kHugePage * kHugePage;
  if (end <= released_) return;
  madvise(data_ + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

bool HasZipMagic(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  unsigned char m[4] = {0, 0, 0, 0};
  if (std::fread(m, 1, 4, f.get()) != 4) return false;
  return m[0] == 'P' && m[1] == 'K' && ((m[2] == 3 && m[3] == 4) || (m[2] == 5 && m[3] == 6));
}

ZipArchive::ZipArchive(const std::string& path) : path_(path) {
  int code = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (zip_ == nullptr) {
    const bool not_zip = code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS;
    throw Error(not_zip ? ErrorKind::kUsage : ErrorKind::kIo,
                path + (not_zip ? ": not a readable zip archive: " : ": cannot open: ") +
                    ZipErrorText(code));
  }
}

ZipArchive::~ZipArchive() {
  if (zip_ != nullptr) zip_discard(zip_);  // read-only: nothing to write back
}

std::vector<ZipArchive::Entry> ZipArchive::Entries() const {
  std::vector<Entry> out;
  const zip_int64_t n = zip_get_num_entries(zip_, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_NAME) || st.name == nullptr) {
      continue;
    }
    std::string name = st.name;
    if (name.empty() || name.back() == '/') continue;  // a directory entry
    out.push_back({std::move(name), (st.valid & ZIP_STAT_SIZE) ? st.size : 0});
  }
  return out;
}

void ZipArchive::Stream(const std::string& entry, size_t chunk_size,
                        const std::function<void(std::string_view)>& sink) const {
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip_, entry.c_str(), 0),
                                                         &zip_fclose);
  if (!file)
    throw Error(ErrorKind::kIo, path_ + ":" + entry + ": cannot open: " + zip_strerror(zip_));
  std::unique_ptr<char[]> buf(new char[chunk_size]);
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buf.get(), chunk_size);
    if (n < 0) {
      throw Error(ErrorKind::kIo,
                  path_ + ":" + entry + ": read error: " + zip_file_strerror(file.get()));
    }
    if (n == 0) break;
    sink(std::string_view(buf.get(), static_cast<size_t>(n)));
  }
}

std::unique_ptr<InflatedEntry> ZipArchive::Inflate(const std::string& entry,
                                                   uint64_t max_bytes) const {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(zip_, entry.c_str(), 0, &st) != 0)
    throw Error(ErrorKind::kIo, path_ + ":" + entry + ": cannot open: " + zip_strerror(zip_));
  const zip_uint64_t need = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC |
                            ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD;
  if ((st.valid & need) != need || st.encryption_method != ZIP_EM_NONE || st.size > max_bytes ||
      (st.comp_method != ZIP_CM_DEFLATE && st.comp_method != ZIP_CM_STORE) ||
      (st.comp_method == ZIP_CM_STORE && st.comp_size != st.size))
    return nullptr;
  auto fail = [&](const char* why) {
    return Error(ErrorKind::kIo, path_ + ":" + entry + ": read error: " + why);
  };
  // The compressed bytes as they are in the archive.
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen(zip_, entry.c_str(), ZIP_FL_COMPRESSED), &zip_fclose);
  if (!file)
    throw Error(ErrorKind::kIo, path_ + ":" + entry + ": cannot open: " + zip_strerror(zip_));
  auto out = std::make_unique<InflatedEntry>(static_cast<size_t>(st.size));
  // Not zero-filled first: every byte is read into it.
  std::unique_ptr<char[]> packed;
  const bool deflated = st.comp_method == ZIP_CM_DEFLATE;
  const size_t want = static_cast<size_t>(deflated ? st.comp_size : st.size);
  char* into = out->data();
  if (deflated) {
    packed.reset(new char[want]);
    into = packed.get();
  }
  size_t got = 0;
  while (got < want) {
    const zip_int64_t n = zip_fread(file.get(), into + got, want - got);
    if (n < 0)
      throw Error(ErrorKind::kIo,
                  path_ + ":" + entry + ": read error: " + zip_file_strerror(file.get()));
    if (n == 0) throw fail("Premature end of file");
    got += static_cast<size_t>(n);
  }
  if (deflated) {
    struct Decompressor {
      libdeflate_decompressor* d = libdeflate_alloc_decompressor();
      ~Decompressor() { libdeflate_free_decompressor(d); }
    } z;
    if (!z.d) throw Error(ErrorKind::kIo, "out of memory for a zip entry");
    size_t size = 0;
    const auto rc = libdeflate_deflate_decompress(z.d, packed.get(), want, out->data(),
                                                  static_cast<size_t>(st.size), &size);
    if (rc != LIBDEFLATE_SUCCESS || size != st.size) throw fail("Compressed data invalid");
    packed.reset();
  }
  if (libdeflate_crc32(0, out->data(), static_cast<size_t>(st.size)) != st.crc)
    throw fail("CRC error");
  return out;
}

}  // namespace chatbeto::chatgpt
