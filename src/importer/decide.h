// Whether an incoming conversation replaces the stored one. Pure.
// The rule gives a total order, so the outcome does not depend on the order
// in which exports (or duplicate ids inside one export) are read:
//   newer update_time wins; on a tie, more messages win; on a tie, the
//   larger content hash wins. Equal hash = unchanged.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "chatgpt/conversation.h"

namespace chatbeto::importer {

struct StoredVersion {
  std::optional<int64_t> update_us;  // update_time (else create_time) in microseconds
  int message_count = 0;
  std::string content_hash;
};

enum class Action { kInsert, kUpdate, kUnchanged, kOlder };

// The version key of a conversation read from an export.
StoredVersion VersionOf(const chatgpt::Conversation& c);

Action Decide(const std::optional<StoredVersion>& stored, const StoredVersion& incoming);

}  // namespace chatbeto::importer
