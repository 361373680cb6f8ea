#include "events/llm_response.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <variant>

#include "events/event_store.h"
#include "events/message_view.h"
#include "events/plan.h"
#include "events/temporal_calendar.h"
#include "openai/wire.h"
#include "util/error.h"

namespace chatbeto::events {
namespace {

using json = nlohmann::json;

constexpr size_t kMaxSourceIds = 50;
constexpr size_t kMaxFragments = 4;
constexpr size_t kMaxFragmentBytes = 200;

std::string Cut(std::string_view s, size_t n = 300) {
  return openai::Utf8CutChars(s, n);
}

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

bool HasControl(std::string_view s) {
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

bool Before(const LocalTime& a, const LocalTime& b) { return detail::ToSeconds(a) < detail::ToSeconds(b); }

// Why `e` (one element of "events") breaks the schema, or "".
std::string SchemaProblem(const json& e) {
  if (!e.is_object()) return "an event is not an object";
  static const std::set<std::string> kFields = {"title", "when", "language", "status", "source_message_ids"};
  for (const auto& [k, v] : e.items())
    if (!kFields.count(k)) return "unexpected field \"" + Cut(k, 40) + "\"";
  for (const auto& f : kFields)
    if (!e.contains(f)) return "missing field \"" + f + "\"";
  if (!e["title"].is_string()) return "title is not a string";
  if (!e["when"].is_array()) return "when is not an array";
  for (const auto& w : e["when"])
    if (!w.is_string()) return "a when fragment is not a string";
  std::string lang = e["language"].is_string() ? e["language"].get<std::string>() : "";
  if (lang != "es" && lang != "en") return "language is not \"es\" or \"en\"";
  std::string st = e["status"].is_string() ? e["status"].get<std::string>() : "";
  if (st != "tentative" && st != "confirmed" && st != "cancelled") return "status is not one of the three";
  if (!e["source_message_ids"].is_array()) return "source_message_ids is not an array";
  for (const auto& id : e["source_message_ids"])
    if (!id.is_number_integer()) return "a source id is not an integer";
  return "";
}

struct Checker {
  const LlmWindow& w;
  std::map<int64_t, size_t> pos;  // message id -> index in w.messages
  std::vector<std::string> lowered;

  explicit Checker(const LlmWindow& window) : w(window) {
    for (size_t i = 0; i < w.messages.size(); ++i) {
      pos[w.messages[i].id] = i;
      lowered.push_back(Lower(w.messages[i].body));
    }
  }

  // Index of the earliest message holding `frag`: among `sources` when one
  // of them does, else in the whole window.
  std::optional<size_t> Holder(const std::string& frag, const std::vector<int64_t>& sources) const {
    const std::string f = Lower(frag);
    std::optional<size_t> best;
    for (int64_t id : sources)
      if (lowered[pos.at(id)].find(f) != std::string::npos && (!best || pos.at(id) < *best)) best = pos.at(id);
    for (size_t i = 0; !best && i < lowered.size(); ++i)
      if (lowered[i].find(f) != std::string::npos) best = i;
    return best;
  }

  // One event, or the reason it is rejected.
  std::variant<ExtractedEvent, LlmRejection> Check(const json& e, int index) const {
    auto reject = [&](LlmReject r, std::string d) -> LlmRejection { return {r, index, Cut(d)}; };
    if (std::string p = SchemaProblem(e); !p.empty()) return reject(LlmReject::kSchema, p);
    std::vector<int64_t> ids;
    for (const auto& v : e["source_message_ids"]) ids.push_back(v.get<int64_t>());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty()) return reject(LlmReject::kNoSourceIds, "no source message ids");
    if (ids.size() > kMaxSourceIds) return reject(LlmReject::kSchema, "more than 50 source ids");
    for (int64_t id : ids)
      if (!pos.count(id)) return reject(LlmReject::kUnknownMessageId, "message id " + std::to_string(id) +
                                                                         " is not in the window");
    std::string title = e["title"].get<std::string>();
    size_t chars = openai::Utf8Length(title);
    if (title.find_first_not_of(" \t") == std::string::npos) return reject(LlmReject::kBadTitle, "empty title");
    if (!ValidUtf8(title)) return reject(LlmReject::kBadTitle, "title is not UTF-8");
    if (chars > kLlmMaxTitleChars)
      return reject(LlmReject::kBadTitle, "title of " + std::to_string(chars) + " characters (at most 200)");
    if (HasControl(title)) return reject(LlmReject::kBadTitle, "control character in the title");

    std::vector<std::string> frags;
    for (const auto& f : e["when"]) {
      std::string s = f.get<std::string>();
      if (s.find_first_not_of(" \t") == std::string::npos) continue;
      if (s.size() > kMaxFragmentBytes) return reject(LlmReject::kWhenNotVerbatim, "a when fragment over 200 bytes");
      frags.push_back(std::move(s));
    }
    if (frags.empty()) return reject(LlmReject::kWhenUnresolved, "no date/time expression");
    if (frags.size() > kMaxFragments) return reject(LlmReject::kSchema, "more than 4 when fragments");
    size_t ref_pos = w.messages.size();
    std::string joined;
    for (const auto& f : frags) {
      auto h = Holder(f, ids);
      if (!h) return reject(LlmReject::kWhenNotVerbatim, "\"" + Cut(f, 80) + "\" is in no message");
      ref_pos = std::min(ref_pos, *h);
      joined += (joined.empty() ? "" : " ") + f;
    }
    const LocalTime ref = w.messages[ref_pos].local_time;
    Lang lang = e["language"] == "es" ? Lang::kEs : Lang::kEn;
    std::optional<TemporalMatch> date, time;
    for (const TemporalMatch& m : FindTemporal(joined, lang, ref)) {
      if (m.has_date && !date) date = m;
      if (m.has_time && !time) time = m;
    }
    if (!date && !time) return reject(LlmReject::kWhenUnresolved, "no day or time in \"" + Cut(joined, 80) + "\"");
    if ((date && date->past) || (time && time->past))
      return reject(LlmReject::kInThePast, "\"" + Cut(joined, 80) + "\" is in the past");
    ExtractedEvent ev;
    LocalTime day = date ? date->start : time->start;
    ev.start = LocalTime{day.year, day.month, day.day, 0, 0, 0};
    if (time) {
      ev.start.hour = time->start.hour;
      ev.start.minute = time->start.minute;
      if (time->end_time) ev.end = EndOnDay(ev.start, *time->end_time);
      if (Before(ev.start, ref)) return reject(LlmReject::kInThePast, SqlDatetime(ev.start) + " is before its message");
    } else {
      ev.all_day = true;
      if (Before(ev.start, detail::DateOnly(ref)))
        return reject(LlmReject::kInThePast, SqlDatetime(ev.start).substr(0, 10) + " is before its message");
    }
    if (!detail::InCalendarRange(ev))
      return reject(LlmReject::kWhenUnresolved, "\"" + Cut(joined, 80) + "\" is beyond the year 9999");
    ev.title = title.substr(title.find_first_not_of(" \t"));
    while (!ev.title.empty() && (ev.title.back() == ' ' || ev.title.back() == '\t')) ev.title.pop_back();
    ev.status = ParseStatus(e["status"].get<std::string>());
    ev.confidence = ev.all_day ? 0.6 : 0.7;
    ev.source_message_ids = ids;
    ev.origin_message_id = ids.front();
    return ev;
  }
};

}  // namespace

const char* LlmRejectName(LlmReject r) {
  switch (r) {
    case LlmReject::kNotJson: return "not_json";
    case LlmReject::kSchema: return "schema";
    case LlmReject::kTooManyEvents: return "too_many_events";
    case LlmReject::kNoSourceIds: return "no_source_ids";
    case LlmReject::kUnknownMessageId: return "unknown_message_id";
    case LlmReject::kBadTitle: return "bad_title";
    case LlmReject::kWhenNotVerbatim: return "when_not_verbatim";
    case LlmReject::kWhenUnresolved: return "when_unresolved";
    case LlmReject::kInThePast: return "in_the_past";
    case LlmReject::kDuplicate: return "duplicate";
  }
  return "unknown";
}

LlmAnswer ParseLlmAnswer(std::string_view body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw Error(ErrorKind::kNetwork, "unreadable response: not a JSON object (" + std::to_string(body.size()) + " bytes)");
  auto out = j.find("output");
  if (out == j.end() || !out->is_array()) throw Error(ErrorKind::kNetwork, "unreadable response: no \"output\" array");
  LlmAnswer a;
  a.response_id = Cut(Str(j, "id"), 100);
  std::string status = Str(j, "status");
  std::string refusal;
  for (const auto& item : *out) {
    if (!item.is_object() || Str(item, "type") != "message") continue;
    auto content = item.find("content");
    if (content == item.end() || !content->is_array()) continue;
    for (const auto& part : *content) {
      if (!part.is_object()) continue;
      std::string type = Str(part, "type");
      if (type == "refusal") refusal += (refusal.empty() ? "" : " ") + Str(part, "refusal");
      else if (type == "output_text") a.output_text += Str(part, "text");
    }
  }
  if (!refusal.empty()) {
    a.kind = LlmAnswerKind::kRefusal;
    a.detail = Cut(refusal);
  } else if (status == "incomplete") {
    a.kind = LlmAnswerKind::kIncomplete;
    auto det = j.find("incomplete_details");
    a.detail = det != j.end() && det->is_object() ? Cut(Str(*det, "reason")) : "";
  } else if (status == "failed" || status == "cancelled") {
    a.kind = LlmAnswerKind::kFailed;
    auto err = j.find("error");
    a.detail = status + (err != j.end() && err->is_object() ? ": " + Cut(Str(*err, "message")) : "");
  } else {
    a.kind = LlmAnswerKind::kOutput;
  }
  if (a.kind != LlmAnswerKind::kOutput) a.output_text.clear();
  return a;
}

LlmValidated ValidateLlmOutput(std::string_view output_text, const LlmWindow& w) {
  LlmValidated v;
  json j = json::parse(output_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    v.rejected.push_back({LlmReject::kNotJson, -1, "the output is not a JSON object (" +
                                                       std::to_string(output_text.size()) + " bytes)"});
    return v;
  }
  if (j.size() != 1 || !j.contains("events") || !j["events"].is_array()) {
    v.rejected.push_back({LlmReject::kSchema, -1, "the output is not {\"events\": [...]}"});
    return v;
  }
  const json& events = j["events"];
  if (events.size() > kLlmMaxEvents)
    v.rejected.push_back({LlmReject::kTooManyEvents, -1, std::to_string(events.size()) + " events; the first " +
                                                             std::to_string(kLlmMaxEvents) + " are read"});
  Checker checker(w);
  std::set<std::pair<std::string, std::string>> seen;  // start, title
  std::set<int64_t> origins;
  for (size_t i = 0; i < events.size() && i < kLlmMaxEvents; ++i) {
    auto r = checker.Check(events[i], int(i));
    if (auto* rej = std::get_if<LlmRejection>(&r)) {
      v.rejected.push_back(std::move(*rej));
      continue;
    }
    ExtractedEvent& e = std::get<ExtractedEvent>(r);
    if (!seen.insert({SqlDatetime(e.start), e.title}).second || !origins.insert(e.origin_message_id).second) {
      v.rejected.push_back({LlmReject::kDuplicate, int(i), "same start and title, or same first source message, "
                                                           "as an earlier event of the answer"});
      continue;
    }
    v.events.push_back(std::move(e));
  }
  return v;
}

}  // namespace chatbeto::events
