// ScanAhead: the background reader delivers exactly what ScanExportFile
// does, in order, bounded, and stops cleanly when the consumer stops early.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "chatgpt/export_reader.h"
#include "importer/scan_ahead.h"
#include "util/error.h"

namespace chatbeto::importer {
namespace {

namespace fs = std::filesystem;
using Kind = ScanAhead::Event::Kind;

std::string Conv(int i) {
  return R"({"conversation_id":"c)" + std::to_string(i) +
         R"(","current_node":"u","mapping":{"u":{"parent":null,"message":{"author":{"role":"user"},)"
         R"("content":{"content_type":"text","parts":["message number )" +
         std::to_string(i) + R"("]}}}}})";
}

class ImporterScanAhead : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("chatbeto_scan_ahead_" + std::to_string(getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".json"))
                .string();
  }
  void TearDown() override { fs::remove(path_); }
  chatgpt::ExportFile Write(const std::string& bytes) {
    std::ofstream(path_, std::ios::binary) << bytes;
    return chatgpt::ExportFile{path_, path_, "", bytes.size()};
  }
  // Every event's summary: "c3", "rejected 2", "end 5/1".
  static std::vector<std::string> Drain(ScanAhead& scan) {
    std::vector<std::string> out;
    for (;;) {
      auto ev = scan.Next();
      if (ev.kind == Kind::kConversation) {
        out.push_back(ev.conversation.id + "@" + std::to_string(ev.pos.index));
      } else if (ev.kind == Kind::kRejected) {
        out.push_back("rejected " + std::to_string(ev.rejected.index));
      } else {
        out.push_back("end " + std::to_string(ev.result.conversations) + "/" +
                      std::to_string(ev.result.rejected) + (ev.result.fatal ? " fatal" : ""));
        return out;
      }
    }
  }
  std::string path_;
};

TEST_F(ImporterScanAhead, SameEventsInOrderWhateverTheBound) {
  std::string json = "[";
  std::vector<std::string> want;
  for (int i = 0; i < 200; ++i) {
    json += (i ? "," : "") + (i == 57 ? std::string("{\"title\":\"no id\"}") : Conv(i));
    want.push_back(i == 57 ? "rejected 57" : "c" + std::to_string(i) + "@" + std::to_string(i));
  }
  json += "]";
  want.push_back("end 199/1");
  auto file = Write(json);
  for (uint64_t bound : {uint64_t{1}, uint64_t{500}, uint64_t{1} << 30}) {
    ScanAhead scan(file, bound);
    EXPECT_EQ(Drain(scan), want) << "bound " << bound;
  }
}

TEST_F(ImporterScanAhead, BrokenArrayEndsWithTheFatalResultAfterTheGoodRecords) {
  auto file = Write("[" + Conv(0) + "," + Conv(1) + " " + Conv(2) + "]");
  ScanAhead scan(file, 1);
  EXPECT_EQ(Drain(scan), (std::vector<std::string>{"c0@0", "c1@1", "end 2/0 fatal"}));
}

TEST_F(ImporterScanAhead, UnreadableFileEndsWithTheFatalResult) {
  chatgpt::ExportFile missing{path_ + ".missing", path_ + ".missing", "", 10};
  ScanAhead scan(missing, 1 << 20);
  EXPECT_EQ(Drain(scan), (std::vector<std::string>{"end 0/0 fatal"}));
}

// What the reader throws comes out of Next(), after the events before it.
TEST_F(ImporterScanAhead, ReaderExceptionsFollowTheEventsBeforeThem) {
  ScanAhead scan(
      [](const chatgpt::OnConversation& on_conversation, const chatgpt::OnRejected&,
         const std::function<void()>&) {
        for (int i = 0; i < 2; ++i) {
          chatgpt::Conversation c;
          c.id = "c" + std::to_string(i);
          on_conversation(std::move(c), chatgpt::RecordPos{static_cast<size_t>(i), 0, 10});
        }
        throw Error(ErrorKind::kInternal, "reader broke");
        return chatgpt::ScanResult{};
      },
      1);
  EXPECT_EQ(scan.Next().conversation.id, "c0");
  EXPECT_EQ(scan.Next().conversation.id, "c1");
  try {
    scan.Next();
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::kInternal);
    EXPECT_STREQ(e.what(), "reader broke");
  }
}

