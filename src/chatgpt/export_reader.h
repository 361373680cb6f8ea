// Finding and reading the conversation files of a ChatGPT data export: the
// export .zip (read in place), an unpacked export folder, or .json files.
// Streams each file in ~1 MiB chunks through ArraySplitter and
// ConversationParser, so memory stays ~ the largest conversation.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chatgpt/conversation.h"

namespace chatbeto::chatgpt {

class InflatedEntry;  // chatgpt/zip_archive.h

struct ExportFile {
  std::string display_name;    // "path/export.zip:conversations-000.json", else the path
  std::string container_path;  // the .zip, or the file itself
  std::string entry_name;      // entry inside the zip; "" for a plain file
  uint64_t size = 0;           // uncompressed bytes
};

// Resolves user-given paths to the files to import, in import order:
// - a .zip (detected by content) or folder: every conversations.json and
//   conversations-NNN.json at any depth, sorted by directory then shard
//   number (conversations.json first); chat.html and media are ignored. If an
//   export_manifest.json names conversations-NNN.json files that are absent,
//   throws Error(kInvalidInput) naming them (the manifest is otherwise unread:
//   its schema is not public);
// - any other existing .json file: that file.
// Throws Error(kUsage) naming the path when it does not exist, is neither,
// or is a zip / folder without conversation files. Duplicates are dropped.
std::vector<ExportFile> FindExportFiles(const std::vector<std::string>& paths);

// Gaps in the shard numbering of each export among `files` (shards are
// conversations-000.json, -001, ... without holes), one message per export:
// "x.zip: conversations-001.json ... conversations-004.json missing (shards
// 000-005 expected, 2 found)". Pure; empty when there are none.
std::vector<std::string> ShardNumberingGaps(const std::vector<ExportFile>& files);

// Throws Error(kInvalidInput) "<file>: not a ChatGPT export: <why>" when the
// file cannot be one: it cannot be opened or read (e.g. permission denied, a
// password-protected zip entry), is empty, or its first JSON character (after
// whitespace and a UTF-8 BOM) is not the '[' of the conversations array (a
// top-level object, or not JSON at all). Reads only the first chunk.
void CheckIsExport(const ExportFile& file);

// For a zip entry: reads it whole once and returns the zip error (e.g. "CRC
// error") when it fails its checks, so that nothing of a damaged entry is
// committed. nullopt when it is fine or the file is not in a zip.
// An entry of at most `keep_bytes` is inflated into memory (one pass that
// also checks it) and, when fine, handed to *kept: ScanExportFile then reads
// it from there instead of inflating it a second time. Memory: the entry's
// size, given back as the scan moves on.
std::optional<std::string> VerifyZipEntry(const ExportFile& file, uint64_t keep_bytes = 0,
                                          std::unique_ptr<InflatedEntry>* kept = nullptr);

// Calls `sink` with the file's bytes in chunks of ~1 MiB: from `inflated`
// when given (VerifyZipEntry's copy of this file; its pages are released
// behind the sink), else read from the file. Throws Error(kIo) naming the
// file on failure; exceptions from `sink` propagate.
void StreamExportFile(const ExportFile& file, const std::function<void(std::string_view)>& sink,
                      InflatedEntry* inflated = nullptr);

struct RecordPos {
  size_t index = 0;          // 0-based position in the file's array (as in jq '.[N]')
  uint64_t byte_offset = 0;  // of the record's first byte in the (uncompressed) file
  uint64_t byte_length = 0;
};

struct Rejected {
  size_t index = 0;
  std::string conversation_id;  // best effort, may be empty
  uint64_t byte_offset = 0;
  std::string reason;  // e.g. "no conversation id: ..."
};

struct ScanResult {
  size_t conversations = 0;  // delivered to on_conversation
  size_t rejected = 0;       // delivered to on_rejected
  uint64_t bytes = 0;        // of the whole file
  std::string sha256;        // hex, of the whole file
  // Set when the array itself is broken (no '[', missing ',', truncated,
  // trailing data) or the file cannot be read on (cannot open, corrupt zip
  // entry, I/O error): the reason, without file name or offset. Records
  // before fatal_offset were delivered; none after it. After a broken array
  // the file is still read to its end so that bytes and sha256 describe the
  // whole file; after a read error they cover what could be read.
  std::optional<std::string> fatal;
  uint64_t fatal_offset = 0;
};

using OnConversation = std::function<void(Conversation&&, const RecordPos&)>;
using OnRejected = std::function<void(const Rejected&)>;
// Whether a record with this SourceHash need not be parsed.
using KnownSource = std::function<bool(std::string_view source_sha256)>;

// Lowercase hex SHA-256 of kSourceHashVersion followed by a record's bytes
// exactly as the file holds them: equal hashes mean records this reader
// turns into the same conversation. Bump the version when the reader would
// make something else of the same bytes that stored rows should follow.
inline constexpr std::string_view kSourceHashVersion = "chatbeto-reader-1\n";
std::string SourceHash(std::string_view record_bytes);

// Streams, splits and parses one file, in array order. A record that is not
// a usable conversation goes to on_rejected and the scan goes on; a read
// failure ends the scan with `fatal` set. Exceptions from the callbacks
// propagate (e.g. an interrupt) and stop the scan. `inflated`: as for
// StreamExportFile. `before_large`, when given, is called before a record
// that takes the parser's large path (ConversationParser::IsLarge) is
// parsed, e.g. to wait until the memory of the previous one is given back.
// Every delivered conversation carries its source_sha256. A record for which
// `known_source` (when given) returns true is delivered unparsed
// (Conversation::unparsed, its bytes kept; before_large is called for a large
// one all the same): a re-import skips the parse of what it has stored.
ScanResult ScanExportFile(const ExportFile& file, const OnConversation& on_conversation,
                          const OnRejected& on_rejected, InflatedEntry* inflated = nullptr,
                          const std::function<void()>& before_large = nullptr,
                          const KnownSource& known_source = nullptr);

// "conversations-001.json: record 17 (id 6b0f...) at byte 48213" for messages.
std::string DescribeRecord(std::string_view display_name, size_t index,
                           std::string_view conversation_id, uint64_t byte_offset);

}  // namespace chatbeto::chatgpt
