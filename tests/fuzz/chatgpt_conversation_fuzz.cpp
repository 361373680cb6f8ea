// ParseConversation on arbitrary bytes. Rejection (chatbeto::Error) is fine;
// any other exception, a crash, or a broken output invariant is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>

#include "chatgpt/parse.h"
#include "chatgpt/text_clean.h"
#include "util/error.h"

namespace {

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "chatgpt_conversation_fuzz: invariant broken: %s\n", what);
  std::abort();
}

void CheckUtf8(std::string_view s, const char* what) {
  Check(chatbeto::chatgpt::IsValidUtf8(s), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chatbeto::chatgpt;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)GuessConversationId(bytes);
  Conversation c;
  try {
    c = ParseConversation(bytes);
  } catch (const chatbeto::Error& e) {
    Check(e.kind() == chatbeto::ErrorKind::kInvalidInput, "rejection kind");
    return 0;
  }
  Check(!c.id.empty(), "empty id accepted");
  Check(c.content_hash.size() == 64, "content hash");
  Check(c.extra_json.size() >= 2 && c.extra_json.front() == '{' && c.extra_json.back() == '}',
        "extra_json is an object");
  CheckUtf8(c.id, "id utf8");
  CheckUtf8(c.title, "title utf8");
  CheckUtf8(c.extra_json, "extra_json utf8");
  // Parents come first; depth follows the parent; one visible chain.
  std::unordered_map<std::string, int> depth;
  for (const Message& m : c.messages) {
    Check(depth.count(m.node_id) == 0, "node listed twice");
    if (m.parent_id.empty()) {
      Check(m.depth == 0, "root depth");
    } else {
      auto it = depth.find(m.parent_id);
      Check(it != depth.end(), "parent after child or missing");
      Check(m.depth == it->second + 1, "depth");
    }
    depth.emplace(m.node_id, m.depth);
    Check(m.sibling_index >= 0, "sibling index");
    Check(!m.raw_json.empty(), "raw_json");
    Check(m.has_message || m.hidden, "no message but visible");
    CheckUtf8(m.text, "text utf8");
    CheckUtf8(m.raw_json, "raw_json utf8");
    CheckUtf8(m.node_id, "node id utf8");
    for (const Attachment& a : m.attachments) CheckUtf8(a.pointer, "pointer utf8");
  }
  // Every repair is counted with a kind and says what it did; one warning each.
  for (const Repair& r : c.repairs) {
    Check(!r.kind.empty() && r.count > 0 && !r.detail.empty(), "repair counted with a reason");
    CheckUtf8(r.detail, "repair detail utf8");
  }
  Check(c.repairs.size() <= c.warnings.size(), "a repair without its warning");
  if (!c.mapping_state.empty()) Check(c.messages.empty(), "nodes from a missing or empty mapping");
  // The content hash does not depend on spelling: the minified record hashes the same.
  if (c.repairs.empty() || c.repairs.front().kind != "invalid_utf8") {
    Conversation again = ParseConversation(std::string(" ") + std::string(bytes) + "\n");
    Check(again.content_hash == c.content_hash, "content hash depends on whitespace");
  }
  return 0;
}
