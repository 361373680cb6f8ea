#include "db/retry.h"

#include <gtest/gtest.h>

namespace chatbeto::db {
namespace {

TEST(DbRetry, OnlyDeadlocksAndLockWaitTimeoutsAreRetried) {
  EXPECT_TRUE(IsLockConflict(Error(ErrorKind::kDatabase, "Deadlock found", 1213)));
  EXPECT_TRUE(IsLockConflict(Error(ErrorKind::kDatabase, "Lock wait timeout exceeded", 1205)));
  EXPECT_FALSE(IsLockConflict(Error(ErrorKind::kDatabase, "Duplicate entry", 1062)));
  EXPECT_FALSE(IsLockConflict(Error(ErrorKind::kDatabase, "gone away", 2006)));
  EXPECT_FALSE(IsLockConflict(Error(ErrorKind::kIo, "not a db error", 1213)));
}

}  // namespace
}  // namespace chatbeto::db
