// End-to-end: `whatsapp scan --llm [--live]` against the fake OpenAI server
// (a scripted "model" answers from the request's own text) and the real
// MariaDB: the dry run, events with detector llm merged with the rules'
// events, incremental runs, refusals and incomplete answers, rejected
// output, 429 / 5xx retries, a conversation that fails, quota, usage.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <future>
#include <csignal>
#include <regex>
#include <set>
#include <thread>

#include "e2e/llm_fixture.h"

namespace chatbeto::testing {
namespace {

TEST_F(EventsLlm, DryRunPrintsTheRequestsAndSendsNothing) {
  int64_t c = Seed();
  auto r = Run({"whatsapp", "scan", "--llm", "--json"},
               {{"OPENAI_BASE_URL", fake_->BaseUrl()}, {"OPENAI_API_KEY", fake_->ApiKey()}});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find(fake_->ApiKey()), std::string::npos);
  json doc = json::parse(r.out);
  EXPECT_EQ(doc["events_new"], 1);  // the rule scan ran as usual
  EXPECT_EQ(doc["llm"]["live"], false);
  ASSERT_EQ(doc["llm"]["request_bodies"].size(), 1u);
  const json& req = doc["llm"]["request_bodies"][0];
  EXPECT_EQ(req["method"], "POST");
  EXPECT_EQ(req["path"], "/responses");
  EXPECT_EQ(req["body"]["text"]["format"]["strict"], true);
  std::string text = req["body"]["input"][0]["content"];
  EXPECT_NE(text.find("Time zone: Europe/Madrid (UTC+01:00)"), std::string::npos) << text;
  EXPECT_NE(text.find("Wednesday 2025-03-05 09:02 Cliente: El viernes a las 10"), std::string::npos) << text;
  EXPECT_EQ(Messages(req["body"]).size(), 5u);
  EXPECT_EQ(fake_->Requests(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 0);
  // A webhook message without a sender name: its phone number is not sent.
  int64_t hook = Conversation("twilio:+34600111222", "");
  Conn().Execute("INSERT INTO whatsapp_messages (message_sid, conversation_id, from_addr, direction, body, "
                 "received_at, message_type, created_at, updated_at) VALUES ('SM1', " + std::to_string(hook) +
                 ", '+34600111222', 'inbound', 'Hola', '2025-03-05 10:00:00', 'text', UTC_TIMESTAMP(6), "
                 "UTC_TIMESTAMP(6))");
  r = Run({"whatsapp", "scan", "--llm", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  doc = json::parse(r.out);
  ASSERT_EQ(doc["llm"]["request_bodies"].size(), 2u);
  std::string hook_text = doc["llm"]["request_bodies"][1]["body"]["input"][0]["content"];
  EXPECT_NE(hook_text.find("10:00 Contact: Hola"), std::string::npos) << hook_text;
  EXPECT_EQ(r.out.find("600111222"), std::string::npos);
  // Nothing was sent, so nothing is marked: the next dry run shows it again; no key needed.
  r = Run({"whatsapp", "scan", "--llm"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("dry run of --llm (nothing sent; add --live to send): 2 requests"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("POST /responses"), std::string::npos);
  (void)c;
}

TEST_F(EventsLlm, LiveAddsWhatTheRulesMissedWithoutDuplicatingWhatTheyFound) {
  int64_t seed = Seed(), pickup = Pickup();
  json s = Scan({});
  EXPECT_EQ(s["events_new"], 1);  // rules: the seed example
  const json& l = s["llm"];
  EXPECT_EQ(l["conversations"], 2);
  EXPECT_EQ(l["requests"], 2);
  EXPECT_EQ(l["events_new"], 1);
  EXPECT_EQ(l["matched_rules"], 1);
  json ev = Events();
  ASSERT_EQ(ev.size(), 2u);
  std::map<int64_t, json> by_conv;
  for (const auto& e : ev) by_conv[e["conversation"].get<int64_t>()] = e;
  EXPECT_EQ(by_conv[seed]["detector"], "rules");
  EXPECT_EQ(by_conv[pickup]["detector"], "llm");
  EXPECT_EQ(by_conv[pickup]["start"], "2025-03-08T09:00");  // our parser: the coming Saturday, Madrid time
  EXPECT_EQ(by_conv[pickup]["timezone"], "Europe/Madrid");
  EXPECT_EQ(by_conv[pickup]["status"], "confirmed");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_extracted = 1 AND conversation_id = " +
                  std::to_string(pickup)),
            1);
  // The requests met OpenAI's strict-schema rules (the fake answers 400 otherwise) and stored nothing.
  for (const auto& b : fake_->ResponseRequests()) EXPECT_EQ(b["store"], false);

  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(pickup)), 1);
  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(seed)), 1);

