#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include "support/fake_openai_impl.h"

namespace chatbeto::testing {

using nlohmann::json;

namespace {

// Closes the client's connection of `req` without an answer (FIN, then RST
// on close), as a proxy or a crashed server would.
void KillConnection(const httplib::Request& req, int server_port) {
  for (int fd = 3; fd < 4096; ++fd) {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
    sockaddr_in local{}, peer{};
    socklen_t ll = sizeof local, pl = sizeof peer;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &ll) != 0) continue;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &pl) != 0) continue;
    if (local.sin_family != AF_INET || ntohs(local.sin_port) != server_port ||
        ntohs(peer.sin_port) != req.remote_port)
      continue;
    linger lg{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    shutdown(fd, SHUT_RDWR);
    return;
  }
}

// Validates one input item as OpenAI does; returns "" or the error message
// and sets *param.
std::string CheckItem(const json& it, size_t i, std::string* param) {
  std::string at = "items[" + std::to_string(i) + "]";
  *param = at;
  if (!it.is_object()) return "Invalid type for '" + at + "': expected an object.";
  if (it.contains("type") && it["type"] != "message")
    return "Invalid value for '" + at + ".type': only 'message' items are supported here.";
  if (!it.contains("role") || !it["role"].is_string()) return "Missing required parameter: '" + at + ".role'.";
  std::string role = it["role"];
  if (role != "user" && role != "assistant" && role != "system" && role != "developer") {
    *param = at + ".role";
    return "Invalid value: '" + role + "'. Supported values are: 'assistant', 'system', 'developer', and 'user'.";
  }
  if (!it.contains("content")) return "Missing required parameter: '" + at + ".content'.";
  const json& c = it["content"];
  if (c.is_string()) return "";
  if (!c.is_array()) return "Invalid type for '" + at + ".content': expected a string or an array.";
  for (size_t k = 0; k < c.size(); ++k) {
    std::string t = c[k].is_object() && c[k].contains("type") && c[k]["type"].is_string() ? std::string(c[k]["type"]) : "";
    *param = at + ".content[" + std::to_string(k) + "]";
    if (role == "assistant" && t != "output_text" && t != "refusal")
      return "Invalid value: '" + t + "'. Supported values are: 'output_text' and 'refusal'.";
    if (role != "assistant" && t != "input_text" && t != "input_image" && t != "input_file")
      return "Invalid value: '" + t + "'. Supported values are: 'input_text', 'input_image', and 'input_file'.";
  }
  return "";
}

std::string CheckMetadata(const json& md) {
  if (!md.is_object()) return "Invalid type for 'metadata': expected an object.";
  if (md.size() > 16) return "Invalid 'metadata': too many properties. Expected an object with at most 16 properties.";
  for (auto& [k, v] : md.items()) {
    size_t kc = 0, vc = 0;
    for (unsigned char ch : k) kc += (ch & 0xC0) != 0x80;
    if (kc > 64) return "Invalid 'metadata': key '" + k.substr(0, 80) + "' is longer than 64 characters.";
    if (!v.is_string()) return "Invalid type for 'metadata." + k + "': expected a string.";
    for (unsigned char ch : v.get<std::string>()) vc += (ch & 0xC0) != 0x80;
    if (vc > 512) return "Invalid 'metadata." + k + "': string too long. Expected a string with maximum length 512.";
  }
  return "";
}

json Stored(FakeOpenAi::Impl& s, const json& it) {
  std::string role = it["role"];
  json content = json::array();
  std::string part = role == "assistant" ? "output_text" : "input_text";
  if (it["content"].is_string()) content.push_back({{"type", part}, {"text", it["content"]}});
  else content = it["content"];
  return {{"id", s.NewId("msg")}, {"type", "message"}, {"status", "completed"}, {"role", role},
          {"content", content}};
}

