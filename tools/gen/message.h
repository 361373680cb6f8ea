// Writes one mapping node of a synthetic conversation: the node wrapper, its
// message, the content for each content type, and the metadata a real export
// carries. Optional keys are left out now and then, because real exports do
// that and importers must cope.
#pragma once
#include <cstdint>
#include <string>

#include "catalog.h"
#include "corpus.h"
#include "json_out.h"
#include "rng.h"
#include "tree.h"

namespace gen {

class MessageWriter {
 public:
  explicit MessageWriter(const Catalog& cat) : cat_(cat) {}

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
    if (n.kind == Kind::kRoot) o.null(); else message(o, r, s, t, n);
    o.k("parent");
    if (n.parent < 0) o.null(); else o.str(t.nodes[n.parent].id);
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

  static bool is_user(Kind k) { return k == Kind::kUser || k == Kind::kUserImage || k == Kind::kUserFile; }
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
    o.str(k == Kind::kSystem ? "system" : is_user(k) || k == Kind::kUserContext ? "user"
          : is_tool(k) ? "tool" : "assistant");
    o.k("name");
    if (k == Kind::kPyOut || k == Kind::kPyError) o.str("python");
    else if (k == Kind::kBrowse || k == Kind::kQuote) o.str(s.modern ? "web.run" : "browser");
    else o.null();
    o.raw(", \"metadata\": {}}");
    o.k("create_time");
    if (hidden || r.chance(0.005)) o.null(); else o.time_us(n.t_us, s.int_times || r.chance(0.01));
    if (!s.modern || r.chance(0.5)) {
      o.k("update_time");
      if (k == Kind::kText && r.chance(0.05)) o.time_us(n.t_us + 1500000, s.int_times); else o.null();
    }
    o.k("content");
    content(o, r, s, n);
    if (!r.chance(0.005)) {
      o.k("status");
      o.str(n.interrupted ? "in_progress" : "finished_successfully");
    }
    bool calls_tool = k == Kind::kPyCall || k == Kind::kSearchCall;
    if (!s.modern || !(is_user(k) || hidden)) {
      o.k("end_turn");
      if (k == Kind::kText && !n.interrupted) o.boolean(true);
      else if (calls_tool || k == Kind::kThoughts) o.boolean(false);
      else o.null();
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
    o.str(k == Kind::kPyCall ? "python" : k == Kind::kSearchCall ? (s.modern ? "web.run" : "browser") : "all");
    if (s.modern) {
      o.k("channel");
      if (k == Kind::kText) o.str("final");
      else if (k == Kind::kThoughts || calls_tool) o.str("analysis");
      else o.null();
    }
    o.ch('}');
  }

  bool spanish(Rng& r, const Shape& s) { return s.spanish ? !r.chance(0.1) : r.chance(0.05); }

  void parts_open(Out& o, std::string_view type) {
    o.raw("{\"content_type\": \"");
    o.raw(type);
    o.raw("\", \"parts\": [");
  }

