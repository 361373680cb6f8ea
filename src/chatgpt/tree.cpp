#include "chatgpt/tree.h"

#include <algorithm>

namespace chatbeto::chatgpt {
namespace {

enum Flag : uint8_t {
  kKept = 1,           // first node with its id
  kNullParent = 2,     // parent field null / missing / not a string
  kMissingParent = 4,  // parent names a node that is not in the mapping
  kVisiting = 8,       // on the current cycle-detection walk
  kDone = 16,          // cycle detection finished for this node
  kPlaced = 32,        // already placed in its parent's child list
  kRebuilt = 64,       // had children missing from its own list
};

// Counts one kind of repair and remembers the first example for the warning.
struct Tally {
  size_t count = 0;
  std::string example;
  void Add(std::string_view ex) {
    if (count++ == 0) example = std::string(ex.substr(0, 120));
  }
  void Report(const char* kind, std::string_view what, TreeLayout* out) const {
    if (count == 0) return;
    out->warnings.push_back(std::to_string(count) + " " + std::string(what) + " (e.g. '" +
                            example + "')");
    out->repairs.push_back({kind, count, out->warnings.back()});
  }
};

}  // namespace

void TreeInput::Clear() {
  ids.clear();
  parents.clear();
  child_begin.clear();
  child_ids.clear();
  current_node = {};
}

void TreeInput::AddNode(std::string_view id, std::string_view parent) {
  ids.push_back(id);
  parents.push_back(parent);
  child_begin.push_back(static_cast<uint32_t>(child_ids.size()));
}

void TreeBuilder::Build(const TreeInput& in, TreeLayout* out) {
  const uint32_t n = static_cast<uint32_t>(in.ids.size());
  out->order.clear();
  out->warnings.clear();
  out->repairs.clear();
  auto children_end = [&](uint32_t i) {
    return i + 1 < n ? in.child_begin[i + 1] : static_cast<uint32_t>(in.child_ids.size());
  };
  Tally duplicates, missing_parent, adopted, cycles, ignored_children, rebuilt;

  // 1. Index ids; later duplicates are dropped.
  index_.clear();
  index_.reserve(n);
  flags_.assign(n, 0);
  parent_.assign(n, -1);
  for (uint32_t i = 0; i < n; ++i) {
    if (index_.emplace(in.ids[i], i).second)
      flags_[i] |= kKept;
    else
      duplicates.Add(in.ids[i]);
  }
  auto find = [&](std::string_view id) -> int32_t {
    auto it = index_.find(id);
    return it == index_.end() ? -1 : static_cast<int32_t>(it->second);
  };

  // 2. Resolve parent links.
  for (uint32_t i = 0; i < n; ++i) {
    if (!(flags_[i] & kKept)) continue;
    if (in.parents[i].empty()) {
      flags_[i] |= kNullParent;
    } else if (int32_t p = find(in.parents[i]); p >= 0) {
      parent_[i] = p;
    } else {
      flags_[i] |= kMissingParent;
    }
  }

  // 3. Resolve children entries; a node with no usable parent is adopted by
  //    the first node listing it (the export lost the link on one side only).
  //    A node with an empty id never adopts: "" as a parent means null, so no
  //    parent link can name it and a child of it could not name its parent.
  child_index_.assign(in.child_ids.size(), -1);
  for (uint32_t i = 0; i < n; ++i) {
    if (!(flags_[i] & kKept)) continue;
    const bool can_adopt = !in.ids[i].empty();
    for (uint32_t k = in.child_begin[i], e = children_end(i); k < e; ++k) {
      const int32_t c = find(in.child_ids[k]);
      child_index_[k] = c;
      if (can_adopt && c >= 0 && parent_[c] < 0 && static_cast<uint32_t>(c) != i) {
        parent_[c] = static_cast<int32_t>(i);
        adopted.Add(in.ids[c]);
      }
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    if ((flags_[i] & kMissingParent) && parent_[i] < 0) missing_parent.Add(in.ids[i]);
  }

  // 4. Break cycles: each walk up the parent chain stops at a node already
  //    finished, so the total work is linear.
  for (uint32_t i = 0; i < n; ++i) {
    if (!(flags_[i] & kKept) || (flags_[i] & kDone)) continue;
    path_.clear();
    int32_t v = static_cast<int32_t>(i);
    while (v >= 0 && !(flags_[v] & (kVisiting | kDone))) {
      flags_[v] |= kVisiting;
      path_.push_back(static_cast<uint32_t>(v));
      v = parent_[v];
    }
    if (v >= 0 && (flags_[v] & kVisiting)) {
      uint32_t first = static_cast<uint32_t>(v);
      for (size_t k = path_.size(); k-- > 0 && path_[k] != static_cast<uint32_t>(v);) {
        first = std::min(first, path_[k]);
      }
      parent_[first] = -1;
      cycles.Add(in.ids[first]);
    }
    for (uint32_t u : path_) flags_[u] = static_cast<uint8_t>((flags_[u] & ~kVisiting) | kDone);
  }

  // 5. Child lists (CSR): listed children first, then the ones the lists missed.
  kids_begin_.assign(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i) {
    if ((flags_[i] & kKept) && parent_[i] >= 0) ++kids_begin_[parent_[i] + 1];
  }
  for (uint32_t i = 0; i < n; ++i) kids_begin_[i + 1] += kids_begin_[i];
  kids_fill_.assign(kids_begin_.begin(), kids_begin_.end() - 1);
  kids_.resize(kids_begin_[n]);
  for (uint32_t i = 0; i < n; ++i) {
    if (!(flags_[i] & kKept)) continue;
    for (uint32_t k = in.child_begin[i], e = children_end(i); k < e; ++k) {
      const int32_t c = child_index_[k];
      if (c < 0 || parent_[c] != static_cast<int32_t>(i)) {
        ignored_children.Add(in.child_ids[k]);
      } else if (!(flags_[c] & kPlaced)) {
        flags_[c] |= kPlaced;
        kids_[kids_fill_[i]++] = static_cast<uint32_t>(c);
      }
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    const int32_t p = parent_[i];
    if (!(flags_[i] & kKept) || p < 0 || (flags_[i] & kPlaced)) continue;
    kids_[kids_fill_[p]++] = i;
    if (!(flags_[p] & kRebuilt)) {
      flags_[p] |= kRebuilt;
      rebuilt.Add(in.ids[p]);
    }
  }

  // 6. Depth-first pre-order from each root, with an explicit stack.
  position_.assign(n, -1);
  out->order.reserve(index_.size());
  int root_sibling = 0;
  for (uint32_t r = 0; r < n; ++r) {
    if (!(flags_[r] & kKept) || parent_[r] >= 0) continue;
    stack_.push_back(TreeNode{r, -1, 0, root_sibling++, false});
    while (!stack_.empty()) {
      const TreeNode t = stack_.back();
      stack_.pop_back();
      position_[t.node] = static_cast<int32_t>(out->order.size());
      out->order.push_back(t);
      const uint32_t b = kids_begin_[t.node];
      for (uint32_t k = kids_begin_[t.node + 1]; k > b; --k) {
        stack_.push_back(TreeNode{kids_[k - 1], static_cast<int32_t>(t.node), t.depth + 1,
                                  static_cast<int>(k - 1 - b), false});
      }
    }
  }

  // 7. Visible path.
  const int32_t current = in.current_node.empty() ? -1 : find(in.current_node);
  if (current >= 0) {
    for (int32_t v = current; v >= 0; v = parent_[v])
      out->order[position_[v]].on_visible_path = true;
  } else if (!out->order.empty()) {
    out->warnings.push_back((in.current_node.empty()
                                 ? std::string("no current_node")
                                 : "current_node '" + std::string(in.current_node.substr(0, 120)) +
                                       "' is not in the mapping") +
                            "; visible path = last child at each step from the first root");
    out->repairs.push_back({"visible_path_guessed", 1, out->warnings.back()});
    uint32_t v = out->order.front().node;
    for (const TreeNode& t : out->order) {
      if (t.parent < 0 && (flags_[t.node] & kNullParent)) {
        v = t.node;
        break;
      }
    }
    while (true) {
      out->order[position_[v]].on_visible_path = true;
      if (kids_begin_[v] == kids_begin_[v + 1]) break;
      v = kids_[kids_begin_[v + 1] - 1];
    }
  }

  duplicates.Report("duplicate_node_id", "duplicate node id(s) in mapping; kept the first of each", out);
  missing_parent.Report("missing_parent", "node(s) name a parent that is not in the mapping; treated as roots",
                        out);
  adopted.Report("orphan_reattached", "node(s) without a usable parent attached to the node listing them as a child",
                 out);
  cycles.Report("parent_cycle", "parent cycle(s) broken; the cycle's first node in mapping order became a root",
                out);
  ignored_children.Report(
      "children_ignored", "children entries ignored: not in the mapping, or the child names another parent",
      out);
  rebuilt.Report("children_rebuilt", "node(s) had children missing from their children list; rebuilt from parent links",
                 out);
}

}  // namespace chatbeto::chatgpt
