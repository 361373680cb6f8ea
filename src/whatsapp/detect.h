// What kind of WhatsApp input a file is, from its first bytes, and the chat
// name an export's file name carries. Pure.
#pragma once
#include <string>
#include <string_view>

namespace chatbeto::whatsapp {

enum class InputKind { kExportText, kZip, kCloudApi, kTwilio, kUnknown };
const char* InputKindName(InputKind k);  // "export", "zip", "cloud", "twilio", "unknown"

// `head`: the first few KB of the input.
//  - "PK\3\4": a zip (an export with media);
//  - a JSON object or array mentioning MessageSid / SmsSid: Twilio JSON lines;
//  - other JSON: Cloud API webhook payloads;
//  - form-encoded lines with MessageSid=: Twilio;
//  - lines starting with an export header: export text.
InputKind DetectKind(std::string_view head);

// "WhatsApp Chat with Ana García.txt" -> "Ana García" (also "WhatsApp Chat -
// X.zip", "Chat de WhatsApp con X", "Conversa do WhatsApp com X",
// "WhatsApp-Chat mit X", a " (1)" copy suffix dropped). iOS "_chat.txt"
// gives "" (the caller uses the zip's or folder's name).
std::string ChatNameFromPath(std::string_view path);

}  // namespace chatbeto::whatsapp
