// An export zip (iOS: _chat.txt plus media; Android "with media": the .txt
// plus media): which entry is the chat, and which files the attachment names
// refer to. The choice is pure; ReadExportZip does the I/O (libzip).
#pragma once
#include <map>
#include <string>
#include <vector>

namespace chatbeto::whatsapp {

struct ZipChoice {
  std::string chat_entry;  // "" when there is none or several (see error)
  std::string error;
  std::map<std::string, std::string> media;  // file name -> entry path (every non-.txt file)
};

// `_chat.txt` when present, else the only .txt; every other file is media.
ZipChoice ChooseZipEntries(const std::vector<std::string>& entries);

struct ExportZip {
  std::string chat_entry;
  std::string text;  // the chat's bytes
  std::map<std::string, std::string> media;
};

// Throws Error(kUsage) naming the zip when it holds no chat text (or several
// .txt and no _chat.txt), Error(kIo) when it cannot be read.
ExportZip ReadExportZip(const std::string& path);
// The same checks without reading the chat (before anything is written).
void CheckExportZip(const std::string& path);

}  // namespace chatbeto::whatsapp
