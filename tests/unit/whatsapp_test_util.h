// Helpers shared by the WhatsApp unit tests: parse a whole export text the
// way the importer does (scan, then read), in UTC unless told otherwise.
#pragma once
#include <cstdio>
#include <string>
#include <vector>

#include "whatsapp/export_text.h"

namespace chatbeto::whatsapp::testing {

struct Parsed {
  std::vector<Message> messages;
  std::vector<Rejection> rejections;
  TextScan scan;
  DateOrder order = DateOrder::kDmy;
};

inline Parsed ParseText(const std::string& text, DateOrder order = DateOrder::kAuto,
                        const std::string& tz = "UTC", const std::string& me = "",
                        const std::string& chat = "Chat") {
  Parsed p;
  p.scan = ScanExportText(text);
  p.order = order == DateOrder::kAuto ? p.scan.verdict.order : order;
  ZoneConverter zone(tz);
  ExportTextOptions o;
  o.file = "chat.txt";
  o.chat_key = "export:" + chat;
  o.chat_name = chat;
  o.me = me;
  o.order = p.order;
  o.layout = p.scan.layout;
  ExportTextReader reader(text, o, zone);
  Message m;
  while (reader.Next(m)) p.messages.push_back(m);
  p.rejections = reader.rejections();
  return p;
}

// "2019-01-30T20:49:00" from UTC microseconds.
inline std::string IsoUtc(int64_t us) {
  int64_t s = us / 1000000;
  int64_t days = s / 86400, rem = s % 86400;
  // civil_from_days (Howard Hinnant)
  days += 719468;
  int64_t era = days / 146097;
  unsigned doe = static_cast<unsigned>(days - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", static_cast<long long>(y),
                m, d, static_cast<long long>(rem / 3600), static_cast<long long>(rem / 60 % 60),
                static_cast<long long>(rem % 60));
  return buf;
}

}  // namespace chatbeto::whatsapp::testing
