// End-to-end: `chatbeto search` against a real MariaDB, on a crafted export
// in many scripts. The oracle is a plain LIKE over the stored visible text.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "search/query.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

struct Node {
  std::string id, parent, role, text;
  bool hidden = false;
};

// One conversation of a ChatGPT export; `current` is the visible leaf.
json Conversation(const std::string& id, const std::string& title, double time,
                  const std::string& current, const std::vector<Node>& nodes) {
  json mapping = json::object();
  mapping["root"] = {{"id", "root"}, {"parent", nullptr}, {"children", json::array()},
                     {"message", nullptr}};
  for (const auto& n : nodes) {
    json meta = json::object();
    if (n.hidden) meta["is_visually_hidden_from_conversation"] = true;
    mapping[n.id] = {{"id", n.id},
                     {"parent", n.parent},
                     {"children", json::array()},
                     {"message",
                      {{"id", n.id},
                       {"author", {{"role", n.role}, {"name", nullptr}, {"metadata", json::object()}}},
                       {"create_time", time + static_cast<double>(&n - nodes.data())},
                       {"content", {{"content_type", "text"}, {"parts", {n.text}}}},
                       {"status", "finished_successfully"},
                       {"weight", 1},
                       {"metadata", meta},
                       {"recipient", "all"}}}};
  }
  for (const auto& n : nodes) mapping[n.parent]["children"].push_back(n.id);
  return {{"id", id},           {"title", title},     {"create_time", time},
          {"update_time", time + 100}, {"current_node", current}, {"mapping", mapping}};
}

json Export() {
  json a = json::array();
  a.push_back(Conversation(
      "c-ko", "주식 공부", 1735689600, "k4",
      {{"k1", "root", "user", "매수를 언제 해야 하나요? 세금도 궁금해요."},
       {"k2", "k1", "assistant", "매수 시점은 전략에 따라 다릅니다. 주식 세금은 양도소득세입니다."},
       {"k3", "k2", "user", "코드로 전략을 짜 주세요"},
       {"k4", "k3", "assistant", "파이썬 코드 예시입니다: snake_case 변수를 씁니다."}}));
  a.push_back(Conversation(
      "c-code", "Model notes", 1740000000, "m3",
      {{"m1", "root", "user", "Is gpt-4o better than GPT-4O-mini for C++ code?"},
       {"m2", "m1", "assistant", "For C++ both work; Auto-mode picks gpt-4o. About 50% faster."},
       {"m3", "m2", "user", "Thanks 🎉 the rollback plan worked 🚀"},
       {"m2b", "m1", "assistant", "A regenerated answer about a secret_branch_word."},
       {"m4", "m3", "tool", "hidden tool output with the word rollback", true}}));
  a.push_back(Conversation(
      "c-es", "Café y más", 1750000000, "e3",
      {{"e1", "root", "user", "¿Cómo preparo un café de especialidad? Niño, año, CAFÉ."},
       {"e2", "e1", "assistant", "日本語のテキスト と 中文字符 も OK. Straße bleibt Straße."},
       {"e3", "e2", "user", "Usa 5% menos agua y 50 % más paciencia; el rollback plan no."}}));
  return a;
}

class Search : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    std::string path = tmp_dir_ + "/conversations.json";
    WriteFile(path, Export().dump());
    auto r = Run({"import", path});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  json SearchJson(std::vector<std::string> args, int want = 0) {
    args.insert(args.begin(), "search");
    args.push_back("--json");
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, want) << r.err;
    return r.exit_code == 0 ? json::parse(r.out) : json();
  }
  // Visible messages containing every term, by a plain LIKE (the oracle).
  int64_t Oracle(const std::vector<std::string>& terms, bool all = false) {
    std::string sql = "SELECT COUNT(*) FROM messages WHERE text <> ''";
    if (!all) sql += " AND on_visible_path = 1 AND hidden = 0";
    for (const auto& t : terms) sql += " AND text LIKE " + db::Quote(search::LikeContains(t));
    return Count(sql);
  }
};

