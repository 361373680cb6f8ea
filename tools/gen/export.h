// Generates a whole synthetic ChatGPT export into a Sink: conversation shards
// (conversations-000.json …, each a JSON array no bigger than the shard size)
// plus export_manifest.json, or one conversations.json; then the side files a
// real export has (user.json, chat.html, message_feedback.json, a media file).
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "catalog.h"
#include "conversation.h"
#include "json_out.h"
#include "rng.h"
#include "sink.h"

namespace gen {

struct Options {
  uint64_t size_bytes = 100'000'000;  // stop once the conversation JSON reaches this
  uint64_t shard_bytes = 50'000'000;  // a shard never exceeds this (unless one conversation does)
  uint64_t seed = 1;
  bool single = false;  // one conversations.json, no manifest (pre-2026 layout)
  int64_t giant = 0;    // > 0: one extra linear conversation of this many messages, first
  bool extras = true;   // user.json, chat.html, message_feedback.json, png
};

struct FileInfo {
  std::string name;
  uint64_t bytes = 0;
  int64_t conversations = 0;
};

struct Summary {
  std::vector<FileInfo> conversation_files;
  int files = 0;             // every file written, side files included
  uint64_t json_bytes = 0;   // bytes of the conversation files
  uint64_t total_bytes = 0;  // bytes of every file (before zip compression)
  int64_t conversations = 0;
  int64_t messages = 0;
};

// Conversations are spread from 2022-12-01 to 2026-03-01, newest first.
inline constexpr int64_t kStartUs = 1669852800ll * 1000000;
inline constexpr int64_t kEndUs = 1772323200ll * 1000000;
// Average conversation size, measured; only used to spread create times so a
// 100 MB export and a 1 GB one both cover the whole period.
inline constexpr uint64_t kAvgConversationBytes = 140'000;

class Exporter {
 public:
  Exporter(const Options& opt, Sink& sink)
      : opt_(opt), sink_(sink), cat_(opt.seed), conv_(cat_, opt.seed) {}

  Summary run() {
    Out o;
    o.buf.reserve(1 << 20);
    if (opt_.giant > 0) {
      sum_.messages += conv_.write(o, -1, kEndUs - 30 * 86400ll * 1000000, opt_.giant);
      add(o.buf);
      giant_bytes_ = o.buf.size() + 2;  // extra: it does not count towards --size
    }
    // 15% headroom: the heavy tail makes the real count vary by a few percent
    // and the oldest conversations should still fall inside the period.
    int64_t expected =
        std::max<int64_t>(1, static_cast<int64_t>(opt_.size_bytes / kAvgConversationBytes * 1.15));
    int64_t gap = std::max<int64_t>(1, (kEndUs - kStartUs) / expected);
    for (int64_t i = 0; json_total() < opt_.size_bytes + giant_bytes_ || sum_.conversations == 0;
         ++i) {
      Rng jitter(derive_seed(opt_.seed, 0x71, static_cast<uint64_t>(i)));
      int64_t create_us = kEndUs - i * gap - static_cast<int64_t>(jitter.below(gap));
      o.buf.clear();
      sum_.messages += conv_.write(o, i, create_us, 0);
      add(o.buf);
    }
    close_shard();
    if (!opt_.single) manifest();
    if (opt_.extras) side_files();
    sink_.finish();
    return sum_;
  }

 private:
  const Options& opt_;
  Sink& sink_;
  Catalog cat_;
  ConversationWriter conv_;
  Summary sum_;
  bool open_ = false;
  FileInfo cur_;
  uint64_t giant_bytes_ = 0;

  uint64_t json_total() const { return sum_.json_bytes + (open_ ? cur_.bytes + 1 : 0); }

  void add(const std::string& json) {
    if (open_ && !opt_.single && cur_.bytes + 2 + json.size() + 1 > opt_.shard_bytes) close_shard();
    if (!open_) {
      char name[40];
      std::snprintf(name, sizeof name, "conversations-%03zu.json", sum_.conversation_files.size());
      cur_ = {opt_.single ? "conversations.json" : name, 1, 0};
      sink_.open(cur_.name);
      sink_.write("[");
      open_ = true;
    } else {
      sink_.write(", ");
      cur_.bytes += 2;
    }
    sink_.write(json);
    cur_.bytes += json.size();
    ++cur_.conversations;
    ++sum_.conversations;
  }

  void close_shard() {
    if (!open_) return;
    sink_.write("]");
    sink_.close();
    ++cur_.bytes;
    open_ = false;
    sum_.json_bytes += cur_.bytes;
    sum_.total_bytes += cur_.bytes;
    ++sum_.files;
    sum_.conversation_files.push_back(cur_);
  }

  void file(const std::string& name, std::string_view data) {
    sink_.open(name);
    sink_.write(data);
    sink_.close();
    ++sum_.files;
    sum_.total_bytes += data.size();
  }

  // The real manifest's exact schema is not public; this one lists each
  // conversation file with its size and conversation count.
  void manifest() {
    std::string m =
        "{\n  \"export_version\": 2,\n  \"generator\": \"chatbeto gen-chatgpt-export (synthetic "
        "data)\",\n"
        "  \"conversations\": {\n    \"count\": " +
        std::to_string(sum_.conversations) + ",\n    \"files\": [";
    for (size_t i = 0; i < sum_.conversation_files.size(); ++i) {
      const FileInfo& f = sum_.conversation_files[i];
      m += i ? ",\n      " : "\n      ";
      m += "{\"name\": \"" + f.name + "\", \"size_bytes\": " + std::to_string(f.bytes) +
           ", \"conversation_count\": " + std::to_string(f.conversations) + "}";
    }
    m += "\n    ]\n  }\n}\n";
    file("export_manifest.json", m);
  }

  void side_files() {
    Out id;
    Rng r(derive_seed(opt_.seed, 0x51DE, 0));
    id.alnum(r, 24);
    file("user.json",
         "{\"id\": \"user-" + id.buf +
             "\", \"email\": \"synthetic.user@example.com\", \"chatgpt_plus_user\": true, "
             "\"birth_year\": null, \"phone_number\": null}");
    file("chat.html",
         "<!DOCTYPE html>\n<html>\n<head><meta charset=\"UTF-8\"><title>ChatGPT Data "
         "Export</title></head>\n"
         "<body><div id=\"root\"></div>\n"
         "<script>var jsonData = []; /* synthetic export: see conversations*.json "
         "*/</script>\n</body>\n</html>\n");
    file("message_feedback.json", "[]");
    file("shared_conversations.json", "[]");
    // A 1x1 PNG under the name of the file id some image parts point at.
    static const unsigned char kPng[] = {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
        0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
        0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78,
        0xDA, 0x63, 0xF0, 0x9A, 0xF0, 0xE8, 0x3F, 0x00, 0x05, 0xA0, 0x02, 0xBC, 0xB6, 0x05,
        0xF1, 0xAB, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    file(cat_.shared_file_id + "-screenshot.png",
         std::string_view(reinterpret_cast<const char*>(kPng), sizeof kPng));
  }
};

}  // namespace gen
