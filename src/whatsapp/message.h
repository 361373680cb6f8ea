// The one message model every WhatsApp reader (export text, export zip, Cloud
// API log, Twilio log) produces and the store writes. Pure data.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace chatbeto::whatsapp {

enum class Direction { kInbound, kOutbound, kSystem };
const char* DirectionName(Direction d);  // "inbound", "outbound", "system"

struct Message {
  std::string sid;       // message_sid: Twilio SID, wamid, or the export hash
  std::string chat_key;  // "export:<name>", "cloud:<wa_id>", "twilio:<number>"
  std::string chat_name; // contact or group name when known
  std::string from_addr, to_addr, sender_name;
  Direction direction = Direction::kInbound;
  std::string body;                        // verbatim, line breaks kept
  std::optional<int64_t> received_at_us;   // UTC microseconds since the epoch
  std::string message_type = "text";
  std::string media_name, media_kind, media_mime, media_ref;
  bool is_system = false, is_edited = false, is_deleted = false;
  std::string ref_sid;   // edit / revoke / reaction: the message it changes
  std::string raw;       // the raw line(s) or payload
  std::string source;    // "file:line" for messages, set by the caller

  // Back to a default message, keeping the strings' memory (readers fill
  // one Message per record; reusing them keeps big imports allocation-free).
  void Clear() {
    for (std::string* s : {&sid, &chat_key, &chat_name, &from_addr, &to_addr, &sender_name, &body,
                           &media_name, &media_kind, &media_mime, &media_ref, &ref_sid, &raw,
                           &source})
      s->clear();
    message_type = "text";
    direction = Direction::kInbound;
    received_at_us.reset();
    is_system = is_edited = is_deleted = false;
  }
};

// A Cloud API delivery status for a message (sent < delivered < read; failed).
struct StatusUpdate {
  std::string sid;
  std::string status;
  int64_t at_us = 0;
};

// A record a reader could not take, with where it was.
struct Rejection {
  std::string file;
  int64_t line = 0;     // 1-based line (text formats) or record number
  std::string reason;
  std::string record;   // the offending line / payload, cut to a few hundred bytes
};

}  // namespace chatbeto::whatsapp
