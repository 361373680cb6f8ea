#include "whatsapp/export_zip.h"

#include "chatgpt/zip_archive.h"
#include "util/error.h"

namespace chatbeto::whatsapp {
namespace {

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool IsText(const std::string& name) {
  return name.size() > 4 && (name.ends_with(".txt") || name.ends_with(".TXT"));
}

}  // namespace

ZipChoice ChooseZipEntries(const std::vector<std::string>& entries) {
  ZipChoice c;
  std::vector<std::string> texts;
  for (const auto& e : entries) {
    std::string base = BaseName(e);
    if (base.empty() || base.starts_with("._") || e.starts_with("__MACOSX/")) continue;
    if (IsText(base)) texts.push_back(e);
    else c.media.emplace(base, e);
  }
  for (const auto& t : texts)
    if (BaseName(t) == "_chat.txt") c.chat_entry = t;
  if (c.chat_entry.empty() && texts.size() == 1) c.chat_entry = texts[0];
  if (c.chat_entry.empty())
    c.error = texts.empty() ? "holds no .txt chat file"
                            : "holds " + std::to_string(texts.size()) +
                                  " .txt files and no _chat.txt; unzip it and import the chat's .txt";
  // A .txt that is not the chat is an attachment too.
  for (const auto& t : texts)
    if (t != c.chat_entry) c.media.emplace(BaseName(t), t);
  return c;
}

void CheckExportZip(const std::string& path) {
  chatgpt::ZipArchive zip(path);
  std::vector<std::string> names;
  for (const auto& e : zip.Entries()) names.push_back(e.name);
  ZipChoice c = ChooseZipEntries(names);
  if (!c.error.empty()) throw Error(ErrorKind::kUsage, path + ": " + c.error);
}

ExportZip ReadExportZip(const std::string& path) {
  chatgpt::ZipArchive zip(path);
  std::vector<std::string> names;
  for (const auto& e : zip.Entries()) names.push_back(e.name);
  ZipChoice c = ChooseZipEntries(names);
  if (!c.error.empty()) throw Error(ErrorKind::kUsage, path + ": " + c.error);
  ExportZip out;
  out.chat_entry = c.chat_entry;
  out.media = std::move(c.media);
  zip.Stream(c.chat_entry, 1 << 20, [&](std::string_view chunk) { out.text.append(chunk); });
  return out;
}

}  // namespace chatbeto::whatsapp
