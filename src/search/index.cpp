#include "search/index.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "db/connection.h"
#include "db/retry.h"
#include "db/row_buffer.h"
#include "search/buckets.h"
#include "search/index_sql.h"
#include "search/posting_builder.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

using detail::InList;
using detail::Inserter;

// Keys read per term: the rarest few narrow the candidates enough; the
// exact check (LIKE) decides the rest.
constexpr size_t kMaxKeysPerLookup = 6;
constexpr size_t kRebuildChunk = 200;

std::string TextCollation(db::Connection& conn) {
  auto c = conn.QueryString(
      "SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
      "AND TABLE_NAME = 'messages' AND COLUMN_NAME = 'text'");
  std::string name = c.value_or("utf8mb4_unicode_ci");
  for (char ch : name)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'))
      throw Error(ErrorKind::kDatabase, "unexpected collation name for messages.text: " + name);
  return name;
}

// One fold table per process and database (the importer calls
// IndexConversations once per batch).
struct FoldCache {
  std::string key;
  FoldTable table;
};
FoldCache& Cache() {
  static FoldCache c;
  return c;
}

}  // namespace

// Bumped when the index keys change (v2: trigrams; v3: posting rows by
// bucket, search/buckets.h; v4: no trigrams mixing Han or Hangul with other
// characters, fold.h TrigramIndexed; v5: 4,096 buckets instead of 16,384;
// v6: the documents' facts packed in search_convs.docs, schema/0023, instead
// of search_docs rows; v7: no bigrams mixing Han or Hangul with other
// characters, fold.h BigramIndexed), so that an index built with other keys
// or rows is rebuilt, as for another collation.
constexpr const char* kKeyFormat = " v7";

Index::Index(db::Connection& conn) : conn_(conn) {
  const std::string collation = TextCollation(conn_);
  const std::string tag = collation + kKeyFormat;  // search_state.fold_collation
  std::string key = conn_.config().host + "|" + conn_.config().socket + "|" +
                    std::to_string(conn_.config().port) + "|" + conn_.config().database + "|" +
                    collation;
  auto stored = conn_.QueryString("SELECT fold_collation FROM search_state WHERE id = 1");
  if (stored && *stored == tag && Cache().key == key) {
    fold_ = Cache().table;
    return;
  }
  if (!stored || *stored != tag) {
    // Each BMP character's weights under the column's collation (surrogates
    // are not characters). 16 x 16 x 16 x 16 code points from a digit table.
    log::Debug("search: building the character fold table for " + collation);
    std::string digits = "(SELECT 0 d";
    for (int i = 1; i < 16; ++i) digits += " UNION ALL SELECT " + std::to_string(i);
    digits += ")";
    // The server groups them (FoldTable::FromWeights's rule: a character's
    // class is the smallest code point with the same weights, no weights
    // counting as empty ones) and sends only the characters that are not
    // their own class: about 4,000 rows instead of 63,488.
    auto rs = conn_.Query(
        "SELECT n, r FROM (SELECT n, MIN(n) OVER (PARTITION BY w) r FROM (SELECT n, "
        "IFNULL(WEIGHT_STRING(CONVERT(CHAR(n USING utf32) USING utf8mb4) COLLATE " + collation +
        "), _binary'') w FROM (SELECT a.d * 4096 + b.d * 256 + c.d * 16 + e.d AS n FROM " +
        digits + " a, " + digits + " b, " + digits + " c, " + digits +
        " e) s WHERE n < 55296 OR n > 57343) t) u WHERE r <> n");
    fold_ = FoldTable();
    while (rs->next())
      fold_.Set(static_cast<char32_t>(rs->getInt(1)), static_cast<char32_t>(rs->getInt(2)));
    // No transaction of its own: the importer calls this inside its batch's.
    // Two runs building at once write the same rows (INSERT IGNORE).
    conn_.Execute("DELETE FROM search_fold");
    Inserter ins(conn_, "INSERT IGNORE INTO search_fold (cp, rep) VALUES ");
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (fold_.Fold(cp) == cp) continue;
      ins.Row() += std::to_string(cp) + "," + std::to_string(fold_.Fold(cp));
      ins.EndRow();
    }
    ins.Flush();
    // Keys built with another fold no longer match: the index is rebuilt.
    conn_.Execute("UPDATE search_state SET fold_collation = " + db::Quote(tag) +
                  (stored ? ", built = 0" : "") + " WHERE id = 1");
  } else {
    auto rs = conn_.Query("SELECT cp, rep FROM search_fold");
    while (rs->next())
      fold_.Set(static_cast<char32_t>(rs->getInt(1)), static_cast<char32_t>(rs->getInt(2)));
  }
  Cache().key = key;
  Cache().table = fold_;
}

