// The fixture the `whatsapp scan --llm` e2e tests share: a migrated
// database, the fake OpenAI server answering as a scripted "model", helpers
// to write conversations and run the scan.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <map>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/scan_fixture.h"
#include "support/fake_openai.h"
#include "support/harness.h"

namespace chatbeto::testing {

using nlohmann::json;

// The messages of a request as the model sees them: id -> text.
inline std::map<int64_t, std::string> Messages(const json& body) {
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

inline json Response(json content, const std::string& status = "completed", json extra = json::object()) {
  json r = {{"id", "resp_test"}, {"object", "response"}, {"status", status},
            {"output", json::array({{{"id", "msg_1"}, {"type", "message"}, {"role", "assistant"},
                                     {"status", "completed"}, {"content", content}}})}};
  for (auto& [k, v] : extra.items()) r[k] = v;
  return r;
}

inline json OutputText(const json& events) {
  return Response(json::array({{{"type", "output_text"}, {"text", json{{"events", events}}.dump()},
                                {"annotations", json::array()}}}));
}

// A scripted model: for every message holding a phrase it knows, the event
// that phrase states (ids taken from the request); "NO-ANSWER" refuses,
// "CUT-OFF" gives an incomplete response, "HALLUCINATE" cites a message that
// does not exist and a day nobody wrote.
inline json ScriptedModel(const json& body) {
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

class EventsLlm : public ScanTest {
 protected:
  void SetUp() override {
    ScanTest::SetUp();
    fake_ = std::make_unique<FakeOpenAi>();
    fake_->SetResponder(ScriptedModel);
  }
  void TearDown() override {
    fake_.reset();
    ScanTest::TearDown();
  }
  // An exported chat's conversation; `tz` "" = none.
  int64_t Conversation(const std::string& key, const std::string& tz) {
    return ScanTest::Conversation(key, "export", tz);
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
};

}  // namespace chatbeto::testing
