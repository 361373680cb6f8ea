// Whether an incoming conversation replaces the stored one. Pure.
//   equal content hash (chatgpt/canonical_hash.h)  -> unchanged;
//   newer update_time (else create_time)           -> update;
//   older                                          -> older (skipped);
//   equal time, different content                  -> update, "same time":
//     the incoming copy wins, so re-importing a good copy repairs a bad one.
// A missing time sorts before every real time. An update that would carry
// no nodes (mapping missing, null or {}) over a stored version that has
// nodes is refused (kRejectNoNodes): an import never deletes stored messages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "chatgpt/conversation.h"

namespace chatbeto::importer {

struct StoredVersion {
  std::optional<int64_t> update_us;  // update_time (else create_time) in microseconds
  int message_count = 0;  // stored: messages (conversations.message_count); incoming: nodes
  std::string content_hash;
  std::string source_sha256;  // stored versions only: conversations.source_sha256, "" if NULL
};

enum class Action { kInsert, kUpdate, kUpdateSameTime, kUnchanged, kOlder, kRejectNoNodes };

// The version key of a conversation read from an export.
StoredVersion VersionOf(const chatgpt::Conversation& c);

Action Decide(const std::optional<StoredVersion>& stored, const StoredVersion& incoming);

}  // namespace chatbeto::importer
