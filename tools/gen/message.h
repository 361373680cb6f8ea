// Writes one mapping node of a synthetic conversation: the node wrapper, its
// message and the metadata a real export carries (the content object comes
// from content.h). Optional keys are left out now and then, because real
// exports do that and importers must cope.
#pragma once
#include <cstdint>
#include <string>

#include "catalog.h"
#include "content.h"
#include "corpus.h"
#include "json_out.h"
#include "rng.h"
#include "tree.h"

namespace gen {

class MessageWriter {
 public:
  explicit MessageWriter(const Catalog& cat) : cat_(cat), content_(cat) {}

  // `"<id>": {"id": …, "message": …, "parent": …, "children": […]}`.
  // With drop_last_child the children list leaves out its last entry, as some
  // real exports do (importers must rebuild children from parent).
  void node(Out& o, Rng& r, const Shape& s, const TreeBuilder& t, int i, bool drop_last_child) {
    const Node& n = t.nodes[i];
    o.str(n.id);
    o.raw(": {");
    o.k0("id");
    o.str(n.id);
    o.k("message");
    if (n.kind == Kind::kRoot)
      o.null();
    else
      message(o, r, s, t, n);
    o.k("parent");
    if (n.parent < 0)
      o.null();
    else
      o.str(t.nodes[n.parent].id);
    o.k("children");
    o.ch('[');
    size_t count = n.children.size() - (drop_last_child && !n.children.empty() ? 1 : 0);
    for (size_t c = 0; c < count; ++c) {
      if (c) o.raw(", ");
      o.str(t.nodes[n.children[c]].id);
    }
    o.raw("]}");
  }

 private:
  const Catalog& cat_;
  ContentWriter content_;

  static bool is_user(Kind k) {
    return k == Kind::kUser || k == Kind::kUserImage || k == Kind::kUserFile;
  }
  static bool is_tool(Kind k) {
    return k == Kind::kPyOut || k == Kind::kPyError || k == Kind::kBrowse || k == Kind::kQuote;
  }

  void message(Out& o, Rng& r, const Shape& s, const TreeBuilder& t, const Node& n) {
    Kind k = n.kind;
    bool hidden = k == Kind::kSystem || k == Kind::kUserContext;
    o.ch('{');
    o.k0("id");
    o.str(n.id);
    o.k("author");
    o.raw("{\"role\": ");
    o.str(k == Kind::kSystem                      ? "system"
          : is_user(k) || k == Kind::kUserContext ? "user"
          : is_tool(k)                            ? "tool"
                                                  : "assistant");
    o.k("name");
    if (k == Kind::kPyOut || k == Kind::kPyError)
      o.str("python");
    else if (k == Kind::kBrowse || k == Kind::kQuote)
      o.str(s.modern ? "web.run" : "browser");
    else
      o.null();
    o.raw(", \"metadata\": {}}");
    o.k("create_time");
    if (hidden || r.chance(0.005))
      o.null();
    else
      o.time_us(n.t_us, s.int_times || r.chance(0.01));
    if (!s.modern || r.chance(0.5)) {
      o.k("update_time");
      if (k == Kind::kText && r.chance(0.05))
        o.time_us(n.t_us + 1500000, s.int_times);
      else
        o.null();
    }
    o.k("content");
    content_.content(o, r, s, n);
    if (!r.chance(0.005)) {
      o.k("status");
      o.str(n.interrupted ? "in_progress" : "finished_successfully");
    }
    bool calls_tool = k == Kind::kPyCall || k == Kind::kSearchCall;
    if (!s.modern || !(is_user(k) || hidden)) {
      o.k("end_turn");
      if (k == Kind::kText && !n.interrupted)
        o.boolean(true);
      else if (calls_tool || k == Kind::kThoughts)
        o.boolean(false);
      else
        o.null();
    }
    if (!r.chance(0.01)) {
      o.k("weight");
      o.raw(hidden ? (s.modern ? "0.0" : "0") : (s.modern ? "1.0" : "1"));
    }
    if (!r.chance(0.01)) {
      o.k("metadata");
      metadata(o, r, s, t, n);
    }
    o.k("recipient");
    o.str(k == Kind::kPyCall       ? "python"
          : k == Kind::kSearchCall ? (s.modern ? "web.run" : "browser")
                                   : "all");
    if (s.modern) {
      o.k("channel");
      if (k == Kind::kText)
        o.str("final");
      else if (k == Kind::kThoughts || calls_tool)
        o.str("analysis");
      else
        o.null();
    }
    o.ch('}');
  }

