// The Conversations / Responses client: one HTTP attempt at a time through
// HttpClient, paced by a shared RateLimiter, retried by RetryPolicy. A call
// returns the parsed result or throws ApiError saying why it gave up and
// whether the request may have been applied (kAmbiguous), so the caller can
// reconcile instead of sending twice. Reusable for any endpoint via Call().
// Not thread-safe: one Client per worker thread (they may share a limiter
// and stats).
#pragma once
#include <atomic>
#include <random>
#include <string>
#include <vector>

#include "openai/http_client.h"
#include "openai/rate_limiter.h"
#include "openai/retry_policy.h"
#include "openai/wire.h"
#include "util/error.h"

namespace chatbeto::openai {

// Counters shared by the workers of a run.
struct CallStats {
  std::atomic<int64_t> requests{0};  // HTTP attempts sent
  std::atomic<int64_t> retries{0};   // attempts that repeated an earlier one
};

// Why a call gave up. Derives from Error(kNetwork); the message names the
// status, OpenAI's message and the x-request-id, never the key.
class ApiError : public Error {
 public:
  ApiError(Outcome outcome, int status, std::string message, std::string request_id,
           double delay_s, std::string api_type)
      : Error(ErrorKind::kNetwork, std::move(message)),
        outcome(outcome), status(status), request_id(std::move(request_id)),
        delay_s(delay_s), api_type(std::move(api_type)) {}
  Outcome outcome;   // kAmbiguous, kFatal, kQuota or kWaitTooLong
  int status;        // HTTP status, 0 for transport errors
  std::string request_id;
  double delay_s;    // for kAmbiguous: wait before reconciling; kWaitTooLong: asked wait
  std::string api_type;  // error.type from the body
};

class Client {
 public:
  Client(ClientConfig config, RateLimiter* limiter, CallStats* stats, RetryPolicy policy = {});

  // Sends `req` with retries. Idempotent requests (GET/DELETE) are repeated
  // on any retryable failure; a POST only when it certainly was not applied
  // (connect failure, 408/409/429). Returns the 2xx response (the body may
  // still be unreadable: parse it and treat a failure as ambiguous for POST).
  HttpResponse Call(const HttpRequest& req, bool idempotent);

  // POST /conversations {metadata}; returns the new id.
  std::string CreateConversation(const Metadata& metadata);
  // POST /conversations/{id}/items; returns the created items, in order.
  std::vector<RemoteItem> AppendItems(const std::string& conversation_id,
                                      const std::vector<MessageItem>& items);
  // Every item after `after` ("" = from the start), ascending, following
  // has_more pages of up to 100.
  std::vector<RemoteItem> ListItems(const std::string& conversation_id, const std::string& after);
  // DELETE an item / a conversation; a 404 counts as done.
  void DeleteItem(const std::string& conversation_id, const std::string& item_id);
  void DeleteConversation(const std::string& conversation_id);
  // POST /responses with a body from ResponseBody().
  ResponseResult CreateResponse(const std::string& body);
  // GET /models?limit=1 style probe for `doctor --live`; returns the status.
  HttpResponse Probe();

 private:
  HttpClient http_;
  RateLimiter* limiter_;
  CallStats* stats_;
  RetryPolicy policy_;
  std::mt19937_64 rng_;
};

// Ids that go into URL paths must be plain (letters, digits, '_', '-').
bool IsSafeId(const std::string& id);

}  // namespace chatbeto::openai
