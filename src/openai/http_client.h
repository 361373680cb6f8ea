// One HTTP attempt against an OpenAI-compatible server through libcurl (the
// only place that knows curl). No retries here: retry_policy.h decides and
// client.h loops. TLS verification is always on; connect and total timeouts
// are set on every request. The API key goes only into the Authorization
// header and is never logged, echoed in errors or made visible otherwise.
// Not thread-safe: one HttpClient per thread (it keeps one connection alive).
#pragma once
#include <map>
#include <memory>
#include <string>

namespace chatbeto::openai {

struct ClientConfig {
  std::string base_url = "https://api.openai.com/v1";  // without trailing '/'
  std::string api_key;                                  // secret
  std::string organization;                             // OpenAI-Organization, optional
  std::string project;                                  // OpenAI-Project, optional
  double connect_timeout_s = 10;
  double total_timeout_s = 120;
};

struct HttpRequest {
  std::string method;  // GET, POST, DELETE
  std::string path;    // below base_url, with query: "/conversations/c/items?order=asc"
  std::string body;    // JSON for POST, "" otherwise
};

struct HttpResponse {
  int status = 0;  // 0 when no HTTP status line was received
  std::map<std::string, std::string> headers;  // names lower-case
  std::string body;
  int transport_error = 0;      // CURLcode; 0 = the exchange completed
  std::string transport_message;
  bool connect_failed = false;  // nothing reached the server (safe to resend)
  std::string Header(const std::string& lower_name) const;
  std::string RequestId() const { return Header("x-request-id"); }
};

class HttpClient {
 public:
  explicit HttpClient(ClientConfig config);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Sends one request; never throws for HTTP or transport failures (they are
  // in the response). Throws Error(kInternal) only when curl cannot start.
  HttpResponse Perform(const HttpRequest& req);
  const ClientConfig& config() const { return config_; }

 private:
  ClientConfig config_;
  void* curl_ = nullptr;  // CURL*
};

// OPENAI_BASE_URL (trailing '/' removed) or the official one. Throws
// Error(kUsage) for a value that is not http(s)://.
std::string BaseUrlFromEnv();

}  // namespace chatbeto::openai
