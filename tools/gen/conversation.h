// Writes one synthetic ChatGPT conversation object. Conversation `index` is a
// pure function of (seed, index, create time), so exports of different sizes
// share their first conversations and a run is reproducible byte for byte.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>

#include "catalog.h"
#include "corpus.h"
#include "json_out.h"
#include "message.h"
#include "rng.h"
#include "tree.h"

namespace gen {

// 2025-01-01T00:00:00Z: conversations from then on use the modern key set.
inline constexpr int64_t kModernFromUs = 1735689600ll * 1000000;

class ConversationWriter {
 public:
  ConversationWriter(const Catalog& cat, uint64_t seed) : cat_(cat), seed_(seed), messages_(cat) {}

  // Appends conversation `index` to o.buf and returns its message count.
  // giant > 0 makes it one linear chain of exactly that many messages.
  int64_t write(Out& o, int64_t index, int64_t create_us, int64_t giant) {
    Rng r(derive_seed(seed_, 0xC0, static_cast<uint64_t>(index)));
    Shape s;
    pick_gizmo(r, s);
    bool project = s.gizmo && s.gizmo->project;
    s.modern = create_us >= kModernFromUs || project;
    s.ascii = r.chance(0.7);  // real exports mostly escape (the JSON is 2.5x the text)
    s.int_times = r.chance(0.04);
    s.spanish = s.gizmo ? cat_.topic_of(*s.gizmo).spanish || r.chance(0.1) : r.chance(0.3);
    // Most conversations are in Korean, as in the real export of issue 11.
    s.korean = r.chance(0.85);
    if (s.korean) s.spanish = false;
    s.model = s.modern ? r.pick(corpus::kModernModels) : r.pick(corpus::kLegacyModels);
    s.reasoning = corpus::is_reasoning_model(s.model);
    s.widget = r.chance(0.015);
    o.ascii = s.ascii;

    int64_t target = giant > 0 ? giant : message_target(r);
    int current = tree_.build(r, s, create_us, target, giant > 0);
    int64_t update_us = tree_.last_us + r.range(0, 120) * 1000000ll + r.range(0, 999999);
    bool no_mapping = giant == 0 && r.chance(0.002);  // seen in real exports: no mapping at all
    bool reversed = giant == 0 && r.chance(0.04);     // mapping not in parent-first order
    int drop_child_of = giant == 0 && r.chance(0.005) ? branching_node() : -1;

    std::string id;
    uuid_into(id, r);
    if (s.modern) {  // modern ids start with the creation time in hex
      static const char* kHex = "0123456789abcdef";
      uint32_t secs = static_cast<uint32_t>(create_us / 1000000);
      for (int i = 7; i >= 0; --i, secs >>= 4) id[i] = kHex[secs & 0xF];
    }

    o.ch('{');
    o.k0("title");
    if (r.chance(0.004))
      o.null();
    else
      o.text(title(r, s));
    o.k("create_time");
    o.time_us(create_us, s.int_times);
    o.k("update_time");
    o.time_us(update_us, s.int_times);
    if (!no_mapping) {
      o.k("mapping");
      o.ch('{');
      for (int j = 0; j < tree_.size; ++j) {
        int i = reversed ? tree_.size - 1 - j : j;
        if (j) o.raw(", ");
        messages_.node(o, r, s, tree_, i, i == drop_child_of);
      }
      o.ch('}');
      o.k("moderation_results");
      o.raw("[]");
      o.k("current_node");
      o.str(tree_.nodes[current].id);
    }
    o.k("plugin_ids");
    o.null();
    o.k("conversation_id");
    o.str(id);
    o.k("conversation_template_id");
    if (s.gizmo)
      o.str(s.gizmo->id);
    else
      o.null();
    o.k("gizmo_id");
    if (s.gizmo)
      o.str(s.gizmo->id);
    else
      o.null();
    if (s.modern || s.gizmo) {
      o.k("gizmo_type");
      if (!s.gizmo)
        o.null();
      else if (!project)
        o.str("gpt");
      else if (r.chance(0.85))
        o.str("snorlax");
      else
        o.null();
    }
    o.k("is_archived");
    o.boolean(r.chance(0.03));
    if (s.modern) {
      o.k("is_starred");
      if (r.chance(0.02))
        o.boolean(true);
      else
        o.null();
    }
    o.k("safe_urls");
    o.raw("[]");
    if (s.modern) {
      o.k("blocked_urls");
      o.raw("[]");
    }
    o.k("default_model_slug");
    o.str(s.model);
    if (s.modern) {
      o.raw(", \"conversation_origin\": null, \"voice\": null, \"async_status\": ");
      double a = r.unit();  // integer in some exports, string in others
      o.raw(a < 0.05 ? "4" : a < 0.1 ? "\"completed\"" : "null");
      o.raw(", \"disabled_tool_ids\": [], \"is_do_not_remember\": false, \"memory_scope\": ");
      o.str(project ? "project_enabled" : "global_enabled");
    }
    o.k("id");
    o.str(id);
    o.ch('}');
    return no_mapping ? 0 : tree_.messages;
  }

