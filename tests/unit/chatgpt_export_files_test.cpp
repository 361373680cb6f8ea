// Finding conversation files in zips and folders, manifests and shard numbering.
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

class ChatgptExportFiles : public testing_export::ExportFixture {};

TEST_F(ChatgptExportFiles, ZipShardsInASubfolderInOrder) {
  const std::string shard0 = "[" + Conv("a") + "," + Conv("b") + "]";
  const std::string shard1 = "[" + Conv("c") + "]";
  const std::string zip = WriteZip(
      "export.zip",
      {{"Export/conversations-001.json", shard1},
       {"Export/chat.html", "<html>[]</html>"},
       {"Export/conversations-000.json", shard0},
       {"Export/export_manifest.json",
        R"({"files":[{"name":"conversations-000.json"},{"name":"conversations-001.json"}]})"},
       {"Export/user.json", "{}"},
       {"Export/file-abc.png", "\x89PNG"}});
  const std::vector<ExportFile> files = FindExportFiles({zip});
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].display_name, zip + ":Export/conversations-000.json");
  EXPECT_EQ(files[0].container_path, zip);
  EXPECT_EQ(files[0].entry_name, "Export/conversations-000.json");
  EXPECT_EQ(files[0].size, shard0.size());
  EXPECT_EQ(files[1].entry_name, "Export/conversations-001.json");
  EXPECT_EQ(Stream(files[0]), shard0);
  EXPECT_EQ(Stream(files[1]), shard1);

  std::vector<std::string> ids;
  for (const ExportFile& f : files) {
    const ScanResult r = ScanExportFile(
        f, [&](Conversation&& c, const RecordPos&) { ids.push_back(c.id); },
        [](const Rejected& r) { ADD_FAILURE() << r.reason; });
    EXPECT_FALSE(r.fatal.has_value());
    EXPECT_EQ(r.sha256, Sha256Hex(f.entry_name.ends_with("000.json") ? shard0 : shard1));
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
}

TEST_F(ChatgptExportFiles, ZipEntryLargerThanAChunkStreams) {
  const std::string big = "[" + Conv("big", std::string(3 << 20, 'x')) + "]";
  const std::string zip = WriteZip("big.zip", {{"conversations.json", big}});
  const auto files = FindExportFiles({zip});
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].display_name, zip + ":conversations.json");
  size_t chunks = 0;
  StreamExportFile(files[0], [&](std::string_view c) {
    EXPECT_LE(c.size(), size_t{1} << 20);
    ++chunks;
  });
  EXPECT_GE(chunks, 3u);
  size_t text = 0;
  ScanExportFile(
      files[0], [&](Conversation&& c, const RecordPos&) { text = c.messages[0].text.size(); },
      [](const Rejected&) {});
  EXPECT_EQ(text, size_t{3} << 20);
}

TEST_F(ChatgptExportFiles, FolderWithShardsAndManifest) {
  Write("exp/chat.html", "<html/>");
  Write("exp/data/conversations-10.json", "[]");
  Write("exp/data/conversations-2.json", "[]");
  Write("exp/data/conversations.json", "[]");
  Write("exp/data/export_manifest.json", "conversations-2.json conversations-10.json");
  Write("exp/dalle-generations/file-1.webp", "x");
  const auto files = FindExportFiles({(dir_ / "exp").string()});
  std::vector<std::string> names;
  for (const ExportFile& f : files) names.push_back(fs::path(f.display_name).filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"conversations.json", "conversations-2.json",
                                             "conversations-10.json"}));
  EXPECT_TRUE(files[0].entry_name.empty());
  EXPECT_EQ(files[0].display_name, files[0].container_path);
  EXPECT_EQ(files[0].size, 2u);
}

TEST_F(ChatgptExportFiles, ManifestListingAMissingShardIsAnError) {
  Write("exp/conversations-000.json", "[]");
  Write(
      "exp/export_manifest.json",
      R"({"v":1,"parts":["conversations-000.json","conversations-001.json","conversations-002.json"]})");
  ExpectError({(dir_ / "exp").string()}, ErrorKind::kInvalidInput,
              {"exp", "conversations-001.json, conversations-002.json", "export_manifest.json"});
  const std::string zip = WriteZip("e.zip", {{"conversations-000.json", "[]"},
                                             {"export_manifest.json", "conversations-001.json"}});
  ExpectError({zip}, ErrorKind::kInvalidInput, {zip, "conversations-001.json"});
}

TEST_F(ChatgptExportFiles, UnknownManifestFormatsAreTolerated) {
  Write("exp/conversations-000.json", "[]");
  Write("exp/export_manifest.json", R"({"something":"else entirely","count":1})");
  EXPECT_EQ(FindExportFiles({(dir_ / "exp").string()}).size(), 1u);
}

TEST_F(ChatgptExportFiles, PathsThatAreNotExportsAreUsageErrors) {
  const std::string missing = (dir_ / "nope.zip").string();
  ExpectError({missing}, ErrorKind::kUsage, {missing, "no such file or directory"});
  Write("empty/chat.html", "<html/>");
  ExpectError({(dir_ / "empty").string()}, ErrorKind::kUsage, {"empty", "no conversations.json"});
  const std::string zip = WriteZip("media.zip", {{"chat.html", "x"}, {"file-1.png", "y"}});
  ExpectError({zip}, ErrorKind::kUsage, {zip, "no conversations.json"});
  const std::string txt = Write("notes.txt", "[]");
  ExpectError({txt}, ErrorKind::kUsage, {txt, "not a ChatGPT export"});
  const std::string fake = Write("fake.zip", "not a zip at all");
  ExpectError({fake}, ErrorKind::kUsage, {fake, "not a readable zip archive"});
}

TEST_F(ChatgptExportFiles, ExplicitJsonFilesAndDuplicates) {
  const std::string any = Write("mine/any-name.json", "[]");
  const std::string shard = Write("exp/conversations-000.json", "[]");
  const auto files = FindExportFiles({any, (dir_ / "exp").string(), shard});
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0].display_name, any);
  EXPECT_EQ(files[1].display_name, shard);
}

}  // namespace
}  // namespace chatbeto::chatgpt
