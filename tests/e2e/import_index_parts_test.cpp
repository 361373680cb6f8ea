// The search rows of a giant conversation are prepared and written a part at
// a time (ConversationStore's index part size, made tiny here so that an
// ordinary conversation spans many parts): searches find exactly what a
// plain LIKE finds, each conversation keeps one document range, and a
// replacement (re-indexed from the stored rows, in parts too) and a rebuild
// agree.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "chatgpt/parse.h"
#include "db/connection.h"
#include "importer/conversation_store.h"
#include "search/doc_pack.h"
#include "search/hits.h"
#include "search/query.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

class ImportIndexParts : public DbTest {
 protected:
  // Matches of `term` as one phrase (quoted: spaces kept).
  int64_t Total(const std::string& term) {
    auto r = Run({"search", "\"" + term + "\"", "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.exit_code == 0 ? json::parse(r.out)["total_messages"].get<int64_t>() : -1;
  }
  // Visible messages holding `term`, by a plain LIKE (the oracle).
  int64_t Oracle(const std::string& term) {
    return Count("SELECT COUNT(*) FROM messages WHERE text <> '' AND on_visible_path = 1 AND "
                 "hidden = 0 AND text LIKE " + db::Quote(search::LikeContains(term)));
  }
  void Write(const std::vector<const chatgpt::Conversation*>& convs,
             const std::vector<std::string>& replace, int64_t import_id) {
    importer::ConversationStore store(Conn(), /*index_part_text_bytes=*/500);
    db::Transaction tx(Conn());
    store.Write(convs, replace, import_id);
    tx.Commit();
  }
  // Each indexed conversation's documents are its range, consecutively: one
  // search_convs row each, as many documents as messages with text, their
  // facts packed in its docs value.
  void ExpectOneRangePerConversation() {
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs"),
              Count("SELECT COUNT(DISTINCT conversation_id) FROM search_convs"));
    EXPECT_EQ(Count("SELECT COUNT(*) FROM search_convs c WHERE (c.last_doc >> 1) - (c.first_doc >> 1) + 1 "
                    "<> (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.conversation_id "
                    "AND m.text <> '') OR c.docs IS NULL"),
              0);
  }
  // The node ids and roles packed for `id`, sorted, against its messages with text.
  void ExpectFactsOf(const std::string& id) {
    auto rs = Conn().Query("SELECT first_doc, last_doc, docs FROM search_convs WHERE conversation_id = " +
                           db::Quote(id));
    ASSERT_TRUE(rs->next());
    const search::DocRange range{rs->getUInt(1), rs->getUInt(2)};
    std::vector<std::string> packed, stored;
    for (const auto& d : search::UnpackDocs(rs->getString(3).asStdString(), search::RangeDocs(range)))
      packed.push_back(d.node_id + "/" + d.role + "/" + (d.time_us ? "t" : "-"));
    auto ms = Conn().Query("SELECT node_id, IFNULL(role, ''), create_time IS NOT NULL FROM messages "
                           "WHERE conversation_id = " + db::Quote(id) + " AND text <> ''");
    while (ms->next())
      stored.push_back(ms->getString(1).asStdString() + "/" + ms->getString(2).asStdString() + "/" +
                       (ms->getBoolean(3) ? "t" : "-"));
    std::sort(packed.begin(), packed.end());
    std::sort(stored.begin(), stored.end());
    EXPECT_EQ(packed, stored);
  }
};

TEST_F(ImportIndexParts, GiantConversationIndexedInPartsFindsWhatLikeFinds) {
  // A migrated database with a built index and an imports row.
  const std::string small = tmp_dir_ + "/small.json";
  WriteFile(small, ExportJson({{"small", "Small talk", "", 3}}));
  ASSERT_EQ(Run({"import", small}).exit_code, 0);
  ASSERT_EQ(Count("SELECT built FROM search_state"), 1);
  const int64_t import_id = Count("SELECT MAX(id) FROM imports");

  const chatgpt::Conversation giant =
      chatgpt::ParseConversation(ConversationJson({"giant", "Giant talk", "", 300}));
  const chatgpt::Conversation next =
      chatgpt::ParseConversation(ConversationJson({"next", "Next talk", "", 4}));
  Write({&giant, &next}, {}, import_id);
  // ~20 bytes of text a message: dozens of parts, each with its posting rows.
  EXPECT_GT(Count("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM search_postings GROUP BY gram) x"), 10);
  EXPECT_EQ(Count("SELECT (last_doc >> 1) - (first_doc >> 1) + 1 FROM search_convs "
                  "WHERE conversation_id = 'giant'"), 300);
  ExpectOneRangePerConversation();
  ExpectFactsOf("giant");
  ExpectFactsOf("next");
  for (const std::string term : {"talk", "Giant talk", "message 17", "message 299", "message 0",
                                 "Next talk message 3", "Small", "alk mess", "zzz"})
    EXPECT_EQ(Total(term), Oracle(term)) << term;
  EXPECT_EQ(Total("Giant talk"), 300);
  EXPECT_EQ(Total("message 299"), 1);

  // A newer version: re-indexed from the stored rows, in parts as well.
  const chatgpt::Conversation newer = chatgpt::ParseConversation(
      ConversationJson({"giant", "Huge chat", "", 250, 1760000000.5}));
  Write({&newer}, {"giant"}, import_id);
  ExpectOneRangePerConversation();
  for (const std::string term : {"Huge chat", "Giant talk", "message 17", "talk"})
    EXPECT_EQ(Total(term), Oracle(term)) << term;
  EXPECT_EQ(Total("Huge chat"), 250);

  // A rebuild from scratch finds the same.
  ASSERT_EQ(Run({"search", "--reindex"}).exit_code, 0);
  for (const std::string term : {"Huge chat", "message 17", "talk", "Next talk message 3"})
    EXPECT_EQ(Total(term), Oracle(term)) << term;
}

}  // namespace
}  // namespace chatbeto::testing