  void request_id(Out& o, Rng& r) {
    static const char* kPops[] = {"-IAD", "-MAD", "-CDG", "-SJC"};
    o.ch('"');
    o.hex(r, 16);
    o.raw(kPops[r.below(4)]);
    o.ch('"');
  }

  void metadata(Out& o, Rng& r, const Shape& s, const TreeBuilder& t, const Node& n) {
    Kind k = n.kind;
    if (k == Kind::kSystem) {
      o.raw(n.parent < 0 ? "{}" : "{\"is_visually_hidden_from_conversation\": true}");
      return;
    }
    if (k == Kind::kUserContext) {
      o.raw("{\"is_visually_hidden_from_conversation\": true, \"is_user_system_message\": true}");
      return;
    }
    o.raw("{\"request_id\": ");
    request_id(o, r);
    o.raw(", \"timestamp_\": \"absolute\", \"message_type\": null");
    if (is_user(k)) {
      if (s.modern)
        o.raw(
            ", \"selected_github_repos\": [], \"serialization_metadata\": "
            "{\"custom_symbol_offsets\": []}");
      if (k != Kind::kUser) attachment(o, r, s, k);
      o.ch('}');
      return;
    }
    if (s.gizmo) {
      o.k("gizmo_id");
      o.str(s.gizmo->id);
    }
    if (!s.modern || r.chance(0.4)) {
      o.k("model_slug");
      o.str(s.modern && r.chance(0.15) ? std::string_view("gpt-5-mini") : s.model);
      o.k("default_model_slug");
      o.str(s.model);
    }
    o.k("parent_id");
    o.str(t.nodes[n.parent].id);
    if (k == Kind::kText) {
      o.raw(n.interrupted ? ", \"finish_details\": {\"type\": \"interrupted\"}"
                          : ", \"finish_details\": {\"type\": \"stop\", \"stop_tokens\": "
                            "[200002]}, \"is_complete\": true");
      o.raw(", \"citations\": []");
      if (n.cite) {
        const auto& p = r.pick(corpus::kPages);
        o.raw(", \"content_references\": [{\"matched_text\": \"");
        o.frag(cat_.cite_open);
        o.ch('0');
        o.frag(cat_.cite_close);
        o.raw("\", \"type\": \"grouped_webpages\", \"items\": [{\"title\": ");
        o.text(p.title);
        o.raw(", \"url\": \"");
        o.raw(p.url);
        o.raw("\", \"attribution\": \"");
        o.raw(p.domain);
        o.raw("\"}]}]");
      }
    } else if (k == Kind::kBrowse) {
      o.raw(", \"command\": \"search\", \"status\": \"finished\", \"is_complete\": true");
    } else if (k == Kind::kPyOut) {
      o.raw(
          ", \"is_complete\": true, \"aggregate_result\": {\"status\": \"success\", \"run_id\": "
          "\"");
      o.hex(r, 32);
      o.raw("\", \"start_time\": ");
      o.time_us(n.t_us - 900000, false);
      o.raw(", \"end_time\": ");
      o.time_us(n.t_us - 100000, false);
      o.raw(
          ", \"in_kernel_exception\": null, \"system_exception\": null, \"messages\": [], "
          "\"timeout_triggered\": null}");
    }
    o.ch('}');
  }

  // metadata.attachments for a user message with an image or a file.
  void attachment(Out& o, Rng& r, const Shape& s, Kind k) {
    o.raw(", \"attachments\": [{\"id\": \"");
    if (k == Kind::kUserImage) {
      o.file_id(r, s.modern);
      o.raw("\", \"size\": ");
      o.integer(r.range(20000, 4000000));
      o.raw(", \"name\": \"IMG_");
      o.integer(r.range(1000, 9999));
      o.raw(".jpeg\", \"mime_type\": \"image/jpeg\", \"width\": ");
      o.integer(r.range(320, 4032));
      o.raw(", \"height\": ");
      o.integer(r.range(240, 3024));
    } else {
      const auto& f = r.pick(corpus::kFiles);
      o.file_id(r, false);
      o.raw("\", \"size\": ");
      o.integer(r.range(500, 2000000));
      o.raw(", \"name\": ");
      o.text(f.name);
      o.raw(", \"mime_type\": \"");
      o.raw(f.mime);
      o.raw("\", \"file_token_size\": ");
      o.integer(r.range(100, 60000));
    }
    o.raw("}]");
  }
};

}  // namespace gen
