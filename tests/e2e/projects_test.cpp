// End-to-end: gizmos -> map suggest / import-sidebar -> apply -> projects -> check.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

const std::string kInfra = "g-p-0123456789abcdef0123456789abcdef";
const std::string kInfra2 = "g-p-ffffffffffffffffffffffffffffffff";
const std::string kCooking = "g-p-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const std::string kGpt = "g-AbCdEf123";

class Projects : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    std::string p = tmp_dir_ + "/conversations.json";
    WriteFile(p, ExportJson({{"c1", "Kubernetes deploy rollback", kInfra, 2, 1750000000},
                             {"c2", "Kubernetes ingress setup", kInfra, 4, 1750100000},
                             {"c3", "Helm chart kubernetes values", kInfra2, 2, 1750200000},
                             {"c4", "Weeknight pasta recipes", kCooking, 2, 1750300000},
                             {"c5", "Pasta with anchovies", kCooking, 2, 1750400000},
                             {"c6", "Translate a letter", kGpt, 2, 1750500000},
                             {"c7", "Plain chat", "", 2, 1750600000}}));
    auto r = Run({"import", p});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    csv_ = tmp_dir_ + "/projects.csv";
  }
  json J(const RunResult& r) {
    EXPECT_FALSE(r.out.empty()) << r.err;
    return json::parse(r.out);
  }
  std::string csv_;
};

