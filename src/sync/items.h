// What is sent for one conversation, and how a synced position is checked.
// Pure: local messages of the visible path in, message items out.
//  - user and assistant messages with text, in path order, content a plain
//    string; attachments become "[file: name]" placeholders (images are
//    already "[image]" in the text);
//  - hidden, system and tool messages are skipped and counted;
//  - a text over max_item_bytes is split (UTF-8 safe) into consecutive items.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "openai/wire.h"

namespace chatbeto::sync {

struct LocalMessage {
  std::string node_id;
  std::string role;
  std::string text;
  bool hidden = false;
  std::vector<std::string> attachment_names;
};

struct ItemsResult {
  std::vector<openai::MessageItem> items;
  int skipped_hidden = 0;
  int skipped_role = 0;   // system, tool, ...
  int skipped_empty = 0;  // no text and no attachment
  int split_messages = 0; // messages sent as more than one item
};

inline constexpr size_t kDefaultMaxItemBytes = 100000;

ItemsResult BuildItems(const std::vector<LocalMessage>& path,
                       size_t max_item_bytes = kDefaultMaxItemBytes);

// sha256 over the first `n` items (role and text, length-prefixed). The hash
// of 0 items is the hash of the empty string.
std::string PrefixHash(const std::vector<openai::MessageItem>& items, size_t n);

// The remote conversation's metadata: chatbeto id, title (cut to fit),
// project when there is one.
openai::Metadata BuildMetadata(const std::string& conversation_id, const std::string& title,
                               const std::string& project);

// A rough input-token estimate for the plan (4 bytes a token, per item 4).
int64_t EstimateTokens(const std::vector<openai::MessageItem>& items, size_t from, size_t to);

}  // namespace chatbeto::sync
