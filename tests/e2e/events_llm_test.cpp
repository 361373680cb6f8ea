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

#include "support/fake_openai.h"
#include "support/harness.h"

namespace chatbeto::testing {
namespace {

using nlohmann::json;

// The messages of a request as the model sees them: id -> text.
std::map<int64_t, std::string> Messages(const json& body) {
  std::map<int64_t, std::string> out;
  std::string text = body["input"][0]["content"];
  static const std::regex line(R"(\[(\d+)\] \S+ \S+ \S+ [^:]+: (.*))");
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    std::smatch m;
    if (std::regex_match(l, m, line)) out[std::stoll(m[1])] = m[2];
  }
  return out;
}

json Response(json content, const std::string& status = "completed", json extra = json::object()) {
  json r = {{"id", "resp_test"}, {"object", "response"}, {"status", status},
            {"output", json::array({{{"id", "msg_1"}, {"type", "message"}, {"role", "assistant"},
                                     {"status", "completed"}, {"content", content}}})}};
  for (auto& [k, v] : extra.items()) r[k] = v;
  return r;
}

json OutputText(const json& events) {
  return Response(json::array({{{"type", "output_text"}, {"text", json{{"events", events}}.dump()},
                                {"annotations", json::array()}}}));
}

// A scripted model: for every message holding a phrase it knows, the event
// that phrase states (ids taken from the request); "NO-ANSWER" refuses,
// "CUT-OFF" gives an incomplete response, "HALLUCINATE" cites a message that
// does not exist and a day nobody wrote.
json ScriptedModel(const json& body) {
  std::map<int64_t, std::string> msgs = Messages(body);
  json events = json::array();
  for (const auto& [id, text] : msgs) {
    if (text.find("NO-ANSWER") != std::string::npos)
      return Response(json::array({{{"type", "refusal"}, {"refusal", "I can't help with that."}}}));
    if (text.find("CUT-OFF") != std::string::npos)
      return Response(json::array({{{"type", "output_text"}, {"text", "{\"events\":[{\"ti"}}}), "incomplete",
                      {{"incomplete_details", {{"reason", "max_output_tokens"}}}});
    if (text.find("HALLUCINATE") != std::string::npos)
      events.push_back({{"title", "Made up"}, {"when", {"el domingo a las 8"}}, {"language", "es"},
                        {"status", "confirmed"}, {"source_message_ids", {id, 999999}}});
    for (const char* when : {"El viernes a las 10", "el sábado a las 9", "Thursday at 3pm"})
      if (text.find(when) != std::string::npos)
        events.push_back({{"title", std::string(when[0] == 'T' ? "Call" : "Recogida") + " " + std::to_string(id)},
                          {"when", {when}}, {"language", when[0] == 'T' ? "en" : "es"},
                          {"status", "confirmed"}, {"source_message_ids", {id}}});
  }
  return OutputText(events);
}

class EventsLlm : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    fake_ = std::make_unique<FakeOpenAi>();
    fake_->SetResponder(ScriptedModel);
    auto r = Run({"db", "migrate"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void TearDown() override {
    fake_.reset();
    DbTest::TearDown();
  }
  int64_t Conversation(const std::string& key, const std::string& tz) {
    Conn().Execute(
        "INSERT INTO whatsapp_conversations (chat_key, platform, name, time_zone, created_at, updated_at) VALUES (" +
        db::Quote(key) + ", 'export', " + db::Quote(key) + ", " + (tz.empty() ? "NULL" : db::Quote(tz)) +
        ", UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    return Conn().QueryInt("SELECT LAST_INSERT_ID()").value();
  }
  int64_t Message(int64_t conv, const std::string& sender, const std::string& utc, const std::string& body) {
    Conn().Execute(
        "INSERT INTO whatsapp_messages (message_sid, conversation_id, sender_name, direction, body, received_at, "
        "message_type, created_at, updated_at) VALUES (" +
        db::Quote("llm-" + db_name_ + "-" + std::to_string(++messages_)) + ", " + std::to_string(conv) + ", " +
        db::Quote(sender) + ", 'inbound', " + db::Quote(body) + ", " + db::Quote(utc) +
        ", 'text', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
    return Conn().QueryInt("SELECT LAST_INSERT_ID()").value();
  }
  // The seed example (the rules find it) on Wednesday 5 March 2025, Madrid.
  int64_t Seed() {
    int64_t c = Conversation("export:Cliente", "Europe/Madrid");
    const char* lines[][2] = {{"Cliente", "Quiero agendar una reunión"}, {"Ana", "Claro, ¿cuándo te gustaría?"},
                              {"Cliente", "El viernes a las 10"},        {"Ana", "Perfecto, ¿sobre qué tema?"},
                              {"Cliente", "Revisión del proyecto"}};
    int minute = 0;
    for (auto& l : lines) Message(c, l[0], "2025-03-05 08:0" + std::to_string(minute++) + ":00", l[1]);
    return c;
  }
  // A plan the rules miss.
  int64_t Pickup() {
    int64_t c = Conversation("export:Marta", "Europe/Madrid");
    Message(c, "Marta", "2025-03-05 09:00:00", "Te llevo el sábado a las 9 para ir al aeropuerto");
    Message(c, "Pablo", "2025-03-05 09:01:00", "Genial, gracias");
    return c;
  }
  std::map<std::string, std::string> LiveEnv() const {
    return {{"OPENAI_API_KEY", fake_->ApiKey()}, {"OPENAI_BASE_URL", fake_->BaseUrl()},
            {"CHATBETO_OPENAI_BACKOFF_SCALE", "0.02"}, {"CHATBETO_OPENAI_TIMEOUT", "5"}};
  }
  json Scan(std::vector<std::string> extra, int want_exit = 0, bool live = true) {
    std::vector<std::string> args = {"whatsapp", "scan", "--llm", "--json"};
    if (live) args.push_back("--live");
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = Run(args, LiveEnv());
    EXPECT_EQ(r.exit_code, want_exit) << r.err;
    EXPECT_EQ(r.out.find(fake_->ApiKey()), std::string::npos) << "the API key leaked to stdout";
    EXPECT_EQ(r.err.find(fake_->ApiKey()), std::string::npos) << "the API key leaked to stderr";
    return r.out.empty() ? json() : json::parse(r.out);
  }
  json Events() {
    auto r = Run({"events", "--json"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return json::parse(r.out);
  }
  std::unique_ptr<FakeOpenAi> fake_;
  int messages_ = 0;
};

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

TEST_F(EventsLlm, LongConversationsGoInWindowsOfFortyWithTheirContext) {
  int64_t c = Conversation("export:long", "");
  for (int i = 0; i < 45; ++i)
    Message(c, i % 2 ? "A" : "B", "2025-03-05 09:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ":00",
            "mensaje " + std::to_string(i));
  Message(c, "A", "2025-03-05 09:50:00", "Te llevo el sábado a las 9");
  json s = Scan({"--context", "5"});
  EXPECT_EQ(s["llm"]["windows"], 2);
  auto reqs = fake_->ResponseRequests();
  ASSERT_EQ(reqs.size(), 2u);
  // sent at the same time: either may arrive first
  if (Messages(reqs[0]).size() != 40u) std::swap(reqs[0], reqs[1]);
  EXPECT_EQ(Messages(reqs[0]).size(), 40u);
  EXPECT_EQ(Messages(reqs[1]).size(), 5u + 6u);  // 5 earlier messages as context, then the last 6 new ones
  EXPECT_EQ(Messages(reqs[1]).begin()->second, "mensaje 35");
  EXPECT_EQ(s["llm"]["events_new"], 1);
}

// A long conversation's windows go out four at a time (each its own client),
// and their answers are read in order as if sent one by one.
TEST_F(EventsLlm, AConversationsWindowsAreSentSeveralAtATime) {
  int64_t c = Conversation("export:busy", "Europe/Madrid");
  for (int i = 0; i < 240; ++i) {
    std::string body = "mensaje " + std::to_string(i);
    if (i == 50) body = "Te llevo el sábado a las 9 al aeropuerto";
    if (i == 210) body = "El viernes a las 10 en la oficina";
    Message(c, i % 2 ? "A" : "B",
            "2025-03-05 " + std::to_string(10 + i / 60) + ":" + (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + ":00",
            body);
  }
  fake_->SetLatency(0.3);
  json s = Scan({});
  EXPECT_EQ(s["llm"]["windows"], 6);
  EXPECT_EQ(s["llm"]["requests"], 6);
  EXPECT_EQ(s["llm"]["answers"], 6);
  EXPECT_GE(fake_->MaxInFlight(), 2);
  EXPECT_LE(fake_->MaxInFlight(), 4);
  EXPECT_EQ(fake_->ResponseRequests().size(), 6u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 2);
  EXPECT_EQ(Count("SELECT requests FROM whatsapp_llm_scan WHERE conversation_id = " + std::to_string(c)), 6);
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
