// The search index in the database (schema/0009_search.sql): maintenance and
// lookups. Every message with text is a numbered document; each index key
// (one, two or three adjacent character classes: search/fold.h) has posting
// lists of the documents holding it, one row per write batch.
//
// A conversation's documents get consecutive numbers, and search_convs
// (schema/0013) holds each indexed conversation's first and last document:
// the search groups, counts and drops dead documents by these ranges alone.
// The same row packs, for each document of its range, the message's node_id,
// role and create_time (search_convs.docs, schema/0023, search/doc_pack.h).
//
// Consistency: a writer indexes conversations inside the transaction that
// writes them (IndexConversations), so a committed conversation is indexed as
// it is stored; or, the importer's fast path, lists them in search_pending in
// that transaction and indexes them in a second one on another connection,
// which unlists them. A conversation still listed is indexed by CatchUp,
// which every import and search calls first. A replaced conversation's
// search_convs row (its range and its documents' facts) is deleted; its
// documents' numbers stay in older posting rows, no range covers them, and a
// search drops them (Rebuild compacts them away).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "search/fold.h"
#include "search/postings.h"

namespace chatbeto::db {
class BatchInsert;
class Connection;
}

namespace chatbeto::search {

// A document number carries whether its message is visible (on the current
// branch, not hidden) in its lowest bit, so that the default search drops the
// others before reading any row.
inline uint32_t MakeDoc(uint32_t seq, bool visible) { return (seq << 1) | (visible ? 1 : 0); }
inline bool DocVisible(uint32_t doc) { return doc & 1; }

// One message as the index takes it (the columns of messages it reads).
struct DocRow {
  std::string_view conversation_id, node_id;
  bool visible = false;          // on the visible path and not hidden
  std::string_view role;         // "" -> NULL
  std::string_view create_time;  // SQL DATETIME(6) text; "" -> NULL
  std::string_view text;         // not empty
};
// Sets the next row (the rows of one conversation one after another) and
// returns true, or returns false at the end. The views stay valid until the
// next call.
using DocSource = std::function<bool(DocRow&)>;

// The facts (search_convs.docs) and posting rows of a set of documents,
// numbered from 0 (Index::Write shifts them to the next free numbers; the
// posting encoding does not change with the shift). Built without the
// database, so the importer builds it on another thread while the messages
// load.
struct PreparedDocs {
  struct Doc {
    std::string conversation_id, node_id, role, create_time;
    bool visible = false;
  };
  struct Posting {
    uint64_t key = 0;
    uint32_t bucket = 0;  // BucketOf(key): postings are sorted by it, then by key
    uint32_t first_doc = 0, doc_count = 0;
    size_t offset = 0, size = 0;  // the encoded list, in `blobs`
  };
  std::vector<Doc> docs;  // docs[i] is document MakeDoc(i, visible)
  std::vector<Posting> postings;
  std::string blobs;
};
// Folds and splits into keys the rows of `source`. Pure; safe to
// run on another thread (`fold` must stay alive and unchanged meanwhile).
PreparedDocs PrepareDocs(const FoldTable& fold, const DocSource& source);
// The same, of the next rows of `source` only: up to about
// `part_text_bytes` of text (at least one row while any is left), so that
// the documents of a giant conversation are never all prepared at once.
// Sets *ended when `source` ended (no rows remain; the part may be empty).
PreparedDocs PrepareDocsPart(const FoldTable& fold, const DocSource& source,
                             size_t part_text_bytes, bool* ended);

// Writes the index of a set of conversations in parts: PreparedDocs of their
// documents, in the order of the rows they were prepared from (each
// conversation's together), each part numbered from 0. The same rows as one
// Index::Write of all parts joined, except that each part's keys get
// posting rows of their own. Construct, Add each part, Finish, all in the
// caller's transaction. Throws Error(kDatabase).
class IndexWriter {
 public:
  // Does nothing (active() is false) while the index is not built, unless
  // `force`. Else locks search_state (the next free document number) and
  // deletes what the index held for `ids`.
  IndexWriter(db::Connection& conn, const std::vector<std::string>& ids, bool force = false);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;
  bool active() const { return active_; }
  // Writes the next documents' posting rows (search_postings); keeps their
  // facts for Finish.
  void Add(const PreparedDocs& part);
  // Writes the conversations' rows (search_convs: document range and the
  // documents' facts) and the next free document number.
  void Finish();

 private:
  struct Range {
    std::string conversation_id;
    uint32_t first_doc = 0, last_doc = 0;
    std::string docs;  // search_convs.docs: its documents' facts (search/doc_pack.h)
  };
  db::Connection& conn_;
  bool active_ = false;
  uint32_t next_ = 0;     // the first free document number when constructed
  uint32_t written_ = 0;  // documents added since
  std::vector<Range> ranges_;
  std::unique_ptr<db::BatchInsert> postings_;  // made at the first Add
};

// The importer's second-connection path (importer/index_pipeline.h):
// ListPending lists `ids` in search_pending, in the transaction that writes
// them; WriteRows writes `parts` (prepared in order from exactly their
// messages with text) as their index, and Unlist unlists them, both in a
// transaction of their caller's (Unlist waits for the listing transaction
// to end). Throw Error(kDatabase).
void ListPending(db::Connection& conn, const std::vector<std::string>& ids);
void WriteRows(db::Connection& conn, const std::vector<std::string>& ids,
               const std::vector<PreparedDocs>& parts);
void Unlist(db::Connection& conn, const std::vector<std::string>& ids);

// (Re)indexes the messages of `conversation_ids` as they are stored now.
// Call inside the transaction that wrote them. Does nothing while the index
// is not built yet (the first search builds it whole). Throws Error(kDatabase).
void IndexConversations(db::Connection& conn, const std::vector<std::string>& conversation_ids);

class Index {
 public:
  // Loads the fold table, building it from the server's collation weights
  // when missing or made for another collation (which also marks the index
  // as needing a rebuild). Throws Error(kDatabase).
  explicit Index(db::Connection& conn);

  const FoldTable& fold() const { return fold_; }
  // Whether every message is indexed.
  bool Built();
  // Indexes `ids` as stored now (see IndexConversations), in the caller's
  // transaction; `force` indexes even when the index is not built. The
  // documents are prepared and written a part at a time (IndexWriter).
  static constexpr size_t kPartTextBytes = size_t{8} << 20;
  void Update(const std::vector<std::string>& ids, bool force = false,
              size_t part_text_bytes = kPartTextBytes);
  // Writes `docs` (prepared from exactly the stored messages of `ids` that
  // have text) as the index of `ids`, replacing what it held for them: what
  // Update does, once the rows are prepared. Same transaction rules. (For
  // documents prepared in parts: IndexWriter.)
  void Write(const std::vector<std::string>& ids, const PreparedDocs& docs, bool force = false);
  // Indexes the conversations listed in search_pending from their stored
  // messages and unlists them (a few hundred per transaction, each retried
  // after a lock conflict); only unlists them while the index is not built.
  // Returns how many there were. Throws Error(kDatabase).
  size_t CatchUp();
  // Drops and rebuilds the whole index, committing every few hundred
  // conversations; `progress(done, total)` after each. The caller holds the
  // import job lock so that no import writes meanwhile.
  void Rebuild(const std::function<void(size_t, size_t)>& progress);

  // The documents holding every key in `keys` (all of them; an empty list
  // when one key is missing). Dead documents may be among them.
  DocList DocsWithAll(const std::vector<uint64_t>& keys);

 private:
  db::Connection& conn_;
  FoldTable fold_;
};

}  // namespace chatbeto::search
