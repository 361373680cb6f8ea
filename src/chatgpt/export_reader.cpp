#include "chatgpt/export_reader.h"

#include <simdjson.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "chatgpt/array_splitter.h"
#include "chatgpt/guess_id.h"
#include "chatgpt/parse.h"
#include "chatgpt/text_clean.h"
#include "chatgpt/zip_archive.h"
#include "util/error.h"
#include "util/sha256.h"

namespace chatbeto::chatgpt {
namespace {

constexpr size_t kChunkSize = size_t{1} << 20;

}  // namespace

void StreamExportFile(const ExportFile& file, const std::function<void(std::string_view)>& sink,
                      InflatedEntry* inflated) {
  if (inflated) {
    const std::string_view all = inflated->view();
    for (size_t at = 0; at < all.size(); at += kChunkSize) {
      sink(all.substr(at, kChunkSize));
      inflated->Release(at + kChunkSize);  // the splitter copied what it keeps
    }
    return;
  }
  if (!file.entry_name.empty()) {
    ZipArchive zip(file.container_path);
    zip.Stream(file.entry_name, kChunkSize, sink);
    return;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(file.container_path.c_str(), "rb"),
                                                    &std::fclose);
  if (!f) throw Error(ErrorKind::kIo, file.display_name + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<char[]> buf(new char[kChunkSize]);
  while (true) {
    const size_t n = std::fread(buf.get(), 1, kChunkSize, f.get());
    if (n > 0) sink(std::string_view(buf.get(), n));
    if (n < kChunkSize) break;
  }
  if (std::ferror(f.get())) {
    throw Error(ErrorKind::kIo, file.display_name + ": read error: " + std::strerror(errno));
  }
}


void CheckIsExport(const ExportFile& file) {
  auto fail = [&](const std::string& why) {
    throw Error(ErrorKind::kInvalidInput, file.display_name + ": not a ChatGPT export: " + why);
  };
  struct Stop {};  // the first chunk is enough
  std::string head;
  try {
    StreamExportFile(file, [&](std::string_view chunk) {
      head.assign(chunk.substr(0, 4096));
      throw Stop{};
    });
  } catch (const Stop&) {
  } catch (const Error& e) {
    std::string_view why = e.what();
    const std::string prefix = file.display_name + ": ";
    if (why.substr(0, prefix.size()) == prefix) why.remove_prefix(prefix.size());
    fail(std::string(why));
  }
  if (head.empty()) fail("the file is empty (0 bytes)");
  std::string_view h = head;
  if (h.substr(0, 3) == "\xEF\xBB\xBF") h.remove_prefix(3);
  while (!h.empty() && (h[0] == ' ' || h[0] == '\n' || h[0] == '\r' || h[0] == '\t')) h.remove_prefix(1);
  if (h.empty()) fail("only whitespace in its first " + std::to_string(head.size()) + " bytes");
  if (h[0] == '[') return;
  if (h[0] == '{')
    fail("a JSON object, not the array of conversations (conversations.json holds [ {...}, ... ])");
  std::string start;
  AppendValidUtf8(h.substr(0, 16), &start);
  for (char& c : start)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  fail("not JSON: it starts with \"" + start + "\" where the conversations array '[' should be");
}

std::optional<std::string> VerifyZipEntry(const ExportFile& file, uint64_t keep_bytes,
                                          std::unique_ptr<InflatedEntry>* kept) {
  if (file.entry_name.empty()) return std::nullopt;
  try {
    ZipArchive zip(file.container_path);
    std::unique_ptr<InflatedEntry> whole;
    if (kept && keep_bytes > 0) whole = zip.Inflate(file.entry_name, keep_bytes);
    if (whole) *kept = std::move(whole);
    else zip.Stream(file.entry_name, kChunkSize, [](std::string_view) {});
  } catch (const Error& e) {
    std::string_view why = e.what();
    const std::string prefix = file.container_path + ":" + file.entry_name + ": ";
    if (why.substr(0, prefix.size()) == prefix) why.remove_prefix(prefix.size());
    return std::string(why);
  }
  return std::nullopt;
}

ScanResult ScanExportFile(const ExportFile& file, const OnConversation& on_conversation,
                          const OnRejected& on_rejected, InflatedEntry* inflated,
                          const std::function<void()>& before_large,
                          const KnownSource& known_source) {
  ScanResult result;
  Sha256 sha;
  ArraySplitter splitter;
  ConversationParser parser;
  auto on_element = [&](const ArraySplitter::Element& e) {
    Conversation conv;
    std::string source = SourceHash(e.bytes);
    // A large record's bytes are taken from the splitter, not copied: the
    // conversation keeps them (its giant messages' raw_json points into them).
    std::string owned;
    const bool large = parser.IsLarge(e.bytes.size());
    if (large && before_large) before_large();
    if (large) owned = splitter.TakeElement(simdjson::SIMDJSON_PADDING);
    if (known_source && known_source(source)) {
      conv.unparsed = true;
      conv.source_sha256 = std::move(source);
      conv.json_store->record = large ? std::move(owned) : std::string(e.bytes);
      ++result.conversations;
      on_conversation(std::move(conv), RecordPos{e.index, e.offset, e.bytes.size()});
      return;
    }
    try {
      conv = large ? parser.ParseOwned(owned) : parser.Parse(e.bytes);
    } catch (const Error& err) {
      if (err.kind() != ErrorKind::kInvalidInput) throw;
      ++result.rejected;
      on_rejected(Rejected{e.index, GuessConversationId(large ? std::string_view(owned) : e.bytes),
                           e.offset, err.what()});
      return;
    }
    conv.source_sha256 = std::move(source);
    ++result.conversations;
    on_conversation(std::move(conv), RecordPos{e.index, e.offset, e.bytes.size()});
  };
  auto fail = [&](const SplitError& e) {
    result.fatal = e.reason();
    result.fatal_offset = e.offset();
  };
  bool sink_failed = false;  // an exception from the callbacks, not from reading
  try {
    StreamExportFile(file, [&](std::string_view chunk) {
      sha.Update(chunk);
      result.bytes += chunk.size();
      if (result.fatal) return;  // keep hashing: bytes and sha256 cover the whole file
      try {
        splitter.Feed(chunk, on_element);
      } catch (const SplitError& e) {
        fail(e);
      } catch (...) {
        sink_failed = true;
        throw;
      }
    }, inflated);
  } catch (const Error& e) {
    // A corrupt zip entry or a failing disk stops this file like a truncated
    // one: what was read before goes in, and the import goes on.
    if (sink_failed || e.kind() != ErrorKind::kIo) throw;
    if (!result.fatal) {  // else the array broke first: that stays the reason
      std::string_view why = e.what();
      const std::string prefix = file.display_name + ": ";
      if (why.substr(0, prefix.size()) == prefix) why.remove_prefix(prefix.size());
      result.fatal = std::string(why);
      result.fatal_offset = result.bytes;
    }
  }
  if (!result.fatal) {  // also set by a read error, so Finish() runs only after a full read
    try {
      splitter.Finish();
    } catch (const SplitError& e) {
      fail(e);
    }
  }
  result.sha256 = sha.HexDigest();
  return result;
}

std::string SourceHash(std::string_view record_bytes) {
  Sha256 h;
  h.Update(kSourceHashVersion);
  h.Update(record_bytes);
  return h.HexDigest();
}

std::string DescribeRecord(std::string_view display_name, size_t index,
                           std::string_view conversation_id, uint64_t byte_offset) {
  std::string s(display_name);
  s += ": record " + std::to_string(index);
  if (!conversation_id.empty()) s += " (id " + std::string(conversation_id) + ")";
  s += " at byte " + std::to_string(byte_offset);
  return s;
}

}  // namespace chatbeto::chatgpt
