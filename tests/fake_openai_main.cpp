// fake-openai: the test suite's fake OpenAI server as a program, for
// bench/sync. Prints its base URL on stdout, serves until stdin closes or
// SIGTERM. Usage: fake-openai [--port N] [--rpm N]  (key from FAKE_OPENAI_KEY)
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <unistd.h>

#include "support/fake_openai.h"

int main(int argc, char** argv) {
  int port = 0, rpm = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--port")) port = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--rpm")) rpm = std::atoi(argv[i + 1]);
  }
  const char* key = std::getenv("FAKE_OPENAI_KEY");
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // server threads inherit the mask
  chatbeto::testing::FakeOpenAi fake(key && *key ? key : "sk-fake-bench-key", port);
  fake.SetRateLimit(rpm);
  std::cout << fake.BaseUrl() << std::endl;
  int sig = 0;
  sigwait(&set, &sig);
  std::cout.flush();
  _exit(0);  // no orderly stop: idle keep-alive connections would hold it
}
