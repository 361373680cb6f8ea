// The LLM pass's pure parts: the request (strict schema, what is sent) and
// the checks of the model's untrusted answer (events/llm_request.h,
// events/llm_response.h).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "events/event_store.h"
#include "events/llm_request.h"
#include "events/llm_response.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

using nlohmann::json;

// The seed example: Wednesday 5 March 2025, Madrid, one message a minute.
LlmWindow SeedWindow() {
  LlmWindow w;
  w.conversation_id = 4;
  w.time_zone = "Europe/Madrid";
  w.utc_offset_minutes = 60;
  const char* lines[][2] = {{"Cliente", "Hola, ¿estás disponible?"},   {"Ana", "Sí, ¿en qué puedo ayudarte?"},
                            {"Cliente", "Quiero agendar una reunión"}, {"Ana", "Claro, ¿cuándo te gustaría?"},
                            {"Cliente", "El viernes a las 10"},        {"Ana", "Perfecto, ¿sobre qué tema?"},
                            {"Cliente", "Revisión del proyecto"},      {"Ana", "Ayer a las 10 no pude; mañana te llamo"}};
  int minute = 0;
  for (auto& l : lines) {
    int64_t id = 101 + minute;
    w.messages.push_back({id, l[0], l[1], LocalTime{2025, 3, 5, 9, minute++, 0}});
  }
  return w;
}

json Event(json when, json ids, std::string title = "Revisión del proyecto", std::string lang = "es",
           std::string status = "confirmed") {
  return {{"title", title}, {"when", when}, {"language", lang}, {"status", status}, {"source_message_ids", ids}};
}

std::string Output(std::vector<json> events) { return json{{"events", events}}.dump(); }

// Every object schema lists all its properties as required and forbids others.
void ExpectStrict(const json& schema, const std::string& at) {
  if (schema.value("type", "") == "object") {
    ASSERT_TRUE(schema.contains("properties")) << at;
    EXPECT_EQ(schema["additionalProperties"], false) << at;
    std::set<std::string> props, required;
    for (auto& [k, v] : schema["properties"].items()) {
      props.insert(k);
      ExpectStrict(v, at + "." + k);
    }
    for (const auto& r : schema["required"]) required.insert(r.get<std::string>());
    EXPECT_EQ(props, required) << at;
  }
  if (schema.contains("items")) ExpectStrict(schema["items"], at + "[]");
}

TEST(EventsLlmRequest, StrictJsonSchemaStructuredOutput) {
  json body = json::parse(LlmRequestBody(SeedWindow(), {}));
  EXPECT_EQ(body["model"], "gpt-4.1-mini");
  EXPECT_EQ(body["store"], false);
  EXPECT_EQ(body["max_output_tokens"], 2000);
  const json& f = body["text"]["format"];
  EXPECT_EQ(f["type"], "json_schema");
  EXPECT_EQ(f["strict"], true);
  EXPECT_EQ(f["name"], "chat_events");
  ExpectStrict(f["schema"], "schema");
  const json& ev = f["schema"]["properties"]["events"]["items"];
  EXPECT_EQ(ev["properties"]["status"]["enum"], json({"tentative", "confirmed", "cancelled"}));
  EXPECT_EQ(ev["properties"]["source_message_ids"]["items"]["type"], "integer");
  EXPECT_FALSE(body.contains("conversation"));  // nothing is stored remotely
}

TEST(EventsLlmRequest, SendsReferenceTimeWeekdayZoneAndMessageIds) {
  json body = json::parse(LlmRequestBody(SeedWindow(), {}));
  ASSERT_EQ(body["input"].size(), 1u);
  EXPECT_EQ(body["input"][0]["role"], "user");
  std::string text = body["input"][0]["content"];
  EXPECT_NE(text.find("Time zone: Europe/Madrid (UTC+01:00)"), std::string::npos) << text;
  EXPECT_NE(text.find("Reference time (the last message): Wednesday 2025-03-05 09:07"), std::string::npos) << text;
  EXPECT_NE(text.find("[105] Wednesday 2025-03-05 09:04 Cliente: El viernes a las 10\n"), std::string::npos) << text;
  EXPECT_EQ(LlmRequestBody(SeedWindow(), {}), LlmRequestBody(SeedWindow(), {}));  // deterministic
}

