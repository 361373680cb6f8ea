#include "sync/sync_store.h"

#include <map>

#include "db/connection.h"
#include "db/retry.h"
#include "util/error.h"
#include "util/sha256.h"

namespace chatbeto::sync {
namespace {

using db::Quote;

std::string Col(sql::ResultSet& rs, int col) {
  return rs.isNull(col) ? std::string() : std::string(rs.getString(col));
}

// Every write runs through db::RetryOnLockConflict: a deadlock or lock wait
// timeout re-runs only that statement or transaction (never the OpenAI call
// before it), and a conflict that persists while another chatbeto job holds
// its lock throws Error(kLocked) (exit 5).
template <typename Body>
void Retrying(db::Connection& conn, const std::string& conversation_id, Body&& body) {
  db::RetryOnLockConflict(conn, "conversation " + conversation_id, body);
}

}  // namespace

std::vector<ConversationRef> SelectConversations(db::Connection& conn, const Selection& sel) {
  std::string where = " WHERE 1=1";
  if (!sel.project.empty()) {
    auto pid = conn.QueryInt("SELECT id FROM projects WHERE name = " + Quote(sel.project));
    if (!pid)
      throw Error(ErrorKind::kUsage, "--project \"" + sel.project +
                                         "\": no such project (see 'chatbeto projects')");
    where += " AND c.project_id = " + std::to_string(*pid);
  }
  if (!sel.conversation.empty()) {
    if (!conn.QueryInt("SELECT COUNT(*) FROM conversations WHERE id = " + Quote(sel.conversation))
             .value_or(0))
      throw Error(ErrorKind::kUsage, "conversation \"" + sel.conversation +
                                         "\": no such conversation id (see 'chatbeto search')");
    where += " AND c.id = " + Quote(sel.conversation);
  }
  if (!sel.since.empty())
    where += " AND COALESCE(c.update_time, c.create_time) >= " + Quote(sel.since);
  // Never-synced conversations first, so that repeated runs with --limit work
  // through a backlog instead of picking the same (unchanged) ones again.
  std::string sql =
      "SELECT c.id, c.title, p.name FROM conversations c LEFT JOIN projects p ON p.id = c.project_id "
      "LEFT JOIN sync_state s ON s.conversation_id = c.id" +
      where + " ORDER BY s.remote_id IS NOT NULL, c.create_time, c.id";
  if (sel.limit > 0) sql += " LIMIT " + std::to_string(sel.limit);
  std::vector<ConversationRef> out;
  auto rs = conn.Query(sql);
  while (rs->next()) out.push_back({Col(*rs, 1), Col(*rs, 2), Col(*rs, 3)});
  return out;
}

ConversationRef LoadConversation(db::Connection& conn, const std::string& id) {
  Selection sel;
  sel.conversation = id;
  auto v = SelectConversations(conn, sel);
  return v.at(0);
}

namespace {

struct PathRow {
  std::string node_id, parent_id, role, text;
  bool hidden = false, api = false;
};

// The visible path in order: exported nodes by depth, each followed by the
// chain of API messages (ask, --pull) attached to it. An import may add
// exported messages after a node that already has API messages attached
// (both at the same depth): the API messages came first, on the remote too.
std::vector<PathRow> VisiblePath(db::Connection& conn, const std::string& conversation_id) {
  std::vector<PathRow> rows;
  auto rs = conn.Query("SELECT node_id, parent_id, role, text, hidden, " + std::string(kApiRowSql) +
                       " FROM messages WHERE conversation_id = " + Quote(conversation_id) +
                       " AND on_visible_path = 1 ORDER BY depth, node_id");
  while (rs->next())
    rows.push_back({Col(*rs, 1), Col(*rs, 2), Col(*rs, 3), Col(*rs, 4), rs->getBoolean(5),
                    rs->getBoolean(6)});
  std::map<std::string, std::string> api_parent;  // API node -> its parent
  std::map<std::string, std::vector<size_t>> attached;  // exported node -> API rows, in order
  std::map<std::string, bool> exported;
  for (const auto& r : rows)
    if (r.api) api_parent[r.node_id] = r.parent_id;
    else exported[r.node_id] = true;
  std::vector<size_t> loose;  // API rows whose chain attaches to no visible exported node
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!rows[i].api) continue;
    std::string at = rows[i].parent_id;
    for (size_t hops = 0; api_parent.count(at) && hops <= rows.size(); ++hops) at = api_parent[at];
    if (exported.count(at)) attached[at].push_back(i);
    else loose.push_back(i);
  }
  std::vector<PathRow> out;
  out.reserve(rows.size());
  for (auto& r : rows) {
    if (r.api) continue;
    std::string id = r.node_id;
    out.push_back(std::move(r));
    if (auto it = attached.find(id); it != attached.end())
      for (size_t i : it->second) out.push_back(rows[i]);
  }
  for (size_t i : loose) out.push_back(rows[i]);
  return out;
}

}  // namespace

