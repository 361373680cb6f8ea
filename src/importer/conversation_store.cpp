#include "importer/conversation_store.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <future>
#include <optional>
#include <unordered_set>

#include "db/connection.h"
#include "importer/conversation_rows.h"
#include "importer/known_sources.h"
#include "search/index.h"
#include "search/prepare_ahead.h"
#include "sync/sync_store.h"
#include "util/time_format.h"

namespace chatbeto::importer {
namespace {

// A batch's first chunk of message rows: the server waits while it is built
// (raw JSON compressed); the later ones are built while the one before loads.
constexpr size_t kFirstChunkBytes = size_t{1} << 20;

// "('a','b')" for WHERE ... IN: `id(item)` of each of the (non-empty) `items`.
template <typename Items, typename Id>
std::string InList(const Items& items, Id id) {
  std::string in;
  for (const auto& item : items) {
    in += in.empty() ? "(" : ",";
    db::AppendQuoted(in, id(item));
  }
  return in + ")";
}
const std::string& Self(const std::string& s) { return s; }

// The stored version of conversations: id, then what ReadVersion reads.
constexpr const char* kSelectVersions =
    "SELECT id, TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', COALESCE(update_time, "
    "create_time)), message_count, content_hash, source_sha256 FROM conversations WHERE ";

// A StoredVersion from columns 2-5 of a kSelectVersions row.
StoredVersion ReadVersion(sql::ResultSet& rs) {
  StoredVersion v;
  if (!rs.isNull(2)) v.update_us = rs.getInt64(2);
  v.message_count = rs.getInt(3);
  v.content_hash = rs.getString(4);
  if (!rs.isNull(5)) v.source_sha256 = rs.getString(5);
  return v;
}

// The messages of new conversations as the index reads them back from
// `messages` (search::Index::Update's SELECT): those with a text that is not
// '' under the column's PAD SPACE collation, visible = on the path and not
// hidden, create_time as the DATETIME(6) the row holds.
search::DocSource MemoryDocs(const std::vector<const chatgpt::Conversation*>& convs) {
  struct State {
    size_t conv = 0, msg = 0;
    std::string time;
  };
  auto st = std::make_shared<State>();
  return [&convs, st](search::DocRow& row) {
    for (; st->conv < convs.size(); ++st->conv, st->msg = 0) {
      const auto& c = *convs[st->conv];
      while (st->msg < c.messages.size()) {
        const auto& m = c.messages[st->msg++];
        if (m.text.find_first_not_of(' ') == std::string::npos) continue;
        std::optional<std::string> t = m.create_time ? FormatSqlDatetime(*m.create_time) : std::nullopt;
        st->time = t ? std::move(*t) : std::string();
        row = {c.id, m.node_id, m.on_visible_path && !m.hidden, m.role, st->time, m.text};
        return true;
      }
    }
    return false;
  };
}
std::vector<std::string> Ids(const std::vector<const chatgpt::Conversation*>& convs) {
  std::vector<std::string> ids;
  for (const auto* c : convs) ids.push_back(c->id);
  return ids;
}

}  // namespace

std::unordered_map<std::string, StoredVersion> ConversationStore::LookUp(
    const std::vector<std::string>& ids) {
  std::unordered_map<std::string, StoredVersion> out;
  if (ids.empty()) return out;
  auto rs = conn_.Query(kSelectVersions + ("id IN " + InList(ids, Self)));
  while (rs->next()) out.emplace(rs->getString(1), ReadVersion(*rs));
  return out;
}

std::vector<uint64_t> ConversationStore::SourcePrefixes() {
  std::vector<uint64_t> out;
  auto rs = conn_.Query(
      "SELECT LEFT(source_sha256, 16) FROM conversations WHERE source_sha256 IS NOT NULL");
  while (rs->next()) out.push_back(SourcePrefix(std::string(rs->getString(1))));
  return out;
}

std::unordered_map<std::string, ConversationStore::SourceMatch> ConversationStore::LookUpSources(
    const std::vector<std::string>& hashes) {
  std::unordered_map<std::string, SourceMatch> out;
  if (hashes.empty()) return out;
  auto rs = conn_.Query(kSelectVersions + ("source_sha256 IN " + InList(hashes, Self)));
  while (rs->next()) {
    SourceMatch m{rs->getString(1), ReadVersion(*rs)};
    std::string key = m.version.source_sha256;
    out.emplace(std::move(key), std::move(m));
  }
  return out;
}

void ConversationStore::SetSources(const std::vector<std::pair<std::string, std::string>>& id_hash) {
  if (id_hash.empty()) return;
  std::string sql = "UPDATE conversations SET source_sha256 = CASE id";
  for (const auto& [id, hash] : id_hash) {
    sql += " WHEN ";
    db::AppendQuoted(sql, id);
    sql += " THEN ";
    db::AppendQuoted(sql, hash);
  }
  sql += " END WHERE id IN " +
         InList(id_hash, [](const auto& p) -> const std::string& { return p.first; });
  conn_.Execute(sql);
}

// A new conversation of an already mapped gizmo joins its project at once,
// and one moved to another mapped gizmo follows it, without re-running
// `map apply`. Without a mapping the stored project_id is kept (it may have
// been set by hand; only `map apply --prune` clears project ids).
void ConversationStore::AssignProjects(const std::vector<const chatgpt::Conversation*>& convs) {
  conn_.Execute(
      "UPDATE conversations c JOIN project_gizmos pg ON pg.gizmo_id = c.gizmo_id "
      "SET c.project_id = pg.project_id WHERE c.id IN " +
      InList(convs, [](const chatgpt::Conversation* c) -> const std::string& { return c->id; }) +
      " AND NOT (c.project_id <=> pg.project_id)");
}

// Messages that came from the API (ask, sync --pull) were never in any
// export: they stay as they are, neither absent nor rewritten.
// Nodes of the stored versions that the incoming versions no longer have
// stay (an import never deletes a message): they are marked with this import
// and taken off the visible path. Every other stored node is deleted and
// written again from the incoming version (with its attachments).
size_t ConversationStore::KeepAbsentNodes(const std::vector<const chatgpt::Conversation*>& convs,
                                        const std::vector<std::string>& replace,
                                        int64_t import_id) {
  const std::string in = InList(replace, Self);
  std::unordered_map<std::string_view, const chatgpt::Conversation*> by_id;
  for (const auto* c : convs) by_id.emplace(c->id, c);
  std::unordered_map<std::string, std::unordered_set<std::string_view>> incoming;
  for (const auto& id : replace) {
    auto& nodes = incoming[id];
    if (auto it = by_id.find(id); it != by_id.end())
      for (const auto& m : it->second->messages) nodes.insert(m.node_id);
  }
  // conversation id -> node ids newly absent / absent before but back now
  std::unordered_map<std::string, std::vector<std::string>> gone, back;
  auto rs = conn_.Query(
      "SELECT conversation_id, node_id, absent_since_import_id IS NOT NULL FROM messages "
      "WHERE conversation_id IN " + in + " AND NOT " + sync::kApiRowSql);
  while (rs->next()) {
    std::string conv = rs->getString(1), node = rs->getString(2);
    const bool absent = rs->getBoolean(3);
    const bool present = incoming[conv].count(node) > 0;
    if (!absent && !present) gone[conv].push_back(std::move(node));
    else if (absent && present) back[conv].push_back(std::move(node));
  }
  rs.reset();
  for (const auto& [conv, nodes] : gone)
    for (size_t i = 0; i < nodes.size(); i += 1000) {
      std::vector<std::string> part(nodes.begin() + i, nodes.begin() + std::min(nodes.size(), i + 1000));
      conn_.Execute("UPDATE messages SET absent_since_import_id = " + std::to_string(import_id) +
                    ", on_visible_path = 0 WHERE conversation_id = " + db::Quote(conv) +
                    " AND node_id IN " + InList(part, Self));
    }
  conn_.Execute("DELETE FROM messages WHERE conversation_id IN " + in +
                " AND absent_since_import_id IS NULL AND NOT " + sync::kApiRowSql);
  for (const auto& [conv, nodes] : back)
    for (size_t i = 0; i < nodes.size(); i += 1000) {
      std::vector<std::string> part(nodes.begin() + i, nodes.begin() + std::min(nodes.size(), i + 1000));
      conn_.Execute("DELETE FROM messages WHERE conversation_id = " + db::Quote(conv) +
                    " AND node_id IN " + InList(part, Self));
    }
  // Attachments of the kept nodes stay; the others are written again.
  conn_.Execute(
      "DELETE a FROM attachments a LEFT JOIN messages m ON m.conversation_id = a.conversation_id "
      "AND m.node_id = a.node_id WHERE a.conversation_id IN " + in + " AND m.node_id IS NULL");
  size_t marked = 0;
  for (const auto& [conv, nodes] : gone) marked += nodes.size();
  return marked;
}

// After the rewrite: a chain of API messages stays on the visible path while
// the exported node it attaches to is on the new version's visible path, and
// leaves it otherwise (a branch, not absent). When it attaches to the new
// version's current node, its last message stays the current node.
// message_count counts them too.
void ConversationStore::KeepApiMessages(const std::vector<const chatgpt::Conversation*>& convs,
                                        const std::vector<std::string>& replace) {
  const std::string in = InList(replace, Self);
  struct Row {
    std::string conv, node, parent;
    int64_t depth;
  };
  std::vector<Row> api;
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> parent_of;
  auto rs = conn_.Query("SELECT conversation_id, node_id, COALESCE(parent_id, ''), depth FROM "
                        "messages WHERE conversation_id IN " + in + " AND " + sync::kApiRowSql +
                        " ORDER BY conversation_id, depth, node_id");
  while (rs->next()) {
    api.push_back({rs->getString(1), rs->getString(2), rs->getString(3), rs->getInt64(4)});
    parent_of[api.back().conv][api.back().node] = api.back().parent;
  }
  rs.reset();
  if (api.empty()) return;
  std::unordered_map<std::string_view, const chatgpt::Conversation*> by_id;
  for (const auto* c : convs) by_id.emplace(c->id, c);
  std::vector<std::string> on, off, rewritten;  // rewritten: ids whose message_count was reset
  for (const auto& r : api)
    if (by_id.count(r.conv) && (rewritten.empty() || rewritten.back() != r.conv))
      rewritten.push_back(r.conv);
  std::unordered_map<std::string, std::pair<int64_t, std::string>> current;  // deepest at current_node
  for (const auto& r : api) {
    auto& parents = parent_of[r.conv];
    std::string at = r.parent;
    for (size_t hops = 0; parents.count(at) && hops <= parents.size(); ++hops) at = parents[at];
    bool visible = false;
    auto c = by_id.find(r.conv);
    if (c != by_id.end())
      for (const auto& m : c->second->messages)
        if (m.node_id == at) visible = m.on_visible_path;
    (visible ? on : off).push_back(r.conv + '\n' + r.node);
    if (visible && c != by_id.end() && at == c->second->current_node) {
      auto& cur = current[r.conv];
      if (cur.second.empty() || r.depth >= cur.first) cur = {r.depth, r.node};
    }
  }
  auto set_visible = [&](const std::vector<std::string>& keys, int flag) {
    for (size_t i = 0; i < keys.size(); i += 1000) {
      std::vector<std::string> part(keys.begin() + i, keys.begin() + std::min(keys.size(), i + 1000));
      conn_.Execute("UPDATE messages SET on_visible_path = " + std::to_string(flag) +
                    " WHERE conversation_id IN " + in +
                    " AND CONCAT(conversation_id, '\\n', node_id) IN " + InList(part, Self) +
                    " AND " + sync::kApiRowSql);
    }
  };
  set_visible(on, 1);
  set_visible(off, 0);
  if (rewritten.empty()) return;
  for (const auto& [conv, cur] : current)
    conn_.Execute("UPDATE conversations SET current_node = " + db::Quote(cur.second) +
                  " WHERE id = " + db::Quote(conv));
  conn_.Execute("UPDATE conversations c SET message_count = message_count + (SELECT COUNT(*) "
                "FROM messages m WHERE m.conversation_id = c.id AND m.role IS NOT NULL AND " +
                std::string(sync::kApiRowSql) +  // unqualified: columns of m
                ") WHERE c.id IN " + InList(rewritten, Self));
}

ConversationStore::ConversationStore(db::Connection& conn, size_t index_part_text_bytes)
    : conn_(conn), bulk_(conn), messages_(conn, "messages", kMessageColumns),
      attachments_(conn, "attachments", kAttachmentColumns),
      index_part_text_bytes_(index_part_text_bytes) {}

WriteResult ConversationStore::Write(const std::vector<const chatgpt::Conversation*>& convs,
                                const std::vector<std::string>& replace, int64_t import_id,
                                bool bulk) {
  WriteResult result;
  if (convs.empty()) return result;
  if (!replace.empty()) result.nodes_kept_absent = KeepAbsentNodes(convs, replace, import_id);
  // New conversations only: their stored messages are exactly these, so the
  // search rows are prepared from memory on another thread while the rows
  // below load (instead of read back and prepared after).
  // A part at a time: a giant conversation's are never all held at once.
  search::Index index(conn_);
  std::optional<search::PrepareAhead> prepared;
  std::shared_ptr<DeferredIndex> deferred;  // handed to defer_to_
  if (replace.empty() && index.Built()) {
    size_t text = 0;
    for (const auto* c : convs)
      for (const auto& m : c->messages) text += m.text.size();
    if (defer_to_ && bulk && text < index_part_text_bytes_) {
      // One part: prepared while this batch loads; IndexPipeline waits for
      // it, writes it, and commits it once the batch has.
      auto d = std::make_shared<DeferredIndex>();
      d->ids = Ids(convs);
      d->fold = std::make_shared<const search::FoldTable>(index.fold());
      d->convs = convs;
      d->prepare = std::make_unique<search::PrepareAhead>(*d->fold, MemoryDocs(d->convs),
                                                          index_part_text_bytes_);
      defer_to_(d);
      deferred = std::move(d);
    } else {
      prepared.emplace(index.fold(), MemoryDocs(convs), index_part_text_bytes_);
    }
  }
  db::BulkLoader* loader = bulk && bulk_.available() ? &bulk_ : nullptr;
  // INSERTs stay under a quarter of the server's max_allowed_packet.
  const size_t insert_bytes = messages_.ValueLimit() / 2;
  TableWriter conversations(conn_, nullptr, "conversations", kConversationColumns,
                            kConversationUpsert, insert_bytes);
  size_t& written = result.messages;
  // Rows go in primary-key order: InnoDB appends to its B-trees instead of
  // splitting pages at random places.
  std::vector<const chatgpt::Conversation*> sorted(convs);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->id < b->id; });
  std::vector<std::vector<const chatgpt::Message*>> orders(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    ConversationRow(conversations.rows(), *sorted[i], import_id);
    conversations.MaybeFlush();
    for (const auto& m : sorted[i]->messages) orders[i].push_back(&m);
    std::sort(orders[i].begin(), orders[i].end(),
              [](auto* a, auto* b) { return a->node_id < b->node_id; });
  }
  conversations.Flush();
  if (bulk) {
    // The next chunk's rows are built on another thread while this one goes
    // in; the first chunk is small: the server waits for it. A message whose
    // values a prepared statement cannot send goes alone.
    const size_t big_above = messages_.ValueLimit();
    auto build = [&](size_t conv, size_t msg, size_t limit = kChunkBytes) {
      return std::async(std::launch::async, [&sorted, &orders, conv, msg, limit, big_above] {
        return BuildChunk(sorted, orders, conv, msg, limit, big_above);
      });
    };
    std::future<Chunk> next = build(0, 0, kFirstChunkBytes);
    for (bool more = true; more;) {
      Chunk chunk = next.get();
      if (chunk.big) {
        next = build(chunk.conv, chunk.msg + 1);
        const auto& m = *orders[chunk.conv][chunk.msg];
        const std::string& id = sorted[chunk.conv]->id;
        // Streamed to LOAD DATA as it is built when the server allows it
        // (never held whole), else one INSERT.
        TableWriter big(conn_, loader, "messages", kMessageColumns, "", insert_bytes);
        MessageRow(big.rows(), id, m);
        big.Flush();
        chunk.written = m.has_message;
        int seq = 0;
        for (const auto& a : m.attachments) AttachmentRow(chunk.attachments, id, m.node_id, seq++, a);
      } else {
        more = chunk.conv < sorted.size();
        if (more) next = build(chunk.conv, chunk.msg);
      }
      messages_.Insert(chunk.messages);
      attachments_.Insert(chunk.attachments);
      written += chunk.written;
    }
  } else {
    TableWriter messages(conn_, nullptr, "messages", kMessageColumns, "", insert_bytes);
    TableWriter attachments(conn_, nullptr, "attachments", kAttachmentColumns, "", insert_bytes);
    for (size_t i = 0; i < sorted.size(); ++i)
      for (const auto* mp : orders[i]) {
        const auto& m = *mp;
        MessageRow(messages.rows(), sorted[i]->id, m);
        messages.MaybeFlush();
        written += m.has_message;
        int seq = 0;
        for (const auto& a : m.attachments) {
          AttachmentRow(attachments.rows(), sorted[i]->id, m.node_id, seq++, a);
          attachments.MaybeFlush();
        }
      }
    messages.Flush();
    attachments.Flush();
  }
  if (!replace.empty()) KeepApiMessages(convs, replace);
  AssignProjects(convs);
  if (deferred) {
    search::ListPending(conn_, deferred->ids);
    return result;
  }
  // Same transaction: searchable once committed.
  if (prepared) {
    search::IndexWriter writer(conn_, Ids(convs));
    writer.Add(prepared->Next());
    while (writer.active() && !prepared->done()) writer.Add(prepared->Next());
    writer.Finish();
  } else {
    index.Update(Ids(convs), /*force=*/false, index_part_text_bytes_);
  }
  return result;
}

}  // namespace chatbeto::importer
