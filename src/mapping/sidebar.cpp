#include "mapping/sidebar.h"

#include <simdjson.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "mapping/mapping_file.h"
#include "mapping/text.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::mapping {
namespace {

using simdjson::dom::element;

// simdjson says what is wrong but not where; nlohmann's SAX parser says where.
// It runs only after simdjson rejected the input, and builds no document.
class ErrorLocator : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    found = true;
    this->position = position;
    message = e.what();
    return false;
  }

  bool found = false;
  std::size_t position = 0;  // 1-based: characters read including the bad one
  std::string message;
};

// "[json.exception.parse_error.101] parse error at line 1, column 4: syntax
// error ..." -> "syntax error ... (line 1, column 4)"
std::string TidyNlohmannMessage(const std::string& what) {
  std::string m = what.substr(what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2);
  constexpr std::string_view kAt = "parse error at ";
  if (m.compare(0, kAt.size(), kAt) != 0) return m;
  const size_t colon = m.find(": ");
  if (colon == std::string::npos) return m;
  return m.substr(colon + 2) + " (" + m.substr(kAt.size(), colon - kAt.size()) + ")";
}

// Offset of the bracket that nests deeper than max_depth, or npos.
size_t FindDepthExcess(std::string_view s, size_t max_depth) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}

[[noreturn]] void ThrowInvalidJson(std::string_view file_name, std::string_view body,
                                   size_t body_offset, simdjson::error_code code,
                                   size_t max_depth) {
  std::string what = std::string("invalid JSON: ") + simdjson::error_message(code);
  size_t at = std::string_view::npos;
  ErrorLocator locator;
  nlohmann::json::sax_parse(body.begin(), body.end(), &locator);
  if (locator.found) {
    at = std::min(locator.position > 0 ? locator.position - 1 : 0, body.size());
    what = "invalid JSON: " + TidyNlohmannMessage(locator.message);
  } else if (code == simdjson::DEPTH_ERROR) {
    at = FindDepthExcess(body, max_depth);
    what = "invalid JSON: nested deeper than " + std::to_string(max_depth) + " levels";
  }
  std::string prefix(file_name);
  if (at != std::string_view::npos) prefix += ": byte " + std::to_string(body_offset + at);
  throw Error(ErrorKind::kInvalidInput,
              prefix + ": " + what + "; save the sidebar response again from the browser");
}

std::optional<std::string_view> StringAt(const element& e, std::string_view pointer) {
  std::string_view s;
  if (e.at_pointer(pointer).get(s) != simdjson::SUCCESS) return std::nullopt;
  return s;
}

void ReadItem(const element& item, const std::string& where, std::vector<SidebarProject>* out,
              SidebarDiagnostics* d) {
  auto id = StringAt(item, "/gizmo/gizmo/id");
  if (!id) id = StringAt(item, "/gizmo/id");
  auto name = StringAt(item, "/gizmo/gizmo/display/name");
  if (!name) name = StringAt(item, "/gizmo/display/name");
  if (!id) {
    d->warnings.push_back(where + ": no gizmo id (gizmo.gizmo.id); skipped");
  } else if (GizmoKind(*id) == Kind::kInvalid) {
    d->warnings.push_back(where + ": gizmo id " + QuoteForMessage(*id) +
                          " is not a project or custom GPT id; skipped");
  } else if (!name) {
    d->warnings.push_back(where + ": gizmo " + std::string(*id) +
                          " has no name (gizmo.gizmo.display.name); skipped");
  } else if (auto problem = ProjectNameProblem(*name)) {
    d->warnings.push_back(where + ": gizmo " + std::string(*id) + ": project name " + *problem +
                          "; skipped");
  } else {
    out->push_back({std::string(*id), std::string(*name), where});
  }
}

}  // namespace

std::vector<SidebarProject> ParseSidebar(std::string_view json, std::string_view file_name,
                                         SidebarDiagnostics* diagnostics) {
  SidebarDiagnostics local;
  SidebarDiagnostics& d = diagnostics ? *diagnostics : local;
  // Editors on Windows may add a BOM, which simdjson 3.0 does not skip.
  const size_t offset = json.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  const std::string_view body = json.substr(offset);
  const std::string file(file_name);

  simdjson::dom::parser parser;
  element root;
  if (auto code = parser.parse(body.data(), body.size()).get(root))
    ThrowInvalidJson(file_name, body, offset, code, parser.max_depth());

  std::vector<std::pair<element, std::string>> pages;  // page, path prefix for messages
  simdjson::dom::array page_array;
  if (root.is_object()) {
    pages.emplace_back(root, "");
  } else if (root.get(page_array) == simdjson::SUCCESS) {
    size_t i = 0;
    for (element page : page_array) pages.emplace_back(page, "[" + std::to_string(i++) + "].");
  }

  std::vector<SidebarProject> found;
  bool any_items = false;
  for (const auto& [page, prefix] : pages) {
    simdjson::dom::array items;
    if (page["items"].get(items) != simdjson::SUCCESS) {
      if (!prefix.empty())
        d.warnings.push_back(file + ": " + prefix.substr(0, prefix.size() - 1) +
                             " has no \"items\" array; skipped");
      continue;
    }
    any_items = true;
    size_t i = 0;
    for (element item : items)
      ReadItem(item, file + ": " + prefix + "items[" + std::to_string(i++) + "]", &found, &d);
  }
  if (!any_items)
    throw Error(ErrorKind::kInvalidInput,
                file + ": no \"items\" array; expected the JSON of ChatGPT's project sidebar "
                       "(/backend-api/gizmos/snorlax/sidebar): one page {\"items\": [...]} or "
                       "an array of pages");

  std::vector<SidebarProject> out = DedupeSidebarProjects(found, &d.errors);
  if (!diagnostics) {
    for (const std::string& w : d.warnings) log::Warn(w);
    if (!d.errors.empty()) {
      std::string all;
      for (const std::string& e : d.errors) all += (all.empty() ? "" : "\n") + e;
      throw Error(ErrorKind::kInvalidInput, all);
    }
  }
  return out;
}

std::vector<SidebarProject> DedupeSidebarProjects(const std::vector<SidebarProject>& projects,
                                                  std::vector<std::string>* errors) {
  std::vector<SidebarProject> out;
  std::map<std::string, size_t, std::less<>> first;  // gizmo id -> index in out
  for (const SidebarProject& p : projects) {
    auto [it, inserted] = first.emplace(p.gizmo_id, out.size());
    if (inserted) {
      out.push_back(p);
      continue;
    }
    const SidebarProject& kept = out[it->second];
    if (kept.name != p.name && errors)
      errors->push_back(p.where + ": gizmo " + p.gizmo_id + " is named " +
                        QuoteForMessage(p.name) + " here but " + QuoteForMessage(kept.name) +
                        " at " + kept.where + "; keeping the first. Were the pages saved at "
                        "different times? Save them again together");
  }
  return out;
}

}  // namespace chatbeto::mapping
