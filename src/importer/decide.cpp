#include "importer/decide.h"

#include "util/time_format.h"

namespace chatbeto::importer {

StoredVersion VersionOf(const chatgpt::Conversation& c) {
  StoredVersion v;
  if (c.update_time) v.update_us = EpochMicros(*c.update_time);
  else if (c.create_time) v.update_us = EpochMicros(*c.create_time);
  v.message_count = static_cast<int>(c.messages.size());
  v.content_hash = c.content_hash;
  return v;
}

Action Decide(const std::optional<StoredVersion>& stored, const StoredVersion& in) {
  if (!stored) return Action::kInsert;
  if (stored->content_hash == in.content_hash) return Action::kUnchanged;
  auto key = [](const StoredVersion& v) {
    return std::make_pair(v.update_us.has_value(), v.update_us.value_or(0));
  };
  if (key(in) < key(*stored)) return Action::kOlder;
  if (in.message_count == 0 && stored->message_count > 0) return Action::kRejectNoNodes;
  return key(in) == key(*stored) ? Action::kUpdateSameTime : Action::kUpdate;
}

}  // namespace chatbeto::importer
