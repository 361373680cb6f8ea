// The fixture the `whatsapp scan` e2e tests share: a migrated database and a
// scan run with --json.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/harness.h"

namespace chatbeto::testing {

class ScanTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    auto r = Run({"db", "migrate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // `whatsapp scan --json` plus `extra`; expects exit 0; its JSON summary.
  nlohmann::json Scan(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"whatsapp", "scan", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out.empty() ? nlohmann::json() : nlohmann::json::parse(r.out);
  }
};

}  // namespace chatbeto::testing
