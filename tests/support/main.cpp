// Entry point of the end-to-end suite: one MariaDB server for all tests.
#include <gtest/gtest.h>

#include "support/harness.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  chatbeto::testing::Server::Start();
  int rc = RUN_ALL_TESTS();
  chatbeto::testing::Server::Stop();
  return rc;
}
