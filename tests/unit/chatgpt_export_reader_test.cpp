// Streaming and scanning conversation files: records, rejections, read errors.
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chatgpt_export_fixture.h"
#include "chatgpt/export_reader.h"
#include "chatgpt/parse.h"
#include "chatgpt/zip_archive.h"
#include "util/error.h"
#include "util/sha256.h"

namespace chatbeto::chatgpt {
namespace {

using testing_export::Conv;
namespace fs = std::filesystem;

class ChatgptExportReader : public testing_export::ExportFixture {};

TEST_F(ChatgptExportReader, ScanDeliversConversationsAndRejectsBadRecords) {
  const std::vector<std::string> records = {
      Conv("first"), R"({"title":"no id"})",
      "[1]",         R"({"mapping":{"n":{"id":"inner"}},"conversation_id":"broken-1",,})",
      Conv("last"),
  };
  std::string file = "[\n";
  std::vector<uint64_t> offsets;
  for (size_t i = 0; i < records.size(); ++i) {
    if (i) file += ",\n";
    offsets.push_back(file.size());
    file += records[i];
  }
  file += "\n]\n";
  const std::string path = Write("conversations-001.json", file);
  const auto files = FindExportFiles({path});

  std::vector<std::pair<std::string, RecordPos>> got;
  std::vector<Rejected> rejected;
  const ScanResult r = ScanExportFile(
      files[0], [&](Conversation&& c, const RecordPos& p) { got.emplace_back(c.id, p); },
      [&](const Rejected& rej) { rejected.push_back(rej); });
  EXPECT_EQ(r.conversations, 2u);
  EXPECT_EQ(r.rejected, 3u);
  EXPECT_EQ(r.bytes, file.size());
  EXPECT_EQ(r.sha256, Sha256Hex(file));
  EXPECT_FALSE(r.fatal.has_value());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].first, "first");
  EXPECT_EQ(got[0].second.index, 0u);
  EXPECT_EQ(got[0].second.byte_offset, offsets[0]);
  EXPECT_EQ(got[0].second.byte_length, records[0].size());
  EXPECT_EQ(got[1].first, "last");
  EXPECT_EQ(got[1].second.index, 4u);
  EXPECT_EQ(got[1].second.byte_offset, offsets[4]);
  ASSERT_EQ(rejected.size(), 3u);
  EXPECT_EQ(rejected[0].index, 1u);
  EXPECT_EQ(rejected[0].byte_offset, offsets[1]);
  EXPECT_NE(rejected[0].reason.find("no conversation id"), std::string::npos);
  EXPECT_EQ(rejected[1].index, 2u);
  EXPECT_NE(rejected[1].reason.find("found an array"), std::string::npos);
  EXPECT_EQ(rejected[2].conversation_id, "broken-1");
  EXPECT_NE(rejected[2].reason.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(DescribeRecord(files[0].display_name, rejected[2].index, rejected[2].conversation_id,
                           rejected[2].byte_offset),
            path + ": record 3 (id broken-1) at byte " + std::to_string(offsets[3]));
}

// A record whose source hash the caller knows is delivered with its bytes,
// unparsed, even one that would not parse; every other carries its hash.
TEST_F(ChatgptExportReader, KnownSourcesAreDeliveredUnparsedWithTheirBytes) {
  const std::vector<std::string> records = {Conv("a"), Conv("b", "known"), R"({"title":"no id"})",
                                            Conv("c")};
  std::string file = "[" + records[0] + ",\n" + records[1] + " , " + records[2] + ",\n" +
                     records[3] + "]";
  const auto files = FindExportFiles({Write("conversations.json", file)});
  auto hash = [](const std::string& r) { return Sha256Hex("chatbeto-reader-1\n" + r); };
  std::vector<std::string> asked;
  std::vector<Conversation> got;
  std::vector<RecordPos> pos;
  size_t rejected = 0;
  const ScanResult r = ScanExportFile(
      files[0],
      [&](Conversation&& c, const RecordPos& p) {
        got.push_back(std::move(c));
        pos.push_back(p);
      },
      [&](const Rejected&) { ++rejected; }, nullptr, nullptr,
      [&](std::string_view h) {
        asked.emplace_back(h);
        return h == hash(records[1]) || h == hash(records[2]);
      });
  EXPECT_EQ(asked.size(), 4u);
  EXPECT_EQ(r.conversations, 4u);
  EXPECT_EQ(rejected, 0u);
  ASSERT_EQ(got.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(got[i].source_sha256, hash(records[i]));
    EXPECT_EQ(SourceHash(records[i]), hash(records[i]));
    EXPECT_EQ(pos[i].index, i);
    EXPECT_EQ(pos[i].byte_offset, file.find(records[i]));
    EXPECT_EQ(got[i].unparsed, i == 1 || i == 2);
  }
  EXPECT_EQ(got[0].id, "a");
  EXPECT_EQ(got[3].id, "c");
  EXPECT_EQ(got[1].id, "");
  EXPECT_TRUE(got[1].messages.empty());
  EXPECT_EQ(got[1].json_store->record, records[1]);
  EXPECT_EQ(got[2].json_store->record, records[2]);
  // The bytes kept are the record's: parsing them gives the conversation.
  ConversationParser parser;
  std::string bytes = got[1].json_store->record;
  Conversation b = parser.ParseOwned(bytes);
  EXPECT_EQ(b.id, "b");
  EXPECT_EQ(b.messages.at(0).text, "known");
}

TEST_F(ChatgptExportReader, BrokenArrayStopsTheFileButKeepsWhatCameBefore) {
  struct Case {
    std::string bytes;
    uint64_t offset;
    const char* reason;
    size_t delivered;
  };
  const std::string a = Conv("a"), b = Conv("b");
  const std::vector<Case> cases = {
      {"[" + a + "," + b + " " + a + "]", 2 + a.size() + b.size() + 1,
       "expected ',' or ']' after record 1", 2},
      {"[" + a + "," + b.substr(0, 20), 2 + a.size(), "truncated input: record 1", 1},
      {"[" + a + "]" + b, 2 + a.size(), "after the closing ']'", 1},
      {"{" + a, 0, "expected '['", 0},
      {"", 0, "empty input", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.bytes.substr(0, 40));
    const std::string path = Write("conversations.json", c.bytes);
    size_t delivered = 0;
    const ScanResult r = ScanExportFile(
        FindExportFiles({path})[0], [&](Conversation&&, const RecordPos&) { ++delivered; },
        [](const Rejected&) {});
    ASSERT_TRUE(r.fatal.has_value());
    EXPECT_NE(r.fatal->find(c.reason), std::string::npos) << *r.fatal;
    EXPECT_EQ(r.fatal_offset, c.offset) << *r.fatal;
    EXPECT_EQ(delivered, c.delivered);
    EXPECT_EQ(r.conversations, c.delivered);
    EXPECT_EQ(r.bytes, c.bytes.size());
    EXPECT_EQ(r.sha256, Sha256Hex(c.bytes));
  }
}

TEST_F(ChatgptExportReader, CallbackExceptionsPropagate) {
  const std::string path = Write("conversations.json", "[" + Conv("a") + "," + Conv("b") + "]");
  size_t seen = 0;
  try {
    ScanExportFile(
        FindExportFiles({path})[0],
        [&](Conversation&&, const RecordPos&) {
          ++seen;
          throw Error(ErrorKind::kInterrupted, "interrupted");
        },
        [](const Rejected&) {});
    ADD_FAILURE() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInterrupted);
  }
  EXPECT_EQ(seen, 1u);
}

