// Shared by the table tests of the event extractor: a chat built from lines,
// the expected events of each case, and the check itself.
#pragma once
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "events/extract.h"

namespace chatbeto::events::testing_util {

inline std::string Fmt(const ExtractedEvent& e) {
  char buf[64];
  if (e.all_day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", e.start.year, e.start.month, e.start.day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", e.start.year, e.start.month, e.start.day,
                  e.start.hour, e.start.minute);
  return buf;
}

// Messages on Wednesday 2025-03-05 from `hour`:00, one minute apart; the
// speakers alternate A, B unless a line starts with "X: ".
inline std::vector<ChatMessage> Chat(const std::vector<std::string>& lines, int hour = 9) {
  std::vector<ChatMessage> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    ChatMessage m;
    m.id = static_cast<int64_t>(i) + 1;
    m.sender = i % 2 ? "B" : "A";
    m.body = lines[i];
    if (m.body.size() > 3 && m.body[1] == ':' && m.body[2] == ' ') {
      m.sender = m.body.substr(0, 1);
      m.body = m.body.substr(3);
    }
    m.local_time = LocalTime{2025, 3, 5, hour, static_cast<int>(i), 0};
    out.push_back(m);
  }
  return out;
}

struct Case {
  const char* name;
  std::vector<std::string> lines;
  std::vector<std::string> starts;  // expected events in order, "" = none
  std::vector<std::string> statuses = {};
  std::string title_has = "";
  int hour = 9;
};
inline void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

// The events ExtractEvents gives for the case's chat, against what it expects.
inline void ExpectEvents(const Case& c) {
  auto got = ExtractEvents(Chat(c.lines, c.hour));
  std::vector<std::string> starts, statuses;
  for (const auto& e : got) {
    starts.push_back(Fmt(e));
    statuses.push_back(StatusName(e.status));
  }
  EXPECT_EQ(starts, c.starts);
  if (!c.statuses.empty()) { EXPECT_EQ(statuses, c.statuses); }
  if (!c.title_has.empty()) {
    ASSERT_FALSE(got.empty());
    EXPECT_NE(got.back().title.find(c.title_has), std::string::npos) << got.back().title;
  }
}

}  // namespace chatbeto::events::testing_util
