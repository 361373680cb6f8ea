// Re-import without re-parsing: a record whose bytes are those a stored
// conversation was read from (conversations.source_sha256, chatgpt::
// SourceHash) would parse to exactly that conversation, so it is unchanged.
// The reader skips the parse of a record whose hash's first 64 bits are
// stored (KnownSourceFilter); the writer confirms each such record against
// the database before it calls it unchanged (ResolveUnparsed) and parses the
// few it cannot confirm, so the outcome is the same as parsing every record.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "chatgpt/conversation.h"
#include "chatgpt/export_reader.h"
#include "importer/decide.h"

namespace chatbeto::importer {

class ConversationStore;

// The first 64 bits of a hex SourceHash (its first 16 hex digits).
uint64_t SourcePrefix(std::string_view sha256_hex);

// ScanExportFile's known_source over `prefixes` (any order; e.g.
// ConversationStore::SourcePrefixes); null when there are none.
chatgpt::KnownSource KnownSourceFilter(std::vector<uint64_t> prefixes);

// For each of `batch` (in file order) that is unparsed: when the database
// holds a conversation read from the same bytes, sets its id and returns
// that stored version in the same position of the result. Unless it is the
// only record of its id in the batch: then, like every unparsed record the
// database does not confirm (a prefix collision; a stored row replaced by
// an earlier batch of the same file), it is handed to `parse_now`, which
// parses it in place (unparsed = false) and returns false when the record
// is rejected instead. The result is nullopt for parsed records; `dropped`
// marks the rejected ones.
std::vector<std::optional<StoredVersion>> ResolveUnparsed(
    const std::vector<chatgpt::Conversation*>& batch, ConversationStore& store,
    const std::function<bool(size_t)>& parse_now, std::vector<bool>* dropped);

}  // namespace chatbeto::importer