json ListOf(const std::vector<json>& items) {
  return {{"object", "list"}, {"data", items}, {"has_more", false},
          {"first_id", items.empty() ? json(nullptr) : items.front()["id"]},
          {"last_id", items.empty() ? json(nullptr) : items.back()["id"]}};
}

// OpenAI's strict-mode rule for structured outputs: every object schema has
// additionalProperties false and lists all its properties in `required`.
std::string StrictSchemaProblem(const json& sc, const std::string& at) {
  if (!sc.is_object()) return "";
  if (sc.value("type", json()) == "object") {
    if (!sc.contains("additionalProperties") || sc["additionalProperties"] != false)
      return "In context=(" + at + "), 'additionalProperties' is required to be supplied and to be false.";
    const json props = sc.value("properties", json::object());
    const json req = sc.value("required", json::array());
    for (auto& [k, v] : props.items()) {
      if (std::find(req.begin(), req.end(), json(k)) == req.end())
        return "In context=(" + at + "), 'required' is required to be supplied and to be an array including every key in properties. Missing '" + k + "'.";
      std::string p = StrictSchemaProblem(v, at.empty() ? "'properties', '" + k + "'" : at + ", 'properties', '" + k + "'");
      if (!p.empty()) return p;
    }
  }
  if (sc.contains("items")) return StrictSchemaProblem(sc["items"], at + (at.empty() ? "" : ", ") + "'items'");
  return "";
}

}  // namespace


