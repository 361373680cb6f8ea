#include "events/llm_request.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "events/temporal_calendar.h"
#include "openai/wire.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

using json = nlohmann::ordered_json;

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

const char* kInstructions =
    "You find calendar events (meetings, appointments, bookings, plans with a day or time) that the "
    "participants of a WhatsApp chat agree on or announce. The chat may be in Spanish or English. "
    "Messages are given as \"[id] weekday date time sender: text\" in the chat's local time. "
    "Only report events whose day and/or time is stated in the messages; ignore past, habitual or "
    "hypothetical statements and times that were only asked about and never agreed. When a plan is "
    "moved, report it once with its final day/time; when it is cancelled, report it with status "
    "\"cancelled\". For each event give: title (a short name, at most 200 characters, in the chat's "
    "language), when (the date/time expression copied verbatim from the messages: one string per "
    "message it comes from, each an exact substring of that message, e.g. [\"el viernes\", \"a las "
    "10\"]), language (\"es\" or \"en\", the language of the expression), status (\"tentative\", "
    "\"confirmed\" or \"cancelled\") and source_message_ids (the ids of the messages that state the "
    "event, its day, time or topic). Never compute dates yourself. At most 20 events; none when "
    "there are none.";

json StringProp(const char* description) {
  return {{"type", "string"}, {"description", description}};
}

}  // namespace

std::string LlmFormatTime(const LocalTime& t) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %04d-%02d-%02d %02d:%02d", kWeekdays[detail::Weekday(t)], t.year, t.month,
                t.day, t.hour, t.minute);
  return buf;
}

std::string LlmFormatOffset(int minutes) {
  char buf[16];
  int a = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60 % 100, a % 60);
  return buf;
}

std::string LlmEventsSchema() {
  json event = {
      {"type", "object"},
      {"properties",
       {{"title", StringProp("Short name of the event")},
        {"when", {{"type", "array"},
                  {"description", "The date/time expression, verbatim: one exact substring per message"},
                  {"items", {{"type", "string"}}}}},
        {"language", {{"type", "string"}, {"enum", {"es", "en"}}}},
        {"status", {{"type", "string"}, {"enum", {"tentative", "confirmed", "cancelled"}}}},
        {"source_message_ids", {{"type", "array"}, {"items", {{"type", "integer"}}}}}}},
      {"required", {"title", "when", "language", "status", "source_message_ids"}},
      {"additionalProperties", false}};
  json root = {{"type", "object"},
               {"properties", {{"events", {{"type", "array"}, {"items", event}}}}},
               {"required", {"events"}},
               {"additionalProperties", false}};
  return root.dump();
}

std::string LlmWindowText(const LlmWindow& w, const LlmRequestOptions& o) {
  std::string s = "Time zone: " + w.time_zone + " (UTC" + LlmFormatOffset(w.utc_offset_minutes) + ")\n";
  if (!w.messages.empty())
    s += "Reference time (the last message): " + LlmFormatTime(w.messages.back().local_time) + "\n";
  s += "Messages:\n";
  for (const ChatMessage& m : w.messages) {
    std::string body = openai::Utf8CutChars(m.body, o.max_body_chars);
    if (body.size() < m.body.size()) body += " [cut]";
    s += "[" + std::to_string(m.id) + "] " + LlmFormatTime(m.local_time) + " " + m.sender + ": " + body + "\n";
  }
  return s;
}

std::string LlmRequestBody(const LlmWindow& w, const LlmRequestOptions& o) {
  if (w.messages.empty()) throw Error(ErrorKind::kInternal, "an LLM window without messages");
  json body = {
      {"model", o.model},
      {"instructions", kInstructions},
      {"input", json::array({{{"type", "message"}, {"role", "user"}, {"content", LlmWindowText(w, o)}}})},
      {"text",
       {{"format",
         {{"type", "json_schema"}, {"name", "chat_events"}, {"strict", true},
          {"schema", json::parse(LlmEventsSchema())}}}}},
      {"store", false},
      {"max_output_tokens", o.max_output_tokens}};
  return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace chatbeto::events
