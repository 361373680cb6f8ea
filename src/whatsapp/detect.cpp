#include "whatsapp/detect.h"

#include <array>

#include "whatsapp/export_text.h"

namespace chatbeto::whatsapp {

const char* InputKindName(InputKind k) {
  switch (k) {
    case InputKind::kExportText: return "export";
    case InputKind::kZip: return "zip";
    case InputKind::kCloudApi: return "cloud";
    case InputKind::kTwilio: return "twilio";
    default: return "unknown";
  }
}

InputKind DetectKind(std::string_view head) {
  if (head.starts_with("PK\x03\x04") || head.starts_with("PK\x05\x06")) return InputKind::kZip;
  if (LooksLikeExportText(head)) return InputKind::kExportText;
  size_t i = head.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return InputKind::kUnknown;
  const bool twilio = head.find("MessageSid") != std::string_view::npos ||
                      head.find("SmsSid") != std::string_view::npos;
  if (head[i] == '{' || head[i] == '[') return twilio ? InputKind::kTwilio : InputKind::kCloudApi;
  if (twilio && head.find('=') != std::string_view::npos) return InputKind::kTwilio;
  return InputKind::kUnknown;
}

std::string ChatNameFromPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (std::string_view ext : {".txt", ".zip", ".TXT", ".ZIP"})
    if (name.ends_with(ext)) name.remove_suffix(ext.size());
  // " (1)", " (2)": a second download of the same export.
  if (name.size() > 4 && name.back() == ')') {
    size_t open = name.rfind(" (");
    if (open != std::string_view::npos &&
        name.substr(open + 2, name.size() - open - 3).find_first_not_of("0123456789") ==
            std::string_view::npos)
      name = name.substr(0, open);
  }
  static const std::array<std::string_view, 9> kPrefixes = {
      "WhatsApp Chat with ", "WhatsApp Chat - ",  "WhatsApp Chat mit ",
      "WhatsApp-Chat mit ",  "Chat de WhatsApp con ", "Conversa do WhatsApp com ",
      "WhatsApp Chat com ",  "Chat WhatsApp con ",    "Discussion WhatsApp avec "};
  for (auto p : kPrefixes)
    if (name.starts_with(p)) return std::string(name.substr(p.size()));
  if (name == "_chat" || name == "chat") return "";
  return std::string(name);
}

}  // namespace chatbeto::whatsapp
