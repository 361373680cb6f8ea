#include "openai/client.h"

#include <ctime>

#include "util/signals.h"

namespace chatbeto::openai {
namespace {

std::string Describe(const HttpRequest& req, const HttpResponse& r, const Decision& d) {
  std::string what = req.method + " " + req.path.substr(0, req.path.find('?')) + ": " + d.reason;
  auto err = ParseErrorBody(r.body);
  if (!err.message.empty()) what += ": " + err.message.substr(0, 500);
  if (!r.RequestId().empty()) what += " (x-request-id " + r.RequestId() + ")";
  return what;
}

void CheckId(const std::string& id) {
  if (!IsSafeId(id))
    throw Error(ErrorKind::kNetwork, "refusing an id with unexpected characters: \"" +
                                         id.substr(0, 100) + "\"");
}

}  // namespace

bool IsSafeId(const std::string& id) {
  if (id.empty() || id.size() > 100) return false;
  for (unsigned char c : id)
    if (!std::isalnum(c) && c != '_' && c != '-') return false;
  return true;
}

Client::Client(ClientConfig config, RateLimiter* limiter, CallStats* stats, RetryPolicy policy)
    : http_(std::move(config)), limiter_(limiter), stats_(stats), policy_(policy),
      rng_(std::random_device{}()) {}

HttpResponse Client::Call(const HttpRequest& req, bool idempotent) {
  std::uniform_real_distribution<double> jitter(0.0, 1.0);
  for (int retries = 0;; ++retries) {
    ThrowIfInterrupted();
    if (limiter_) limiter_->Acquire();
    ThrowIfInterrupted();
    if (stats_) {
      stats_->requests++;
      if (retries > 0) stats_->retries++;
    }
    HttpResponse r = http_.Perform(req);
    if (limiter_) limiter_->Observe(r, RateLimiter::Clock::now());
    Decision d = Classify(r, retries, idempotent, policy_, jitter(rng_), std::time(nullptr));
    if (d.outcome == Outcome::kSuccess) return r;
    if (d.outcome == Outcome::kRetry) {
      if (r.status == 429 && limiter_)  // the whole run backs off, not only this worker
        limiter_->PauseUntil(RateLimiter::Clock::now() +
                             std::chrono::duration_cast<RateLimiter::Clock::duration>(
                                 std::chrono::duration<double>(d.delay_s)));
      else
        InterruptibleSleep(d.delay_s);
      continue;
    }
    std::string msg = Describe(req, r, d);
    if (d.outcome == Outcome::kFatal && retries > 0)
      msg += " (gave up after " + std::to_string(retries) + " retries)";
    if (d.outcome == Outcome::kWaitTooLong)
      msg += " (Retry-After " + std::to_string(int(d.delay_s)) + " s is over the 120 s maximum)";
    throw ApiError(d.outcome, r.status, msg, r.RequestId(), d.delay_s, ParseErrorBody(r.body).type);
  }
}

namespace {
// A 2xx whose body cannot be read: for a POST that may have been applied.
[[noreturn]] void Unreadable(const HttpRequest& req, const HttpResponse& r, const Error& e,
                             bool idempotent) {
  throw ApiError(idempotent ? Outcome::kFatal : Outcome::kAmbiguous, r.status,
                 req.method + " " + req.path.substr(0, req.path.find('?')) + ": " + e.what() +
                     (r.RequestId().empty() ? "" : " (x-request-id " + r.RequestId() + ")"),
                 r.RequestId(), 0.5, "");
}
}  // namespace

std::string Client::CreateConversation(const Metadata& metadata) {
  HttpRequest req{"POST", "/conversations", CreateConversationBody(metadata)};
  HttpResponse r = Call(req, false);
  try {
    std::string id = ParseConversationId(r.body);
    CheckId(id);
    return id;
  } catch (const Error& e) {
    Unreadable(req, r, e, false);
  }
}

std::vector<RemoteItem> Client::AppendItems(const std::string& conversation_id,
                                            const std::vector<MessageItem>& items) {
  CheckId(conversation_id);
  HttpRequest req{"POST", "/conversations/" + conversation_id + "/items", AppendItemsBody(items)};
  HttpResponse r = Call(req, false);
  try {
    auto page = ParseItemList(r.body);
    if (page.data.size() != items.size())
      throw Error(ErrorKind::kNetwork, "the answer lists " + std::to_string(page.data.size()) +
                                           " items for " + std::to_string(items.size()) + " sent");
    for (const auto& it : page.data) CheckId(it.id);
    return page.data;
  } catch (const Error& e) {
    Unreadable(req, r, e, false);
  }
}

std::vector<RemoteItem> Client::ListItems(const std::string& conversation_id, const std::string& after) {
  CheckId(conversation_id);
  std::vector<RemoteItem> all;
  std::string cursor = after;
  for (int pages = 0; pages < 100000; ++pages) {
    if (!cursor.empty()) CheckId(cursor);
    HttpRequest req{"GET", ListItemsPath(conversation_id, cursor), ""};
    HttpResponse r = Call(req, true);
    ItemPage page;
    try {
      page = ParseItemList(r.body);
    } catch (const Error& e) {
      Unreadable(req, r, e, true);
    }
    for (auto& it : page.data) all.push_back(std::move(it));
    if (!page.has_more || page.last_id.empty() || page.last_id == cursor) break;
    cursor = page.last_id;
  }
  return all;
}

void Client::DeleteItem(const std::string& conversation_id, const std::string& item_id) {
  CheckId(conversation_id);
  CheckId(item_id);
  try {
    Call({"DELETE", "/conversations/" + conversation_id + "/items/" + item_id, ""}, true);
  } catch (const ApiError& e) {
    if (e.status != 404) throw;
  }
}

void Client::DeleteConversation(const std::string& conversation_id) {
  CheckId(conversation_id);
  try {
    Call({"DELETE", "/conversations/" + conversation_id, ""}, true);
  } catch (const ApiError& e) {
    if (e.status != 404) throw;
  }
}

ResponseResult Client::CreateResponse(const std::string& body) {
  HttpRequest req{"POST", "/responses", body};
  HttpResponse r = Call(req, false);
  try {
    return ParseResponse(r.body);
  } catch (const Error& e) {
    Unreadable(req, r, e, false);
  }
}

HttpResponse Client::Probe() { return Call({"GET", "/models", ""}, true); }

}  // namespace chatbeto::openai
