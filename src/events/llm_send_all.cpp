#include "events/llm_send_all.h"

#include <algorithm>
#include <atomic>

#include "util/workers.h"

namespace chatbeto::events {

std::vector<LlmReply> SendAll(const std::vector<LlmSend>& senders, const std::vector<std::string>& bodies) {
  std::vector<LlmReply> out(bodies.size());
  std::atomic<size_t> next{0};
  std::atomic<bool> failed{false};
  auto run = [&](const LlmSend& send) {
    for (size_t i; !failed && (i = next++) < bodies.size();) {
      out[i].sent = true;
      try {
        out[i].body = send(bodies[i]);
      } catch (...) {
        out[i].error = std::current_exception();
        failed = true;
      }
    }
  };
  const size_t n = std::min(senders.size(), bodies.size());
  if (n == 1) run(senders[0]);
  if (n > 1)
    RunWorkers(static_cast<int>(n), "scan --llm requests",
               [&](int t, const std::atomic<bool>&) { run(senders[static_cast<size_t>(t)]); });
  return out;
}

}  // namespace chatbeto::events
