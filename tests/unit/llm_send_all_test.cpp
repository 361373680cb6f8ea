// SendAll (events/llm_send_all.h): a conversation's window requests sent
// several at a time, each sender by one thread, replies in body order, and
// nothing more sent once one has failed.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "events/llm_send_all.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

std::vector<std::string> Bodies(int n) {
  std::vector<std::string> b;
  for (int i = 0; i < n; ++i) b.push_back("body " + std::to_string(i));
  return b;
}

TEST(LlmSendAll, RepliesComeInBodyOrderWithSeveralInFlight) {
  std::atomic<int> now{0}, most{0};
  std::vector<std::atomic<int>> uses(3);
  std::vector<LlmSend> senders;
  for (int t = 0; t < 3; ++t)
    senders.push_back([&, t](const std::string& body) {
      if (uses[t]++ != 0) ADD_FAILURE() << "sender " << t << " used by two threads at once";
      int n = ++now;
      for (int m = most; n > m && !most.compare_exchange_weak(m, n);) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      --now;
      --uses[t];
      return "reply to " + body;
    });
  const auto bodies = Bodies(10);
  const auto replies = SendAll(senders, bodies);
  ASSERT_EQ(replies.size(), 10u);
  for (size_t i = 0; i < replies.size(); ++i) {
    EXPECT_TRUE(replies[i].sent);
    EXPECT_FALSE(replies[i].error);
    EXPECT_EQ(replies[i].body, "reply to " + bodies[i]);
  }
  EXPECT_GE(most.load(), 2);
  EXPECT_LE(most.load(), 3);
}

TEST(LlmSendAll, OneSenderStopsAtTheFirstFailure) {
  int calls = 0;
  std::vector<LlmSend> one{[&](const std::string& body) -> std::string {
    ++calls;
    if (body == "body 2") throw Error(ErrorKind::kNetwork, "HTTP 500 after 3 tries");
    return "ok";
  }};
  const auto replies = SendAll(one, Bodies(6));
  EXPECT_EQ(calls, 3);
  EXPECT_TRUE(replies[1].sent && !replies[1].error);
  ASSERT_TRUE(replies[2].error);
  EXPECT_THROW(std::rethrow_exception(replies[2].error), Error);
  for (size_t i = 3; i < replies.size(); ++i) EXPECT_FALSE(replies[i].sent) << i;
}

TEST(LlmSendAll, SeveralSendersSendNoNewBodyAfterAFailure) {
  std::atomic<int> calls{0};
  std::vector<LlmSend> senders;
  for (int t = 0; t < 2; ++t)
    senders.push_back([&](const std::string& body) -> std::string {
      ++calls;
      if (body == "body 0") throw Error(ErrorKind::kNetwork, "refused");
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      return "ok";
    });
  const auto replies = SendAll(senders, Bodies(20));
  EXPECT_TRUE(replies[0].error);
  EXPECT_LE(calls.load(), 2);  // body 0 fails at once: at most the one already under way went out
  EXPECT_FALSE(replies[19].sent);
}

TEST(LlmSendAll, NoBodiesNoCalls) {
  std::vector<LlmSend> one{[](const std::string&) -> std::string {
    ADD_FAILURE() << "called";
    return "";
  }};
  EXPECT_TRUE(SendAll(one, {}).empty());
}

}  // namespace
}  // namespace chatbeto::events
