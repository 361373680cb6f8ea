#include "openai/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>

#include "util/error.h"

namespace chatbeto::openai {
namespace {

size_t WriteBody(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

size_t WriteHeader(char* data, size_t size, size_t n, void* user) {
  auto* headers = static_cast<std::map<std::string, std::string>*>(user);
  std::string line(data, size * n);
  if (line.rfind("HTTP/", 0) == 0) headers->clear();  // a new response (after 100-continue)
  auto colon = line.find(':');
  if (colon == std::string::npos) return size * n;
  std::string name = line.substr(0, colon);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  size_t b = line.find_first_not_of(" \t", colon + 1);
  size_t e = line.find_last_not_of(" \t\r\n");
  (*headers)[name] = b == std::string::npos || e < b ? "" : line.substr(b, e - b + 1);
  return size * n;
}

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}  // namespace

std::string HttpResponse::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? "" : it->second;
}

HttpClient::HttpClient(ClientConfig config) : config_(std::move(config)) {
  GlobalInit();
  curl_ = curl_easy_init();
  if (!curl_) throw Error(ErrorKind::kInternal, "libcurl could not start (curl_easy_init)");
}

HttpClient::~HttpClient() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

HttpResponse HttpClient::Perform(const HttpRequest& req) {
  CURL* c = static_cast<CURL*>(curl_);
  curl_easy_reset(c);  // keeps the connection cache, drops the previous options
  HttpResponse r;
  std::string url = config_.base_url + req.path;
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(config_.connect_timeout_s * 1000));
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(config_.total_timeout_s * 1000));
  curl_easy_setopt(c, CURLOPT_USERAGENT, "chatbeto/" CHATBETO_VERSION);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &r.body);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, WriteHeader);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &r.headers);
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(c, CURLOPT_MAXCONNECTS, 1L);

  curl_slist* h = nullptr;
  std::string auth = "Authorization: Bearer " + config_.api_key;
  h = curl_slist_append(h, auth.c_str());
  h = curl_slist_append(h, "Accept: application/json");
  h = curl_slist_append(h, "Expect:");
  std::string org = "OpenAI-Organization: " + config_.organization;
  std::string proj = "OpenAI-Project: " + config_.project;
  if (!config_.organization.empty()) h = curl_slist_append(h, org.c_str());
  if (!config_.project.empty()) h = curl_slist_append(h, proj.c_str());
  if (req.method == "POST") {
    // A fresh connection for every POST: on a reused connection that dies
    // before any answer, libcurl silently sends the request again, which
    // could apply it twice. A POST is repeated only by our own policy.
    curl_easy_setopt(c, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
    h = curl_slist_append(h, "Content-Type: application/json");
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, req.body.data());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(req.body.size()));
  } else if (req.method != "GET") {
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, req.method.c_str());
  }
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);

  CURLcode rc = curl_easy_perform(c);
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
  curl_slist_free_all(h);
  r.status = int(status);
  if (rc != CURLE_OK) {
    r.transport_error = int(rc);
    // curl's message names the host and the failure, never a header.
    r.transport_message = curl_easy_strerror(rc);
    r.connect_failed = rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
                       rc == CURLE_COULDNT_RESOLVE_PROXY ||
                       (rc == CURLE_OPERATION_TIMEDOUT && status == 0 && [&] {
                         curl_off_t connect_us = 0;
                         curl_easy_getinfo(c, CURLINFO_CONNECT_TIME_T, &connect_us);
                         return connect_us == 0;
                       }());
  }
  return r;
}

std::string BaseUrlFromEnv() {
  const char* env = std::getenv("OPENAI_BASE_URL");
  std::string url = env && *env ? env : "https://api.openai.com/v1";
  while (!url.empty() && url.back() == '/') url.pop_back();
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
    throw Error(ErrorKind::kUsage, "OPENAI_BASE_URL must start with https:// or http:// (got \"" +
                                       url.substr(0, 80) + "\")");
  return url;
}

}  // namespace chatbeto::openai