namespace {

using Reply = std::pair<int, json>;

Reply Err(int status, const std::string& message, const std::string& type = "invalid_request_error",
          const std::string& param = "", const std::string& code = "") {
  return {status, {{"error", {{"message", message}, {"type", type},
                              {"param", param.empty() ? json(nullptr) : json(param)},
                              {"code", code.empty() ? json(nullptr) : json(code)}}}}};
}

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= path.size()) {
    size_t e = path.find('/', b);
    if (e == std::string::npos) e = path.size();
    if (e > b) out.push_back(path.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

Reply CheckItems(const json& items) {
  if (!items.is_array()) return Err(400, "Invalid type for 'items': expected an array.", "invalid_request_error", "items");
  if (items.size() > 20)
    return Err(400, "Invalid 'items': array too long. Expected an array with maximum length 20, but got an array with length " +
                        std::to_string(items.size()) + " instead.", "invalid_request_error", "items", "array_above_max_length");
  for (size_t i = 0; i < items.size(); ++i) {
    std::string param, msg = CheckItem(items[i], i, &param);
    if (!msg.empty()) return Err(400, msg, "invalid_request_error", param, "invalid_value");
  }
  return {0, nullptr};
}

FakeConversation* Find(FakeOpenAi::Impl& s, const std::string& id) {
  auto it = s.index.find(id);
  if (it == s.index.end() || s.convs[it->second].deleted) return nullptr;
  return &s.convs[it->second];
}

json ConvJson(const FakeConversation& c) {
  return {{"id", c.id}, {"object", "conversation"}, {"created_at", 1750000000}, {"metadata", c.metadata}};
}

// Applies a request to the state (the caller holds the mutex).
Reply Apply(FakeOpenAi::Impl& s, const httplib::Request& req) {
  auto seg = Split(req.path);
  if (seg.empty() || seg[0] != "v1") return Err(404, "Invalid URL (" + req.method + " " + req.path + ")");
  seg.erase(seg.begin());
  json body;
  if (req.method == "POST") {
    body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
      return Err(400, "We could not parse the JSON body of your request.");
  }
  if (seg.size() == 1 && seg[0] == "models" && req.method == "GET")
    return {200, {{"object", "list"}, {"data", json::array({{{"id", "gpt-4.1"}, {"object", "model"}}})}}};
  if (!seg.empty() && seg[0] == "responses" && seg.size() == 1 && req.method == "POST") {
    if (!body.contains("model") || !body["model"].is_string()) return Err(400, "Missing required parameter: 'model'.", "invalid_request_error", "model");
    if (!body.contains("input")) return Err(400, "Missing required parameter: 'input'.", "invalid_request_error", "input");
    s.response_requests.push_back(body);
    const json fmt = body.contains("text") && body["text"].is_object() ? body["text"].value("format", json()) : json();
    if (fmt.is_object() && fmt.value("type", "") == "json_schema" && fmt.value("strict", false)) {
      std::string p = StrictSchemaProblem(fmt.value("schema", json::object()), "");
      if (!p.empty())
        return Err(400, "Invalid schema for response_format '" + fmt.value("name", "") + "': " + p,
                   "invalid_request_error", "text.format.schema", "invalid_json_schema");
    }
    if (s.responder && !body.contains("conversation")) return {200, s.responder(body)};
    std::string question = body["input"].is_string() ? body["input"].get<std::string>() : body["input"].dump();
    json out_msg = {{"id", s.NewId("msg")}, {"type", "message"}, {"status", "completed"}, {"role", "assistant"},
                    {"content", json::array({{{"type", "output_text"}, {"text", "Answer to: " + question}, {"annotations", json::array()}}})}};
    json reasoning = {{"id", s.NewId("rs")}, {"type", "reasoning"}, {"summary", json::array()}};
    if (body.contains("conversation")) {
      std::string cid = body["conversation"].is_string() ? body["conversation"].get<std::string>() : "";
      FakeConversation* c = Find(s, cid);
      if (!c) return Err(404, "Conversation with id '" + cid + "' not found.", "invalid_request_error", "conversation");
      c->items.push_back(Stored(s, {{"role", "user"}, {"content", question}}));
      c->items.push_back(reasoning);
      c->items.push_back(out_msg);
    }
    return {200, {{"id", s.NewId("resp")}, {"object", "response"}, {"status", "completed"}, {"model", body["model"]},
                  {"output", json::array({reasoning, out_msg})}}};
  }
  if (seg.empty() || seg[0] != "conversations") return Err(404, "Invalid URL (" + req.method + " " + req.path + ")");
  if (seg.size() == 1 && req.method == "POST") {
    if (body.contains("metadata")) {
      std::string m = CheckMetadata(body["metadata"]);
      if (!m.empty()) return Err(400, m, "invalid_request_error", "metadata");
    }
    if (body.contains("items")) {
      Reply bad = CheckItems(body["items"]);
      if (bad.first) return bad;
    }
    FakeConversation c;
    c.id = s.NewId("conv");
    c.metadata = body.contains("metadata") ? body["metadata"] : json::object();
    if (body.contains("items"))
      for (const auto& it : body["items"]) c.items.push_back(Stored(s, it));
    s.index[c.id] = s.convs.size();
    s.convs.push_back(c);
    return {200, ConvJson(c)};
  }
  if (seg.size() < 2) return Err(404, "Invalid URL (" + req.method + " " + req.path + ")");
  FakeConversation* c = Find(s, seg[1]);
  if (!c) return Err(404, "Conversation with id '" + seg[1] + "' not found.", "invalid_request_error", "", "not_found");
  if (seg.size() == 2) {
    if (req.method == "GET") return {200, ConvJson(*c)};
    if (req.method == "DELETE") {
      c->deleted = true;  // like OpenAI: the items stay
      return {200, {{"id", c->id}, {"object", "conversation.deleted"}, {"deleted", true}}};
    }
    if (req.method == "POST") {
      std::string m = body.contains("metadata") ? CheckMetadata(body["metadata"]) : "Missing required parameter: 'metadata'.";
      if (!m.empty()) return Err(400, m, "invalid_request_error", "metadata");
      c->metadata = body["metadata"];
      return {200, ConvJson(*c)};
    }
  }
  if (seg.size() == 3 && seg[2] == "items") {
    if (req.method == "POST") {
      if (!body.contains("items")) return Err(400, "Missing required parameter: 'items'.", "invalid_request_error", "items");
      Reply bad = CheckItems(body["items"]);
      if (bad.first) return bad;
      std::vector<json> created;
      for (const auto& it : body["items"]) {
        created.push_back(Stored(s, it));
        c->items.push_back(created.back());
      }
      return {200, ListOf(created)};
    }
    if (req.method == "GET") {
      long limit = 20;
      if (req.has_param("limit")) {
        char* end = nullptr;
        std::string v = req.get_param_value("limit");
        limit = std::strtol(v.c_str(), &end, 10);
        if (!end || *end || limit < 1 || limit > 100)
          return Err(400, "Invalid 'limit': integer above maximum value. Expected a value between 1 and 100.", "invalid_request_error", "limit", "integer_above_max_value");
      }
      std::string order = req.has_param("order") ? req.get_param_value("order") : "desc";
      if (order != "asc" && order != "desc") return Err(400, "Invalid value: '" + order + "'. Supported values are: 'asc' and 'desc'.", "invalid_request_error", "order");
      std::vector<json> all = c->items;
      if (order == "desc") std::reverse(all.begin(), all.end());
      size_t start = 0;
      if (req.has_param("after")) {
        std::string after = req.get_param_value("after");
        start = all.size();
        for (size_t i = 0; i < all.size(); ++i)
          if (all[i]["id"] == after) start = i + 1;
      }
      std::vector<json> page(all.begin() + std::min(start, all.size()),
                             all.begin() + std::min(all.size(), start + size_t(limit)));
      json l = ListOf(page);
      l["has_more"] = start + size_t(limit) < all.size();
      return {200, l};
    }
  }
  if (seg.size() == 4 && seg[2] == "items") {
    for (size_t i = 0; i < c->items.size(); ++i) {
      if (c->items[i]["id"] != seg[3]) continue;
      if (req.method == "GET") return {200, c->items[i]};
      if (req.method == "DELETE") {
        c->items.erase(c->items.begin() + i);
        return {200, ConvJson(*c)};
      }
    }
    return Err(404, "Item with id '" + seg[3] + "' not found.", "invalid_request_error", "", "not_found");
  }
  return Err(404, "Invalid URL (" + req.method + " " + req.path + ")");
}

}  // namespace

void InstallRoutes(FakeOpenAi::Impl& s) {
  auto handler = [&s](const httplib::Request& req, httplib::Response& res) {
    using Clock = std::chrono::steady_clock;
    if (req.path.rfind("/_fake/", 0) == 0) {
      if (req.path == "/_fake/state") {
        res.set_content(StateJson(s).dump(), "application/json");
      } else if (req.path == "/_fake/stats") {
        std::lock_guard<std::mutex> l(s.mu);
        res.set_content(json{{"requests", s.requests}, {"first", s.first_t}, {"last", s.last_t}}.dump(),
                        "application/json");
      } else if (req.path == "/_fake/ratelimit") {
        std::lock_guard<std::mutex> l(s.mu);
        s.rpm = std::atoi(req.get_param_value("rpm").c_str());
      }
      return;
    }
    InFlight in_flight(s);
    double now_s = std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
    Fault fault{};
    bool faulty = false;
    FaultRule rule;
    {
      std::lock_guard<std::mutex> l(s.mu);
      ++s.requests;
      if (s.first_t == 0) s.first_t = now_s;
      s.last_t = now_s;
      s.last_headers.clear();
      for (const auto& [k, v] : req.headers) {
        std::string lk = k;
        for (auto& ch : lk) ch = char(std::tolower(static_cast<unsigned char>(ch)));
        s.last_headers[lk] = v;
      }
      s.all_text += req.method + " " + req.target + "\n" + req.body + "\n";
      res.set_header("x-request-id", "req_" + std::to_string(s.requests));
      if (req.get_header_value("Authorization") != "Bearer " + s.key) {
        auto [st, body] = Err(401, "Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.",
                              "invalid_request_error", "", "invalid_api_key");
        res.status = st;
        res.set_content(body.dump(), "application/json");
        s.log.push_back(req.method + " " + req.path + " -> 401");
        return;
      }
      if (s.rpm > 0) {
        auto now = Clock::now();
        while (!s.window.empty() && now - s.window.front() >= std::chrono::seconds(60)) s.window.pop_front();
        double reset = s.window.empty() ? 0 : 60 - std::chrono::duration<double>(now - s.window.front()).count();
        res.set_header("x-ratelimit-limit-requests", std::to_string(s.rpm));
        if (int(s.window.size()) >= s.rpm) {
          res.set_header("x-ratelimit-remaining-requests", "0");
          res.set_header("x-ratelimit-reset-requests", std::to_string(int(reset * 1000)) + "ms");
          res.set_header("retry-after-ms", std::to_string(int(reset * 1000) + 1));
          auto [st, body] = Err(429, "Rate limit reached for requests per min (RPM).", "requests", "", "rate_limit_exceeded");
          res.status = st;
          res.set_content(body.dump(), "application/json");
          s.log.push_back(req.method + " " + req.path + " -> 429");
          return;
        }
        s.window.push_back(now);
        res.set_header("x-ratelimit-remaining-requests", std::to_string(s.rpm - int(s.window.size())));
        res.set_header("x-ratelimit-reset-requests", std::to_string(int(reset * 1000)) + "ms");
      }
      std::string line = req.method + " " + req.path;
      for (size_t i = 0; i < s.rules.size(); ++i) {
        FaultRule& r = s.rules[i];
        if (r.count <= 0 || line.rfind(r.match, 0) != 0) continue;
        if (s.seen[i]++ < r.skip) continue;
        --r.count;
        fault = r.fault;
        rule = r;
        faulty = true;
        break;
      }
      if (faulty) {
        int st = 0;
        Reply rep;
        switch (fault) {
          case Fault::k429:
            rep = Err(429, "Rate limit reached for requests.", "requests", "", "rate_limit_exceeded");
            res.set_header("Retry-After", std::to_string(int(rule.retry_after_s)));
            st = 429;
            break;
          case Fault::kQuota429:
            rep = Err(429, "You exceeded your current quota, please check your plan and billing details.", "insufficient_quota", "", "insufficient_quota");
            st = 429;
            break;
          case Fault::k500: rep = Err(500, "The server had an error while processing your request.", "server_error"); st = 500; break;
          case Fault::k503: rep = Err(503, "The engine is currently overloaded, please try again later.", "server_error"); st = 503; break;
          case Fault::kResetBeforeRead:
            s.log.push_back(line + " -> reset");
            KillConnection(req, s.port);
            return;
          default: break;
        }
        if (st) {
          res.status = st;
          res.set_content(rep.second.dump(), "application/json");
          s.log.push_back(line + " -> " + std::to_string(st));
          return;
        }
      }
      auto [st, body] = Apply(s, req);
      res.status = st;
      std::string text = body.dump();
      s.log.push_back(line + " -> " + std::to_string(st) + (faulty ? " (then fault)" : ""));
      if (!faulty) {
        res.set_content(text, "application/json");
        return;
      }
      if (fault == Fault::kDropAfterApply) {
        KillConnection(req, s.port);
        return;
      }
      if (fault == Fault::kCutBodyAfterApply) {
        res.set_content(text.substr(0, text.size() / 2), "application/json");
        return;
      }
      res.set_content(text, "application/json");
    }
    // kSlowAfterApply: applied; the answer comes too late (outside the lock).
    std::this_thread::sleep_for(std::chrono::duration<double>(rule.delay_s));
  };
  s.server.Get(".*", handler);
  s.server.Post(".*", handler);
  s.server.Delete(".*", handler);
  s.server.set_keep_alive_max_count(1000);
}

}  // namespace chatbeto::testing
