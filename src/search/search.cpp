#include "search/search.h"

#include <cppconn/resultset.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

#include "db/connection.h"
#include "search/doc_facts.h"
#include "search/hits.h"
#include "search/index.h"
#include "search/index_sql.h"
#include "search/match.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::search {
namespace {

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

using detail::InList;

void AppendNumber(std::string& out, uint32_t d) { out += std::to_string(d); }

// --role as search_docs.role = 'x' compared under utf8mb4_unicode_ci: ASCII
// letters in either case, trailing spaces ignored (PAD SPACE); NULL (""
// here) never matches. The option holds only letters, digits, '_' and '-'.
bool SameRole(std::string_view stored, std::string_view wanted) {
  while (!stored.empty() && stored.back() == ' ') stored.remove_suffix(1);
  if (stored.empty() || stored.size() != wanted.size()) return false;
  for (size_t i = 0; i < stored.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(stored[i])) !=
        std::tolower(static_cast<unsigned char>(wanted[i])))
      return false;
  return true;
}

// "title LIKE '%t1%' AND title LIKE '%t2%' ...": the title holds every term.
std::string TitleHoldsAll(const Query& q) {
  std::string w;
  for (const auto& t : q.terms)
    w += (w.empty() ? "" : " AND ") + std::string("c.title LIKE ") + db::Quote(LikeContains(t.text));
  return w;
}