TEST_F(Search, EveryTermFindsWhatLikeFinds) {
  const std::vector<std::vector<std::string>> queries = {
      {"매수"}, {"세금"}, {"주식"}, {"코드"}, {"전략"}, {"gpt-4o"}, {"Auto-mode"}, {"C++"},
      {"_"}, {"5%"}, {"50%"}, {"snake_case"}, {"🎉"}, {"日本語"}, {"中文"}, {"cafe"},
      {"CAFÉ"}, {"nino"}, {"straße"}, {"rollback", "plan"}, {"gpt"}, {"o"}, {"zzz"},
      // Hangul with other characters: looked up by bigrams, then checked.
      {"매수를"}, {"를"}, {"다.주"}, {"세금도?"}, {"?"}, {"다."}, {"도?"}};
  for (const auto& q : queries) {
    std::vector<std::string> args = q;
    auto doc = SearchJson(args);
    EXPECT_EQ(doc["total_messages"].get<int64_t>(), Oracle(q)) << q[0];
  }
  // Phrases of Hangul and spaces: every window mixes them.
  for (const std::string phrase : {"매수 시", "수를 언제", "를 언", "다. 주"}) {
    EXPECT_EQ(SearchJson({"\"" + phrase + "\""})["total_messages"], Oracle({phrase})) << phrase;
    EXPECT_GT(Oracle({phrase}), 0) << phrase;
  }
  // Accents and case as the collation compares them; 'ß' is not "ss" in LIKE.
  EXPECT_EQ(SearchJson({"cafe"})["total_messages"], 1);
  EXPECT_EQ(SearchJson({"strasse"})["total_messages"], 0);
  // A particle attached to the word still contains it.
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], 2);
  // Emoji are told apart.
  EXPECT_EQ(SearchJson({"🎉"})["total_messages"], 1);
  EXPECT_EQ(SearchJson({"😀"})["total_messages"], 0);
}

TEST_F(Search, PhrasesMatchAsWritten) {
  EXPECT_EQ(SearchJson({"\"rollback plan\""})["total_messages"], 2);
  EXPECT_EQ(SearchJson({"\"plan rollback\""})["total_messages"], 0);
  EXPECT_EQ(SearchJson({"plan", "rollback"})["total_messages"], 2);
  EXPECT_EQ(SearchJson({"\"50 %\""})["total_messages"], 1);
}

TEST_F(Search, AllBranchesAddsHiddenAndBranchMessages) {
  EXPECT_EQ(SearchJson({"secret_branch_word"})["total_messages"], 0);
  EXPECT_EQ(SearchJson({"secret_branch_word", "--all-branches"})["total_messages"], 1);
  EXPECT_EQ(SearchJson({"rollback", "--all-branches"})["total_messages"],
            Oracle({"rollback"}, true));
  EXPECT_EQ(Oracle({"rollback"}, true), 3);
}

TEST_F(Search, GroupsByConversationWithHitsAndMarkedSnippet) {
  auto doc = SearchJson({"rollback"});
  EXPECT_EQ(doc["total_conversations"], 2);
  ASSERT_EQ(doc["conversations"].size(), 2u);
  for (const auto& c : doc["conversations"]) {
    EXPECT_EQ(c["hits"], 1);
    auto snippet = c["best"]["snippet"].get<std::string>();
    auto mark = c["best"]["marks"][0];
    EXPECT_EQ(snippet.substr(mark[0], mark[1].get<size_t>() - mark[0].get<size_t>()), "rollback");
  }
  doc = SearchJson({"매수"});
  ASSERT_EQ(doc["conversations"].size(), 1u);
  EXPECT_EQ(doc["conversations"][0]["conversation_id"], "c-ko");
  EXPECT_EQ(doc["conversations"][0]["hits"], 2);
  // Newest first on request.
  doc = SearchJson({"rollback", "--sort", "date"});
  EXPECT_EQ(doc["conversations"][0]["conversation_id"], "c-es");
  EXPECT_EQ(doc["sort"], "date");
  // Human output names the conversation and the count.
  auto r = Run({"search", "rollback"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("2 messages in 2 conversations"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);  // no colour when not a terminal
}

TEST_F(Search, FiltersRoleSinceLimit) {
  EXPECT_EQ(SearchJson({"gpt-4o", "--role", "assistant"})["total_messages"], 1);
  EXPECT_EQ(SearchJson({"rollback", "--since", "2025-06-01"})["total_messages"], 1);
  auto doc = SearchJson({"e", "--limit", "1"});
  EXPECT_EQ(doc["shown"], 1);
  EXPECT_EQ(doc["total_conversations"], 3);
}

TEST_F(Search, BadOptionsAreUsageErrors) {
  const std::vector<std::vector<std::string>> bad = {
      {"search", "x", "--since", "2025-13-45"}, {"search", "x", "--since", "2025-02-30"},
      {"search", "x", "--since", "yesterday"},  {"search", "x", "--limit", "0"},
      {"search", "x", "--sort", "random"},      {"search", "x", "--role", "a b"},
      {"search", "\"open"},                     {"search"},
      {"search", "\"\""}};
  for (const auto& args : bad) {
    auto r = Run(args);
    EXPECT_EQ(r.exit_code, 2) << args.back() << ": " << r.err;
    EXPECT_FALSE(r.err.empty());
  }
}

TEST_F(Search, ReimportKeepsTheIndexConsistent) {
  // A changed conversation replaces its messages; the old text is gone.
  json a = Export();
  a[0]["update_time"] = 1800000000;
  a[0]["mapping"]["k1"]["message"]["content"]["parts"][0] = "완전히 새로운 질문";
  std::string path = tmp_dir_ + "/v2.json";
  WriteFile(path, a.dump());
  ASSERT_EQ(Run({"import", path}).exit_code, 0);
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], Oracle({"매수"}));
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], 1);
  EXPECT_EQ(SearchJson({"새로운"})["total_messages"], 1);
  // Re-importing the same file changes nothing; a rebuild finds the same.
  ASSERT_EQ(Run({"import", path}).exit_code, 0);
  EXPECT_EQ(SearchJson({"새로운"})["total_messages"], 1);
  ASSERT_EQ(Run({"search", "--reindex"}).exit_code, 0);
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], 1);
  EXPECT_EQ(Count("SELECT COALESCE(SUM((last_doc >> 1) - (first_doc >> 1) + 1), 0) FROM search_convs"),
            Count("SELECT COUNT(*) FROM messages WHERE text <> ''"));
}

