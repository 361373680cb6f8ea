// Internals of the fake OpenAI server shared by fake_openai.cpp (the class)
// and fake_openai_routes.cpp (the endpoints and fault injection).
#pragma once
#define CPPHTTPLIB_THREAD_POOL_COUNT 48
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <algorithm>
#include <thread>

#include "support/fake_openai.h"

namespace chatbeto::testing {

struct FakeOpenAi::Impl {
  std::string key;
  httplib::Server server;
  std::thread thread;
  int port = 0;
  mutable std::mutex mu;
  std::vector<FakeConversation> convs;
  std::map<std::string, size_t> index;
  std::vector<FaultRule> rules;
  std::vector<int> seen;  // matching requests seen per rule
  int64_t requests = 0, next_id = 1;
  int rpm = 0;
  std::deque<std::chrono::steady_clock::time_point> window;
  std::vector<std::string> log;
  std::map<std::string, std::string> last_headers;
  std::string all_text;
  FakeOpenAi::Responder responder;
  std::vector<nlohmann::json> response_requests;
  double first_t = 0, last_t = 0;
  double latency_s = 0;
  int in_flight = 0, max_in_flight = 0;

  std::string NewId(const char* prefix) {
    char buf[64];
    snprintf(buf, sizeof buf, "%s_%08llx%016llx", prefix, (unsigned long long)port,
             (unsigned long long)next_id++);
    return buf;
  }
};

// Counts a request as being answered until it returns, after the latency.
struct InFlight {
  FakeOpenAi::Impl& s;
  double latency_s = 0;
  explicit InFlight(FakeOpenAi::Impl& impl) : s(impl) {
    std::lock_guard<std::mutex> l(s.mu);
    s.max_in_flight = std::max(s.max_in_flight, ++s.in_flight);
    latency_s = s.latency_s;
  }
  ~InFlight() {
    if (latency_s > 0) std::this_thread::sleep_for(std::chrono::duration<double>(latency_s));
    std::lock_guard<std::mutex> l(s.mu);
    --s.in_flight;
  }
};

void InstallRoutes(FakeOpenAi::Impl& s);
nlohmann::json StateJson(FakeOpenAi::Impl& s);

}  // namespace chatbeto::testing
