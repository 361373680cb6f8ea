// Fuzz target for the export zip reader: the bytes as a zip file
// (ReadExportZip: libzip through chatgpt::ZipArchive), and the bytes' lines
// as entry names (ChooseZipEntries). Besides not crashing, checks: failures
// are chatbeto::Error naming the file; the chosen chat is one of the entries
// and a .txt; media maps names to entries that exist.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "util/error.h"
#include "whatsapp/export_zip.h"

using namespace chatbeto::whatsapp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> names;
  size_t pos = 0;
  while (pos <= bytes.size() && names.size() < 1000) {
    size_t nl = bytes.find('\n', pos);
    names.emplace_back(bytes.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  ZipChoice c = ChooseZipEntries(names);
  std::set<std::string> all(names.begin(), names.end());
  CHECK(c.chat_entry.empty() != c.error.empty());
  if (!c.chat_entry.empty()) CHECK(all.count(c.chat_entry) == 1);
  for (const auto& [name, entry] : c.media) CHECK(all.count(entry) == 1 && entry != c.chat_entry);

  static const std::string path = "/tmp/chatbeto-zip-fuzz-" + std::to_string(getpid()) + ".zip";
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    try {
      ExportZip z = ReadExportZip(path);
      CHECK(!z.chat_entry.empty());
    } catch (const chatbeto::Error& e) {
      CHECK(std::string_view(e.what()).find(path) != std::string_view::npos);
    }
    std::remove(path.c_str());
  }
  return 0;
}
