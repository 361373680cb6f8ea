#include <gtest/gtest.h>

#include "db/migrations.h"
#include "util/error.h"

namespace chatbeto::db {
namespace {

std::vector<Migration> Known() {
  static const std::vector<EmbeddedFile> files = {
      {"0002_b.sql", "CREATE TABLE b (x INT);"}, {"0001_a.sql", "CREATE TABLE a (x INT);"}};
  return LoadMigrations(files);
}

TEST(Migrations, SortedByVersion) {
  auto m = Known();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].version, 1);
  EXPECT_EQ(m[1].name, "0002_b.sql");
  EXPECT_EQ(m[0].checksum.size(), 64u);
}

TEST(Migrations, PlansOnlyPending) {
  auto m = Known();
  auto todo = PlanMigrations(m, {{1, "0001_a.sql", m[0].checksum}});
  ASSERT_EQ(todo.size(), 1u);
  EXPECT_EQ(todo[0].version, 2);
  EXPECT_TRUE(PlanMigrations(m, {{1, "0001_a.sql", m[0].checksum},
                                 {2, "0002_b.sql", m[1].checksum}})
                  .empty());
  EXPECT_EQ(PlanMigrations(m, {}).size(), 2u);
}

TEST(Migrations, ChangedFileIsRefused) {
  auto m = Known();
  try {
    PlanMigrations(m, {{1, "0001_a.sql", std::string(64, '0')}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("0001_a.sql was changed after it was applied"),
              std::string::npos);
  }
}

TEST(Migrations, NewerDatabaseIsRefused) {
  auto m = Known();
  try {
    PlanMigrations(m, {{7, "0007_future.sql", "x"}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this chatbeto"), std::string::npos);
  }
}

TEST(Migrations, BadFileNamesRejected) {
  for (const char* name : {"1_a.sql", "0001-a.sql", "0001_a.txt", "abcd_a.sql"}) {
    std::vector<EmbeddedFile> f = {{name, "x"}};
    EXPECT_THROW(LoadMigrations(f), Error) << name;
  }
  std::vector<EmbeddedFile> dup = {{"0001_a.sql", "x"}, {"0001_b.sql", "y"}};
  EXPECT_THROW(LoadMigrations(dup), Error);
}

TEST(Migrations, SplitStatements) {
  auto s = SplitStatements(
      "-- comment; not a statement\nCREATE TABLE a (\n  x INT -- inline\n);\n\n"
      "INSERT INTO a VALUES (1);  \nSELECT 'a;b'");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "CREATE TABLE a (\n  x INT -- inline\n)");
  EXPECT_EQ(s[1], "INSERT INTO a VALUES (1)");
  EXPECT_EQ(s[2], "SELECT 'a;b'\n");
}

TEST(Migrations, EmbeddedSchemaIsValid) {
  auto m = LoadMigrations(SchemaFiles());
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m.front().version, 1);
  // Numbers are handed out per issue (TEAM.md), so a later one may land first.
  for (size_t i = 1; i < m.size(); ++i) EXPECT_GT(m[i].version, m[i - 1].version);
}

}  // namespace
}  // namespace chatbeto::db