TEST_F(Projects, GizmosListsEveryIdWithKindCountsAndTitles) {
  auto r = Run({"gizmos", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = J(r);
  ASSERT_EQ(doc["count"], 4);
  auto first = doc["gizmos"][0];  // most conversations first, then id
  EXPECT_EQ(first["gizmo_id"], kInfra);
  EXPECT_EQ(first["kind"], "project");
  EXPECT_EQ(first["conversations"], 2);
  EXPECT_EQ(first["first_date"], "2025-06-15");
  EXPECT_EQ(first["sample_titles"][0], "Kubernetes ingress setup");  // most recent first
  EXPECT_EQ(first["sample_titles"][1], "Kubernetes deploy rollback");
  EXPECT_TRUE(first["project"].is_null());
  bool saw_gpt = false;
  for (auto& g : doc["gizmos"])
    if (g["gizmo_id"] == kGpt) {
      saw_gpt = true;
      EXPECT_EQ(g["kind"], "gpt");
    }
  EXPECT_TRUE(saw_gpt);
}

TEST_F(Projects, SuggestApplyReapplyDryRunPrune) {
  auto s = Run({"map", "suggest", "-o", csv_, "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_EQ(J(s)["added"], 4);
  std::string text = ReadFile(csv_);
  EXPECT_EQ(text.rfind("gizmo_id,project", 0), 0u) << text;
  EXPECT_NE(text.find(kInfra), std::string::npos);
  // Suggest again: existing rows kept, nothing added.
  auto again = Run({"map", "suggest", "-o", csv_, "--json"});
  EXPECT_EQ(J(again)["added"], 0);
  EXPECT_EQ(ReadFile(csv_), text);

  // The user edits names: both infra ids into one project.
  WriteFile(csv_, "gizmo_id,project,assistant_id,notes\n" + kInfra + ",Infra,,main\n" + kInfra2 +
                      ",Infra,,\n" + kCooking + ",\"Cooking, mostly pasta\",,\n" + kGpt +
                      ",Translator,asst_abc123,\n");
  auto dry = Run({"map", "apply", csv_, "--dry-run", "--json"});
  ASSERT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_EQ(J(dry)["projects_created"], 3);
  EXPECT_EQ(J(dry)["conversations_set"], 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM projects"), 0);  // dry run wrote nothing
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE project_id IS NOT NULL"), 0);

  auto apply = Run({"map", "apply", csv_, "--json"});
  ASSERT_EQ(apply.exit_code, 0) << apply.err;
  auto a = J(apply);
  EXPECT_EQ(a["projects_created"], 3);
  EXPECT_EQ(a["gizmos_mapped"], 4);
  EXPECT_EQ(a["conversations_set"], 6);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations c JOIN projects p ON p.id = c.project_id "
                  "WHERE p.name = 'Infra'"), 3);
  EXPECT_EQ(Conn().QueryString("SELECT openai_assistant_id FROM projects WHERE name = 'Translator'").value_or(""),
            "asst_abc123");
  EXPECT_EQ(Conn().QueryString("SELECT chatgpt_project_id FROM projects WHERE name = 'Infra'").value_or(""), kInfra);

  // Re-applying changes nothing.
  auto re = Run({"map", "apply", csv_, "--json"});
  EXPECT_FALSE(J(re)["changed"].get<bool>());

  // Removing a row does not unmap without --prune.
  WriteFile(csv_, "gizmo_id,project\n" + kInfra + ",Infra\n" + kInfra2 + ",Infra\n" + kCooking +
                      ",\"Cooking, mostly pasta\"\n");
  auto keep = J(Run({"map", "apply", csv_, "--json"}));
  EXPECT_EQ(keep["gizmos_unmapped"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'c6' AND project_id IS NOT NULL"), 1);
  auto pruned = J(Run({"map", "apply", csv_, "--prune", "--json"}));
  EXPECT_EQ(pruned["gizmos_unmapped"], 1);
  EXPECT_EQ(pruned["conversations_cleared"], 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM conversations WHERE id = 'c6' AND project_id IS NOT NULL"), 0);

  // projects lists them with figures.
  auto p = J(Run({"projects", "--json"}));
  ASSERT_GE(p["count"].get<int>(), 2);
  for (auto& proj : p["projects"])
    if (proj["name"] == "Infra") {
      EXPECT_EQ(proj["conversations"], 3);
      EXPECT_EQ(proj["messages"], 8);
      EXPECT_EQ(proj["gizmo_ids"].size(), 2u);
      EXPECT_EQ(proj["synced"], 0);
    }
}

TEST_F(Projects, BadFileIsRejectedWithLineNumbersAndNothingChanges) {
  WriteFile(csv_, "gizmo_id,project\n" + kInfra + ",Infra\ng-p-12,Broken\n" + kCooking +
                      ",\n" + kInfra + ",Other name\n\"unterminated,x\n");
  auto r = Run({"map", "apply", csv_, "--json"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto doc = J(r);
  EXPECT_FALSE(doc["ok"].get<bool>());
  std::set<int> lines;
  for (auto& e : doc["errors"]) lines.insert(e["line"].get<int>());
  EXPECT_TRUE(lines.count(3)) << r.err;  // bad id
  EXPECT_TRUE(lines.count(4)) << r.err;  // empty name
  EXPECT_TRUE(lines.count(5)) << r.err;  // second name for one gizmo
  EXPECT_TRUE(lines.count(6)) << r.err;  // bad quoting
  EXPECT_NE(r.err.find(":3:"), std::string::npos) << r.err;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM projects"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM project_gizmos"), 0);
  EXPECT_EQ(Run({"map", "apply", tmp_dir_ + "/missing.csv"}).exit_code, 2);
}

TEST_F(Projects, ImportSidebarNamesProjectsExactly) {
  std::string sidebar = tmp_dir_ + "/sidebar.json";
  WriteFile(sidebar, R"({"items":[{"gizmo":{"gizmo":{"id":")" + kInfra +
                         R"(","display":{"name":"Infra & Ops 🚀"}}}},{"gizmo":{"gizmo":{"id":")" +
                         kCooking + R"(","display":{"name":"Cocina"}}}}],"cursor":null})");
  WriteFile(csv_, "gizmo_id,project\n" + kCooking + ",Old name\n");
  auto r = Run({"map", "import-sidebar", sidebar, "-o", csv_, "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = J(r);
  EXPECT_EQ(doc["added"], 1);
  EXPECT_EQ(doc["renamed"], 1);
  ASSERT_EQ(Run({"map", "apply", csv_}).exit_code, 0);
  EXPECT_EQ(Conn().QueryString("SELECT p.name FROM conversations c JOIN projects p ON p.id = c.project_id WHERE c.id = 'c1'").value_or(""),
            "Infra & Ops 🚀");
  auto bad = Run({"map", "import-sidebar", tmp_dir_ + "/nope.json", "-o", csv_});
  EXPECT_EQ(bad.exit_code, 2);
  WriteFile(sidebar, "{\"items\": [");
  auto invalid = Run({"map", "import-sidebar", sidebar, "-o", csv_});
  EXPECT_EQ(invalid.exit_code, 1);
  EXPECT_NE(invalid.err.find("byte"), std::string::npos) << invalid.err;
}

// Monthly re-imports: once a gizmo is mapped, its new conversations join the
// project on import, and a conversation moved to another gizmo follows it.
TEST_F(Projects, LaterImportsFollowTheMapping) {
  WriteFile(csv_, "gizmo_id,project\n" + kInfra + ",Infra\n" + kCooking + ",Cooking\n");
  ASSERT_EQ(Run({"map", "apply", csv_}).exit_code, 0);
  std::string later = tmp_dir_ + "/later.json";
  WriteFile(later, ExportJson({{"c8", "Kubernetes autoscaling", kInfra, 2, 1760000000},
                               {"c4", "Weeknight pasta, now infra?", kInfra, 4, 1760000001},
                               {"c9", "Unmapped gpt chat", kGpt, 2, 1760000002}}));
  auto r = Run({"import", later});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto project_of = [&](const std::string& id) {
    return Conn()
        .QueryString("SELECT COALESCE(p.name, '(none)') FROM conversations c LEFT JOIN projects p "
                     "ON p.id = c.project_id WHERE c.id = " + db::Quote(id))
        .value_or("(missing)");
  };
  EXPECT_EQ(project_of("c8"), "Infra");    // new conversation of a mapped gizmo
  EXPECT_EQ(project_of("c4"), "Infra");    // moved from Cooking's gizmo to Infra's
  EXPECT_EQ(project_of("c5"), "Cooking");  // untouched by the later export
  EXPECT_EQ(project_of("c9"), "(none)");   // gizmo not mapped
  // Re-applying the file afterwards finds nothing to change.
  auto again = J(Run({"map", "apply", csv_, "--json"}));
  EXPECT_EQ(again["conversations_set"], 0) << again.dump();
}

TEST_F(Projects, CheckPassesAndFailsWithExitThree) {
  auto unmapped = Run({"check", "--require-mapped-projects", "--json"});
  EXPECT_EQ(unmapped.exit_code, 3) << unmapped.err;
  auto doc = J(unmapped);
  for (auto& c : doc["checks"])
    if (c["name"] == "unmapped_project_gizmos") {
      EXPECT_EQ(c["status"], "failed");
      EXPECT_EQ(c["count"], 3);
      EXPECT_EQ(c["examples"].size(), 3u);
    }
  EXPECT_EQ(Run({"check"}).exit_code, 0);  // mapping not required, no ratio given
  EXPECT_EQ(Run({"check", "--max-orphan-ratio", "0.5"}).exit_code, 3);  // 6 of 7 orphans

  WriteFile(csv_, "gizmo_id,project\n" + kInfra + ",Infra\n" + kInfra2 + ",Infra\n" + kCooking +
                      ",Cooking\n" + kGpt + ",Translator\n");
  ASSERT_EQ(Run({"map", "apply", csv_}).exit_code, 0);
  auto ok = Run({"check", "--require-mapped-projects", "--max-orphan-ratio", "0", "--json"});
  EXPECT_EQ(ok.exit_code, 0) << ok.out;
  EXPECT_TRUE(J(ok)["ok"].get<bool>());

  // Crafted inconsistencies: a missing parent, a bad current node, synced without a remote id.
  Conn().Execute("UPDATE messages SET parent_id = 'ghost' WHERE conversation_id = 'c1' AND node_id = 'n1'");
  Conn().Execute("UPDATE conversations SET current_node = 'nowhere' WHERE id = 'c2'");
  Conn().Execute("UPDATE conversations SET synced_at = NOW() WHERE id = 'c3'");
  auto bad = Run({"check", "--json"});
  EXPECT_EQ(bad.exit_code, 3) << bad.out;
  std::map<std::string, json> by;
  json bad_doc = J(bad);
  for (auto& c : bad_doc["checks"]) by[c["name"].get<std::string>()] = c;
  EXPECT_EQ(by["missing_parent"]["examples"][0], "c1/n1");
  EXPECT_EQ(by["unreachable_current_node"]["examples"][0], "c2");
  EXPECT_EQ(by["sync_state"]["examples"][0], "c3");
  EXPECT_NE(Run({"check"}).out.find("FAIL"), std::string::npos);

  // --skip leaves out exactly the checks it names (and names must exist).
  auto skipped = Run({"check", "--json", "--skip", "missing_parent", "--skip",
                      "unreachable_current_node", "--skip", "sync_state"});
  EXPECT_EQ(skipped.exit_code, 0) << skipped.out;
  const json skipped_doc = J(skipped);  // kept alive for the loop
  for (auto& c : skipped_doc["checks"]) {
    if (c["name"] == "missing_parent" || c["name"] == "sync_state") {
      EXPECT_EQ(c["status"], "skipped") << c.dump();
    }
  }
  auto partly = Run({"check", "--skip", "missing_parent"});
  EXPECT_EQ(partly.exit_code, 3);
  EXPECT_EQ(Run({"check", "--skip", "no_such_check"}).exit_code, 2);
}

}  // namespace
}  // namespace chatbeto::testing
