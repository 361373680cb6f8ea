// Runs a search: index lookup -> group by conversation (document ranges) ->
// exact check where the index does not decide -> rank -> snippets of the
// conversations shown. Only terms of four or more characters and the --role
// and --since filters read the document facts (search_convs.docs) of every
// candidate's conversation (and, for the terms, the candidates' messages);
// the rest reads them only for the conversations shown. What a term matches is defined in search/query.h and
// search/fold.h: every message whose text contains it under LIKE with the
// text column's collation.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "search/query.h"
#include "search/rank.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::search {

class Index;

struct SearchOptions {
  Query query;
  std::string project;  // project name or gizmo id; "" for all
  std::string role;     // "" for all
  std::string since;    // "YYYY-MM-DD" (valid date) or ""
  bool all_branches = false;  // hidden and off-path (branch) messages too
  bool by_date = false;       // newest hit first instead of relevance
  size_t limit = 20;          // conversations shown
};

struct ConversationResult {
  std::string id, title, project;  // project "" when none
  uint64_t hits = 0;
  double score = 0;
  std::string last_hit;  // "YYYY-MM-DD HH:MM:SS" of the newest hit ("" unknown)
  std::string node_id, role, date;  // the best hit
  Snippet snippet;
};

struct SearchResult {
  uint64_t total_messages = 0;
  uint64_t total_conversations = 0;
  uint64_t candidates = 0;  // documents the index proposed
  std::vector<ConversationResult> conversations;  // at most `limit`, best first
};

// Reads in one consistent snapshot. Throws Error(kDatabase).
SearchResult Search(db::Connection& conn, Index& index, const SearchOptions& o);

}  // namespace chatbeto::search