// before_large runs once per record that takes the large path, before it is
// parsed (after the records before it were delivered), and not for others.
TEST_F(ChatgptExportReader, BeforeLargeRunsBeforeEachLargeRecordOnly) {
  const std::string big(ConversationParser::kLargeRecordBytes + 1000, 'x');
  const std::string path = Write(
      "conversations.json", "[" + Conv("a") + "," + Conv("big", big) + "," + Conv("b") + "]");
  std::vector<std::string> order;
  const ScanResult r = ScanExportFile(
      FindExportFiles({path})[0],
      [&](Conversation&& c, const RecordPos&) { order.push_back(c.id); },
      [](const Rejected&) {}, /*inflated=*/nullptr, [&] { order.push_back("before_large"); });
  EXPECT_EQ(r.conversations, 3u);
  EXPECT_EQ(order, (std::vector<std::string>{"a", "before_large", "big", "b"}));
}

TEST_F(ChatgptExportReader, StreamingAMissingFileIsAnIoError) {
  ExportFile f{"gone.json", (dir_ / "gone.json").string(), "", 0};
  try {
    Stream(f);
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kIo);
    EXPECT_NE(std::string(e.what()).find("gone.json"), std::string::npos);
  }
}


// A callback's Error(kIo) is the caller's, not a read failure: it propagates.
TEST_F(ChatgptExportReader, CallbackIoErrorsAreNotReadErrors) {
  const std::string path = Write("conversations.json", "[" + Conv("a") + "]");
  EXPECT_THROW(ScanExportFile(
                   FindExportFiles({path})[0],
                   [&](Conversation&&, const RecordPos&) { throw Error(ErrorKind::kIo, "disk full"); },
                   [](const Rejected&) {}),
               Error);
}

