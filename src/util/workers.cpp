#include "util/workers.h"

#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "util/error.h"

namespace chatbeto {

void RunWorkers(int n, const std::string& what,
                const std::function<void(int index, const std::atomic<bool>& stop)>& work) {
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::optional<Error> failure;
  auto fail = [&](Error e) {
    std::lock_guard<std::mutex> lock(mu);
    if (!failure) failure = std::move(e);
    stop = true;
  };
  auto body = [&](int index) {
    try {
      work(index, stop);
    } catch (const Error& e) {
      fail(e);
    } catch (const std::exception& e) {
      fail(Error(ErrorKind::kInternal, what + ": " + e.what()));
    }
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < n && !stop; ++i) {
    try {
      threads.emplace_back(body, i);
    } catch (const std::system_error& e) {
      fail(Error(ErrorKind::kInternal, what + ": cannot start worker " + std::to_string(i) +
                                           ": " + e.what()));
    }
  }
  body(0);
  for (auto& t : threads) t.join();
  if (failure) throw *failure;
}

}  // namespace chatbeto