 private:
  const Catalog& cat_;
  uint64_t seed_;
  MessageWriter messages_;
  TreeBuilder tree_;

  // ~30% in a project, ~10% with a custom GPT. The power law (u^2, u^1.5)
  // makes a few projects big and many small, as in a real account. Only
  // IEEE-exact operations (*, sqrt), never pow(), so every libm agrees.
  void pick_gizmo(Rng& r, Shape& s) {
    double u = r.unit();
    if (u < 0.30) {
      double v = r.unit();
      s.gizmo = &cat_.projects[static_cast<size_t>(Catalog::kProjects * (v * v))];
    } else if (u < 0.40) {
      double v = r.unit();
      s.gizmo = &cat_.gpts[static_cast<size_t>(Catalog::kGpts * (v * std::sqrt(v)))];
    }
  }

  // Messages per conversation before branches and tool hops are added: mean
  // about 60, median about 27 (68 and 30 once they are, as in the real
  // export of issue 11), with a heavy tail (3% have 250-700).
  static int64_t message_target(Rng& r) {
    double u = r.unit();
    if (u < 0.5) return r.range(2, 27);
    if (u < 0.85) return r.range(27, 90);
    if (u < 0.97) return r.range(90, 250);
    return r.range(250, 700);
  }

  int branching_node() const {
    for (int i = 0; i < tree_.size; ++i)
      if (tree_.nodes[i].children.size() >= 2) return i;
    return -1;
  }

  static std::string capitalized(std::string_view w) {
    std::string t(w);
    if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
    return t;
  }

  // Titles of a project's (or GPT's) conversations reuse its topic words, so
  // naming a project from its titles has something to go on.
  std::string title(Rng& r, const Shape& s) {
    bool es = s.spanish;
    std::string_view suffix = es ? r.pick(corpus::kTitleSuffixEs) : r.pick(corpus::kTitleSuffixEn);
    std::string t;
    if (s.gizmo) {
      const corpus::Topic& topic = cat_.topic_of(*s.gizmo);
      std::string_view w = topic.words[r.below(4)];
      switch (r.below(3)) {
        case 0:
          t = capitalized(w) + " " + std::string(suffix);
          break;
        case 1:
          t = std::string(topic.name) + ": " + std::string(w) + " " + std::string(suffix);
          break;
        default:
          t = capitalized(suffix) + (es ? " de " : " for ") + std::string(w);
          break;
      }
    } else {
      t = std::string(r.pick(corpus::kPlainSubjects));
      if (r.chance(0.5)) t += " " + std::string(suffix);
    }
    double u = r.unit();
    if (u < 0.04)
      t = "\xf0\x9f\x8e\x89 " + t;  // 🎉
    else if (u < 0.06)
      t += " \xe2\x80\x94 \xe6\x97\xa5\xe6\x9c\xac";  // — 日本
    else if (u < 0.07)
      t += " (\xd7\xa2\xd7\x91\xd7\xa8\xd7\x99\xd7\xaa)";  // (עברית)
    return t;
  }
};

}  // namespace gen