  void content(Out& o, Rng& r, const Shape& s, const Node& n) {
    switch (n.kind) {
      case Kind::kRoot: break;
      case Kind::kSystem: o.raw("{\"content_type\": \"text\", \"parts\": [\"\"]}"); break;
      case Kind::kUserContext:
        o.raw("{\"content_type\": \"user_editable_context\", \"user_profile\": \"Preferred name: ");
        o.raw(s.spanish ? "Luc\\u00eda\\nRole: arquitecta" : "Sam\\nRole: data engineer");
        o.raw("\\nOther Information: ");
        o.frag(r.pick(s.spanish ? cat_.spanish : cat_.english));
        o.raw("\", \"user_instructions\": \"");
        o.raw(s.spanish ? "Responde en espa\\u00f1ol, de forma concisa." : "Be concise. Use metric units.");
        o.raw("\"}");
        break;
      case Kind::kUser: case Kind::kUserFile:
        parts_open(o, "text"); o.ch('"'); user_text(o, r, s); o.raw("\"]}"); break;
      case Kind::kUserImage:
        parts_open(o, "multimodal_text");
        image_part(o, r, s);
        o.raw(", \""); user_text(o, r, s); o.raw("\"]}");
        break;
      case Kind::kText:
        parts_open(o, "text"); o.ch('"'); assistant_text(o, r, s, n.cite); o.raw("\"]}"); break;
      case Kind::kPyCall:
        o.raw("{\"content_type\": \"code\", \"language\": \"unknown\", \"response_format_name\": null, \"text\": \"");
        o.frag(r.pick(cat_.python)); o.raw("\"}"); break;
      case Kind::kPyOut:
        o.raw("{\"content_type\": \"execution_output\", \"text\": \""); o.frag(r.pick(cat_.exec_out)); o.raw("\"}"); break;
      case Kind::kPyError:
        o.raw("{\"content_type\": \"system_error\", \"name\": \"tool_error\", \"text\": \"");
        o.frag(r.pick(cat_.tool_errors)); o.raw("\"}"); break;
      case Kind::kSearchCall: {
        // The query is JSON inside a JSON string: quotes escaped twice.
        const auto& p = r.pick(corpus::kPages);
        o.raw("{\"content_type\": \"code\", \"language\": \"unknown\", \"response_format_name\": null, \"text\": ");
        o.text(std::string(R"({"search_query": [{"q": ")") + std::string(p.title) + R"(", "recency": null}]})");
        o.ch('}');
        break;
      }
      case Kind::kBrowse: {
        const auto& p = r.pick(corpus::kPages);
        o.raw("{\"content_type\": \"tether_browsing_display\", \"result\": ");
        o.text(std::string("# \xe3\x80\x90" "0\xe2\x80\xa0") + std::string(p.title) + "\xe2\x80\xa0" + std::string(p.domain) +
               "\xe3\x80\x91\n" + std::string(r.pick(corpus::kEnglish)));
        o.raw(", \"summary\": null, \"assets\": null, \"tether_id\": null}");
        break;
      }
      case Kind::kQuote: {
        const auto& p = r.pick(corpus::kPages);
        o.raw("{\"content_type\": \"tether_quote\", \"url\": \""); o.raw(p.url);
        o.raw("\", \"domain\": \""); o.raw(p.domain);
        o.raw("\", \"text\": \""); o.frag(r.pick(s.spanish ? cat_.spanish : cat_.english));
        o.raw("\", \"title\": "); o.text(p.title);
        o.raw(", \"tether_id\": null}");
        break;
      }
      case Kind::kThoughts:
        o.raw("{\"content_type\": \"thoughts\", \"thoughts\": [{\"summary\": \"Planning the answer\", \"content\": \"");
        o.frag(r.pick(cat_.thoughts));
        o.raw("\", \"chunks\": [], \"finished\": true}], \"source_analysis_msg_id\": \"");
        o.hex(r, 8); o.raw("-"); o.hex(r, 4); o.raw("-4"); o.hex(r, 3); o.raw("-8"); o.hex(r, 3); o.raw("-"); o.hex(r, 12);
        o.raw("\"}");
        break;
      case Kind::kRecap:
        o.raw("{\"content_type\": \"reasoning_recap\", \"content\": \"Thought for ");
        o.integer(r.range(2, 95));
        o.raw("s\"}");
        break;
      case Kind::kWidget:
        o.raw("{\"content_type\": \"future_widget\", \"widget\": {\"kind\": \"carousel\", \"version\": 3, \"items\": "
              "[{\"title\": \"Option A\", \"score\": 0.87}, {\"title\": \"Opci\\u00f3n B\", \"score\": 0.42}]}, "
              "\"fallback_text\": \"");
        o.frag(r.pick(cat_.english));
        o.raw("\"}");
        break;
    }
  }

  // One image part. Modern exports point at sediment://file_…, older ones at
  // file-service://file-…; now and then the shared id whose png the zip holds.
  void image_part(Out& o, Rng& r, const Shape& s) {
    o.raw("{\"content_type\": \"image_asset_pointer\", \"asset_pointer\": \"");
    if (r.chance(0.05)) { o.raw("file-service://"); o.raw(cat_.shared_file_id); }
    else if (s.modern) { o.raw("sediment://file_00000000"); o.hex(r, 24); }
    else { o.raw("file-service://file-"); o.alnum(r, 22); }
    o.raw("\", \"size_bytes\": "); o.integer(r.range(20000, 4000000));
    o.raw(", \"width\": "); o.integer(r.range(320, 4032));
    o.raw(", \"height\": "); o.integer(r.range(240, 3024));
    o.raw(", \"fovea\": null, \"metadata\": {\"dalle\": null, \"gizmo\": null, \"generation\": null, "
          "\"container_pixel_height\": null, \"container_pixel_width\": null, \"sanitized\": true, "
          "\"asset_pointer_link\": null, \"watermarked_asset_pointer\": null}}");
  }

  void sentence(Out& o, Rng& r, bool es) { o.frag(r.pick(es ? cat_.spanish : cat_.english)); }

  void user_text(Out& o, Rng& r, const Shape& s) {
    bool es = spanish(r, s);
    o.frag(r.pick(es ? cat_.user_es : cat_.user_en));
    for (int i = static_cast<int>(r.below(4)); i > 0; --i) { o.ch(' '); sentence(o, r, es); }
    if (r.chance(0.05)) { o.ch(' '); o.frag(r.pick(cat_.intl)); }
    if (r.chance(0.04)) { o.raw("\\n\\n"); o.frag(r.pick(cat_.code)); }
    if (r.chance(0.02)) {  // a pasted document
      for (int i = static_cast<int>(r.range(8, 24)); i > 0; --i) { o.raw(i % 4 ? " " : "\\n\\n"); sentence(o, r, es); }
    }
  }

  void assistant_text(Out& o, Rng& r, const Shape& s, bool cite) {
    bool es = spanish(r, s);
    if (r.chance(0.3)) o.frag(r.pick(cat_.headings));
    int paragraphs = static_cast<int>(r.range(1, 5));
    for (int p = 0; p < paragraphs; ++p) {
      if (p) o.raw("\\n\\n");
      for (int i = static_cast<int>(r.range(2, 5)); i > 0; --i) {
        sentence(o, r, es);
        if (cite && r.chance(0.4)) {
          o.raw(" ");
          o.frag(cat_.cite_open);
          o.integer(r.below(10));
          if (r.chance(0.3)) { o.frag(cat_.cite_more); o.integer(r.below(5)); }
          o.frag(cat_.cite_close);
        }
        if (i > 1) o.ch(' ');
      }
    }
    if (r.chance(0.4)) {
      o.raw("\\n");
      for (int i = static_cast<int>(r.range(2, 5)); i > 0; --i) { o.raw("\\n- "); sentence(o, r, es); }
    }
    if (r.chance(0.25)) { o.raw("\\n\\n"); o.frag(r.pick(cat_.code)); }
    if (r.chance(0.06)) { o.raw("\\n\\n"); o.frag(r.pick(cat_.intl)); }
  }

  void request_id(Out& o, Rng& r) {
    static const char* kPops[] = {"-IAD", "-MAD", "-CDG", "-SJC"};
    o.ch('"'); o.hex(r, 16); o.raw(kPops[r.below(4)]); o.ch('"');
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
      if (s.modern) o.raw(", \"selected_github_repos\": [], \"serialization_metadata\": {\"custom_symbol_offsets\": []}");
      if (k != Kind::kUser) attachment(o, r, s, k);
      o.ch('}');
      return;
    }
    if (s.gizmo) { o.k("gizmo_id"); o.str(s.gizmo->id); }
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
                          : ", \"finish_details\": {\"type\": \"stop\", \"stop_tokens\": [200002]}, \"is_complete\": true");
      o.raw(", \"citations\": []");
      if (n.cite) {
        const auto& p = r.pick(corpus::kPages);
        o.raw(", \"content_references\": [{\"matched_text\": \"");
        o.frag(cat_.cite_open); o.ch('0'); o.frag(cat_.cite_close);
        o.raw("\", \"type\": \"grouped_webpages\", \"items\": [{\"title\": ");
        o.text(p.title);
        o.raw(", \"url\": \""); o.raw(p.url); o.raw("\", \"attribution\": \""); o.raw(p.domain); o.raw("\"}]}]");
      }
    } else if (k == Kind::kBrowse) {
      o.raw(", \"command\": \"search\", \"status\": \"finished\", \"is_complete\": true");
    } else if (k == Kind::kPyOut) {
      o.raw(", \"is_complete\": true, \"aggregate_result\": {\"status\": \"success\", \"run_id\": \"");
      o.hex(r, 32);
      o.raw("\", \"start_time\": "); o.time_us(n.t_us - 900000, false);
      o.raw(", \"end_time\": "); o.time_us(n.t_us - 100000, false);
      o.raw(", \"in_kernel_exception\": null, \"system_exception\": null, \"messages\": [], \"timeout_triggered\": null}");
    }
    o.ch('}');
  }

  // metadata.attachments for a user message with an image or a file.
  void attachment(Out& o, Rng& r, const Shape& s, Kind k) {
    o.raw(", \"attachments\": [{\"id\": \"");
    if (k == Kind::kUserImage) {
      if (s.modern) { o.raw("file_00000000"); o.hex(r, 24); } else { o.raw("file-"); o.alnum(r, 22); }
      o.raw("\", \"size\": "); o.integer(r.range(20000, 4000000));
      o.raw(", \"name\": \"IMG_"); o.integer(r.range(1000, 9999));
      o.raw(".jpeg\", \"mime_type\": \"image/jpeg\", \"width\": "); o.integer(r.range(320, 4032));
      o.raw(", \"height\": "); o.integer(r.range(240, 3024));
    } else {
      const auto& f = r.pick(corpus::kFiles);
      o.raw("file-"); o.alnum(r, 22);
      o.raw("\", \"size\": "); o.integer(r.range(500, 2000000));
      o.raw(", \"name\": "); o.text(f.name);
      o.raw(", \"mime_type\": \""); o.raw(f.mime);
      o.raw("\", \"file_token_size\": "); o.integer(r.range(100, 60000));
    }
    o.raw("}]");
  }
};

}  // namespace gen
