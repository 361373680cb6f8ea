#include "whatsapp/cloud_api.h"

#include <nlohmann/json.hpp>

#include "whatsapp/twilio.h"  // ParseTimestamp

namespace chatbeto::whatsapp {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  if (it == j.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

const json& Obj(const json& j, const char* key) {
  static const json kEmpty = json::object();
  if (!j.is_object()) return kEmpty;
  auto it = j.find(key);
  return it != j.end() && it->is_object() ? *it : kEmpty;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

struct Contact {
  std::string key, name;
};

// The contacts of a value: wa_id (or user_id) -> profile name.
std::vector<Contact> Contacts(const json& value) {
  std::vector<Contact> out;
  auto it = value.find("contacts");
  if (it == value.end() || !it->is_array()) return out;
  for (const auto& c : *it) {
    std::string key = Str(c, "wa_id");
    if (key.empty()) key = Str(c, "user_id");
    out.push_back({key, Str(Obj(c, "profile"), "name")});
  }
  return out;
}

// Body and media of a message of `type` (also used for an edit's new content).
void ReadContent(const json& msg, const std::string& type, Message& m) {
  const json& o = Obj(msg, type.c_str());
  m.message_type = type;
  if (type == "text") {
    m.body = Str(o, "body");
  } else if (type == "image" || type == "audio" || type == "video" || type == "document" ||
             type == "sticker") {
    m.body = Str(o, "caption");
    m.media_ref = Str(o, "id");
    if (m.media_ref.empty()) m.media_ref = Str(o, "link");
    m.media_mime = Str(o, "mime_type");
    m.media_name = Str(o, "filename");
    m.media_kind = type == "audio" && o.value("voice", false) ? "voice" : type;
  } else if (type == "location") {
    std::string lines;
    for (const char* k : {"name", "address"})
      if (!Str(o, k).empty()) lines += Str(o, k) + "\n";
    m.body = lines + Str(o, "latitude") + "," + Str(o, "longitude");
  } else if (type == "contacts") {
    m.media_kind = "contact";
    auto it = msg.find("contacts");
    if (it != msg.end() && it->is_array())
      for (const auto& c : *it) {
        std::string line = Str(Obj(c, "name"), "formatted_name");
        auto phones = c.find("phones");
        if (phones != c.end() && phones->is_array())
          for (const auto& p : *phones) line += (line.empty() ? "" : " ") + Str(p, "phone");
        m.body += (m.body.empty() ? "" : "\n") + line;
      }
  } else if (type == "interactive") {
    for (const char* k : {"button_reply", "list_reply"}) {
      const json& r = Obj(o, k);
      if (!r.empty()) {
        m.body = Str(r, "title");
        m.media_ref = Str(r, "id");
      }
    }
    const json& nfm = Obj(o, "nfm_reply");
    if (!nfm.empty()) m.body = Str(nfm, "response_json");
  } else if (type == "button") {
    m.body = Str(o, "text");
    m.media_ref = Str(o, "payload");
  } else if (type == "reaction") {
    m.ref_sid = Str(o, "message_id");
    m.body = Str(o, "emoji");  // "" takes the reaction back
  } else if (type == "revoke") {
    m.ref_sid = Str(o, "original_message_id");
  } else if (type == "edit") {
    m.ref_sid = Str(o, "original_message_id");
    const json& inner = Obj(o, "message");
    std::string inner_type = Str(inner, "type");
    if (inner_type.empty()) inner_type = "text";
    Message tmp;
    ReadContent(inner, inner_type, tmp);
    m.body = tmp.body;
  } else if (type == "system") {
    m.body = Str(o, "body");
    m.is_system = true;
    m.direction = Direction::kSystem;
  }
}

void ReadMessage(const json& msg, const json& value, bool echo, const std::string& source,
                 CloudPayload& out) {
  Message m;
  m.sid = Str(msg, "id");
  if (m.sid.empty()) {
    out.problems.push_back("a message without an id");
    return;
  }
  auto t = ParseTimestamp(Str(msg, "timestamp"));
  if (!t) {
    out.problems.push_back("message " + m.sid + ": timestamp is not Unix seconds");
    return;
  }
  m.received_at_us = *t;
  const json& meta = Obj(value, "metadata");
  auto contacts = Contacts(value);
  std::string business = Str(meta, "display_phone_number");
  std::string key, name;
  if (echo) {
    m.direction = Direction::kOutbound;
    m.from_addr = Str(msg, "from").empty() ? business : Str(msg, "from");
    key = Str(msg, "to");
    if (key.empty()) key = Str(msg, "to_user_id");
    m.to_addr = key;
  } else {
    m.direction = Direction::kInbound;
    m.from_addr = Str(msg, "from");
    if (m.from_addr.empty()) m.from_addr = Str(msg, "from_user_id");
    m.to_addr = business;
    key = m.from_addr;
    for (const auto& c : contacts)
      if (c.key == key || contacts.size() == 1) {
        if (!c.key.empty()) key = c.key;
        name = c.name;
      }
    m.sender_name = name;
  }
  if (key.empty()) {
    out.problems.push_back("message " + m.sid + ": no contact (from / to / wa_id / user_id)");
    return;
  }
  m.chat_key = "cloud:" + key;
  m.chat_name = name;
  std::string type = Str(msg, "type");
  ReadContent(msg, type.empty() ? "unknown" : type, m);
  if (m.is_system) m.direction = Direction::kSystem;
  m.raw = Dump(msg);
  m.source = source;
  out.messages.push_back(std::move(m));
}

void ReadValue(const json& value, const std::string& source, CloudPayload& out) {
  for (const char* list : {"messages", "message_echoes"}) {
    auto it = value.find(list);
    if (it == value.end() || !it->is_array()) continue;
    const bool echo = std::string_view(list) == "message_echoes";
    for (const auto& msg : *it) ReadMessage(msg, value, echo, source, out);
  }
  auto st = value.find("statuses");
  if (st != value.end() && st->is_array())
    for (const auto& s : *st) {
      auto t = ParseTimestamp(Str(s, "timestamp"));
      if (Str(s, "id").empty() || Str(s, "status").empty()) {
        out.problems.push_back("a status without id or status");
        continue;
      }
      out.statuses.push_back({Str(s, "id"), Str(s, "status"), t.value_or(0)});
    }
}

CloudPayload ReadPayload(std::string_view text, const std::string& source);

}  // namespace

CloudPayload ReadCloudPayload(std::string_view text, const std::string& source) {
  try {
    return ReadPayload(text, source);
  } catch (const json::exception& e) {
    // A field of an unexpected type deep inside (e.g. "voice": "yes").
    CloudPayload out;
    out.error = std::string("unexpected JSON: ") + e.what();
    return out;
  }
}

namespace {
CloudPayload ReadPayload(std::string_view text, const std::string& source) {
  CloudPayload out;
  json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded()) {
    out.error = "not valid JSON";
    return out;
  }
  if (!doc.is_object()) {
    out.error = "not a JSON object";
    return out;
  }
  auto entries = doc.find("entry");
  if (entries != doc.end() && entries->is_array()) {
    for (const auto& e : *entries) {
      auto changes = e.find("changes");
      if (!e.is_object() || changes == e.end() || !changes->is_array()) continue;
      for (const auto& c : *changes) {
        auto v = c.find("value");
        if (c.is_object() && v != c.end() && v->is_object()) ReadValue(*v, source, out);
      }
    }
  } else if (doc.contains("messages") || doc.contains("statuses") ||
             doc.contains("message_echoes")) {
    ReadValue(doc, source, out);  // a saved `value`
  } else {
    out.error = "not a WhatsApp Cloud API webhook payload (no entry[] or value)";
  }
  return out;
}
}  // namespace

}  // namespace chatbeto::whatsapp
