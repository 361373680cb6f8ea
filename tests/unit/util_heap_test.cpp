// util/heap: when an import re-executes itself with huge pages.
#include <gtest/gtest.h>

#include "util/heap.h"

namespace chatbeto::util {
namespace {

constexpr const char* kMadvise = "always [madvise] never\n";
constexpr uint64_t kBig = kHugePageInputBytes;

TEST(HugePageTunables, LargeImportsUnderMadviseGetTheTunable) {
  EXPECT_EQ(HugePageTunables({"import", "export.zip"}, kBig, nullptr, kMadvise),
            "glibc.malloc.hugetlb=1");
  EXPECT_EQ(HugePageTunables({"--db", "mysql://x", "whatsapp", "import", "chats/"}, 100 * kBig,
                             nullptr, kMadvise),
            "glibc.malloc.hugetlb=1");
}

TEST(HugePageTunables, KeepsTheCallersOtherTunables) {
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, "glibc.malloc.check=0", kMadvise),
            "glibc.malloc.check=0:glibc.malloc.hugetlb=1");
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, "", kMadvise), "glibc.malloc.hugetlb=1");
}

TEST(HugePageTunables, NoReexecution) {
  // A small import: a second process start costs more than it saves.
  EXPECT_EQ(HugePageTunables({"import", "sample.zip"}, kBig - 1, nullptr, kMadvise),
            std::nullopt);
  // Not an import.
  EXPECT_EQ(HugePageTunables({"search", "rollback"}, kBig, nullptr, kMadvise), std::nullopt);
  EXPECT_EQ(HugePageTunables({"events", "export", "--ics", "import.ics"}, kBig, nullptr, kMadvise),
            std::nullopt);
  EXPECT_EQ(HugePageTunables({}, kBig, nullptr, kMadvise), std::nullopt);
  // The kernel gives huge pages to every heap ("always") or to none.
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, nullptr, "[always] madvise never\n"),
            std::nullopt);
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, nullptr, "always madvise [never]\n"),
            std::nullopt);
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, nullptr, ""), std::nullopt);  // no THP
  // The caller chose, either way; and a re-executed process never loops.
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, "glibc.malloc.hugetlb=0", kMadvise),
            std::nullopt);
  EXPECT_EQ(HugePageTunables({"import", "a.zip"}, kBig, "glibc.malloc.hugetlb=1", kMadvise),
            std::nullopt);
}

}  // namespace
}  // namespace chatbeto::util
