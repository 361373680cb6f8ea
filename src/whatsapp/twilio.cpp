#include "whatsapp/twilio.h"

#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include "whatsapp/local_time.h"

namespace chatbeto::whatsapp {
namespace {

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> Decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%') {
      if (i + 2 >= s.size() || Hex(s[i + 1]) < 0 || Hex(s[i + 2]) < 0) return std::nullopt;
      out += static_cast<char>(Hex(s[i + 1]) * 16 + Hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string StripWhatsapp(std::string s) {
  if (s.starts_with("whatsapp:")) s.erase(0, 9);
  return s;
}

std::string KindOfMime(const std::string& mime) {
  if (mime.starts_with("image/webp")) return "sticker";
  if (mime.starts_with("image/")) return "image";
  if (mime.starts_with("video/")) return "video";
  if (mime.starts_with("audio/ogg")) return "voice";
  if (mime.starts_with("audio/")) return "audio";
  if (mime == "text/vcard" || mime == "text/x-vcard") return "contact";
  return "document";
}

// JSON object -> the same flat map the form gives (scalars as text).
std::optional<std::map<std::string, std::string>> FromJson(std::string_view line) {
  auto j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return std::nullopt;
  std::map<std::string, std::string> out;
  for (auto& [k, v] : j.items()) {
    if (v.is_string()) out[k] = v.get<std::string>();
    else if (v.is_number_integer()) out[k] = std::to_string(v.get<int64_t>());
    else if (v.is_number()) out[k] = v.dump();
    else if (v.is_boolean()) out[k] = v.get<bool>() ? "true" : "false";
  }
  return out;
}

}  // namespace

std::optional<std::map<std::string, std::string>> ParseForm(std::string_view line) {
  std::map<std::string, std::string> out;
  size_t pos = 0;
  while (pos <= line.size()) {
    size_t amp = line.find('&', pos);
    std::string_view pair = line.substr(pos, amp == std::string_view::npos ? amp : amp - pos);
    if (!pair.empty()) {
      size_t eq = pair.find('=');
      if (eq == std::string_view::npos) return std::nullopt;
      auto k = Decode(pair.substr(0, eq)), v = Decode(pair.substr(eq + 1));
      if (!k || !v) return std::nullopt;
      out[*k] = *v;
    }
    if (amp == std::string_view::npos) break;
    pos = amp + 1;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<int64_t> ParseTimestamp(std::string_view s) {
  static const RE2 kIso(
      "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
      "\\s*(Z|z|UTC|[+-]\\d{2}:?\\d{2})?");
  static const RE2 kUnix("(\\d{9,11})(?:\\.(\\d{1,6}))?");
  re2::StringPiece in(s.data(), s.size());
  std::string frac, zone;
  int y, mo, d, h, mi, sec = 0;
  std::string sec_s;
  int64_t secs;
  if (RE2::FullMatch(in, kUnix, &secs, &frac)) {
    while (frac.size() < 6) frac += '0';
    return secs * 1000000 + std::stoll(frac);
  }
  if (!RE2::FullMatch(in, kIso, &y, &mo, &d, &h, &mi, &sec_s, &frac, &zone)) return std::nullopt;
  if (!sec_s.empty()) sec = std::stoi(sec_s);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  int64_t offset = 0;
  if (zone.size() >= 5 && (zone[0] == '+' || zone[0] == '-')) {
    std::string digits;
    for (char c : zone)
      if (c >= '0' && c <= '9') digits += c;
    offset = (std::stoi(digits.substr(0, 2)) * 60 + std::stoi(digits.substr(2, 2))) * 60;
    if (zone[0] == '-') offset = -offset;
  }
  frac = frac.substr(0, 6);
  while (frac.size() < 6) frac += '0';
  int64_t t = DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
  return t * 1000000 + std::stoll(frac);
}

TwilioRecord ReadTwilioLine(std::string_view line, int64_t default_time_us,
                            const std::string& source) {
  TwilioRecord r;
  auto fields = line.starts_with("{") ? FromJson(line) : ParseForm(line);
  if (!fields) {
    r.reason = line.starts_with("{") ? "not a JSON object" : "not a form-encoded webhook body";
    return r;
  }
  auto get = [&](const char* k) {
    auto it = fields->find(k);
    return it == fields->end() ? std::string() : it->second;
  };
  std::string sid = get("MessageSid");
  if (sid.empty()) sid = get("SmsMessageSid");
  if (sid.empty()) sid = get("SmsSid");
  std::string status = get("MessageStatus");
  if (status.empty()) status = get("SmsStatus");
  if (!status.empty() && status != "received" && status != "receiving") {
    r.kind = TwilioRecord::Kind::kStatus;
    return r;
  }
  if (sid.empty()) {
    r.reason = "no MessageSid";
    return r;
  }
  std::string from = StripWhatsapp(get("From"));
  if (from.empty()) {
    r.reason = "no From";
    return r;
  }
  Message& m = r.message;
  m.sid = sid;
  m.from_addr = from;
  m.to_addr = StripWhatsapp(get("To"));
  m.sender_name = get("ProfileName");
  m.chat_key = "twilio:" + from;
  m.chat_name = m.sender_name.empty() ? from : m.sender_name;
  m.direction = Direction::kInbound;
  m.body = get("Body");
  m.raw = std::string(line);
  m.source = source;
  std::string when = get("received_at");
  if (auto t = when.empty() ? std::nullopt : ParseTimestamp(when)) {
    m.received_at_us = *t;
  } else {
    m.received_at_us = default_time_us;
    r.untimed = true;
  }
  std::string num = get("NumMedia");
  if (!num.empty() && num != "0") {
    m.message_type = "media";
    m.media_ref = get("MediaUrl0");
    m.media_mime = get("MediaContentType0");
    m.media_kind = KindOfMime(m.media_mime);
  } else if (!get("Latitude").empty() && !get("Longitude").empty()) {
    m.message_type = "location";
    if (m.body.empty()) m.body = get("Latitude") + "," + get("Longitude");
  } else if (!get("ButtonText").empty()) {
    m.message_type = "button";
    if (m.body.empty()) m.body = get("ButtonText");
    m.media_ref = get("ButtonPayload");
  }
  r.kind = TwilioRecord::Kind::kMessage;
  return r;
}

}  // namespace chatbeto::whatsapp