TEST_F(Search, TotalsAndRankingFromTheIndexAfterReplacements) {
  // Two conversations alike but for the title and the newer hit in c-t2:
  // the title holding the term ranks c-t1 first.
  json a = json::array();
  a.push_back(Conversation("c-t1", "Rollback notes", 1760000000, "t2",
                           {{"t1", "root", "user", "the rollback went fine"},
                            {"t2", "t1", "assistant", "good to hear"}}));
  a.push_back(Conversation("c-t2", "Other things", 1770000000, "u2",
                           {{"u1", "root", "user", "a rollback again"},
                            {"u2", "u1", "assistant", "noted"}}));
  a[0]["gizmo_id"] = "g-p-0123456789abcdef0123456789abcdef";
  std::string path = tmp_dir_ + "/more.json";
  WriteFile(path, a.dump());
  ASSERT_EQ(Run({"import", path}).exit_code, 0);
  auto conversations = [&](const std::string& term) {
    return Count("SELECT COUNT(DISTINCT conversation_id) FROM messages WHERE on_visible_path = 1 "
                 "AND hidden = 0 AND text LIKE " + db::Quote(search::LikeContains(term)));
  };
  auto doc = SearchJson({"rollback"});
  EXPECT_EQ(doc["total_messages"], Oracle({"rollback"}));
  EXPECT_EQ(doc["total_conversations"], conversations("rollback"));
  EXPECT_EQ(doc["total_conversations"], 4);
  ASSERT_GE(doc["conversations"].size(), 2u);
  EXPECT_EQ(doc["conversations"][0]["conversation_id"], "c-t1");
  EXPECT_EQ(doc["conversations"][0]["title"], "Rollback notes");
  EXPECT_EQ(SearchJson({"rollback", "--project", "g-p-0123456789abcdef0123456789abcdef"})
                ["total_conversations"], 1);
  // c-t2 replaced without the word, twice: its old documents stay in the
  // posting lists but are not counted, for a long term (checked) and a short one.
  for (const char* text : {"a different question", "yet another question"}) {
    a[1]["update_time"] = a[1]["update_time"].get<double>() + 100;
    a[1]["mapping"]["u1"]["message"]["content"]["parts"][0] = text;
    WriteFile(path, a.dump());
    ASSERT_EQ(Run({"import", path}).exit_code, 0);
  }
  for (const std::string term : {"rollback", "again", "ll"}) {
    doc = SearchJson({term});
    EXPECT_EQ(doc["total_messages"], Oracle({term})) << term;
    EXPECT_EQ(doc["total_conversations"], conversations(term)) << term;
  }
  EXPECT_EQ(SearchJson({"rollback"})["total_conversations"], 3);
  EXPECT_EQ(SearchJson({"question"})["total_messages"], 1);
}

TEST_F(Search, IndexBuiltLazilyForMessagesImportedBeforeIt) {
  // As after upgrading: messages exist, the index was never built.
  Conn().Execute("UPDATE search_state SET built = 0, next_doc = 1");
  Conn().Execute("DELETE FROM search_convs");
  Conn().Execute("DELETE FROM search_postings");
  EXPECT_EQ(SearchJson({"전략"})["total_messages"], Oracle({"전략"}));
  EXPECT_EQ(Count("SELECT built FROM search_state"), 1);
}

