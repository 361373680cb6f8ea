// Lays out a conversation's `mapping` as a tree: order, depth, sibling index
// and the visible path, tolerating what real exports get wrong (incomplete
// `children`, parents that are missing, cycles, duplicate ids). Everything is
// iterative and O(nodes + children entries): 50,000-deep chains are fine.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chatgpt/conversation.h"

namespace chatbeto::chatgpt {

// The mapping as read, in mapping order. Views must outlive Build().
struct TreeInput {
  std::vector<std::string_view> ids;      // mapping keys
  std::vector<std::string_view> parents;  // "" when null, missing or not a string
  std::vector<uint32_t> child_begin;      // node i lists child_ids[child_begin[i] .. next)
  std::vector<std::string_view> child_ids;
  std::string_view current_node;

  void Clear();
  void AddNode(std::string_view id, std::string_view parent);
  void AddChild(std::string_view child_id) { child_ids.push_back(child_id); }  // of the last node
};

struct TreeNode {
  uint32_t node;      // index into TreeInput::ids
  int32_t parent;     // index into TreeInput::ids, -1 for a root
  int depth;          // 0 for a root
  int sibling_index;  // position among the parent's children (roots: among roots)
  bool on_visible_path;
};

// Contract:
// - every node appears once, except later duplicates of an id (dropped, warned);
// - order is depth-first pre-order: roots in mapping order, each followed by
//   its subtree, so a parent always precedes its children;
// - parent links are authoritative. A node's children are the ones it lists
//   that name it as parent (listed order), then other nodes naming it as parent
//   (mapping order). A node whose parent is null or missing is adopted by the
//   first node listing it as a child; otherwise it is a root. A node whose id
//   is empty has no children (an empty parent means null, so nothing can name
//   it; its children entries are ignored);
// - a cycle is broken by making its first node in mapping order a root;
// - the visible path is current_node up to its root. When current_node is
//   empty or unknown: from the first root whose parent was null (else the
//   first root), follow the last child down to a leaf;
// - every repair adds one aggregated warning (count and an example id).
struct TreeLayout {
  std::vector<TreeNode> order;
  std::vector<std::string> warnings;
  std::vector<Repair> repairs;  // one per warning, by kind
};

// Reusable: keeps its scratch buffers between calls to avoid reallocation.
class TreeBuilder {
 public:
  void Build(const TreeInput& in, TreeLayout* out);

 private:
  std::unordered_map<std::string_view, uint32_t> index_;
  std::vector<int32_t> parent_;
  std::vector<uint8_t> flags_;
  std::vector<int32_t> child_index_;  // resolved child_ids
  std::vector<uint32_t> kids_begin_, kids_fill_, kids_;
  std::vector<uint32_t> path_;
  std::vector<int32_t> position_;  // node -> index in out->order
  std::vector<TreeNode> stack_;
};

}  // namespace chatbeto::chatgpt
