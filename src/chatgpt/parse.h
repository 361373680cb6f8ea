// One element of a ChatGPT conversations array -> chatgpt::Conversation.
//
// Rejects (throws chatbeto::Error, kind kInvalidInput, what() = the reason)
// only when the bytes are not valid JSON (after repairing invalid UTF-8 and
// lone surrogate escapes, which is reported as a warning), not an object, or
// have no id (neither `conversation_id` nor `id` is a non-empty string).
// Everything else is tolerated and, when repaired, noted in warnings:
// - messages: every mapping node (a repeated node id keeps its first entry),
//   parents before children (depth-first pre-order, see tree.h for how broken
//   links are repaired); parent_id is empty or names an earlier message;
// - on_visible_path: current_node up to its root; without a usable
//   current_node, the last-child path from the first root (plus a warning);
// - model_slug: metadata.model_slug; assistant messages without one get the
//   conversation's default_model_slug; user and system messages get "";
// - hidden: no message, role system or tool, weight 0, visually hidden,
//   thoughts / reasoning_recap / user_ or model_editable_context, or an
//   assistant message addressed to a tool (recipient other than "all");
// - text: see content_text.h; unknown_content_types lists content (and
//   multimodal part) types without a rule, once each;
// - raw_json and extra_json are minified re-serializations (valid UTF-8);
//   extra_json holds every top-level key except mapping and the ones
//   extracted into fields (a field of an unexpected type stays in extra_json);
// - content_hash: CanonicalJsonHash of the (repaired) record, so the same
//   data written differently (escapes, whitespace, 1 vs 1.0) hashes the same.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "chatgpt/conversation.h"

namespace chatbeto::chatgpt {

// Holds the JSON parser and scratch buffers so that parsing thousands of
// conversations does not reallocate. Not thread-safe: one per thread.
//
// Memory: a record of up to `large_above` bytes is parsed whole (a simdjson
// DOM, ~10x its size). A larger one is never parsed whole: it is validated
// and hashed in slices (canonical_hash.h), its top level, mapping and nodes
// split without a DOM (json_slice.h) and each message parsed alone; a
// message over 4 MB is parsed with its long strings (over 64 KB) left out
// and decoded straight into `text` afterwards. Its raw_json is then its
// bytes as written in the record (whitespace outside strings removed, escapes
// as written), a view into the record that the Conversation keeps: such a
// conversation holds its record plus its text, not a DOM or further copies.
class ConversationParser {
 public:
  static constexpr size_t kLargeRecordBytes = size_t{8} << 20;
  explicit ConversationParser(size_t large_above = kLargeRecordBytes);
  ~ConversationParser();
  ConversationParser(const ConversationParser&) = delete;
  ConversationParser& operator=(const ConversationParser&) = delete;

  // Whether a record of `bytes` takes the large (sliced) path.
  bool IsLarge(size_t bytes) const;
  Conversation Parse(std::string_view json_bytes);
  // The same, taking the bytes of a large record instead of copying them
  // (they become the conversation's json_store record). On a throw they are
  // given back in `json_bytes`. For a record that is not large, as Parse.
  Conversation ParseOwned(std::string& json_bytes);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Parse with a thread-local ConversationParser.
Conversation ParseConversation(std::string_view json_bytes);

}  // namespace chatbeto::chatgpt
