// A stateful fake of OpenAI's Conversations and Responses APIs on
// 127.0.0.1 (cpp-httplib), for end-to-end tests and bench/sync. It keeps
// conversations and items in memory, rejects what OpenAI rejects (more than
// 20 items, limit over 100, bad roles, input_text in an assistant message,
// metadata over the limits, a missing or wrong key) with OpenAI's error body,
// and injects faults on demand. Control endpoints for out-of-process use
// (bench): GET /_fake/state, GET /_fake/stats, POST /_fake/fault.
#pragma once
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace chatbeto::testing {

enum class Fault {
  k429,                // 429 with Retry-After (retry_after_s)
  k500,
  k503,
  kQuota429,           // 429 insufficient_quota
  kResetBeforeRead,    // connection reset, the request is not applied
  kDropAfterApply,     // applied, then the connection is reset without an answer
  kCutBodyAfterApply,  // applied, then a 200 whose JSON body is cut off
  kSlowAfterApply,     // applied, then the answer waits delay_s (past the client's timeout)
};

struct FaultRule {
  Fault fault;
  std::string match;   // "POST /v1/conversations" matches method + path prefix; "" = any
  int count = 1;       // how many matching requests get the fault
  int skip = 0;        // matching requests to let through first
  double retry_after_s = 1;
  double delay_s = 3;
};

struct FakeConversation {
  std::string id;
  nlohmann::json metadata;
  std::vector<nlohmann::json> items;  // {"id","type","role","content"} in order
  bool deleted = false;
};

class FakeOpenAi {
 public:
  // Starts listening on 127.0.0.1 (port 0 = any free port).
  explicit FakeOpenAi(std::string api_key = "sk-fake-test-key", int port = 0);
  ~FakeOpenAi();
  std::string BaseUrl() const;  // http://127.0.0.1:PORT/v1
  int Port() const;
  const std::string& ApiKey() const;

  void Inject(const FaultRule& rule);
  void ClearFaults();
  // Requests per minute answered before 429 (0 = unlimited); sends
  // x-ratelimit-* headers when set.
  void SetRateLimit(int rpm);

  std::vector<FakeConversation> Conversations() const;  // creation order
  nlohmann::json State() const;                         // same, as JSON
  int64_t Requests() const;                             // every request seen
  std::vector<std::string> Log() const;                 // "POST /v1/conversations -> 200"
  // Headers of the last request (for asserting what was sent).
  std::vector<std::string> LastHeaderNames() const;
  std::string LastHeader(const std::string& name) const;
  // Every request line and body seen (to assert the key never leaks elsewhere).
  std::string AllRequestText() const;

  // Every answered request waits this long before its answer goes out,
  // outside the fake's lock, so that requests overlap (0 = none).
  void SetLatency(double seconds);
  // The most requests that were being answered at the same moment.
  int MaxInFlight() const;

  // Answers POST /v1/responses without `conversation` (whatsapp scan --llm):
  // gets the request body, returns the whole response object. Called under
  // the fake's lock (it must not call the fake). Without one such requests
  // get the plain "Answer to: ..." text. A `text.format` json_schema with
  // `strict: true` is checked as OpenAI does first (400 when an object
  // schema lacks additionalProperties false or does not require every
  // property).
  using Responder = std::function<nlohmann::json(const nlohmann::json& body)>;
  void SetResponder(Responder r);
  // The bodies of every POST /v1/responses that reached the handler.
  std::vector<nlohmann::json> ResponseRequests() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace chatbeto::testing