TEST_F(ChatgptExportReader, UnreadableFileEndsTheScanWithFatal) {
  ExportFile f{"gone.json", (dir_ / "gone.json").string(), "", 0};
  size_t delivered = 0;
  const ScanResult r = ScanExportFile(
      f, [&](Conversation&&, const RecordPos&) { ++delivered; }, [](const Rejected&) {});
  ASSERT_TRUE(r.fatal.has_value());
  EXPECT_NE(r.fatal->find("cannot open"), std::string::npos) << *r.fatal;
  EXPECT_EQ(r.fatal->find("gone.json"), std::string::npos) << "file named twice: " << *r.fatal;
  EXPECT_EQ(r.fatal_offset, 0u);
  EXPECT_EQ(delivered, 0u);
}

// A zip entry that fails to read (here: its CRC does not match, reported by
// libzip at the end of the entry; a damaged deflate stream fails the same
// way part-way): the conversations read before are delivered, then the scan
// stops with `fatal` and the offset reached (the import keeps them and goes
// on with the next file).
TEST_F(ChatgptExportReader, ZipReadErrorKeepsWhatCameBefore) {
  std::string json = "[";
  for (int i = 0; i < 50; ++i) json += (i ? "," : "") + Conv("c" + std::to_string(i));
  json += "]";
  const std::string zip = WriteZip("export.zip", {{"conversations.json", json}});
  std::string bytes;
  {
    std::ifstream in(zip, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  // The CRC-32 fields: local header (offset 14) and central directory (16).
  const size_t local = bytes.find("PK\x03\x04"), central = bytes.find("PK\x01\x02");
  ASSERT_NE(local, std::string::npos);
  ASSERT_NE(central, std::string::npos);
  bytes[local + 14] = static_cast<char>(bytes[local + 14] ^ 0x5a);
  bytes[central + 16] = static_cast<char>(bytes[central + 16] ^ 0x5a);
  std::ofstream(zip, std::ios::binary | std::ios::trunc) << bytes;

  size_t delivered = 0;
  const ScanResult r = ScanExportFile(
      FindExportFiles({zip})[0], [&](Conversation&&, const RecordPos&) { ++delivered; },
      [](const Rejected&) {});
  ASSERT_TRUE(r.fatal.has_value());
  EXPECT_NE(r.fatal->find("read error"), std::string::npos) << *r.fatal;
  EXPECT_EQ(r.fatal->find("export.zip"), std::string::npos) << "file named twice: " << *r.fatal;
  EXPECT_GT(delivered, 0u);
  EXPECT_LE(r.fatal_offset, json.size());
}

// An entry inflated once into memory (VerifyZipEntry keeping it) gives the
// same bytes and conversations as streaming it; a damaged one is refused by
// that same pass (CRC), and nothing is kept; an entry over the limit is
// checked by streaming and not kept; a stored (uncompressed) entry too.
TEST_F(ChatgptExportReader, ZipEntryInflatedOnceIntoMemory) {
  std::string json = "[";
  for (int i = 0; i < 15000; ++i)
    json += (i ? "," : "") + Conv("c" + std::to_string(i), "text " + std::to_string(i * 7919));
  json += "]";
  ASSERT_GT(json.size(), size_t{2} << 20);  // several 1 MiB chunks, released as read
  const std::string zip = WriteZip("export.zip", {{"conversations.json", json}});
  const ExportFile f = FindExportFiles({zip})[0];
  std::unique_ptr<InflatedEntry> kept;
  EXPECT_EQ(VerifyZipEntry(f, uint64_t{1} << 30, &kept), std::nullopt);
  ASSERT_NE(kept, nullptr);
  EXPECT_TRUE(kept->view() == json);
  std::vector<std::string> streamed, from_memory;
  const ScanResult a = ScanExportFile(
      f, [&](Conversation&& c, const RecordPos&) { streamed.push_back(c.id); },
      [](const Rejected&) {});
  const ScanResult b = ScanExportFile(
      f, [&](Conversation&& c, const RecordPos&) { from_memory.push_back(c.id); },
      [](const Rejected&) {}, kept.get());
  EXPECT_EQ(streamed.size(), 15000u);
  EXPECT_EQ(from_memory, streamed);
  EXPECT_EQ(b.sha256, a.sha256);
  EXPECT_EQ(b.bytes, json.size());
  EXPECT_FALSE(b.fatal.has_value());

  std::unique_ptr<InflatedEntry> small;  // over the limit: streamed, not kept
  EXPECT_EQ(VerifyZipEntry(f, 1000, &small), std::nullopt);
  EXPECT_EQ(small, nullptr);

  // Stored without compression.
  const std::string stored_zip = (dir_ / "stored.zip").string();
  {
    int err = 0;
    zip_t* z = zip_open(stored_zip.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_NE(z, nullptr);
    zip_source_t* src = zip_source_buffer(z, json.data(), json.size(), 0);
    const zip_int64_t idx = zip_file_add(z, "conversations.json", src, ZIP_FL_OVERWRITE);
    ASSERT_GE(idx, 0);
    ASSERT_EQ(zip_set_file_compression(z, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0), 0);
    ASSERT_EQ(zip_close(z), 0);
  }
  std::unique_ptr<InflatedEntry> stored;
  EXPECT_EQ(VerifyZipEntry(FindExportFiles({stored_zip})[0], uint64_t{1} << 30, &stored),
            std::nullopt);
  ASSERT_NE(stored, nullptr);
  EXPECT_TRUE(stored->view() == json);

  // The CRC fields damaged: refused by the same single pass, nothing kept.
  std::string bytes;
  {
    std::ifstream in(zip, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t local = bytes.find("PK\x03\x04"), central = bytes.find("PK\x01\x02");
  ASSERT_NE(central, std::string::npos);
  bytes[local + 14] = static_cast<char>(bytes[local + 14] ^ 0x5a);
  bytes[central + 16] = static_cast<char>(bytes[central + 16] ^ 0x5a);
  std::ofstream(zip, std::ios::binary | std::ios::trunc) << bytes;
  std::unique_ptr<InflatedEntry> damaged;
  const auto error = VerifyZipEntry(FindExportFiles({zip})[0], uint64_t{1} << 30, &damaged);
  ASSERT_TRUE(error.has_value());
  EXPECT_NE(error->find("CRC"), std::string::npos) << *error;
  EXPECT_EQ(damaged, nullptr);
}

}  // namespace
}  // namespace chatbeto::chatgpt