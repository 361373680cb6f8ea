#include "openai/wire.h"

#include <nlohmann/json.hpp>

#include "util/error.h"

namespace chatbeto::openai {
namespace {

using json = nlohmann::json;

json ParseObject(std::string_view body, const char* what) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded())
    throw Error(ErrorKind::kNetwork, std::string("unreadable ") + what + ": not JSON (" +
                                         std::to_string(body.size()) + " bytes)");
  if (!j.is_object())
    throw Error(ErrorKind::kNetwork, std::string("unreadable ") + what + ": not a JSON object");
  return j;
}

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string PartsText(const json& content) {
  if (content.is_string()) return content.get<std::string>();
  std::string text;
  if (!content.is_array()) return text;
  for (const auto& part : content) {
    if (!part.is_object()) continue;
    std::string type = Str(part, "type");
    if (type == "refusal") text += Str(part, "refusal");
    else text += Str(part, "text");
  }
  return text;
}

RemoteItem ToItem(const json& o, const char* what) {
  if (!o.is_object()) throw Error(ErrorKind::kNetwork, std::string(what) + ": an item is not an object");
  RemoteItem it;
  it.id = Str(o, "id");
  it.type = Str(o, "type");
  if (it.type.empty()) throw Error(ErrorKind::kNetwork, std::string(what) + ": an item has no type");
  if (it.type == "message") {
    it.role = Str(o, "role");
    if (o.contains("content")) it.text = PartsText(o["content"]);
  }
  return it;
}

json ItemJson(const MessageItem& m) {
  return json{{"type", "message"}, {"role", m.role}, {"content", m.text}};
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Utf8CutChars(std::string_view s, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) return std::string(s.substr(0, i));
      ++chars;
    }
  }
  return std::string(s);
}

std::string CreateConversationBody(const Metadata& metadata) {
  if (metadata.size() > kMaxMetadataPairs)
    throw Error(ErrorKind::kInternal, "metadata has more than 16 pairs");
  json md = json::object();
  for (const auto& [k, v] : metadata) {
    if (Utf8Length(k) > kMaxMetadataKeyChars || Utf8Length(v) > kMaxMetadataValueChars)
      throw Error(ErrorKind::kInternal, "metadata key or value over the limit: " + k);
    md[k] = v;
  }
  return Dump(json{{"metadata", md}});
}

std::string AppendItemsBody(const std::vector<MessageItem>& items) {
  if (items.empty() || items.size() > kMaxItemsPerRequest)
    throw Error(ErrorKind::kInternal, "an append carries 1..20 items, not " + std::to_string(items.size()));
  json arr = json::array();
  for (const auto& m : items) arr.push_back(ItemJson(m));
  return Dump(json{{"items", arr}});
}

std::string ListItemsPath(const std::string& conversation_id, const std::string& after, size_t limit) {
  std::string p = "/conversations/" + conversation_id + "/items?order=asc&limit=" +
                  std::to_string(std::min(limit, kMaxListLimit));
  if (!after.empty()) p += "&after=" + after;
  return p;
}

std::string ResponseBody(const std::string& model, const std::string& conversation_id,
                         const std::string& input, const std::string& extra_json) {
  json j = {{"model", model}, {"conversation", conversation_id}, {"input", input}};
  if (!extra_json.empty()) {
    json extra = json::parse(extra_json, nullptr, false);
    if (!extra.is_object()) throw Error(ErrorKind::kInternal, "extra request fields are not a JSON object");
    for (auto& [k, v] : extra.items()) j[k] = v;
  }
  return Dump(j);
}

std::string ParseConversationId(std::string_view body) {
  json j = ParseObject(body, "conversation");
  std::string id = Str(j, "id");
  if (id.empty()) throw Error(ErrorKind::kNetwork, "unreadable conversation: no \"id\"");
  if (id.size() > 100) throw Error(ErrorKind::kNetwork, "unreadable conversation: id over 100 bytes");
  return id;
}

ItemPage ParseItemList(std::string_view body) {
  json j = ParseObject(body, "item list");
  auto data = j.find("data");
  if (data == j.end() || !data->is_array())
    throw Error(ErrorKind::kNetwork, "unreadable item list: no \"data\" array");
  ItemPage page;
  for (const auto& o : *data) page.data.push_back(ToItem(o, "item list"));
  auto more = j.find("has_more");
  page.has_more = more != j.end() && more->is_boolean() && more->get<bool>();
  page.last_id = Str(j, "last_id");
  if (page.last_id.empty() && !page.data.empty()) page.last_id = page.data.back().id;
  if (page.has_more && page.last_id.empty())
    throw Error(ErrorKind::kNetwork, "unreadable item list: has_more without a last id");
  return page;
}

ResponseResult ParseResponse(std::string_view body) {
  json j = ParseObject(body, "response");
  ResponseResult r;
  r.id = Str(j, "id");
  r.status = Str(j, "status");
  auto out = j.find("output");
  if (out == j.end() || !out->is_array())
    throw Error(ErrorKind::kNetwork, "unreadable response: no \"output\" array");
  for (const auto& o : *out) {
    RemoteItem it = ToItem(o, "response output");
    if (it.type == "message" && !it.text.empty()) {
      if (!r.output_text.empty()) r.output_text += "\n";
      r.output_text += it.text;
    }
    r.output.push_back(std::move(it));
  }
  return r;
}

std::string ContentText(std::string_view content_json) {
  json j = json::parse(content_json, nullptr, false);
  return j.is_discarded() ? std::string() : PartsText(j);
}

}  // namespace chatbeto::openai
