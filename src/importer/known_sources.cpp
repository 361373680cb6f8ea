#include "importer/known_sources.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "importer/conversation_store.h"

namespace chatbeto::importer {

uint64_t SourcePrefix(std::string_view hex) {
  uint64_t v = 0;
  for (char ch : hex.substr(0, 16)) {
    int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : 0;
    v = v << 4 | static_cast<uint64_t>(d);
  }
  return v;
}

chatgpt::KnownSource KnownSourceFilter(std::vector<uint64_t> prefixes) {
  if (prefixes.empty()) return nullptr;
  std::sort(prefixes.begin(), prefixes.end());
  auto sorted = std::make_shared<const std::vector<uint64_t>>(std::move(prefixes));
  return [sorted](std::string_view hex) {
    return std::binary_search(sorted->begin(), sorted->end(), SourcePrefix(hex));
  };
}

std::vector<std::optional<StoredVersion>> ResolveUnparsed(
    const std::vector<chatgpt::Conversation*>& batch, ConversationStore& store,
    const std::function<bool(size_t)>& parse_now, std::vector<bool>* dropped) {
  std::vector<std::optional<StoredVersion>> known(batch.size());
  dropped->assign(batch.size(), false);
  std::vector<std::string> hashes;
  for (const auto* c : batch)
    if (c->unparsed) hashes.push_back(c->source_sha256);
  if (hashes.empty()) return known;
  auto found = store.LookUpSources(hashes);
  // Not confirmed: parsed now, so that every id of the batch is known below.
  for (size_t i = 0; i < batch.size(); ++i) {
    if (!batch[i]->unparsed) continue;
    auto f = found.find(batch[i]->source_sha256);
    if (f == found.end()) {
      (*dropped)[i] = !parse_now(i);
      continue;
    }
    batch[i]->id = f->second.id;
    known[i] = f->second.version;
  }
  // Another copy of the same id in the batch: which one wins is decided from
  // the parsed versions (chatgpt_import.cpp), as without the shortcut.
  std::unordered_map<std::string, int> copies;
  for (size_t i = 0; i < batch.size(); ++i)
    if (!(*dropped)[i]) copies[batch[i]->id]++;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (!known[i] || copies[batch[i]->id] == 1) continue;
    known[i].reset();
    (*dropped)[i] = !parse_now(i);
  }
  return known;
}

}  // namespace chatbeto::importer
