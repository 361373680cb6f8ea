// The `content` object of each kind of synthetic message, and the text in
// it. Text is assembled from pre-escaped corpus fragments straight into the
// output buffer, which is what keeps the generator at hundreds of MB/s.
#pragma once
#include <string>
#include <string_view>

#include "catalog.h"
#include "corpus.h"
#include "json_out.h"
#include "rng.h"
#include "tree.h"

namespace gen {

class ContentWriter {
 public:
  explicit ContentWriter(const Catalog& cat) : cat_(cat) {}

  void content(Out& o, Rng& r, const Shape& s, const Node& n) {
    switch (n.kind) {
      case Kind::kRoot:
        break;
      case Kind::kSystem:
        o.raw("{\"content_type\": \"text\", \"parts\": [\"\"]}");
        break;
      case Kind::kUserContext:
        o.raw("{\"content_type\": \"user_editable_context\", \"user_profile\": \"Preferred name: ");
        o.raw(s.spanish ? "Luc\\u00eda\\nRole: arquitecta" : "Sam\\nRole: data engineer");
        o.raw("\\nOther Information: ");
        o.frag(r.pick(s.spanish ? cat_.spanish : cat_.english));
        o.raw("\", \"user_instructions\": \"");
        o.raw(s.spanish ? "Responde en espa\\u00f1ol, de forma concisa."
                        : "Be concise. Use metric units.");
        o.raw("\"}");
        break;
      case Kind::kUser:
      case Kind::kUserFile:
        parts_open(o, "text");
        o.ch('"');
        user_text(o, r, s);
        o.raw("\"]}");
        break;
      case Kind::kUserImage:
        parts_open(o, "multimodal_text");
        image_part(o, r, s);
        o.raw(", \"");
        user_text(o, r, s);
        o.raw("\"]}");
        break;
      case Kind::kText:
        parts_open(o, "text");
        o.ch('"');
        assistant_text(o, r, s, n.cite);
        o.raw("\"]}");
        break;
      case Kind::kPyCall:
        o.raw(
            "{\"content_type\": \"code\", \"language\": \"unknown\", \"response_format_name\": "
            "null, \"text\": \"");
        o.frag(r.pick(cat_.python));
        o.raw("\"}");
        break;
      case Kind::kPyOut:
        o.raw("{\"content_type\": \"execution_output\", \"text\": \"");
        o.frag(r.pick(cat_.exec_out));
        o.raw("\"}");
        break;
      case Kind::kPyError:
        o.raw("{\"content_type\": \"system_error\", \"name\": \"tool_error\", \"text\": \"");
        o.frag(r.pick(cat_.tool_errors));
        o.raw("\"}");
        break;
      case Kind::kSearchCall: {
        // The query is JSON inside a JSON string: quotes escaped twice.
        const auto& p = r.pick(corpus::kPages);
        o.raw(
            "{\"content_type\": \"code\", \"language\": \"unknown\", \"response_format_name\": "
            "null, \"text\": ");
        o.text(std::string(R"({"search_query": [{"q": ")") + std::string(p.title) +
               R"(", "recency": null}]})");
        o.ch('}');
        break;
      }
      case Kind::kBrowse: {
        const auto& p = r.pick(corpus::kPages);
        o.raw("{\"content_type\": \"tether_browsing_display\", \"result\": ");
        o.text(std::string("# \xe3\x80\x90"
                           "0\xe2\x80\xa0") +
               std::string(p.title) + "\xe2\x80\xa0" + std::string(p.domain) + "\xe3\x80\x91\n" +
               std::string(r.pick(corpus::kEnglish)));
        o.raw(", \"summary\": null, \"assets\": null, \"tether_id\": null}");
        break;
      }
      case Kind::kQuote: {
        const auto& p = r.pick(corpus::kPages);
        o.raw("{\"content_type\": \"tether_quote\", \"url\": \"");
        o.raw(p.url);
        o.raw("\", \"domain\": \"");
        o.raw(p.domain);
        o.raw("\", \"text\": \"");
        o.frag(r.pick(s.spanish ? cat_.spanish : cat_.english));
        o.raw("\", \"title\": ");
        o.text(p.title);
        o.raw(", \"tether_id\": null}");
        break;
      }
      case Kind::kThoughts:
        o.raw(
            "{\"content_type\": \"thoughts\", \"thoughts\": [{\"summary\": \"Planning the "
            "answer\", \"content\": \"");
        o.frag(r.pick(cat_.thoughts));
        o.raw("\", \"chunks\": [], \"finished\": true}], \"source_analysis_msg_id\": ");
        uuid_into(scratch_, r);
        o.str(scratch_);
        o.ch('}');
        break;
      case Kind::kRecap:
        o.raw("{\"content_type\": \"reasoning_recap\", \"content\": \"Thought for ");
        o.integer(r.range(2, 95));
        o.raw("s\"}");
        break;
      case Kind::kWidget:
        o.raw(
            "{\"content_type\": \"future_widget\", \"widget\": {\"kind\": \"carousel\", "
            "\"version\": 3, \"items\": "
            "[{\"title\": \"Option A\", \"score\": 0.87}, {\"title\": \"Opci\\u00f3n B\", "
            "\"score\": 0.42}]}, "
            "\"fallback_text\": \"");
        o.frag(r.pick(cat_.english));
        o.raw("\"}");
        break;
    }
  }

 private:
  const Catalog& cat_;
  std::string scratch_;

  enum class Lang { kEn, kEs, kKo };
  Lang lang(Rng& r, const Shape& s) {
    if (s.korean) return r.chance(0.04) ? Lang::kEn : Lang::kKo;
    return (s.spanish ? !r.chance(0.1) : r.chance(0.05)) ? Lang::kEs : Lang::kEn;
  }
  const std::vector<Frag>& sentences(Lang l) const {
    return l == Lang::kKo ? cat_.korean : l == Lang::kEs ? cat_.spanish : cat_.english;
  }

  void parts_open(Out& o, std::string_view type) {
    o.raw("{\"content_type\": \"");
    o.raw(type);
    o.raw("\", \"parts\": [");
  }

  // One image part. Modern exports point at sediment://file_…, older ones at
  // file-service://file-…; now and then the shared id whose png the zip holds.
  void image_part(Out& o, Rng& r, const Shape& s) {
    o.raw("{\"content_type\": \"image_asset_pointer\", \"asset_pointer\": \"");
    if (r.chance(0.05)) {
      o.raw("file-service://");
      o.raw(cat_.shared_file_id);
    } else {
      o.raw(s.modern ? "sediment://" : "file-service://");
      o.file_id(r, s.modern);
    }
    o.raw("\", \"size_bytes\": ");
    o.integer(r.range(20000, 4000000));
    o.raw(", \"width\": ");
    o.integer(r.range(320, 4032));
    o.raw(", \"height\": ");
    o.integer(r.range(240, 3024));
    o.raw(
        ", \"fovea\": null, \"metadata\": {\"dalle\": null, \"gizmo\": null, \"generation\": null, "
        "\"container_pixel_height\": null, \"container_pixel_width\": null, \"sanitized\": true, "
        "\"asset_pointer_link\": null, \"watermarked_asset_pointer\": null}}");
  }

  // A corpus sentence, or (most of the time) one made up of words drawn
  // from the language's vocabulary (vocab.h), about as long.
  void sentence(Out& o, Rng& r, Lang l) {
    if (!r.chance(kMadeUpShare)) {
      o.frag(r.pick(sentences(l)));
      return;
    }
    const Vocabulary& v = l == Lang::kKo ? cat_.korean_words
                          : l == Lang::kEs ? cat_.spanish_words
                                           : cat_.english_words;
    for (int i = static_cast<int>(l == Lang::kKo ? r.range(6, 14) : r.range(8, 16)); i > 0; --i) {
      o.frag(v.draw(r));
      o.ch(i > 1 ? ' ' : '.');
    }
  }
  static constexpr double kMadeUpShare = 0.7;

  void user_text(Out& o, Rng& r, const Shape& s) {
    Lang es = lang(r, s);
    o.frag(r.pick(es == Lang::kKo ? cat_.user_ko : es == Lang::kEs ? cat_.user_es : cat_.user_en));
    // Most user turns are one short line (real median: about 55 bytes).
    for (int i = r.chance(0.9) ? 0 : static_cast<int>(r.range(1, 3)); i > 0; --i) {
      o.ch(' ');
      sentence(o, r, es);
    }
    if (r.chance(0.05)) {
      o.ch(' ');
      o.frag(r.pick(cat_.intl));
    }
    if (r.chance(0.04)) {
      o.raw("\\n\\n");
      o.frag(r.pick(cat_.code));
    }
    if (r.chance(0.02)) {  // a pasted document
      for (int i = static_cast<int>(r.range(8, 24)); i > 0; --i) {
        o.raw(i % 4 ? " " : "\\n\\n");
        sentence(o, r, es);
      }
    }
  }

  void assistant_text(Out& o, Rng& r, const Shape& s, bool cite) {
    Lang es = lang(r, s);
    if (r.chance(0.3)) o.frag(r.pick(cat_.headings));
    // Long answers: a mean near 2 KB, and 1 in 20 a long write-up.
    int paragraphs = static_cast<int>(r.chance(0.06) ? r.range(8, 24) : r.range(1, 7));
    for (int p = 0; p < paragraphs; ++p) {
      if (p) o.raw("\\n\\n");
      for (int i = static_cast<int>(r.range(2, 7)); i > 0; --i) {
        sentence(o, r, es);
        if (cite && r.chance(0.4)) {
          o.raw(" ");
          o.frag(cat_.cite_open);
          o.integer(r.below(10));
          if (r.chance(0.3)) {
            o.frag(cat_.cite_more);
            o.integer(r.below(5));
          }
          o.frag(cat_.cite_close);
        }
        if (i > 1) o.ch(' ');
      }
    }
    if (r.chance(0.4)) {
      o.raw("\\n");
      for (int i = static_cast<int>(r.range(2, 5)); i > 0; --i) {
        o.raw("\\n- ");
        sentence(o, r, es);
      }
    }
    if (r.chance(0.25)) {
      for (int i = static_cast<int>(r.chance(0.3) ? r.range(2, 8) : 1); i > 0; --i) {
        o.raw("\\n\\n");
        o.frag(r.pick(cat_.code));
      }
    }
    if (r.chance(0.06)) {
      o.raw("\\n\\n");
      o.frag(r.pick(cat_.intl));
    }
  }
};

}  // namespace gen