// Documents of replaced conversations stay in the posting lists until
// `search --reindex`; they cost decoding only. Says so when they outnumber
// the live ones.
void NoteDeadDocuments(db::Connection& conn, const std::vector<DocRange>& ranges) {
  uint64_t live = 0;
  for (const auto& r : ranges) live += RangeDocs(r);
  uint64_t numbered = static_cast<uint64_t>(
      std::max<int64_t>(1, conn.QueryInt("SELECT next_doc FROM search_state WHERE id = 1").value_or(1)) - 1);
  uint64_t dead = numbered > live ? numbered - live : 0;
  log::Debug("search: " + std::to_string(live) + " live documents, " + std::to_string(dead) +
             " of replaced conversations");
  if (dead > live && dead > 10000)
    log::Info("search: the index holds " + std::to_string(dead) +
              " documents of replaced conversations (more than the " + std::to_string(live) +
              " live ones); `chatbeto search --reindex` compacts it");
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
  if (!cand.empty()) {
    auto rs = conn.Query("SELECT first_doc, last_doc FROM search_convs ORDER BY first_doc");
    while (rs->next()) ranges.push_back({rs->getUInt(1), rs->getUInt(2)});
    NoteDeadDocuments(conn, ranges);
  }
  Grouped g = GroupByRange(cand, ranges);
  timer.Done("grouping: " + std::to_string(g.live.size()) + " live documents in " +
             std::to_string(g.groups.size()) + " conversations");
  // The groups whose conversation a query on search_convs s (joined with
  // conversations c) returns: `sql` selects s.first_doc.
  auto groups_where = [&](std::string sql, bool by_first_doc) {
    std::unordered_map<uint32_t, size_t> at;
    for (size_t i = 0; i < g.groups.size(); ++i) at.emplace(ranges[g.groups[i].range].first, i);
    if (by_first_doc)
      sql += " AND s.first_doc IN " +
             InList(g.groups.begin(), g.groups.end(), [&](std::string& out, const GroupSpan& gs) {
               AppendNumber(out, ranges[gs.range].first);
             });
    std::vector<char> in(g.groups.size(), 0);
    auto rs = conn.Query(sql);
    while (rs->next())
      if (auto it = at.find(rs->getUInt(1)); it != at.end()) in[it->second] = 1;
    return in;
  };
  const std::string from =
      "SELECT s.first_doc FROM search_convs s JOIN conversations c ON c.id = s.conversation_id ";

  // 3. --project: only that project's conversations.
  auto keep_groups = [&](const std::vector<char>& keep) {
    DocList docs;
    for (size_t i = 0; i < g.groups.size(); ++i)
      if (keep[i])
        docs.insert(docs.end(), g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].begin),
                    g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].end));
    g = GroupByRange(docs, ranges);
  };
  if (!o.project.empty() && !g.groups.empty())
    keep_groups(groups_where(from + "LEFT JOIN projects p ON p.id = c.project_id WHERE (p.name = " +
                                 db::Quote(o.project) + " OR c.gizmo_id = " + db::Quote(o.project) + ")",
                             g.groups.size() <= kTitlesById));

  // 4. What the index does not decide: terms of four or more characters
  // (checked in the indexed text, folded as LIKE compares) and the --role
  // and --since filters.
  const bool check = !need_check.empty();
  DocFacts facts(conn, ranges);
  auto ranges_of = [&](const std::vector<size_t>& groups) {
    std::vector<size_t> out;
    for (size_t i : groups) out.push_back(g.groups[i].range);
    return out;
  };
  if ((check || !o.role.empty() || !o.since.empty()) && !g.live.empty()) {
    std::optional<int64_t> since;
    if (!o.since.empty() && !(since = ParseSqlDatetimeMicros(o.since)))
      throw Error(ErrorKind::kUsage, "--since: expected a date YYYY-MM-DD, got '" + o.since + "'");
    std::vector<size_t> all(g.groups.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    facts.Load(ranges_of(all));
    timer.Done("document facts of " + std::to_string(all.size()) + " conversations");
    std::vector<FoldedMatcher> matchers;
    for (size_t t : need_check) matchers.emplace_back(fold, folded[t]);
    DocList pass;
    std::vector<std::pair<size_t, uint32_t>> to_read;  // (range, document)
    for (const GroupSpan& gs : g.groups)
      for (size_t k = gs.begin; k < gs.end; ++k) {
        const uint32_t d = g.live[k];
        const std::optional<PackedDoc> p = facts.Of(gs.range, d);
        if (!p) continue;
        if (!o.role.empty() && !SameRole(p->role, o.role)) continue;
        if (since && (!p->time_us || *p->time_us < *since)) continue;  // NULL >= x is not true
        if (check)
          to_read.emplace_back(gs.range, d);
        else
          pass.push_back(d);
      }
    facts.ForTexts(std::move(to_read), [&](uint32_t d, std::string&& text) {
      for (const auto& m : matchers)
        if (!m.FoundIn(text)) return;
      pass.push_back(d);
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
    auto title = groups_where(from + "WHERE " + TitleHoldsAll(o.query), n <= kTitlesById);
    for (size_t i = 0; i < n; ++i) {
      stats[i].title_match = title[i];
      score[i] = ConversationScore(stats[i], avg);
    }
  }
  timer.Done("ranking");

  // 6. The conversations shown: ties (and --sort date) go to the newest hit,
  // which needs the hit times of those that can be shown.
  std::unordered_map<uint32_t, DocInfo> info;
  std::vector<std::string> last_hit(n);
  auto hits_of = [&](size_t i) {
    return DocList(g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].begin),
                   g.live.begin() + static_cast<std::ptrdiff_t>(g.groups[i].end));
  };
  auto fill = [&](const std::vector<size_t>& need) {
    facts.Load(ranges_of(need));
    for (size_t i : need)
      for (uint32_t d : hits_of(i))
        if (const std::optional<PackedDoc> p = facts.Of(g.groups[i].range, d))
          info[d] = {p->role, p->time_us ? FormatSqlSeconds(*p->time_us) : std::string()};
    for (size_t i : need)
      for (uint32_t d : hits_of(i)) last_hit[i] = std::max(last_hit[i], info[d].time);
  };
  auto tie_less = [&](size_t a, size_t b) {
    if (last_hit[a] != last_hit[b]) return last_hit[a] > last_hit[b];
    return g.groups[a].range < g.groups[b].range;
  };
  std::vector<size_t> shown = TopByScore(score, o.limit, fill, tie_less);
  timer.Done("order");

  // 7. Id, title and project of the conversations shown.
  std::vector<ConversationResult> convs(shown.size());
  std::unordered_map<uint32_t, size_t> shown_at;  // first document -> index in convs
  for (size_t k = 0; k < shown.size(); ++k) {
    size_t i = shown[k];
    convs[k].hits = stats[i].hits;
    convs[k].score = score[i];
    convs[k].last_hit = last_hit[i];
    shown_at[ranges[g.groups[i].range].first] = k;
  }
  if (!convs.empty()) {
    auto rs = conn.Query(
        "SELECT s.first_doc, c.id, c.title, p.name FROM search_convs s JOIN conversations c ON "
        "c.id = s.conversation_id LEFT JOIN projects p ON p.id = c.project_id WHERE s.first_doc IN " +
        InList(shown.begin(), shown.end(), [&](std::string& out, size_t i) {
          AppendNumber(out, ranges[g.groups[i].range].first);
        }));
    while (rs->next()) {
      auto it = shown_at.find(rs->getUInt(1));
      if (it == shown_at.end()) continue;
      convs[it->second].id = rs->getString(2);
      convs[it->second].title = Str(*rs, 3);
      convs[it->second].project = Str(*rs, 4);
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
  std::vector<std::pair<size_t, uint32_t>> snippet_docs;  // (range, document)
  for (const auto& [d, k] : doc_conv) snippet_docs.emplace_back(g.groups[shown[k]].range, d);
  facts.Load(ranges_of(shown));  // read already by `fill`, which had them all
  std::vector<char> have(convs.size(), 0);
  std::vector<uint32_t> chosen(convs.size(), 0);
  // Of equally good snippets, the first document's (as when the rows came
  // in document order).
  facts.ForTexts(std::move(snippet_docs), [&](uint32_t d, std::string&& text) {
    const size_t k = doc_conv[d];
    ConversationResult& c = convs[k];
    const DocInfo& h = info[d];
    Snippet s = MakeSnippet(text, folded, fold, kSnippetWidth);
    char& had = have[k];
    if (!had || s.score > c.snippet.score ||
        (s.score == c.snippet.score && (h.time > c.date || (h.time == c.date && d < chosen[k])))) {
      c.snippet = std::move(s);
      c.node_id = facts.Of(g.groups[shown[k]].range, d)->node_id;
      c.role = h.role;
      c.date = h.time;
      chosen[k] = d;
      had = 1;
    }
  });
  timer.Done("snippets");
  r.conversations = std::move(convs);
  return r;
}

}  // namespace chatbeto::search