bool Index::Built() {
  return conn_.QueryInt("SELECT built FROM search_state WHERE id = 1").value_or(0) == 1;
}

namespace {

// Builders kept for the next batch (PostingBuilder::Clear): one per thread
// preparing at a time, at most two on the importer's path.
class BuilderPool {
 public:
  std::unique_ptr<PostingBuilder> Take() {
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.empty()) return std::make_unique<PostingBuilder>();
    auto b = std::move(free_.back());
    free_.pop_back();
    return b;
  }
  void Give(std::unique_ptr<PostingBuilder> b) {
    b->Clear();
    std::lock_guard<std::mutex> lock(mu_);
    if (free_.size() < 2) free_.push_back(std::move(b));
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<PostingBuilder>> free_;
};
BuilderPool& Pool() {
  static BuilderPool pool;
  return pool;
}

}  // namespace

PreparedDocs PrepareDocs(const FoldTable& fold, const DocSource& source) {
  PreparedDocs out;
  std::unique_ptr<PostingBuilder> builder = Pool().Take();
  PostingBuilder& postings = *builder;
  // Keys go in by the thousand, so that the builder can fetch their table
  // slots ahead.
  constexpr size_t kCharsAtOnce = 1365;
  std::unique_ptr<uint64_t[]> keys(new uint64_t[3 * kCharsAtOnce]);
  DocRow row;
  while (source(row)) {
    const auto seq = static_cast<uint32_t>(out.docs.size());
    if (seq >= (uint32_t{1} << 30))
      throw Error(ErrorKind::kDatabase, "too many messages to index in one batch");
    const uint32_t doc = MakeDoc(seq, row.visible);
    out.docs.push_back({std::string(row.conversation_id), std::string(row.node_id),
                        std::string(row.role), std::string(row.create_time), row.visible});
    // Documents arrive in ascending order: the builder drops a key's repeats.
    GramReader grams(fold, row.text);
    for (size_t n; (n = grams.Next(keys.get(), kCharsAtOnce)) > 0;)
      postings.AddAll(keys.get(), n, doc);
  }
  out.postings.reserve(postings.keys());
  out.blobs.reserve(postings.bytes_bound());
  // By bucket, then key: the writer makes one row of each bucket's run, and
  // reads the lists in the order they are stored here.
  postings.ForEachRanked(BucketOf, [&](uint64_t key, uint32_t first, size_t n,
                                       std::string_view encoded) {
    out.postings.push_back(
        {key, BucketOf(key), first, static_cast<uint32_t>(n), out.blobs.size(), encoded.size()});
    out.blobs.append(encoded);
  });
  Pool().Give(std::move(builder));
  return out;
}

PreparedDocs PrepareDocsPart(const FoldTable& fold, const DocSource& source,
                             size_t part_text_bytes, bool* ended) {
  size_t bytes = 0;
  *ended = false;
  return PrepareDocs(fold, [&](DocRow& row) {
    if (bytes >= part_text_bytes) return false;
    if (!source(row)) {
      *ended = true;
      return false;
    }
    bytes += row.text.size();
    return true;
  });
}

void Index::Update(const std::vector<std::string>& ids, bool force, size_t part_text_bytes) {
  if (ids.empty()) return;
  if (!force && !Built()) return;
  IndexWriter writer(conn_, ids, force);
  if (!writer.active()) return;
  auto msgs = conn_.Query(
      "SELECT conversation_id, node_id, on_visible_path = 1 AND hidden = 0, role, create_time, "
      "text FROM messages WHERE conversation_id IN " + InList(ids) +
      " AND text IS NOT NULL AND text <> '' ORDER BY conversation_id, node_id");
  std::string conv, node, role, time, text;
  const DocSource source = [&](DocRow& row) {
    if (!msgs->next()) return false;
    conv = msgs->getString(1).asStdString();
    node = msgs->getString(2).asStdString();
    role = msgs->isNull(4) ? "" : msgs->getString(4).asStdString();
    time = msgs->isNull(5) ? "" : msgs->getString(5).asStdString();
    text = msgs->getString(6).asStdString();
    row = {conv, node, msgs->getBoolean(3), role, time, text};
    return true;
  };
  for (bool ended = false; !ended;)
    writer.Add(PrepareDocsPart(fold_, source, part_text_bytes, &ended));
  msgs.reset();
  writer.Finish();
}

namespace {

// f(chunk, done) for `all` kRebuildChunk at a time; done counts the ids up to
// the chunk's end.
template <typename F>
void InChunks(const std::vector<std::string>& all, F&& f) {
  for (size_t i = 0; i < all.size(); i += kRebuildChunk) {
    const size_t end = std::min(all.size(), i + kRebuildChunk);
    f(std::vector<std::string>(all.begin() + static_cast<std::ptrdiff_t>(i),
                               all.begin() + static_cast<std::ptrdiff_t>(end)),
      end);
  }
}

}  // namespace

