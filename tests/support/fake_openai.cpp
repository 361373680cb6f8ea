#include "support/fake_openai.h"

#include "support/fake_openai_impl.h"

namespace chatbeto::testing {

using nlohmann::json;


FakeOpenAi::FakeOpenAi(std::string api_key, int port) : impl_(std::make_unique<Impl>()) {
  impl_->key = std::move(api_key);
  InstallRoutes(*impl_);
  impl_->port = port ? (impl_->server.bind_to_port("127.0.0.1", port) ? port : -1)
                     : impl_->server.bind_to_any_port("127.0.0.1");
  if (impl_->port <= 0) throw std::runtime_error("fake OpenAI: cannot listen on 127.0.0.1");
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

FakeOpenAi::~FakeOpenAi() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

std::string FakeOpenAi::BaseUrl() const { return "http://127.0.0.1:" + std::to_string(impl_->port) + "/v1"; }
int FakeOpenAi::Port() const { return impl_->port; }
const std::string& FakeOpenAi::ApiKey() const { return impl_->key; }

void FakeOpenAi::Inject(const FaultRule& rule) {
  std::lock_guard<std::mutex> l(impl_->mu);
  impl_->rules.push_back(rule);
  impl_->seen.push_back(0);
}
void FakeOpenAi::ClearFaults() {
  std::lock_guard<std::mutex> l(impl_->mu);
  impl_->rules.clear();
  impl_->seen.clear();
}
void FakeOpenAi::SetRateLimit(int rpm) {
  std::lock_guard<std::mutex> l(impl_->mu);
  impl_->rpm = rpm;
}
std::vector<FakeConversation> FakeOpenAi::Conversations() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->convs;
}
json FakeOpenAi::State() const { return StateJson(*impl_); }
int64_t FakeOpenAi::Requests() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->requests;
}
std::vector<std::string> FakeOpenAi::Log() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->log;
}
std::vector<std::string> FakeOpenAi::LastHeaderNames() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  std::vector<std::string> v;
  for (auto& [k, _] : impl_->last_headers) v.push_back(k);
  return v;
}
std::string FakeOpenAi::LastHeader(const std::string& name) const {
  std::lock_guard<std::mutex> l(impl_->mu);
  auto it = impl_->last_headers.find(name);
  return it == impl_->last_headers.end() ? "" : it->second;
}
std::string FakeOpenAi::AllRequestText() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->all_text;
}

nlohmann::json StateJson(FakeOpenAi::Impl& s) {
  std::lock_guard<std::mutex> l(s.mu);
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& c : s.convs)
    arr.push_back({{"id", c.id}, {"metadata", c.metadata}, {"deleted", c.deleted}, {"items", c.items}});
  return {{"conversations", arr}};
}

void FakeOpenAi::SetResponder(Responder r) {
  std::lock_guard<std::mutex> l(impl_->mu);
  impl_->responder = std::move(r);
}
void FakeOpenAi::SetLatency(double seconds) {
  std::lock_guard<std::mutex> l(impl_->mu);
  impl_->latency_s = seconds;
}
int FakeOpenAi::MaxInFlight() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->max_in_flight;
}
std::vector<json> FakeOpenAi::ResponseRequests() const {
  std::lock_guard<std::mutex> l(impl_->mu);
  return impl_->response_requests;
}

}  // namespace chatbeto::testing