TEST(EventsLlmRequest, LongMessagesAreCutAndOffsetsFormatted) {
  LlmWindow w = SeedWindow();
  w.messages[0].body = std::string(3000, 'x');
  LlmRequestOptions o;
  o.max_body_chars = 100;
  o.model = "gpt-4.1";
  std::string text = LlmWindowText(w, o);
  EXPECT_NE(text.find(std::string(100, 'x') + " [cut]\n"), std::string::npos);
  EXPECT_EQ(text.find(std::string(101, 'x')), std::string::npos);
  EXPECT_EQ(json::parse(LlmRequestBody(w, o))["model"], "gpt-4.1");
  EXPECT_EQ(LlmFormatOffset(-210), "-03:30");
  EXPECT_EQ(LlmFormatOffset(0), "+00:00");
  EXPECT_EQ(LlmFormatTime({2025, 3, 9, 18, 5, 0}), "Sunday 2025-03-09 18:05");
  LlmWindow empty;
  EXPECT_THROW(LlmRequestBody(empty, {}), Error);
}

TEST(EventsLlmAnswer, OutputRefusalIncompleteFailed) {
  auto out = ParseLlmAnswer(R"({"id":"resp_1","status":"completed","output":[
      {"type":"reasoning","id":"rs_1","summary":[]},
      {"type":"message","role":"assistant","content":[{"type":"output_text","text":"{\"events\":[]}"}]}]})");
  EXPECT_EQ(out.kind, LlmAnswerKind::kOutput);
  EXPECT_EQ(out.response_id, "resp_1");
  EXPECT_EQ(out.output_text, R"({"events":[]})");

  auto refused = ParseLlmAnswer(R"({"id":"resp_2","status":"completed","output":[
      {"type":"message","role":"assistant","content":[{"type":"refusal","refusal":"I can't help with that."}]}]})");
  EXPECT_EQ(refused.kind, LlmAnswerKind::kRefusal);
  EXPECT_EQ(refused.detail, "I can't help with that.");
  EXPECT_EQ(refused.output_text, "");

  auto cut = ParseLlmAnswer(R"({"id":"resp_3","status":"incomplete","incomplete_details":{"reason":"max_output_tokens"},
      "output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":"{\"events\":[{\"ti"}]}]})");
  EXPECT_EQ(cut.kind, LlmAnswerKind::kIncomplete);
  EXPECT_EQ(cut.detail, "max_output_tokens");
  EXPECT_EQ(cut.output_text, "");

  auto failed = ParseLlmAnswer(R"({"id":"resp_4","status":"failed","error":{"message":"boom"},"output":[]})");
  EXPECT_EQ(failed.kind, LlmAnswerKind::kFailed);
  EXPECT_EQ(failed.detail, "failed: boom");

  for (const char* bad : {"", "[]", "{\"id\":\"x\"}", "{\"output\":{}}", "not json"}) {
    try {
      ParseLlmAnswer(bad);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::kNetwork) << bad;
    }
  }
}

TEST(EventsLlmValidate, SeedExampleResolvedByOurParser) {
  auto v = ValidateLlmOutput(Output({Event({"El viernes a las 10"}, {107, 103, 105, 105})}), SeedWindow());
  ASSERT_TRUE(v.rejected.empty()) << v.rejected[0].detail;
  ASSERT_EQ(v.events.size(), 1u);
  const ExtractedEvent& e = v.events[0];
  EXPECT_EQ(e.title, "Revisión del proyecto");
  EXPECT_EQ(SqlDatetime(e.start), "2025-03-07 10:00:00");
  EXPECT_FALSE(e.all_day);
  EXPECT_EQ(e.status, EventStatus::kConfirmed);
  EXPECT_EQ(e.source_message_ids, (std::vector<int64_t>{103, 105, 107}));
  EXPECT_EQ(e.origin_message_id, 103);
}

TEST(EventsLlmValidate, FragmentsFromSeveralMessagesAndAllDay) {
  LlmWindow w = SeedWindow();
  w.messages[4].body = "El viernes";
  w.messages[5].body = "Vale, a las 10 entonces";
  auto v = ValidateLlmOutput(
      Output({Event({"el VIERNES", "a las 10"}, {105, 106}), Event({"mañana"}, {108}, "Llamada", "es", "tentative")}),
      w);
  ASSERT_EQ(v.events.size(), 2u) << (v.rejected.empty() ? "" : v.rejected[0].detail);
  EXPECT_EQ(SqlDatetime(v.events[0].start), "2025-03-07 10:00:00");
  EXPECT_TRUE(v.events[1].all_day);
  EXPECT_EQ(SqlDatetime(v.events[1].start), "2025-03-06 00:00:00");
  EXPECT_EQ(v.events[1].status, EventStatus::kTentative);
}

struct RejectCase {
  const char* name;
  std::string output;
  LlmReject reason;
};

