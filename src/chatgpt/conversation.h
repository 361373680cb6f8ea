// The in-memory model of one ChatGPT conversation as read from an export.
// Pure data: produced by chatgpt/parse.h, consumed by the importer's store.
// Empty strings mean "absent or null in the export" (stored as SQL NULL).
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chatbeto::chatgpt {

// A file attached to a message (metadata.attachments[]) or an asset pointer
// found in a multimodal part (image_asset_pointer, audio_asset_pointer, ...).
struct Attachment {
  std::string kind;       // "attachment" or the part's content_type, e.g. "image_asset_pointer"
  std::string id;         // attachment id / file id, may be empty
  std::string name;       // file name, may be empty
  std::string mime_type;  // may be empty
  std::optional<int64_t> size_bytes;
  std::string pointer;    // asset_pointer URI (sediment://, file-service://), may be empty
};

// One node of the conversation tree (mapping entry). Nodes whose message is
// null (the root, client-created-root) are kept too: has_message == false.
struct Message {
  std::string node_id;
  std::string parent_id;      // empty for a root
  int depth = 0;              // 0 for a root
  int sibling_index = 0;      // position among the parent's children
  bool on_visible_path = false;  // on the path current_node -> root
  bool has_message = false;
  std::string message_id;     // message.id (usually == node_id)
  std::string role;           // author.role
  std::string author_name;
  std::string recipient;
  std::string channel;
  std::string status;
  std::string content_type;   // content.content_type
  std::string text;           // searchable plain text, citation markers removed
  bool hidden = false;        // system / visually hidden / tool call / thoughts / weight 0
  std::string model_slug;     // message's metadata.model_slug or the conversation default
  std::optional<double> create_time;  // seconds since epoch, sub-second
  std::optional<double> update_time;
  // The node's message object as JSON ("null" when absent). Points into the
  // conversation's json_store (or a literal): a giant message is not copied.
  std::string_view raw_json;
  std::vector<Attachment> attachments;
};

// One kind of repair the reader made to a record so that it could go in,
// e.g. {"invalid_utf8", 2, "2 invalid UTF-8 sequence(s) ... replaced"}.
// Kinds: invalid_utf8, wrong_type, time_out_of_range, mapping_not_object,
// mapping_entry_not_object, duplicate_node_id, missing_parent, orphan_reattached,
// parent_cycle, children_ignored, children_rebuilt, visible_path_guessed.
struct Repair {
  std::string kind;
  size_t count = 0;
  std::string detail;  // the warning text, with an example id
};

// The bytes that Message::raw_json views point into: the record itself (for
// a large record, whose messages' JSON is kept as written) and re-serialized
// copies. Shared so that copies of a Conversation stay valid.
struct JsonStore {
  std::string record;
  std::deque<std::string> pieces;  // a deque: adding one does not move the others
  std::string_view Keep(std::string&& s) { return pieces.emplace_back(std::move(s)); }
};

struct Conversation {
  std::string id;             // conversation_id, else id
  std::string title;
  std::optional<double> create_time;
  std::optional<double> update_time;
  std::string gizmo_id;
  std::string gizmo_type;
  std::string conversation_template_id;
  std::string default_model_slug;
  std::string memory_scope;
  std::string current_node;
  std::optional<bool> is_archived;
  std::optional<bool> is_starred;
  std::string extra_json;     // JSON object of every other top-level key (mapping excluded)
  std::string content_hash;   // chatgpt/canonical_hash.h of the record (not of its bytes)
  // SourceHash (export_reader.h) of the record's bytes; "" when not read from
  // an export file.
  std::string source_sha256;
  // True for a record ScanExportFile did not parse because its source hash
  // is known (its `known_source`): only source_sha256 is set, and the record's
  // bytes are in json_store->record, to be parsed (ConversationParser::
  // ParseOwned) if the caller needs more after all.
  bool unparsed = false;
  // "" when `mapping` is a non-empty object; else what it was: "missing",
  // "null", "{}" or its JSON type ("a string", ...). A version without nodes
  // never replaces a stored one that has them.
  std::string mapping_state;
  std::vector<Message> messages;  // every node; parents before children
  std::shared_ptr<JsonStore> json_store = std::make_shared<JsonStore>();
  std::vector<std::string> unknown_content_types;  // content types not specially handled
  std::vector<std::string> warnings;  // non-fatal oddities (rebuilt children, orphan nodes, ...)
  std::vector<Repair> repairs;        // the same, counted by kind
  // What lossy repairs replaced, so that it can be recovered: "" when none,
  // else a JSON object with any of
  //   "invalid_utf8": [{"offset": N, "bytes_hex": "fffe"}, ...]  (now U+FFFD)
  //   "surrogate_escapes": [{"offset": N, "escape": "\\ud800"}, ...]  (now \ufffd)
  //   "parents": [{"node": "id", "exported_parent": "id" or null}, ...]
  // offsets are bytes from the record's first byte; "parents" lists the nodes
  // whose stored parent_id is not the one the export gave (cycles broken,
  // orphans re-attached, parents that do not exist).
  std::string repair_originals;
};

}  // namespace chatbeto::chatgpt
