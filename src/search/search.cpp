#include "search/search.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "db/connection.h"
#include "search/body.h"
#include "search/hits.h"
#include "search/index.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

constexpr size_t kResolveChunk = 5000;
constexpr size_t kSnippetCandidates = 30;  // hits of a shown conversation read for its snippet
constexpr size_t kSnippetWidth = 160;
// Up to this many matching conversations, titles are matched by id; more,
// by one scan of every title.
constexpr size_t kTitlesById = 2000;

struct DocInfo {
  std::string role, time;  // time "YYYY-MM-DD HH:MM:SS" or ""
};

// Debug log of how long each step took (-v).
class StepTimer {
 public:
  void Done(const std::string& step) {
    auto now = std::chrono::steady_clock::now();
    log::Debug("search: " + step + " " +
               std::to_string(std::chrono::duration<double>(now - last_).count()) + " s");
    last_ = now;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

std::string Str(sql::ResultSet& rs, int col) {
  return rs.isNull(col) ? std::string() : std::string(rs.getString(col));
}

template <typename It, typename F>
std::string InList(It begin, It end, F&& item) {
  std::string in = "(";
  for (It it = begin; it != end; ++it) {
    if (it != begin) in += ',';
    item(in, *it);
  }
  return in + ")";
}

void AppendNumber(std::string& out, uint32_t d) { out += std::to_string(d); }

// Calls f(row) for the search_docs rows of `docs` (any order), `columns`
// after doc_id, `where` appended, kResolveChunk documents per statement.
template <typename F>
void ForDocs(db::Connection& conn, const std::vector<uint32_t>& docs, const std::string& columns,
             const std::string& where, F&& f) {
  for (size_t i = 0; i < docs.size(); i += kResolveChunk) {
    auto end = docs.begin() + static_cast<std::ptrdiff_t>(std::min(docs.size(), i + kResolveChunk));
    auto rs = conn.Query("SELECT doc_id, " + columns + " FROM search_docs WHERE doc_id IN " +
                         InList(docs.begin() + static_cast<std::ptrdiff_t>(i), end, AppendNumber) +
                         where);
    while (rs->next()) f(*rs);
  }
}

// "title LIKE '%t1%' AND title LIKE '%t2%' ...": the title holds every term.
std::string TitleHoldsAll(const Query& q) {
  std::string w;
  for (const auto& t : q.terms)
    w += (w.empty() ? "" : " AND ") + std::string("c.title LIKE ") + db::Quote(LikeContains(t.text));
  return w;
}

}  // namespace

SearchResult Search(db::Connection& conn, Index& index, const SearchOptions& o) {
  const FoldTable& fold = index.fold();
  std::vector<std::vector<char32_t>> folded;
  for (const auto& t : o.query.terms) folded.push_back(FoldText(fold, t.text));
  StepTimer timer;

  // 1. Candidates: documents holding every key of every term.
  DocList cand;
  std::vector<size_t> need_check;  // terms the keys do not decide alone
  for (size_t i = 0; i < folded.size(); ++i) {
    DocList d = index.DocsWithAll(TermGrams(folded[i]));
    if (i == 0 && !o.all_branches)
      d.erase(std::remove_if(d.begin(), d.end(), [](uint32_t x) { return !DocVisible(x); }),
              d.end());
    cand = i == 0 ? std::move(d) : Intersect(cand, d);
    if (!TermGramsExact(folded[i])) need_check.push_back(i);
    if (cand.empty()) break;
  }
  SearchResult r;
  r.candidates = cand.size();
  timer.Done("index lookup: " + std::to_string(cand.size()) + " candidates");

  // 2. Group by conversation through the document ranges; documents of
  // replaced conversations fall outside every range and are dropped.
  std::vector<DocRange> ranges;
  std::vector<std::string> range_ids;
  if (!cand.empty()) {
    auto rs = conn.Query("SELECT first_doc, last_doc, conversation_id FROM search_convs ORDER BY first_doc");
    while (rs->next()) {
      ranges.push_back({rs->getUInt(1), rs->getUInt(2)});
      range_ids.emplace_back(rs->getString(3));
    }
  }
  Grouped g = GroupByRange(cand, ranges);
  timer.Done("grouping: " + std::to_string(g.live.size()) + " live documents in " +
             std::to_string(g.groups.size()) + " conversations");

  // 3. --project: only that project's conversations.
  auto keep_groups = [&](const std::function<bool(const GroupSpan&)>& keep) {
    DocList docs;
    for (const auto& s : g.groups)
      if (keep(s)) docs.insert(docs.end(), g.live.begin() + static_cast<std::ptrdiff_t>(s.begin),
                               g.live.begin() + static_cast<std::ptrdiff_t>(s.end));
    g = GroupByRange(docs, ranges);
  };
  if (!o.project.empty() && !g.groups.empty()) {
    std::unordered_set<std::string> in_project;
    auto rs = conn.Query(
        "SELECT c.id FROM conversations c LEFT JOIN projects p ON p.id = c.project_id WHERE "
        "p.name = " + db::Quote(o.project) + " OR c.gizmo_id = " + db::Quote(o.project));
    while (rs->next()) in_project.emplace(rs->getString(1));
    keep_groups([&](const GroupSpan& s) { return in_project.count(range_ids[s.range]) > 0; });
  }

  // 4. What the index does not decide: terms of four or more characters
  // (checked in the indexed text, folded as LIKE compares) and the --role
  // and --since filters.
  std::unordered_map<uint32_t, DocInfo> info;
  const bool check = !need_check.empty();
  if ((check || !o.role.empty() || !o.since.empty()) && !g.live.empty()) {
    std::string where;
    if (!o.role.empty()) where += " AND role = " + db::Quote(o.role);
    if (!o.since.empty()) where += " AND create_time >= " + db::Quote(o.since);
    DocList pass;
    ForDocs(conn, g.live, "role, DATE_FORMAT(create_time, '%Y-%m-%d %H:%i:%s')" +
                              std::string(check ? ", body" : ""),
            where, [&](sql::ResultSet& rs) {
              if (check) {
                auto text = FoldText(fold, DecodeBody(rs.getString(4).asStdString()));
                for (size_t t : need_check)
                  if (std::search(text.begin(), text.end(), folded[t].begin(), folded[t].end()) ==
                      text.end())
                    return;
              }
              uint32_t d = rs.getUInt(1);
              pass.push_back(d);
              info[d] = {Str(rs, 2), Str(rs, 3)};
            });
    Normalize(pass);
    g = GroupByRange(pass, ranges);
    timer.Done("exact check: " + std::to_string(pass.size()) + " hits");
  }

  // 5. Rank from what the index knows: hits, conversation length, whether
  // the title holds every term.
  const size_t n = g.groups.size();
  r.total_conversations = n;
  r.total_messages = g.live.size();
  std::vector<ConversationHits> stats(n);
  double avg = 0;
  for (size_t i = 0; i < n; ++i) {
    stats[i].hits = g.groups[i].end - g.groups[i].begin;
    stats[i].messages = RangeDocs(ranges[g.groups[i].range]);
    avg += static_cast<double>(stats[i].messages);
  }
  if (n) avg /= static_cast<double>(n);
  std::vector<double> score(n, 0.0);
  if (!o.by_date && n) {
    std::unordered_map<std::string, size_t> group_of;
    for (size_t i = 0; i < n; ++i) group_of.emplace(range_ids[g.groups[i].range], i);
    std::string sql = "SELECT c.id FROM conversations c WHERE " + TitleHoldsAll(o.query);
    if (n <= kTitlesById)
      sql += " AND c.id IN " + InList(g.groups.begin(), g.groups.end(), [&](std::string& s, const GroupSpan& gs) {
               db::AppendQuoted(s, range_ids[gs.range]);
             });
    auto rs = conn.Query(sql);
    while (rs->next())
      if (auto it = group_of.find(std::string(rs->getString(1))); it != group_of.end())
        stats[it->second].title_match = true;
    for (size_t i = 0; i < n; ++i) score[i] = ConversationScore(stats[i], avg);
  }
  timer.Done("ranking");

  // 6. The conversations shown: ties (and --sort date) go to the newest hit,
  // which needs the hit times of those that can be shown.
  std::vector<std::string> last_hit(n);
  auto hits_of = [&](size_t i) {
    return DocList(g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].begin),
                   g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].end));
  };
  auto fill = [&](const std::vector<size_t>& need) {
    DocList unknown;
    for (size_t i : need)
      for (uint32_t d : hits_of(i))
        if (!info.count(d)) unknown.push_back(d);
    ForDocs(conn, unknown, "role, DATE_FORMAT(create_time, '%Y-%m-%d %H:%i:%s')", "",
            [&](sql::ResultSet& rs) { info[rs.getUInt(1)] = {Str(rs, 2), Str(rs, 3)}; });
    for (size_t i : need)
      for (uint32_t d : hits_of(i)) last_hit[i] = std::max(last_hit[i], info[d].time);
  };
  auto tie_less = [&](size_t a, size_t b) {
    if (last_hit[a] != last_hit[b]) return last_hit[a] > last_hit[b];
    return range_ids[g.groups[a].range] < range_ids[g.groups[b].range];
  };
  std::vector<size_t> shown = TopByScore(score, o.limit, fill, tie_less);
  timer.Done("order");

  // 7. Title and project of the conversations shown.
  std::vector<ConversationResult> convs(shown.size());
  std::unordered_map<std::string, size_t> shown_at;
  for (size_t k = 0; k < shown.size(); ++k) {
    size_t i = shown[k];
    convs[k].id = range_ids[g.groups[i].range];
    convs[k].hits = stats[i].hits;
    convs[k].score = score[i];
    convs[k].last_hit = last_hit[i];
    shown_at[convs[k].id] = k;
  }
  if (!convs.empty()) {
    auto rs = conn.Query(
        "SELECT c.id, c.title, p.name FROM conversations c LEFT JOIN projects p ON p.id = "
        "c.project_id WHERE c.id IN " +
        InList(convs.begin(), convs.end(),
               [](std::string& s, const ConversationResult& c) { db::AppendQuoted(s, c.id); }));
    while (rs->next()) {
      auto it = shown_at.find(std::string(rs->getString(1)));
      if (it == shown_at.end()) continue;
      convs[it->second].title = Str(*rs, 2);
      convs[it->second].project = Str(*rs, 3);
    }
  }

  // 8. The best snippet of each shown conversation (among its newest hits).
  std::unordered_map<uint32_t, size_t> doc_conv;  // document -> index in convs
  for (size_t k = 0; k < shown.size(); ++k) {
    DocList hits = hits_of(shown[k]);
    std::stable_sort(hits.begin(), hits.end(),
                     [&](uint32_t a, uint32_t b) { return info[a].time > info[b].time; });
    if (hits.size() > kSnippetCandidates) hits.resize(kSnippetCandidates);
    for (uint32_t d : hits) doc_conv[d] = k;
  }
  std::vector<uint32_t> snippet_docs;
  for (const auto& [d, k] : doc_conv) snippet_docs.push_back(d);
  std::sort(snippet_docs.begin(), snippet_docs.end());
  std::vector<char> have(convs.size(), 0);
  ForDocs(conn, snippet_docs, "node_id, body", "", [&](sql::ResultSet& rs) {
    uint32_t d = rs.getUInt(1);
    ConversationResult& c = convs[doc_conv[d]];
    const DocInfo& h = info[d];
    Snippet s = MakeSnippet(DecodeBody(rs.getString(3).asStdString()), folded, fold, kSnippetWidth);
    char& had = have[doc_conv[d]];
    if (!had || s.score > c.snippet.score || (s.score == c.snippet.score && h.time > c.date)) {
      c.snippet = std::move(s);
      c.node_id = rs.getString(2);
      c.role = h.role;
      c.date = h.time;
      had = 1;
    }
  });
  timer.Done("snippets");
  r.conversations = std::move(convs);
  return r;
}

}  // namespace chatbeto::search
