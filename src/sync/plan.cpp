#include "sync/plan.h"

#include "sync/items.h"

namespace chatbeto::sync {

const char* ActionName(Action a) {
  switch (a) {
    case Action::kCreate: return "create";
    case Action::kAppend: return "append";
    case Action::kUnchanged: return "unchanged";
    case Action::kDiverged: return "diverged";
  }
  return "?";
}

std::vector<std::pair<size_t, size_t>> Batches(size_t from, size_t to, size_t per) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t b = from; b < to; b += per) out.emplace_back(b, std::min(to, b + per));
  return out;
}

ConversationPlan PlanConversation(const std::vector<openai::MessageItem>& items,
                                  const SyncState& st) {
  ConversationPlan p;
  p.to = items.size();
  if (!st.exists || st.remote_id.empty()) {
    p.action = Action::kCreate;
    p.maybe_orphan = st.exists && st.state == "creating";
    p.from = 0;
    p.batches = Batches(0, items.size());
    p.requests = 1 + int(p.batches.size());
    return p;
  }
  size_t synced = size_t(st.items_synced);
  if (synced > items.size() || PrefixHash(items, synced) != st.prefix_hash) {
    p.action = Action::kDiverged;
    p.from = p.to = synced;
    return p;
  }
  p.resume = st.state != "synced";  // stopped mid-way, failed or diverged before
  p.from = synced;
  p.batches = Batches(synced, items.size());
  p.requests = int(p.batches.size());
  p.action = p.batches.empty() ? Action::kUnchanged : Action::kAppend;
  return p;
}

bool Comparable(const openai::RemoteItem& it) {
  return it.type == "message" && (it.role == "user" || it.role == "assistant");
}

MatchResult MatchRemote(const std::vector<openai::RemoteItem>& remote,
                        const std::vector<openai::MessageItem>& pending) {
  MatchResult m;
  for (const auto& it : remote) {
    m.last_id = it.id;
    if (!Comparable(it)) {
      if (m.extra.empty() && !m.mismatch) m.last_matched_id = it.id;
      continue;
    }
    if (m.mismatch) continue;
    if (m.matched < pending.size() && m.extra.empty()) {
      const auto& want = pending[m.matched];
      if (want.role == it.role && want.text == it.text) {
        ++m.matched;
        m.last_matched_id = it.id;
        continue;
      }
      m.mismatch = true;
      m.detail = "remote item " + it.id + " (" + it.role + ") differs from local item " +
                 std::to_string(m.matched) + " after the synced position";
      continue;
    }
    m.extra.push_back(it);
  }
  return m;
}

RewritePlan PlanRewrite(const std::vector<openai::RemoteItem>& all_remote,
                        const std::vector<openai::MessageItem>& local) {
  RewritePlan p;
  size_t i = 0;
  for (; i < all_remote.size(); ++i) {
    const auto& it = all_remote[i];
    if (!Comparable(it)) continue;
    if (p.common < local.size() && local[p.common].role == it.role && local[p.common].text == it.text) {
      ++p.common;
      p.last_kept_id = it.id;
      continue;
    }
    break;
  }
  // Non-comparable items between the last kept message and the first
  // difference stay (they belong to the kept turn, e.g. reasoning).
  for (size_t j = i; j < all_remote.size(); ++j) p.delete_ids.push_back(all_remote[j].id);
  return p;
}

}  // namespace chatbeto::sync
