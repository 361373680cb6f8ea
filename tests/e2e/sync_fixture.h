// Shared by the sync end-to-end tests: a DbTest with a fake OpenAI server,
// an imported crafted export, and a check that the remote state is exactly
// the local one (one remote conversation per local one, every item once and
// in order, sync state complete).
#pragma once
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "support/fake_openai.h"
#include "support/harness.h"

namespace chatbeto::testing {

class SyncTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    fake_ = std::make_unique<FakeOpenAi>();
  }
  void TearDown() override {
    fake_.reset();
    DbTest::TearDown();
  }

  // Imports conversations c0..c{n-1} with `messages` each (alternating roles).
  void ImportConversations(int n, int messages, const std::string& prefix = "c") {
    std::vector<ConvSpec> convs;
    for (int i = 0; i < n; ++i)
      convs.push_back({prefix + std::to_string(i), "Conv " + prefix + std::to_string(i), "", messages,
                       1750000000.5 + i});
    Import(convs);
  }
  void Import(const std::vector<ConvSpec>& convs) {
    std::string path = tmp_dir_ + "/export-" + std::to_string(imports_++) + ".json";
    WriteFile(path, ExportJson(convs));
    auto r = Run({"import", path});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }

  std::map<std::string, std::string> LiveEnv() const {
    return {{"OPENAI_API_KEY", fake_->ApiKey()},
            {"OPENAI_BASE_URL", fake_->BaseUrl()},
            {"CHATBETO_OPENAI_BACKOFF_SCALE", "0.02"},
            {"CHATBETO_OPENAI_TIMEOUT", "1.5"}};
  }
  RunResult Sync(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"sync", "--all", "--live", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args, LiveEnv());
    EXPECT_EQ(r.out.find(fake_->ApiKey()), std::string::npos) << "the API key leaked to stdout";
    EXPECT_EQ(r.err.find(fake_->ApiKey()), std::string::npos) << "the API key leaked to stderr";
    return r;
  }

  // Local visible items per conversation, as the sync should send them.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> LocalItems() {
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> out;
    auto rs = Conn().Query("SELECT conversation_id, role, text FROM messages WHERE on_visible_path = 1 "
                           "AND hidden = 0 AND role IN ('user','assistant') ORDER BY conversation_id, depth");
    while (rs->next())
      out[std::string(rs->getString(1))].emplace_back(rs->getString(2), rs->getString(3));
    return out;
  }

  static std::string ItemText(const nlohmann::json& it) {
    if (it["content"].is_string()) return it["content"];
    std::string t;
    for (const auto& p : it["content"]) t += p.value("text", "");
    return t;
  }

  // The guarantee: one live remote conversation per local one, its messages
  // exactly the local items, and the sync state complete.
  void ExpectRemoteMatchesLocal() {
    auto local = LocalItems();
    std::map<std::string, int> remotes_per_local;
    for (const auto& c : fake_->Conversations()) {
      if (c.deleted) continue;
      std::string local_id = c.metadata.value("chatbeto_conversation_id", "");
      ++remotes_per_local[local_id];
      std::vector<std::pair<std::string, std::string>> got;
      for (const auto& it : c.items)
        if (it["type"] == "message") got.emplace_back(it["role"], ItemText(it));
      EXPECT_EQ(got, local[local_id]) << "remote items of " << local_id << " (" << c.id << ")";
      auto mapped = Conn().QueryString("SELECT remote_id FROM sync_state WHERE conversation_id = '" +
                                       local_id + "'");
      EXPECT_EQ(mapped.value_or(""), c.id) << local_id;
    }
    for (const auto& [id, items] : local) {
      EXPECT_EQ(remotes_per_local[id], 1) << "remote conversations for " << id;
      EXPECT_EQ(Count("SELECT items_synced FROM sync_state WHERE conversation_id = '" + id +
                      "' AND state = 'synced'"),
                int64_t(items.size()))
          << id;
    }
  }

  std::unique_ptr<FakeOpenAi> fake_;
  int imports_ = 0;
};

}  // namespace chatbeto::testing
