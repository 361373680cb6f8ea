// Data checks for CI (`chatbeto check`): each check counts the rows at fault
// and keeps up to five example ids. A check that is not asked for (e.g. the
// orphan ratio without a threshold) is reported as skipped, never failed.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::checks {

struct CheckOptions {
  std::optional<double> max_orphan_ratio;  // 0..1
  bool require_mapped_projects = false;
  std::set<std::string> skip;  // names of checks not to run (reported as skipped)
};

struct CheckResult {
  std::string name;
  std::string description;
  bool skipped = false;
  bool passed = true;
  int64_t count = 0;                  // rows at fault
  std::vector<std::string> examples;  // up to five ids
  std::string detail;                 // e.g. "orphan ratio 0.12 > 0.05"
};

// Every check's name, in the order RunChecks reports them.
const std::vector<std::string>& CheckNames();

std::vector<CheckResult> RunChecks(db::Connection& conn, const CheckOptions& opts);

// Runs `ids_sql` (one id column): count of rows at fault and up to five
// example ids (sorted); passes when there are none.
CheckResult CollectIds(db::Connection& conn, std::string name, std::string description,
                       const std::string& ids_sql);

// The orphan-ratio verdict, pure: passes when there is no threshold, no
// conversation, or orphans/conversations <= max.
CheckResult OrphanRatioCheck(int64_t orphans, int64_t conversations,
                             std::optional<double> max_ratio);

}  // namespace chatbeto::checks
