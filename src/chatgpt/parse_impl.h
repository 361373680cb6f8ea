// Internal to chatgpt/parse*.cpp: the parser's state, shared by the DOM
// path (parse.cpp: a record parsed whole) and the sliced path
// (parse_large.cpp: a large record split into slices, never parsed whole).
#pragma once
#include <simdjson.h>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "chatgpt/conversation.h"
#include "chatgpt/json_slice.h"
#include "chatgpt/json_write.h"
#include "chatgpt/parse.h"
#include "chatgpt/text_clean.h"
#include "chatgpt/tree.h"

namespace chatbeto::chatgpt {

inline void Note(Conversation* c, const char* kind, size_t count, std::string text) {
  c->warnings.push_back(text);
  c->repairs.push_back({kind, count, std::move(text)});
}

// Counts one kind of repair inside a record, with the first example.
struct Tally {
  size_t count = 0;
  std::string example;
  void Add(std::string ex) {
    if (count++ == 0) example = std::move(ex);
  }
  void Report(Conversation* c, const char* kind, const std::string& what) {
    if (count == 0) return;
    Note(c, kind, count, std::to_string(count) + " " + what + " (e.g. " + example + ")");
    count = 0;
    example.clear();
  }
};

struct ConversationParser::Impl {
  using element = simdjson::dom::element;
  using object = simdjson::dom::object;

  // A smaller large_above (tests) also lowers the other thresholds, so that
  // small records exercise every step of the sliced path.
  explicit Impl(size_t large)
      : large_above(large),
        hash_dom_below(std::min(large, size_t{1} << 20)),
        giant_message(std::min(large, size_t{4} << 20)) {}

  const size_t large_above;
  const size_t hash_dom_below;  // CanonicalJsonTextHash's DOM size
  const size_t giant_message;   // larger messages are parsed with long strings left out
  Tally wrong_types, bad_times;
  simdjson::dom::parser parser;
  std::string repaired;
  TreeInput tree_in;
  TreeBuilder tree_builder;
  TreeLayout layout;
  std::vector<element> node_messages;  // per tree_in node (DOM path)
  std::vector<uint8_t> node_has_message;
  std::vector<simdjson::dom::key_value_pair> extras;
  std::unordered_set<std::string_view> seen_keys;
  std::shared_ptr<JsonStore> store;  // of the conversation being parsed
  // Lossy repairs of the conversation being parsed (Conversation::repair_originals).
  std::vector<ReplacedBytes> replaced;
  std::vector<std::pair<std::string_view, std::string_view>> moved;  // node, exported parent
  void WriteOriginals(Conversation* c);

  // The sliced path (parse_large.cpp).
  std::string_view big_mapping;  // the mapping's slice when the record is large
  std::vector<json::Member> top_members, node_members, fields;
  std::vector<std::string_view> items, node_slices;  // node_slices: per tree_in node
  std::deque<std::string> decoded;                    // strings tree_in points into
  std::string slim;
  std::string unrepaired;  // a large record's bytes before RepairJsonText, while parsing
  std::vector<std::string_view> big_strings;  // placeholders' string bodies
  simdjson::dom::parser message_parser;

  std::string scratch;  // serialize here, then copy once at the exact size
  std::string_view Minify(element e) {
    scratch.clear();
    AppendJson(e, &scratch);
    // A giant message's copy would double its memory: hand the buffer over.
    if (scratch.size() > (size_t{1} << 20)) return store->Keep(std::move(scratch));
    return store->Keep(std::string(scratch));
  }
  Conversation Parse(std::string_view bytes);
  Conversation ParseLarge(std::string&& bytes);
  void ReadTopLevel(object obj, Conversation* c);
  void ReadMapping(object mapping, Conversation* c);
  void ReadMappingSliced(std::string_view mapping, Conversation* c);
  // After the nodes were read: the tree, then each message from `fill(i, m)`.
  template <typename Fill>
  void LayOut(Conversation* c, size_t non_objects, Fill&& fill);
  void FillMessage(element e, bool present, const Conversation& c, Message* m,
                   std::vector<std::string>* unknown);
  void FillMessageSliced(std::string_view slice, bool present, const Conversation& c, Message* m,
                         std::vector<std::string>* unknown);
  std::string_view Decoded(std::string_view literal);
  void SlimMessage(std::string_view slice);
  void ExpandBigStrings(std::string* s);
};

template <typename Fill>
void ConversationParser::Impl::LayOut(Conversation* c, size_t non_objects, Fill&& fill) {
  if (non_objects > 0) {
    Note(c, "mapping_entry_not_object", non_objects,
         std::to_string(non_objects) +
             " mapping entr(y/ies) not an object; kept as nodes without a message");
  }
  tree_in.current_node = c->current_node;
  tree_builder.Build(tree_in, &layout);
  c->warnings.insert(c->warnings.end(), layout.warnings.begin(), layout.warnings.end());
  c->repairs.insert(c->repairs.end(), layout.repairs.begin(), layout.repairs.end());

  c->messages.resize(layout.order.size());
  for (size_t i = 0; i < layout.order.size(); ++i) {
    const TreeNode& t = layout.order[i];
    Message& m = c->messages[i];
    m.node_id = tree_in.ids[t.node];
    if (t.parent >= 0) m.parent_id = tree_in.ids[t.parent];
    if (tree_in.parents[t.node] != m.parent_id) moved.emplace_back(m.node_id, tree_in.parents[t.node]);
    m.depth = t.depth;
    m.sibling_index = t.sibling_index;
    m.on_visible_path = t.on_visible_path;
    fill(t.node, &m);
  }
  bad_times.Report(c, "time_out_of_range",
                   "message time(s) that are not usable times stored as NULL, original kept in "
                   "raw_json");
}

}  // namespace chatbeto::chatgpt
