#include <gtest/gtest.h>

#include <cmath>

#include "util/civil.h"
#include "util/sha256.h"
#include "util/text.h"
#include "util/time_format.h"

namespace chatbeto {
namespace {

TEST(UtilTime, FormatsSubSecondUtc) {
  EXPECT_EQ(FormatSqlDatetime(1756000000.123456).value(), "2025-08-24 01:46:40.123456");
  EXPECT_EQ(FormatSqlDatetime(0).value(), "1970-01-01 00:00:00.000000");
  EXPECT_EQ(FormatSqlDatetime(1700000000).value(), "2023-11-14 22:13:20.000000");
  EXPECT_EQ(FormatSqlDatetime(-1.5).value(), "1969-12-31 23:59:58.500000");
  EXPECT_EQ(FormatDate(1756000000.5), "2025-08-24");
}

TEST(UtilTime, FormatsEveryFieldWithItsWidth) {
  EXPECT_EQ(FormatSqlDatetime(-30610224000.0).value(), "1000-01-01 00:00:00.000000");
  EXPECT_EQ(FormatSqlDatetime(253402300799.5).value(), "9999-12-31 23:59:59.500000");
  EXPECT_EQ(FormatSqlDatetime(951782400.000001).value(), "2000-02-29 00:00:00.000001");
  EXPECT_EQ(FormatSqlDatetime(1234567890.5).value(), "2009-02-13 23:31:30.500000");
  EXPECT_EQ(FormatSqlDatetime(-86400.25).value(), "1969-12-30 23:59:59.750000");
  EXPECT_EQ(FormatSqlDatetime(4102444799.0).value(), "2099-12-31 23:59:59.000000");
}

TEST(UtilTime, OutOfRangeIsNull) {
  EXPECT_FALSE(FormatSqlDatetime(NAN).has_value());
  EXPECT_FALSE(FormatSqlDatetime(INFINITY).has_value());
  EXPECT_FALSE(FormatSqlDatetime(1e15).has_value());
  EXPECT_FALSE(FormatSqlDatetime(-1e12).has_value());
  EXPECT_EQ(FormatDate(std::nullopt), "");
}

TEST(UtilTime, EpochMicrosIsAlwaysDefined) {
  EXPECT_EQ(EpochMicros(1756000000.123456), 1756000000123456);
  EXPECT_EQ(EpochMicros(1e300), EpochMicros(253402300800.0));
  EXPECT_EQ(EpochMicros(-1e300), EpochMicros(-30610224000.0));
  EXPECT_EQ(EpochMicros(NAN), 0);
}

TEST(UtilSha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  Sha256 h;
  h.Update("a");
  h.Update("bc");
  EXPECT_EQ(h.HexDigest(), Sha256Hex("abc"));
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(UtilText, SnippetAroundFirstHit) {
  std::string text = std::string(300, 'x') + " the Helm rollback worked\nfine " + std::string(300, 'y');
  std::string s = Snippet(text, {"helm"}, 60);
  EXPECT_NE(s.find("Helm rollback"), std::string::npos) << s;
  EXPECT_EQ(s.find('\n'), std::string::npos);
  EXPECT_TRUE(s.rfind("…", 0) == 0);
  EXPECT_EQ(Snippet("short text", {"zzz"}, 60), "short text");
}

TEST(UtilText, Utf8SafeCuts) {
  std::string s = "añoñ";  // ñ is two bytes
  EXPECT_EQ(Utf8Prefix(s, 2), "a");
  EXPECT_EQ(Utf8Prefix(s, 3), "añ");
  std::string sn = Snippet("ñññññññññññññññññññññ", {}, 7);
  EXPECT_EQ(sn, "ñññ…");
}

TEST(UtilText, QueryTermsAndThousands) {
  EXPECT_EQ(QueryTerms("helm, roll-back  año!"), (std::vector<std::string>{"helm", "roll-back", "año"}));
  EXPECT_EQ(WithThousands(1234567), "1,234,567");
  EXPECT_EQ(WithThousands(12), "12");
}

}  // namespace
}  // namespace chatbeto

namespace chatbeto {
TEST(UtilText, CountedNouns) {
  EXPECT_EQ(Counted(0, "conversation"), "0 conversations");
  EXPECT_EQ(Counted(1, "conversation"), "1 conversation");
  EXPECT_EQ(Counted(1234, "message"), "1,234 messages");
}
}  // namespace chatbeto

// util/civil.h: the one civil-date conversion (the date library underneath).
TEST(UtilCivil, DaysRoundTripAndCarry) {
  using chatbeto::util::CivilFromDays;
  using chatbeto::util::DaysFromCivil;
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2024, 2, 29) + 1, DaysFromCivil(2024, 3, 1));  // leap day
  EXPECT_EQ(DaysFromCivil(2023, 2, 29), DaysFromCivil(2023, 3, 1));      // carried
  EXPECT_EQ(DaysFromCivil(2025, 13, 1), DaysFromCivil(2026, 1, 1));
  EXPECT_EQ(DaysFromCivil(2025, 0, 1), DaysFromCivil(2024, 12, 1));
  EXPECT_EQ(DaysFromCivil(2025, 3, 0), DaysFromCivil(2025, 2, 28));
  for (int64_t d : {-800000, -1, 0, 59, 11016, 20000, 2932896}) {
    auto c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d) << d;
  }
  auto c = CivilFromDays(DaysFromCivil(2026, 12, 2));
  EXPECT_EQ(c.year, 2026);
  EXPECT_EQ(c.month, 12);
  EXPECT_EQ(c.day, 2);
}
