#include "chatgpt/zip_archive.h"

#include <zip.h>

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

}  // namespace chatbeto::chatgpt