TEST_F(Search, IndexOfAnOlderKeyFormatIsRebuilt) {
  // A v2 index held one posting row per key (gram = the key): rows that do
  // not parse as bucket rows. A v3 index held the trigrams that mix Hangul
  // or Han with other characters, which v4 drops; a v4 index spread its
  // keys over 16,384 buckets instead of 4,096 (v5); a v5 index kept its
  // documents' facts in search_docs rows, which schema 0023 dropped, and has
  // no search_convs.docs values (v6); a v6 index held the bigrams that mix
  // Hangul or Han with other characters, which v7 drops. Each tag names the
  // format.
  for (const char* old : {"v2", "v3", "v4", "v5", "v6"}) {
    SCOPED_TRACE(old);
    Conn().Execute(std::string("UPDATE search_state SET fold_collation = 'utf8mb4_unicode_ci ") +
                   old + "'");
    Conn().Execute("DELETE FROM search_postings");
    Conn().Execute("INSERT INTO search_postings (gram, first_doc, doc_count, docs) VALUES "
                   "(9223372036854775905, 2, 1, X'00')");
    Conn().Execute("UPDATE search_convs SET docs = NULL");
    EXPECT_EQ(SearchJson({"especialidad"})["total_messages"], 1);
    EXPECT_EQ(SearchJson({"snake_case"})["total_messages"], Oracle({"snake_case"}));
    EXPECT_EQ(SearchJson({"매수를"})["total_messages"], Oracle({"매수를"}));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_state WHERE fold_collation = 'utf8mb4_unicode_ci v7'"), 1);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs WHERE docs IS NULL"), 0);
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_postings WHERE gram >= 4096"), 0);  // buckets
  }
}

// A search_convs.docs value that does not hold its range's documents (a
// damaged index) fails the search, naming the fix; the fix works.
TEST_F(Search, ADamagedDocsValueFailsTheSearchUntilReindexed) {
  Conn().Execute("UPDATE search_convs SET docs = X'00' WHERE conversation_id = 'c-ko'");
  auto r = Run({"search", "매수"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("search --reindex"), std::string::npos) << r.err;
  ASSERT_EQ(Run({"search", "--reindex"}).exit_code, 0);
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], Oracle({"매수"}));
}

// The migration to the packed facts (schema 0023) leaves an existing index
// marked as not built: the next search rebuilds it whole.
TEST_F(Search, Schema0023MarksAnExistingIndexForRebuild) {
  ASSERT_EQ(Count("SELECT built FROM search_state"), 1);
  Conn().Execute("UPDATE search_convs SET docs = NULL");
  Conn().Execute("ALTER TABLE search_convs DROP COLUMN docs");
  Conn().Execute("DELETE FROM schema_migrations WHERE version = 23");
  ASSERT_EQ(Run({"db", "migrate"}).exit_code, 0);
  EXPECT_EQ(Count("SELECT built FROM search_state"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                  "AND table_name = 'search_docs'"), 0);
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], Oracle({"매수"}));
  EXPECT_EQ(Count("SELECT built FROM search_state"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs WHERE docs IS NULL"), 0);
}

// An import writes a batch's search rows in a second transaction, after the
// batch's own (schema 0017). Stopped in between, the batch's conversations
// stay listed in search_pending: the next search, or import, indexes them
// first, so no search misses them.
TEST_F(Search, ConversationsStoredButNotIndexedAreIndexedFirst) {
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_pending"), 0);  // the import wrote them all
  auto stop_before_index = [&] {
    Conn().Execute("DELETE FROM search_convs WHERE conversation_id = 'c-ko'");
    Conn().Execute("INSERT INTO search_pending (conversation_id) VALUES ('c-ko')");
  };
  stop_before_index();
  EXPECT_EQ(Oracle({"매수"}), 2);
  EXPECT_EQ(SearchJson({"매수"})["total_messages"], 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_pending"), 0);

  stop_before_index();
  json more = json::array();
  more.push_back(Conversation("c-new", "Unrelated", 1780000000, "n1",
                              {{"n1", "root", "user", "nothing in common"}}));
  std::string path = tmp_dir_ + "/more.json";
  WriteFile(path, more.dump());
  auto r = Run({"import", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM search_pending"), 0);
  EXPECT_EQ(Count("SELECT COALESCE(SUM((last_doc >> 1) - (first_doc >> 1) + 1), 0) FROM search_convs WHERE conversation_id = 'c-ko'"),
            Count("SELECT COUNT(*) FROM messages WHERE conversation_id = 'c-ko' AND text <> ''"));
  EXPECT_EQ(Count("SELECT COALESCE(SUM((last_doc >> 1) - (first_doc >> 1) + 1), 0) FROM search_convs"),
            Count("SELECT COUNT(*) FROM messages WHERE text <> ''"));
  EXPECT_EQ(SearchJson({"세금"})["total_messages"], Oracle({"세금"}));
  EXPECT_EQ(SearchJson({"common"})["total_messages"], 1);
}

}  // namespace
}  // namespace chatbeto::testing
