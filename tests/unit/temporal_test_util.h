// Shared table format for the temporal parser tests.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "events/temporal.h"
#include "events/temporal_open_bound.h"

namespace chatbeto::events::testing {

struct Case {
  const char* text;
  const char* start;         // expected start of the longest match, "" = no match at all
  const char* grain;         // "day", "hour", ...
  const char* end = "";      // expected end_time, "" = none
  const char* matched = "";  // expected matched text, "" = not checked
};

inline void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.text << '"'; }

inline const TemporalMatch* Longest(const std::vector<TemporalMatch>& ms) {
  const TemporalMatch* best = nullptr;
  for (const auto& m : ms)
    if (!best || m.text.size() > best->text.size()) best = &m;
  return best;
}

inline void Check(const Case& c, Lang lang, const LocalTime& ref) {
  auto ms = FindTemporal(c.text, lang, ref);
  if (!*c.start) {
    EXPECT_TRUE(ms.empty()) << c.text << " matched \"" << ms[0].text << "\" -> "
                            << FormatLocalTime(ms[0].start);
    return;
  }
  const TemporalMatch* m = Longest(ms);
  ASSERT_NE(m, nullptr) << "no match in \"" << c.text << "\"";
  EXPECT_EQ(FormatLocalTime(m->start), c.start) << c.text;
  EXPECT_STREQ(GrainName(m->grain), c.grain) << c.text;
  EXPECT_EQ(m->end_time ? FormatLocalTime(*m->end_time) : std::string(), c.end) << c.text;
  if (*c.matched) {
    EXPECT_EQ(m->text, c.matched) << c.text;
  }
  // The reported span is the matched text.
  EXPECT_EQ(std::string(c.text).substr(m->begin, m->end - m->begin), m->text);
}

// An open bound read from the last match of a text: "from 3 onwards", "b4 noon".
struct OpenCase {
  const char* text;
  const char* matched;  // "" = not an open interval
  OpenEnd open;
};

inline void PrintTo(const OpenCase& c, std::ostream* os) { *os << '"' << c.text << '"'; }

inline void CheckOpen(const OpenCase& c, Lang lang, const LocalTime& ref) {
  auto ms = FindTemporal(c.text, lang, ref);
  ASSERT_FALSE(ms.empty()) << c.text;
  auto o = AsOpenInterval(ms.back(), c.text, lang);
  if (!*c.matched) {
    EXPECT_FALSE(o.has_value()) << c.text;
    return;
  }
  ASSERT_TRUE(o.has_value()) << c.text;
  EXPECT_EQ(o->text, c.matched);
  EXPECT_EQ(o->open, c.open) << c.text;
  EXPECT_EQ(o->start, ms.back().start) << c.text;  // the bound stays the start
  EXPECT_EQ(std::string(c.text).substr(o->begin, o->end - o->begin), o->text);
}

// Tuesday 12 February 2013, 04:30 (Duckling's reference) and Friday 1 March 2019, 09:00.
inline const LocalTime kTue{2013, 2, 12, 4, 30, 0};
inline const LocalTime kFri{2019, 3, 1, 9, 0, 0};

}  // namespace chatbeto::events::testing