  // Incremental: nothing new, nothing sent.
  s = Scan({});
  EXPECT_EQ(s["llm"]["requests"], 0);
  EXPECT_EQ(fake_->ResponseRequests().size(), 2u);
  // A new message: one request, the new message with its context.
  int64_t later = Message(pickup, "Marta", "2025-03-05 12:00:00", "Y el jueves hablamos: Thursday at 3pm");
  s = Scan({});
  EXPECT_EQ(s["llm"]["requests"], 1);
  EXPECT_EQ(s["llm"]["events_new"], 1);
  auto msgs = Messages(fake_->ResponseRequests().back());
  EXPECT_EQ(msgs.size(), 3u);
  EXPECT_TRUE(msgs.count(later));
  // The rule scan of that message (nothing for the rules) keeps counting the LLM's events.
  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(pickup)), 2);
  Message(pickup, "Pablo", "2025-03-05 12:05:00", "ok");
  ASSERT_EQ(Run({"whatsapp", "scan"}).exit_code, 0);
  EXPECT_EQ(Count("SELECT event_count FROM whatsapp_conversations WHERE id = " + std::to_string(pickup)), 2);
  // --reprocess sends everything again and updates in place: no duplicates.
  s = Scan({"--reprocess"});
  EXPECT_EQ(s["llm"]["requests"], 2);
  EXPECT_EQ(s["llm"]["events_new"], 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events"), 3);
}

TEST_F(EventsLlm, RefusalsIncompleteAnswersAndBadOutputAreCountedNotFatal) {
  int64_t a = Conversation("export:a", "");
  Message(a, "X", "2025-03-05 09:00:00", "NO-ANSWER please");
  int64_t b = Conversation("export:b", "");
  Message(b, "X", "2025-03-05 09:00:00", "CUT-OFF here");
  int64_t c = Conversation("export:c", "");
  Message(c, "X", "2025-03-05 09:00:00", "HALLUCINATE something");
  Pickup();
  json s = Scan({});
  const json& l = s["llm"];
  EXPECT_EQ(l["refusals"], 1);
  EXPECT_EQ(l["incomplete"], 1);
  EXPECT_EQ(l["rejected"]["unknown_message_id"], 1);
  ASSERT_EQ(l["rejected_examples"].size(), 1u);
  EXPECT_NE(l["rejected_examples"][0].get<std::string>().find("999999"), std::string::npos);
  EXPECT_EQ(l["events_new"], 1);  // the pickup still went in
  EXPECT_EQ(Count("SELECT SUM(refusals) FROM whatsapp_llm_scan"), 1);
  EXPECT_EQ(Count("SELECT SUM(incomplete) FROM whatsapp_llm_scan"), 1);
  // Counted as read: not sent again.
  s = Scan({});
  EXPECT_EQ(s["llm"]["requests"], 0);
}

TEST_F(EventsLlm, RetriesAfter429And5xx) {
  Pickup();
  fake_->Inject({Fault::k429, "POST /v1/responses", 1, 0, 1});
  fake_->Inject({Fault::k500, "POST /v1/responses", 1});
  fake_->Inject({Fault::k503, "POST /v1/responses", 1});
  json s = Scan({});
  EXPECT_EQ(s["llm"]["requests"], 4);
  EXPECT_EQ(s["llm"]["retries"], 3);
  EXPECT_EQ(s["llm"]["events_new"], 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 1);
}

TEST_F(EventsLlm, AConversationThatKeepsFailingIsNamedAndTriedAgainNextRun) {
  int64_t c = Pickup();
  fake_->Inject({Fault::k500, "POST /v1/responses", 100});
  json s = Scan({}, 4);
  EXPECT_EQ(s["ok"], false);
  ASSERT_EQ(s["llm"]["failed"].size(), 1u);
  EXPECT_NE(s["llm"]["failed"][0].get<std::string>().find("conversation " + std::to_string(c)), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 0);
  EXPECT_EQ(Count("SELECT COALESCE(MAX(last_message_id), 0) FROM whatsapp_llm_scan"), 0);
  fake_->ClearFaults();
  s = Scan({});
  EXPECT_EQ(s["llm"]["requests"], 1);
  EXPECT_EQ(s["llm"]["events_new"], 1);
}

TEST_F(EventsLlm, TwoScannersWithTwoWorkersEachSendEveryConversationOnce) {
  const int kConversations = 30;
  for (int i = 0; i < kConversations; ++i) {
    int64_t c = Conversation("export:m" + std::to_string(i), "Europe/Madrid");
    Message(c, "Marta", "2025-03-05 09:00:00", "Te llevo el sábado a las 9 para ir al aeropuerto");
  }
  fake_->SetResponder([](const json& body) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));  // calls overlap the other scanner's claims
    return ScriptedModel(body);
  });
  auto scan = [this] { return Run({"whatsapp", "scan", "--llm", "--live", "--json", "--workers", "2"}, LiveEnv()); };
  auto a = std::async(std::launch::async, scan);
  auto b = std::async(std::launch::async, scan);
  RunResult ra = a.get(), rb = b.get();
  ASSERT_EQ(ra.exit_code, 0) << ra.err;
  ASSERT_EQ(rb.exit_code, 0) << rb.err;
  json la = json::parse(ra.out)["llm"], lb = json::parse(rb.out)["llm"];
  EXPECT_EQ(la["conversations"].get<int>() + lb["conversations"].get<int>(), kConversations);
  EXPECT_EQ(la["events_new"].get<int>() + lb["events_new"].get<int>(), kConversations);
  EXPECT_EQ(fake_->ResponseRequests().size(), size_t(kConversations));
  std::set<std::string> sent;
  for (const auto& r : fake_->ResponseRequests()) sent.insert(r["input"][0]["content"].get<std::string>());
  EXPECT_EQ(sent.size(), size_t(kConversations));  // each conversation's window once
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), kConversations);
}

