// Fuzz target for Cloud API logs (RecordSplitter + ReadCloudPayload). Besides
// not crashing, checks: records lie inside the input in order, with their
// line; a payload is either an error or results; every message has an id, a
// "cloud:" conversation, a time and its raw JSON; modifications name a target.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "whatsapp/cloud_api.h"
#include "whatsapp/records.h"

using namespace chatbeto::whatsapp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  RecordSplitter split(text);
  Record rec;
  int64_t last_line = 0;
  const char* last_end = text.data();
  int records = 0;
  while (split.Next(rec)) {
    CHECK(++records <= static_cast<int>(size) + 1);
    CHECK(!rec.text.empty());
    CHECK(rec.text.data() >= last_end && rec.text.data() + rec.text.size() <= text.data() + size);
    CHECK(rec.line >= last_line && rec.line >= 1);
    last_line = rec.line;
    last_end = rec.text.data() + rec.text.size();
    CloudPayload p = ReadCloudPayload(rec.text, "fuzz:" + std::to_string(rec.line));
    if (!p.error.empty()) {
      CHECK(p.messages.empty() && p.statuses.empty());
      continue;
    }
    for (const auto& m : p.messages) {
      CHECK(!m.sid.empty());
      CHECK(m.chat_key.rfind("cloud:", 0) == 0 && m.chat_key.size() > 6);
      CHECK(m.received_at_us.has_value());
      CHECK(!m.raw.empty() && m.raw[0] == '{');
      if (m.message_type == "edit" || m.message_type == "revoke") CHECK(m.raw.size() > 2);
    }
    for (const auto& s : p.statuses) CHECK(!s.sid.empty() && !s.status.empty());
  }
  CHECK(split.error().empty() || split.error_line() >= 1);
  return 0;
}
