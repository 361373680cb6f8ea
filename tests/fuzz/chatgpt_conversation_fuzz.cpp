// ParseConversation on arbitrary bytes. Rejection (chatbeto::Error) is fine;
// any other exception, a crash, or a broken output invariant is a bug. The
// sliced path for large records (parse_large.cpp) runs on the same bytes with
// its thresholds lowered to 0 and must give the same conversation (or reject
// it too).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>

#include "chatgpt/guess_id.h"
#include "chatgpt/parse.h"
#include "chatgpt/rest_json.h"
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

// The sliced path against the DOM path's result (nullptr: it rejected).
void CompareSliced(std::string_view bytes, const chatbeto::chatgpt::Conversation* dom) {
  using namespace chatbeto::chatgpt;
  static ConversationParser sliced(0);
  std::string owned(bytes);
  Conversation s;
  try {
    s = sliced.ParseOwned(owned);
  } catch (const chatbeto::Error& e) {
    Check(e.kind() == chatbeto::ErrorKind::kInvalidInput, "sliced: rejection kind");
    Check(dom == nullptr, "sliced path rejects what the DOM path takes");
    Check(owned == bytes, "sliced path keeps the bytes after a rejection");
    return;
  }
  Check(dom != nullptr, "sliced path takes what the DOM path rejects");
  Check(s.content_hash == dom->content_hash, "sliced: content hash");
  Check(s.id == dom->id && s.title == dom->title && s.extra_json == dom->extra_json,
        "sliced: top-level fields");
  Check(s.repair_originals == dom->repair_originals, "sliced: repair originals");
  Check(s.messages.size() == dom->messages.size(), "sliced: nodes");
  for (size_t i = 0; i < s.messages.size(); ++i) {
    const Message& a = s.messages[i];
    const Message& b = dom->messages[i];
    Check(a.node_id == b.node_id && a.parent_id == b.parent_id && a.text == b.text &&
              a.role == b.role && a.hidden == b.hidden && a.content_type == b.content_type,
          "sliced: message");
    CheckUtf8(a.raw_json, "sliced: raw_json utf8");
  }
}

int CheckDom(std::string_view bytes) {
  using namespace chatbeto::chatgpt;
  (void)GuessConversationId(bytes);
  Conversation c;
  try {
    c = ParseConversation(bytes);
  } catch (const chatbeto::Error& e) {
    Check(e.kind() == chatbeto::ErrorKind::kInvalidInput, "rejection kind");
    CompareSliced(bytes, nullptr);
    return 0;
  }
  CompareSliced(bytes, &c);
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
    // Stored as rest JSON, the raw JSON must come back byte for byte.
    if (auto rest = RestJson(m.raw_json, m.text, 1)) {
      Check(RestoreRestJson(*rest, m.text) == m.raw_json, "rest JSON rebuilds the raw JSON");
      CheckUtf8(*rest, "rest JSON utf8");
    }
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return CheckDom(std::string_view(reinterpret_cast<const char*>(data), size));
}
