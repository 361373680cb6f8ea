// The fixture of the export reader's tests (chatgpt_export_files_test.cpp,
// chatgpt_export_reader_test.cpp): a temporary folder per test, files and
// zips written into it, and the reader's calls with their checks.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "chatgpt/export_reader.h"
#include "util/error.h"

namespace chatbeto::chatgpt::testing_export {

namespace fs = std::filesystem;

inline std::string Conv(std::string_view id, std::string_view text = "hi") {
  return R"({"conversation_id":")" + std::string(id) +
         R"(","current_node":"u","mapping":{"u":{"parent":null,"message":{"author":{"role":"user"},)"
         R"("content":{"content_type":"text","parts":[")" +
         std::string(text) + R"("]}}}}})";
}

class ExportFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("chatbeto_chatgpt_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& relative, const std::string& bytes) {
    const fs::path p = dir_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // entries: name -> bytes; the strings must outlive zip_close, so keep them here.
  std::string WriteZip(const std::string& name,
                       const std::vector<std::pair<std::string, std::string>>& entries) {
    const std::string path = (dir_ / name).string();
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    EXPECT_NE(z, nullptr);
    for (const auto& [entry, bytes] : entries) {
      zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
      EXPECT_GE(zip_file_add(z, entry.c_str(), src, ZIP_FL_OVERWRITE), 0);
    }
    EXPECT_EQ(zip_close(z), 0);
    return path;
  }

  static std::string Stream(const ExportFile& f) {
    std::string out;
    StreamExportFile(f, [&](std::string_view chunk) { out.append(chunk); });
    return out;
  }

  static void ExpectError(const std::vector<std::string>& paths, ErrorKind kind,
                          const std::vector<std::string>& parts) {
    try {
      FindExportFiles(paths);
      ADD_FAILURE() << "accepted " << paths[0];
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
      for (const std::string& p : parts) {
        EXPECT_NE(std::string(e.what()).find(p), std::string::npos) << e.what();
      }
    }
  }

  fs::path dir_;
};


}  // namespace chatbeto::chatgpt::testing_export