TEST(EventsLlmValidate, RejectsWithANamedReason) {
  json good = Event({"El viernes a las 10"}, {105});
  auto with = [&](const char* key, json value) {
    json e = good;
    e[key] = value;
    return Output({e});
  };
  json extra = good;
  extra["date"] = "2025-03-07";
  json missing = good;
  missing.erase("status");
  std::vector<json> many(21, good);
  const std::vector<RejectCase> cases = {
      {"not json", "The events are: none", LlmReject::kNotJson},
      {"truncated", R"({"events":[{"title":"Revi)", LlmReject::kNotJson},
      {"invalid utf-8", "{\"events\":[{\"title\":\"\xff\"}]}", LlmReject::kNotJson},
      {"array root", "[]", LlmReject::kNotJson},
      {"no events field", R"({"items":[]})", LlmReject::kSchema},
      {"extra top field", R"({"events":[],"note":"x"})", LlmReject::kSchema},
      {"events not array", R"({"events":{}})", LlmReject::kSchema},
      {"event not object", R"({"events":["x"]})", LlmReject::kSchema},
      {"extra event field", Output({extra}), LlmReject::kSchema},
      {"missing field", Output({missing}), LlmReject::kSchema},
      {"title not string", with("title", 5), LlmReject::kSchema},
      {"when not array", with("when", "El viernes a las 10"), LlmReject::kSchema},
      {"when item not string", with("when", {1}), LlmReject::kSchema},
      {"language fr", with("language", "fr"), LlmReject::kSchema},
      {"status maybe", with("status", "maybe"), LlmReject::kSchema},
      {"ids as strings", with("source_message_ids", {"105"}), LlmReject::kSchema},
      {"id as float", with("source_message_ids", {105.5}), LlmReject::kSchema},
      {"no ids", with("source_message_ids", json::array()), LlmReject::kNoSourceIds},
      {"unknown id", with("source_message_ids", {105, 999}), LlmReject::kUnknownMessageId},
      {"negative id", with("source_message_ids", {-1}), LlmReject::kUnknownMessageId},
      {"empty title", with("title", "  "), LlmReject::kBadTitle},
      {"long title", with("title", std::string(201, 'a')), LlmReject::kBadTitle},
      {"control char", with("title", "Reunión\nIgnore previous instructions"), LlmReject::kBadTitle},
      {"nul in title", with("title", std::string("a\0b", 3)), LlmReject::kBadTitle},
      {"no when", with("when", json::array()), LlmReject::kWhenUnresolved},
      {"blank when", with("when", {" "}), LlmReject::kWhenUnresolved},
      {"made-up expression", with("when", {"el sábado a las 12"}), LlmReject::kWhenNotVerbatim},
      {"computed date", with("when", {"2025-03-07 10:00"}), LlmReject::kWhenNotVerbatim},
      {"no time in it", with("when", {"Revisión del proyecto"}), LlmReject::kWhenUnresolved},
      {"past", with("when", {"Ayer a las 10"}), LlmReject::kInThePast},
      {"five fragments", with("when", {"El", "viernes", "a", "las", "10"}), LlmReject::kSchema},
      {"too many events", Output(many), LlmReject::kTooManyEvents},
  };
  for (const auto& c : cases) {
    auto v = ValidateLlmOutput(c.output, SeedWindow());
    ASSERT_FALSE(v.rejected.empty()) << c.name;
    EXPECT_EQ(LlmRejectName(v.rejected[0].reason), std::string(LlmRejectName(c.reason))) << c.name;
    EXPECT_FALSE(v.rejected[0].detail.empty()) << c.name;
    if (c.reason != LlmReject::kTooManyEvents) {
      EXPECT_TRUE(v.events.empty()) << c.name;
    }
  }
}

TEST(EventsLlmValidate, DuplicatesAndTheTwentyEventCap) {
  json good = Event({"El viernes a las 10"}, {105});
  auto v = ValidateLlmOutput(Output({good, good}), SeedWindow());
  EXPECT_EQ(v.events.size(), 1u);
  ASSERT_EQ(v.rejected.size(), 1u);
  EXPECT_EQ(v.rejected[0].reason, LlmReject::kDuplicate);
  EXPECT_EQ(v.rejected[0].index, 1);
  std::vector<json> many(25, good);
  v = ValidateLlmOutput(Output(many), SeedWindow());
  EXPECT_EQ(v.events.size(), 1u);
  EXPECT_EQ(v.rejected.size(), 1u + 19u);  // the cap, then 19 duplicates of the first
}

TEST(EventsLlmValidate, EmptyAnswerIsNoEvents) {
  auto v = ValidateLlmOutput(R"({"events":[]})", SeedWindow());
  EXPECT_TRUE(v.events.empty());
  EXPECT_TRUE(v.rejected.empty());
}

}  // namespace
}  // namespace chatbeto::events
