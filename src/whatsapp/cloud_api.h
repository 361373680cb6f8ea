// WhatsApp Cloud API webhook payloads, as a receiver saved them (one JSON
// document per line, or a JSON array of them). Pure. Every
// entry[].changes[].value is read (a saved bare `value` object too):
//  - messages[]: inbound, keyed by the contact's wa_id (user_id when the
//    phone number is absent) -> "cloud:<id>";
//  - message_echoes[]: the business's own messages, outbound, keyed by `to`;
//  - statuses[]: delivery statuses of outbound messages;
// Types: text, image/audio/video/document/sticker (media id, caption, mime,
// file name), location, contacts, interactive (chosen title, id in
// media_ref), button, reaction, edit, revoke, system; anything else is kept
// with its type and raw JSON. edit / revoke / reaction rows carry ref_sid,
// the message they change (applied by the store).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "whatsapp/message.h"

namespace chatbeto::whatsapp {

struct CloudPayload {
  std::vector<Message> messages;
  std::vector<StatusUpdate> statuses;
  std::vector<std::string> problems;  // per-message problems (the rest still read)
  std::string error;                  // the whole payload is unreadable
};

// One payload (a JSON document). `source` names it ("file:line").
CloudPayload ReadCloudPayload(std::string_view json, const std::string& source);

}  // namespace chatbeto::whatsapp