size_t Index::CatchUp() {
  std::vector<std::string> pending;
  {
    auto rs = conn_.Query("SELECT conversation_id FROM search_pending ORDER BY conversation_id");
    while (rs->next()) pending.emplace_back(rs->getString(1));
  }
  InChunks(pending, [&](const std::vector<std::string>& chunk, size_t) {
    db::RetryOnLockConflict(conn_, "search index catch-up", [&] {
      db::Transaction tx(conn_);
      Update(chunk);
      conn_.Execute("DELETE FROM search_pending WHERE conversation_id IN " + InList(chunk));
      tx.Commit();
    });
  });
  if (!pending.empty())
    log::Info("indexed " + std::to_string(pending.size()) +
              " conversation(s) an earlier import stored but did not index");
  return pending.size();
}

void Index::Rebuild(const std::function<void(size_t, size_t)>& progress) {
  // Each transaction is run again after a deadlock / lock wait timeout (db/retry.h).
  db::RetryOnLockConflict(conn_, "search --reindex", [&] {
    db::Transaction tx(conn_);
    conn_.Execute("UPDATE search_state SET built = 0, next_doc = 1 WHERE id = 1");
    conn_.Execute("DELETE FROM search_convs");
    conn_.Execute("DELETE FROM search_postings");
    conn_.Execute("DELETE FROM search_pending");  // every conversation is indexed below
    tx.Commit();
  });
  std::vector<std::string> all;
  {
    auto rs = conn_.Query("SELECT id FROM conversations ORDER BY id");
    while (rs->next()) all.emplace_back(rs->getString(1));
  }
  InChunks(all, [&](const std::vector<std::string>& chunk, size_t done) {
    db::RetryOnLockConflict(conn_, "search --reindex", [&] {
      db::Transaction tx(conn_);
      Update(chunk, /*force=*/true);
      tx.Commit();
    });
    if (progress) progress(done, all.size());
  });
  db::RetryOnLockConflict(conn_, "search --reindex", [&] {
    conn_.Execute("UPDATE search_state SET built = 1 WHERE id = 1");
  });
}

DocList Index::DocsWithAll(const std::vector<uint64_t>& keys) {
  if (keys.empty()) return {};
  // Every row of the keys' buckets, in document order per bucket; the lists
  // of the keys asked for are kept (as views into the rows), with their sizes.
  std::set<uint32_t> buckets;
  for (uint64_t k : keys) buckets.insert(BucketOf(k));
  std::string in = "(";
  for (uint32_t b : buckets) in += (in.size() > 1 ? "," : "") + std::to_string(b);
  in += ")";
  struct Lists {
    uint64_t docs = 0;
    std::vector<std::pair<uint32_t, std::string_view>> pieces;  // (first document, list)
  };
  std::unordered_map<uint64_t, Lists> found;
  for (uint64_t k : keys) found.emplace(k, Lists{});
  std::vector<std::string> rows;
  std::vector<uint32_t> firsts;
  {
    auto rs = conn_.Query("SELECT first_doc, docs FROM search_postings WHERE gram IN " + in +
                          " ORDER BY gram, first_doc");
    while (rs->next()) {
      firsts.push_back(rs->getUInt(1));
      rows.push_back(rs->getString(2).asStdString());
    }
  }
  for (size_t r = 0; r < rows.size(); ++r)
    ForEachBucketEntry(rows[r], [&](uint64_t key, uint32_t n, uint32_t rel, std::string_view list) {
      auto it = found.find(key);
      if (it == found.end()) return;
      it->second.docs += n;
      it->second.pieces.emplace_back(firsts[r] + rel, list);
    });
  std::vector<std::pair<uint64_t, uint64_t>> counts;  // (documents, key)
  for (const auto& [k, l] : found) {
    if (l.docs == 0) return {};  // a key no document holds
    counts.emplace_back(l.docs, k);
  }
  std::sort(counts.begin(), counts.end());
  if (counts.size() > kMaxKeysPerLookup) counts.resize(kMaxKeysPerLookup);
  DocList result;
  bool first = true;
  for (const auto& [n, key] : counts) {
    DocList docs;
    docs.reserve(n);
    for (const auto& [base, list] : found[key].pieces) DecodePostings(list, base, docs);
    Normalize(docs);
    result = first ? std::move(docs) : Intersect(result, docs);
    first = false;
    if (result.empty()) break;
  }
  return result;
}

void IndexConversations(db::Connection& conn, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  Index(conn).Update(ids);
}

}  // namespace chatbeto::search
