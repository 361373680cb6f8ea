// Everything the generator fixes once per seed: the ChatGPT Project and custom
// GPT ids, and the corpus pre-escaped in both JSON styles. Conversations then
// only pick from it, which keeps them fast and lets the same project id recur
// across thousands of conversations, as in a real account.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "corpus.h"
#include "json_out.h"
#include "rng.h"
#include "vocab.h"

namespace gen {

struct Gizmo {
  std::string id;  // "g-p-<32 hex>" for a project, "g-<9..12 alnum>" for a GPT
  int topic = 0;   // index into corpus::kProjectTopics or corpus::kGptTopics
  bool project = false;
};

template <size_t N>
std::vector<Frag> frags(const std::string_view (&items)[N]) {
  std::vector<Frag> v;
  v.reserve(N);
  for (auto s : items) v.push_back(make_frag(s));
  return v;
}

struct Catalog {
  static constexpr int kProjects = 40;
  static constexpr int kGpts = 50;

  std::vector<Gizmo> projects, gpts;
  std::string shared_file_id;  // a file-service id some messages point at; the zip holds its png

  std::vector<Frag> english, spanish, korean, intl, user_en, user_es, user_ko, headings, code, python, exec_out,
      tool_errors, thoughts;
  // Citation marker pieces: \ue200cite\ue202turn0search3\ue201 is written as
  // cite_open + "3" [+ cite_more + "1"] + cite_close.
  Frag cite_open, cite_more, cite_close;
  // Words for sentences made up on the spot (vocab.h).
  Rng vocab_rng;
  Vocabulary korean_words, english_words, spanish_words;

  explicit Catalog(uint64_t seed)
      : vocab_rng(derive_seed(seed, 0x70CA, 0)),
        korean_words(vocab_rng, Vocabulary::Script::kHangul, 40000),
        english_words(vocab_rng, Vocabulary::Script::kLatinEn, 30000),
        spanish_words(vocab_rng, Vocabulary::Script::kLatinEs, 30000) {
    Rng r(derive_seed(seed, 0xCA7A, 0));
    Out o;
    for (int i = 0; i < kProjects; ++i) {
      o.buf = "g-p-";
      o.hex(r, 32);
      projects.push_back({o.buf, i % static_cast<int>(std::size(corpus::kProjectTopics)), true});
    }
    for (int i = 0; i < kGpts; ++i) {
      o.buf = "g-";
      o.alnum(r, static_cast<int>(r.range(9, 12)));
      gpts.push_back({o.buf, i % static_cast<int>(std::size(corpus::kGptTopics)), false});
    }
    o.buf.clear();
    o.file_id(r, false);
    shared_file_id = o.buf;

    english = frags(corpus::kEnglish);
    spanish = frags(corpus::kSpanish);
    intl = frags(corpus::kInternational);
    user_en = frags(corpus::kUserEnglish);
    user_es = frags(corpus::kUserSpanish);
    korean = frags(corpus::kKorean);
    user_ko = frags(corpus::kUserKorean);
    headings = frags(corpus::kHeadings);
    code = frags(corpus::kCode);
    python = frags(corpus::kPythonCode);
    exec_out = frags(corpus::kExecOutput);
    tool_errors = frags(corpus::kToolErrors);
    thoughts = frags(corpus::kThoughts);
    cite_open = make_frag(
        "\xee\x88\x80"
        "cite\xee\x88\x82turn0search");
    cite_more = make_frag("\xee\x88\x82turn0news");
    cite_close = make_frag("\xee\x88\x81");
  }

  const corpus::Topic& topic_of(const Gizmo& g) const {
    return g.project ? corpus::kProjectTopics[g.topic] : corpus::kGptTopics[g.topic];
  }
};

}  // namespace gen
