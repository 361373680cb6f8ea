// Where a generated export's files go: a directory, a zip, or memory (tests).
// Files are written one at a time, streamed, so a 1 GB export never has to
// sit in memory. Errors are chatbeto::Error naming the path at fault.
#pragma once
#include <zip.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace gen {

namespace fs = std::filesystem;
using chatbeto::Error;
using chatbeto::ErrorKind;

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void open(const std::string& name) = 0;  // starts file `name` (relative, '/'-separated)
  virtual void write(std::string_view data) = 0;
  virtual void close() = 0;  // ends the current file
  virtual void finish() {}   // after the last file
};

// Plain files under a directory. A directory an earlier run made (it holds
// the marker file) is reused, its old conversation files removed first so a
// smaller re-run leaves no stale shards; any other non-empty directory is
// refused, so a mistyped --out cannot delete someone's real export.
class DirSink : public Sink {
 public:
  static constexpr const char* kMarker = ".gen-chatgpt-export";

  explicit DirSink(fs::path dir) : dir_(std::move(dir)) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec)
      throw Error(ErrorKind::kIo, dir_.string() + ": cannot create directory: " + ec.message());
    if (!fs::exists(dir_ / kMarker) && !fs::is_empty(dir_))
      throw Error(ErrorKind::kUsage, dir_.string() +
                                         ": not empty and not made by gen-chatgpt-export; "
                                         "give a new or empty directory");
    for (const auto& e : fs::directory_iterator(dir_)) {
      std::string n = e.path().filename().string();
      if (n == "conversations.json" || n == "export_manifest.json" ||
          (n.rfind("conversations-", 0) == 0 && e.path().extension() == ".json"))
        fs::remove(e.path());
    }
    std::ofstream(dir_ / kMarker) << "written by chatbeto's gen-chatgpt-export; safe to delete\n";
  }
  ~DirSink() override {
    if (f_) std::fclose(f_);
  }

  void open(const std::string& name) override {
    path_ = dir_ / name;
    fs::create_directories(path_.parent_path());
    f_ = std::fopen(path_.c_str(), "wb");
    if (!f_)
      throw Error(ErrorKind::kIo, path_.string() + ": cannot write: " + std::strerror(errno));
    std::setvbuf(f_, nullptr, _IOFBF, 1 << 20);
  }
  void write(std::string_view data) override {
    if (std::fwrite(data.data(), 1, data.size(), f_) != data.size())
      throw Error(ErrorKind::kIo, path_.string() + ": write failed: " + std::strerror(errno));
  }
  void close() override {
    int rc = std::fclose(f_);
    f_ = nullptr;
    if (rc != 0)
      throw Error(ErrorKind::kIo, path_.string() + ": write failed: " + std::strerror(errno));
  }

 private:
  fs::path dir_, path_;
  std::FILE* f_ = nullptr;
};

// A zip like the one ChatGPT emails. Files are staged in a temporary directory
// beside the zip (libzip reads its sources at zip_close), then deflated at
// level 1: generation speed matters more here than a few percent of size.
// Entries get a fixed mtime and mode so the same seed gives the same bytes.
class ZipSink : public Sink {
 public:
  ZipSink(fs::path zip_path, std::time_t mtime) : zip_(std::move(zip_path)), mtime_(mtime) {
    std::string tmpl = zip_.string() + ".parts-XXXXXX";
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data()))
      throw Error(ErrorKind::kIo,
                  tmpl + ": cannot create staging directory: " + std::strerror(errno));
    stage_ = buf.data();
    staged_ = std::make_unique<DirSink>(stage_);
  }
  ~ZipSink() override {
    staged_.reset();
    std::error_code ec;
    fs::remove_all(stage_, ec);
  }

  void open(const std::string& name) override {
    names_.push_back(name);
    staged_->open(name);
  }
  void write(std::string_view data) override { staged_->write(data); }
  void close() override { staged_->close(); }

  void finish() override {
    // libzip stores DOS times converted with localtime(); pin the zone so the
    // bytes do not depend on the machine's TZ.
    setenv("TZ", "UTC", 1);
    tzset();
    int err = 0;
    zip_t* za = zip_open(zip_.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za)
      throw Error(ErrorKind::kIo,
                  zip_.string() + ": cannot create zip (libzip error " + std::to_string(err) + ")");
    for (const auto& name : names_) {
      std::string src = (stage_ / name).string();
      zip_source_t* s = zip_source_file(za, src.c_str(), 0, -1);
      zip_int64_t idx =
          s ? zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
      if (idx < 0) {
        if (s) zip_source_free(s);
        std::string msg = zip_strerror(za);
        zip_discard(za);
        throw Error(ErrorKind::kIo, zip_.string() + ": cannot add " + name + ": " + msg);
      }
      zip_set_file_compression(za, idx, name.ends_with(".png") ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
      zip_file_set_mtime(za, idx, mtime_, 0);
      zip_file_set_external_attributes(za, idx, 0, ZIP_OPSYS_UNIX, 0100644u << 16);
    }
    if (zip_close(za) != 0) {
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw Error(ErrorKind::kIo, zip_.string() + ": cannot write zip: " + msg);
    }
  }

 private:
  fs::path zip_, stage_;
  std::time_t mtime_;
  std::unique_ptr<DirSink> staged_;
  std::vector<std::string> names_;
};

// Keeps every file in memory; for tests.
class MemorySink : public Sink {
 public:
  std::map<std::string, std::string> files;
  void open(const std::string& name) override {
    cur_ = &files[name];
    cur_->clear();
  }
  void write(std::string_view data) override { cur_->append(data); }
  void close() override { cur_ = nullptr; }

 private:
  std::string* cur_ = nullptr;
};

}  // namespace gen
