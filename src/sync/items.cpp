#include "sync/items.h"

#include "util/sha256.h"
#include "util/text.h"

namespace chatbeto::sync {

ItemsResult BuildItems(const std::vector<LocalMessage>& path, size_t max_item_bytes) {
  ItemsResult r;
  if (max_item_bytes < 16) max_item_bytes = 16;
  for (const auto& m : path) {
    if (m.hidden) {
      ++r.skipped_hidden;
      continue;
    }
    if (m.role != "user" && m.role != "assistant") {
      ++r.skipped_role;
      continue;
    }
    std::string text = m.text;
    for (const auto& name : m.attachment_names) {
      if (!text.empty()) text += "\n";
      text += "[file: " + (name.empty() ? std::string("unnamed") : name) + "]";
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      ++r.skipped_empty;
      continue;
    }
    std::string_view rest = text;
    int pieces = 0;
    while (!rest.empty()) {
      std::string_view piece = Utf8Prefix(rest, max_item_bytes);
      if (piece.empty()) piece = rest.substr(0, 1);  // a lone invalid byte: keep moving
      r.items.push_back({m.role, std::string(piece)});
      rest.remove_prefix(piece.size());
      ++pieces;
    }
    if (pieces > 1) ++r.split_messages;
  }
  return r;
}

std::string PrefixHash(const std::vector<openai::MessageItem>& items, size_t n) {
  Sha256 h;
  for (size_t i = 0; i < n && i < items.size(); ++i) {
    const auto& it = items[i];
    std::string head = it.role + ":" + std::to_string(it.text.size()) + ":";
    h.Update(head);
    h.Update(it.text);
  }
  return h.HexDigest();
}

openai::Metadata BuildMetadata(const std::string& conversation_id, const std::string& title,
                               const std::string& project) {
  openai::Metadata md;
  md.emplace_back("chatbeto_conversation_id",
                  openai::Utf8CutChars(conversation_id, openai::kMaxMetadataValueChars));
  if (!title.empty())
    md.emplace_back("title", openai::Utf8CutChars(title, openai::kMaxMetadataValueChars));
  if (!project.empty())
    md.emplace_back("project", openai::Utf8CutChars(project, openai::kMaxMetadataValueChars));
  md.emplace_back("source", "chatbeto");
  return md;
}

int64_t EstimateTokens(const std::vector<openai::MessageItem>& items, size_t from, size_t to) {
  int64_t bytes = 0;
  for (size_t i = from; i < to && i < items.size(); ++i) bytes += int64_t(items[i].text.size()) + 16;
  return (bytes + 3) / 4;
}

}  // namespace chatbeto::sync