std::vector<LocalMessage> LoadPath(db::Connection& conn, const std::string& conversation_id) {
  std::map<std::string, std::vector<std::string>> names;
  auto ra = conn.Query("SELECT node_id, COALESCE(name, file_id, kind) FROM attachments WHERE "
                       "conversation_id = " + Quote(conversation_id) +
                       " AND kind = 'attachment' ORDER BY node_id, seq");
  while (ra->next()) names[Col(*ra, 1)].push_back(Col(*ra, 2));
  std::vector<LocalMessage> out;
  for (auto& r : VisiblePath(conn, conversation_id)) {
    if (r.role.empty()) continue;  // role IS NULL: the root and other non-messages
    LocalMessage m;
    m.node_id = std::move(r.node_id);
    m.role = std::move(r.role);
    m.text = std::move(r.text);
    m.hidden = r.hidden;
    if (auto it = names.find(m.node_id); it != names.end()) m.attachment_names = it->second;
    out.push_back(std::move(m));
  }
  return out;
}

SyncState LoadState(db::Connection& conn, const std::string& conversation_id) {
  SyncState s;
  auto rs = conn.Query("SELECT remote_id, items_synced, prefix_hash, last_item_id, state FROM "
                       "sync_state WHERE conversation_id = " + Quote(conversation_id));
  if (!rs->next()) return s;
  s.exists = true;
  s.remote_id = Col(*rs, 1);
  s.items_synced = rs->getInt64(2);
  s.prefix_hash = Col(*rs, 3);
  s.last_item_id = Col(*rs, 4);
  s.state = Col(*rs, 5);
  return s;
}

void MarkCreating(db::Connection& conn, const std::string& id, const std::string& empty_hash) {
  Retrying(conn, id, [&] {
    conn.Execute("INSERT INTO sync_state (conversation_id, items_synced, prefix_hash, state) "
                 "VALUES (" + Quote(id) + ", 0, " + Quote(empty_hash) +
                 ", 'creating') ON DUPLICATE KEY UPDATE state = IF(remote_id IS NULL, 'creating', "
                 "state)");
  });
}

void MarkAppending(db::Connection& conn, const std::string& id) {
  Retrying(conn, id, [&] {
    conn.Execute("UPDATE sync_state SET state = 'appending' WHERE conversation_id = " + Quote(id) +
                 " AND state = 'synced'");
  });
}

void SaveRemoteId(db::Connection& conn, const std::string& id, const std::string& remote_id,
                  const std::string& empty_hash) {
  Retrying(conn, id, [&] {
    db::Transaction tx(conn);
    conn.Execute("UPDATE sync_state SET remote_id = " + Quote(remote_id) +
                 ", items_synced = 0, prefix_hash = " + Quote(empty_hash) +
                 ", last_item_id = NULL, state = 'appending', created_at = UTC_TIMESTAMP(6), "
                 "last_synced_at = UTC_TIMESTAMP(6), last_error = NULL WHERE conversation_id = " +
                 Quote(id) + " AND remote_id IS NULL");
    conn.Execute("UPDATE conversations SET openai_conversation_id = " + Quote(remote_id) +
                 ", synced_at = UTC_TIMESTAMP(6), synced_hash = " + Quote(empty_hash) +
                 " WHERE id = " + Quote(id));
    tx.Commit();
  });
}

void SavePosition(db::Connection& conn, const std::string& id, int64_t items_synced,
                  const std::string& prefix_hash, const std::string& last_item_id,
                  const std::string& state) {
  Retrying(conn, id, [&] {
    db::Transaction tx(conn);
    conn.Execute("UPDATE sync_state SET items_synced = " + std::to_string(items_synced) +
                 ", prefix_hash = " + Quote(prefix_hash) + ", last_item_id = " +
                 (last_item_id.empty() ? std::string("NULL") : Quote(last_item_id)) +
                 ", state = " + Quote(state) +
                 ", last_synced_at = UTC_TIMESTAMP(6), last_error = NULL WHERE conversation_id = " +
                 Quote(id));
    conn.Execute("UPDATE conversations SET synced_at = UTC_TIMESTAMP(6), synced_hash = " +
                 Quote(prefix_hash) + " WHERE id = " + Quote(id));
    tx.Commit();
  });
}

void SaveStateError(db::Connection& conn, const std::string& id, const std::string& state,
                    const std::string& error) {
  Retrying(conn, id, [&] {
    conn.Execute("UPDATE sync_state SET state = " + Quote(state) + ", last_error = " +
                 Quote(error.substr(0, 2000)) + " WHERE conversation_id = " + Quote(id));
  });
}

