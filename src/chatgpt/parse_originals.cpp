// Conversation::repair_originals: what the parser's lossy repairs replaced
// (invalid UTF-8 bytes, lone surrogate escapes, the exported parent of a
// node the tree moved), as one JSON object, so that nothing is lost.
#include "chatgpt/parse_impl.h"

namespace chatbeto::chatgpt {

void ConversationParser::Impl::WriteOriginals(Conversation* c) {
  std::string& o = c->repair_originals;
  o.clear();
  auto list = [&](const char* name, auto&& items, auto&& write) {
    if (items.empty()) return;
    o += o.empty() ? "{" : ",";
    AppendJsonString(name, &o);
    o += ":[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) o += ',';
      write(items[i]);
    }
    o += ']';
  };
  std::vector<const ReplacedBytes*> bad_utf8, escapes;
  for (const ReplacedBytes& r : replaced) (r.escape ? escapes : bad_utf8).push_back(&r);
  list("invalid_utf8", bad_utf8, [&](const ReplacedBytes* r) {
    static const char kHex[] = "0123456789abcdef";
    o += "{\"offset\":" + std::to_string(r->offset) + ",\"bytes_hex\":\"";
    for (unsigned char b : r->original) {
      o += kHex[b >> 4];
      o += kHex[b & 15];
    }
    o += "\"}";
  });
  list("surrogate_escapes", escapes, [&](const ReplacedBytes* r) {
    o += "{\"offset\":" + std::to_string(r->offset) + ",\"escape\":";
    AppendJsonString(r->original, &o);
    o += '}';
  });
  list("parents", moved, [&](const std::pair<std::string_view, std::string_view>& m) {
    o += "{\"node\":";
    AppendJsonString(m.first, &o);
    o += ",\"exported_parent\":";
    if (m.second.empty()) o += "null";
    else AppendJsonString(m.second, &o);
    o += '}';
  });
  if (!o.empty()) o += '}';
  replaced.clear();
  moved.clear();
}

}  // namespace chatbeto::chatgpt