TEST_F(EventsLlm, ALockConflictWhileWritingIsRetriedWithoutSendingAgain) {
  Pickup();
  ASSERT_EQ(Run({"whatsapp", "scan"}).exit_code, 0);  // the rule scan first: it has nothing left to write
  const int64_t old_timeout = Count("SELECT @@GLOBAL.innodb_lock_wait_timeout");
  Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = 1");  // sessions started from now on
  Conn().Execute("START TRANSACTION");
  Conn().QueryInt("SELECT COUNT(*) FROM (SELECT id FROM whatsapp_messages FOR UPDATE) t");  // as another writer would
  // Released 2.5 s in: chatbeto's 1 s lock waits have timed out at least once by then.
  std::thread release([this] {
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    Conn().Execute("ROLLBACK");
  });
  auto r = Run({"whatsapp", "scan", "--llm", "--live", "--json"}, LiveEnv());
  release.join();
  Conn().Execute("SET GLOBAL innodb_lock_wait_timeout = " + std::to_string(old_timeout));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("retrying"), std::string::npos) << r.err;
  EXPECT_EQ(json::parse(r.out)["llm"]["events_new"], 1);
  EXPECT_EQ(fake_->ResponseRequests().size(), 1u);  // answered once, written after the retry
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE event_extracted = 1"), 1);
}

TEST_F(EventsLlm, InterruptedLeavesEveryConversationWholeAndTheRerunFinishes) {
  const int kConversations = 6;
  for (int i = 0; i < kConversations; ++i) {
    int64_t c = Conversation("export:i" + std::to_string(i), "");
    Message(c, "Marta", "2025-03-05 09:00:00", "Te llevo el sábado a las 9");
  }
  ASSERT_EQ(Run({"whatsapp", "scan"}).exit_code, 0);
  fake_->SetResponder([](const json& body) {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));  // the run lasts at least 2.4 s
    return ScriptedModel(body);
  });
  std::string keyfile = tmp_dir_ + "/key";
  WriteFile(keyfile, fake_->ApiKey());
  // The signal goes once the first window was sent: the run is then mid-way.
  auto r = RunChatbetoSignalWhen({"--db", DbUrl(), "whatsapp", "scan", "--llm", "--live", "--api-key-file", keyfile},
                                 [&] { return !fake_->ResponseRequests().empty(); }, SIGINT,
                                 {{"OPENAI_BASE_URL", fake_->BaseUrl()}});
  EXPECT_EQ(r.exit_code, 130) << r.err;
  const int64_t done = Count("SELECT COUNT(*) FROM whatsapp_llm_scan WHERE last_message_id > 0");
  EXPECT_LT(done, kConversations);
  // Whole conversations only: an event exactly where the mark moved.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events e JOIN whatsapp_llm_scan s ON s.conversation_id = "
                  "e.conversation_id WHERE e.detector = 'llm' AND s.last_message_id > 0"),
            done);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), done);
  fake_->SetResponder(ScriptedModel);
  json s = Scan({});
  EXPECT_EQ(s["llm"]["conversations"], kConversations - done);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), kConversations);
  EXPECT_LE(fake_->ResponseRequests().size(), size_t(kConversations + 1));  // at most the one cut off is sent again
}

TEST_F(EventsLlm, QuotaStopsTheRun) {
  Pickup();
  fake_->Inject({Fault::kQuota429, "POST /v1/responses", 10});
  json s = Scan({}, 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 0);
  EXPECT_EQ(fake_->ResponseRequests().size(), 0u);  // faults answer before the handler
}

TEST_F(EventsLlm, UsageErrors) {
  Pickup();
  auto r = Run({"whatsapp", "scan", "--live"}, LiveEnv());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("--live only applies with --llm"), std::string::npos) << r.err;
  r = Run({"whatsapp", "scan", "--llm", "--live"}, {{"OPENAI_BASE_URL", fake_->BaseUrl()}});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("API key"), std::string::npos) << r.err;
  EXPECT_EQ(fake_->Requests(), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM whatsapp_messages WHERE processed = 1"), 0);  // nothing ran
}

}  // namespace
}  // namespace chatbeto::testing
