// Builds the message tree of one synthetic conversation: the shape of the
// ChatGPT `mapping` (root, hidden system and context nodes, turns, tool calls,
// and branches from edits and regenerations), with ids and times but no text.
// Text is produced later by the emitter, straight into the output buffer.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalog.h"
#include "json_out.h"
#include "rng.h"

namespace gen {

enum class Kind : uint8_t {
  kRoot,         // message: null
  kSystem,       // hidden system message (weight 0), or a legacy system root
  kUserContext,  // user_editable_context (custom instructions)
  kUser,         // text
  kUserImage,    // multimodal_text with an image_asset_pointer
  kUserFile,     // text with metadata.attachments
  kText,         // assistant answer
  kPyCall,       // assistant code -> recipient "python"
  kPyOut,        // tool execution_output
  kPyError,      // tool system_error
  kSearchCall,   // assistant code -> recipient "web.run" / "browser"
  kBrowse,       // tool tether_browsing_display
  kQuote,        // tool tether_quote
  kThoughts,     // assistant thoughts (reasoning models)
  kRecap,        // assistant reasoning_recap
  kWidget,       // a content type no importer knows yet ("future_widget")
};

struct Node {
  int parent = -1;
  Kind kind = Kind::kRoot;
  bool cite = false;         // kText: carries citation markers
  bool interrupted = false;  // kText: status in_progress, finish_details interrupted
  int64_t t_us = 0;
  std::string id;
  std::vector<int> children;
};

// Per-conversation choices shared by the tree builder and the emitter.
struct Shape {
  bool modern = true;      // 2025-26 key set (client-created-root, channel, fewer keys)
  bool ascii = false;      // non-ASCII written as \uXXXX (Python ensure_ascii)
  bool int_times = false;  // integer timestamps, as some exports have
  bool spanish = false;
  bool korean = false;     // mostly Korean text (the real export of issue 11 is)
  bool reasoning = false;  // default model produces thoughts / reasoning_recap
  bool widget = false;     // one message of an unknown content type
  std::string_view model;
  const Gizmo* gizmo = nullptr;
};

class TreeBuilder {
 public:
  std::vector<Node> nodes;  // reused across conversations to keep allocations down
  int size = 0;
  int64_t messages = 0;  // nodes with a message (all but kRoot)
  int64_t last_us = 0;

  // Builds a tree of about `target` messages starting at `start_us`; returns
  // the index of current_node. With `chain` it is one linear user/assistant
  // chain of exactly `target` messages (the giant-conversation stress case).
  int build(Rng& r, const Shape& s, int64_t start_us, int64_t target, bool chain) {
    size = 0;
    messages = 0;
    t_ = start_us;
    r_ = &r;
    s_ = &s;
    int cur;
    if (!s.modern && !chain && r.chance(0.03)) {
      cur = add(-1, Kind::kSystem);  // legacy: a system message as the root itself
    } else {
      cur = add(-1, Kind::kRoot);
      if (s.modern) nodes[cur].id = "client-created-root";
      if (!chain && r.chance(s.modern ? 0.2 : 0.7)) cur = add(cur, Kind::kSystem);
      if (!chain && r.chance(s.modern ? 0.4 : 0.1)) cur = add(cur, Kind::kUserContext);
    }
    if (chain) {
      while (messages < target) {
        cur = add(cur, Kind::kUser);
        if (messages < target) cur = add(cur, Kind::kText);
      }
      last_us = t_;
      return cur;
    }
    bool widget = s.widget;
    while (messages < target) {
      int above = cur;
      if (messages + 4 < target && r.chance(0.03)) {
        // An edited user turn: the first version and its answers stay as a
        // dead branch; the edit becomes a later sibling on the visible path.
        int old = add(above, user_kind());
        int a = respond(old, widget);
        if (r.chance(0.3)) respond(add(a, Kind::kUser), widget);
      }
      gap_before_user();
      int u = add(above, user_kind());
      int answer = respond(u, widget);
      if (r.chance(0.04)) {
        // A regeneration: a second answer under the same user turn. Usually the
        // newer one is kept, which puts current_node under a non-first sibling.
        int alt = add(u, Kind::kText);
        if (r.chance(0.65)) answer = alt;
      }
      cur = answer;
    }
    if (nodes[cur].kind == Kind::kText && r.chance(0.005)) nodes[cur].interrupted = true;
    last_us = t_;
    return cur;
  }

 private:
  Rng* r_ = nullptr;
  const Shape* s_ = nullptr;
  int64_t t_ = 0;

  Kind user_kind() {
    double u = r_->unit();
    return u < 0.05 ? Kind::kUserImage : u < 0.09 ? Kind::kUserFile : Kind::kUser;
  }

  void gap_before_user() {
    // People come back to a conversation hours or days later.
    if (r_->chance(0.04)) t_ += r_->range(3600, 10 * 86400) * 1000000ll;
  }

  // The assistant's turn after user node `u`: optional reasoning, tool calls,
  // then the visible answer. Returns the answer node.
  int respond(int u, bool& widget) {
    Rng& r = *r_;
    int p = u;
    if (s_->reasoning && r.chance(0.5)) {
      p = add(p, Kind::kThoughts);
      p = add(p, Kind::kRecap);
    }
    if (r.chance(0.06)) {
      p = add(add(p, Kind::kPyCall), Kind::kPyOut);
      if (r.chance(0.12)) {
        nodes[p].kind = Kind::kPyError;
        if (r.chance(0.5)) p = add(add(p, Kind::kPyCall), Kind::kPyOut);
      }
    }
    bool cite = false;
    if (r.chance(s_->modern ? 0.07 : 0.03)) {
      p = add(add(p, Kind::kSearchCall), Kind::kBrowse);
      if (r.chance(0.3)) p = add(p, Kind::kQuote);
      cite = true;
    }
    if (widget && r.chance(0.3)) {
      p = add(p, Kind::kWidget);
      widget = false;
    }
    int t = add(p, Kind::kText);
    nodes[t].cite = cite;
    return t;
  }

  int add(int parent, Kind kind) {
    if (size == static_cast<int>(nodes.size())) nodes.emplace_back();
    int i = size++;
    Node& n = nodes[i];
    n.parent = parent;
    n.kind = kind;
    n.cite = n.interrupted = false;
    n.children.clear();
    if (parent >= 0) nodes[parent].children.push_back(i);
    if (kind != Kind::kRoot) ++messages;
    bool user = kind == Kind::kUser || kind == Kind::kUserImage || kind == Kind::kUserFile;
    // Typing takes longer than answering; tool hops are quick.
    t_ += user ? r_->range(4, 240) * 1000000ll + r_->range(0, 999999)
               : r_->range(0, 25) * 1000000ll + r_->range(1000, 999999);
    n.t_us = t_;
    // Legacy user messages had ids starting "aaa2"; everything else is a uuid4.
    uuid_into(n.id, *r_, user && !s_->modern ? std::string_view("aaa2") : std::string_view());
    return i;
  }
};

}  // namespace gen