void RecordUnknownRemote(db::Connection& conn, const std::string& id, const std::string& reason,
                         const std::string& request_id) {
  Retrying(conn, id, [&] {
    conn.Execute(
        "INSERT INTO sync_unknown_remotes (conversation_id, noticed_at, reason, request_id) "
        "VALUES (" + Quote(id) + ", UTC_TIMESTAMP(6), " + Quote(reason.substr(0, 2000)) + ", " +
        (request_id.empty() ? std::string("NULL") : Quote(request_id.substr(0, 100))) + ")");
  });
}

void Forget(db::Connection& conn, const std::string& id) {
  Retrying(conn, id, [&] {
    db::Transaction tx(conn);
    conn.Execute("DELETE FROM sync_state WHERE conversation_id = " + Quote(id));
    conn.Execute("UPDATE conversations SET openai_conversation_id = NULL, synced_at = NULL, "
                 "synced_hash = NULL WHERE id = " + Quote(id));
    tx.Commit();
  });
}

void AppendApiMessages(db::Connection& conn, const std::string& id,
                       const std::vector<ApiMessage>& messages) {
  if (messages.empty()) return;
  Retrying(conn, id, [&] {
    db::Transaction tx(conn);
    std::string parent;
    int64_t depth = 0;
    // After the last node of the visible path (in LoadPath's order).
    auto path = VisiblePath(conn, id);
    if (!path.empty()) {
      parent = path.back().node_id;
      depth = conn.QueryInt("SELECT depth FROM messages WHERE conversation_id = " + Quote(id) +
                            " AND node_id = " + Quote(parent)).value_or(-1) + 1;
    }
    for (const auto& m : messages) {
      conn.Execute(
          "INSERT INTO messages (conversation_id, node_id, parent_id, depth, sibling_index, "
          "on_visible_path, message_id, role, author_name, status, content_type, hidden, "
          "create_time, update_time, text, raw_json) VALUES (" +
          Quote(id) + ", " + Quote(m.node_id) + ", " + (parent.empty() ? "NULL" : Quote(parent)) +
          ", " + std::to_string(depth) + ", 0, 1, " + Quote(m.node_id) + ", " + Quote(m.role) +
          ", 'openai_api', 'finished_successfully', 'text', 0, UTC_TIMESTAMP(6), "
          "UTC_TIMESTAMP(6), " + Quote(m.text) + ", " + Quote(m.raw_json) + ")");
      parent = m.node_id;
      ++depth;
    }
    conn.Execute("UPDATE conversations SET current_node = " + Quote(parent) +
                 ", message_count = message_count + " + std::to_string(messages.size()) +
                 " WHERE id = " + Quote(id));
    tx.Commit();
  });
}

Claim::Claim(db::Connection& conn, const std::string& conversation_id)
    : conn_(conn),
      name_("chatbeto:sync:" +
            Sha256Hex(conn.config().database + "\n" + conversation_id).substr(0, 48)) {
  held_ = conn_.QueryInt("SELECT GET_LOCK(" + Quote(name_) + ", 0)").value_or(0) == 1;
}

Claim::~Claim() {
  if (!held_) return;
  try {
    conn_.Execute("DO RELEASE_LOCK(" + Quote(name_) + ")");
  } catch (...) {
    // Connection lost: the server released the lock with the session.
  }
}

std::vector<ThreadRow> ListThreads(db::Connection& conn, const std::string& project,
                                   const std::string& conversation_id) {
  std::string sql =
      "SELECT s.conversation_id, c.title, p.name, s.remote_id, s.state, "
      "DATE_FORMAT(s.created_at, '%Y-%m-%d %H:%i:%s'), "
      "DATE_FORMAT(s.last_synced_at, '%Y-%m-%d %H:%i:%s'), s.last_error, s.items_synced, "
      "(SELECT COUNT(*) FROM sync_unknown_remotes u WHERE u.conversation_id = s.conversation_id) "
      "FROM sync_state s LEFT JOIN conversations c ON c.id = s.conversation_id "
      "LEFT JOIN projects p ON p.id = c.project_id WHERE 1=1";
  if (!project.empty()) sql += " AND p.name = " + Quote(project);
  if (!conversation_id.empty()) sql += " AND s.conversation_id = " + Quote(conversation_id);
  sql += " ORDER BY s.created_at, s.conversation_id";
  std::vector<ThreadRow> out;
  auto rs = conn.Query(sql);
  while (rs->next()) {
    ThreadRow t;
    t.conversation_id = Col(*rs, 1);
    t.title = Col(*rs, 2);
    t.project = Col(*rs, 3);
    t.remote_id = Col(*rs, 4);
    t.state = Col(*rs, 5);
    t.created_at = Col(*rs, 6);
    t.last_synced_at = Col(*rs, 7);
    t.last_error = Col(*rs, 8);
    t.items_synced = rs->getInt64(9);
    t.unknown_remotes = rs->getInt64(10);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace chatbeto::sync