TEST_F(ImporterScanAhead, ConsumerStoppingEarlyDoesNotHang) {
  std::string json = "[";
  for (int i = 0; i < 5000; ++i) json += (i ? "," : "") + Conv(i);
  auto file = Write(json + "]");
  for (int taken : {0, 1, 10}) {
    ScanAhead scan(file, 1);  // the reader blocks on a full queue at once
    for (int i = 0; i < taken; ++i) EXPECT_EQ(scan.Next().conversation.id, "c" + std::to_string(i));
  }  // each destructor cancels the blocked reader and joins it
}

// A large record is parsed only while the consumer waits in Next() with
// nothing queued: never while it still holds (writes) the records before.
TEST_F(ImporterScanAhead, WaitsBeforeALargeRecordUntilTheConsumerIsIdle) {
  std::atomic<int> parsed_large{0};
  auto conv = [](int i) {
    chatgpt::Conversation c;
    c.id = "c" + std::to_string(i);
    return c;
  };
  ScanAhead scan(
      [&](const chatgpt::OnConversation& on_conversation, const chatgpt::OnRejected&,
          const std::function<void()>& before_large) {
        on_conversation(conv(0), chatgpt::RecordPos{0, 0, 10});
        on_conversation(conv(1), chatgpt::RecordPos{1, 10, 10});
        before_large();
        parsed_large = 1;
        on_conversation(conv(2), chatgpt::RecordPos{2, 20, 10});
        before_large();
        parsed_large = 2;
        on_conversation(conv(3), chatgpt::RecordPos{3, 30, 10});
        return chatgpt::ScanResult{};
      },
      uint64_t{1} << 30);  // no byte bound: only the wait holds the reader
  auto settle = [] { std::this_thread::sleep_for(std::chrono::milliseconds(100)); };
  EXPECT_EQ(scan.Next().conversation.id, "c0");
  settle();  // c1 is still queued: the reader must not go on
  EXPECT_EQ(parsed_large, 0);
  EXPECT_EQ(scan.Next().conversation.id, "c1");  // taken from the queue, no wait
  settle();  // the consumer holds c1 (writes it) and has not asked for more
  EXPECT_EQ(parsed_large, 0);
  EXPECT_EQ(scan.Next().conversation.id, "c2");  // idle in Next(): the reader goes on
  EXPECT_EQ(parsed_large, 1);
  settle();  // holds the large c2: the next large record waits
  EXPECT_EQ(parsed_large, 1);
  EXPECT_EQ(scan.Next().conversation.id, "c3");
  EXPECT_EQ(parsed_large, 2);
  EXPECT_EQ(scan.Next().kind, Kind::kEnd);
}

// A consumer that stops while the reader waits before a large record.
TEST_F(ImporterScanAhead, ConsumerStoppingWhileTheReaderWaitsDoesNotHang) {
  std::atomic<bool> went_on{false};
  {
    ScanAhead scan(
        [&](const chatgpt::OnConversation& on_conversation, const chatgpt::OnRejected&,
            const std::function<void()>& before_large) {
          chatgpt::Conversation c;
          c.id = "c0";
          on_conversation(std::move(c), chatgpt::RecordPos{0, 0, 10});
          before_large();
          went_on = true;
          return chatgpt::ScanResult{};
        },
        uint64_t{1} << 30);
    EXPECT_EQ(scan.Next().conversation.id, "c0");
  }  // the destructor cancels the waiting reader and joins it
  EXPECT_FALSE(went_on);
}

}  // namespace
}  // namespace chatbeto::importer
