// End-to-end: `whatsapp import DIR` imports the chat exports directly in a
// directory (*.txt and *.zip, by name), as `import` takes a ChatGPT export
// folder: each file its own chat, named from the file. Files beside them that
// are no chat (a note, an unrelated zip) are skipped and listed, not refused;
// subdirectories are not entered; a directory with no export is a usage error.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class WhatsappImportDir : public DbTest {
 protected:
  void Copy(const std::string& fixture, const std::string& to) {
    fs::copy_file(TestDataDir() + "/fixtures/events/" + fixture, to, fs::copy_options::overwrite_existing);
  }
  void Write(const std::string& path, const std::string& text) { std::ofstream(path) << text; }
};

TEST_F(WhatsappImportDir, ImportsEveryExportInItAndSkipsTheRest) {
  const std::string dir = tmp_dir_ + "/chats";
  fs::create_directories(dir + "/older");
  Copy("en_01_lunch.txt", dir + "/b_lunch.txt");
  Copy("en_03_moved.txt", dir + "/a_moved.TXT");
  Copy("en_04_cancel.txt", dir + "/older/c_cancel.txt");  // not entered
  Write(dir + "/notes.txt", "things to ask the dentist\n");
  Write(dir + "/photo.jpg", "not a chat");
  Write(dir + "/other.zip", "PK\x03\x04 not really a zip");

  auto r = Run({"whatsapp", "import", dir, "--date-order", "mdy", "--tz", "UTC", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json doc = json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 2u);
  EXPECT_EQ(doc["files"][0]["chat"], "a_moved");  // by name
  EXPECT_EQ(doc["files"][1]["chat"], "b_lunch");
  EXPECT_EQ(doc["skipped"], json({dir + "/notes.txt", dir + "/other.zip"}));
  EXPECT_NE(r.err.find("skipped " + dir + "/notes.txt"), std::string::npos) << r.err;
  EXPECT_EQ(Conn().QueryInt("SELECT COUNT(*) FROM whatsapp_conversations"), 2);
  const int64_t messages = Conn().QueryInt("SELECT COUNT(*) FROM whatsapp_messages").value();
  EXPECT_EQ(messages, doc["messages"].get<int64_t>());

  // Again: nothing new.
  r = Run({"whatsapp", "import", dir, "--date-order", "mdy", "--tz", "UTC", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["new"], 0);
  EXPECT_EQ(Conn().QueryInt("SELECT COUNT(*) FROM whatsapp_messages"), messages);
}

TEST_F(WhatsappImportDir, ADirectoryWithNoExportIsAUsageError) {
  const std::string dir = tmp_dir_ + "/empty";
  fs::create_directories(dir);
  Write(dir + "/photo.jpg", "x");
  auto r = Run({"whatsapp", "import", dir, "--tz", "UTC"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no .txt or .zip chat export"), std::string::npos) << r.err;
}

TEST_F(WhatsappImportDir, AFileGivenByNameIsStillRefusedWhenNoChat) {
  Write(tmp_dir_ + "/notes.txt", "things to ask the dentist\n");
  auto r = Run({"whatsapp", "import", tmp_dir_ + "/notes.txt", "--tz", "UTC"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not a WhatsApp chat export"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace chatbeto::testing
