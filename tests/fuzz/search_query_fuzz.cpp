// Fuzz target for search queries (search/query.h) and what is derived from
// them (search/fold.h). Invariants:
// - any input either parses or throws Error(kUsage), nothing else;
// - a parsed query has 1..kMaxTerms non-empty terms of valid UTF-8 within
//   kMaxTermBytes, and re-parsing the terms written back (quoted, escaped)
//   gives the same terms;
// - LikeContains(term) unescapes back to the term and has no unescaped
//   % or _ inside;
// - a term's index keys are all among the keys of any text holding it, and
//   the term is found in that text.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "search/fold.h"
#include "search/query.h"
#include "util/error.h"

namespace {

using chatbeto::search::Query;

std::string Requote(const Query& q) {
  std::string out;
  for (const auto& t : q.terms) {
    out += out.empty() ? "\"" : " \"";
    for (char c : t.text) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out;
}

void CheckLike(const std::string& term) {
  std::string p = chatbeto::search::LikeContains(term);
  CHECK(p.size() >= 2 && p.front() == '%' && p.back() == '%');
  std::string back;
  for (size_t i = 1; i + 1 < p.size(); ++i) {
    char c = p[i];
    CHECK(c != '%' && c != '_');
    if (c == '\\') {
      CHECK(i + 2 < p.size());
      c = p[++i];
    }
    back += c;
  }
  CHECK(back == term);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  Query q;
  try {
    q = chatbeto::search::ParseQuery(input);
  } catch (const chatbeto::Error& e) {
    CHECK(e.kind() == chatbeto::ErrorKind::kUsage);
    CHECK(*e.what() != '\0');
    return 0;
  }
  CHECK(!q.terms.empty() && q.terms.size() <= chatbeto::search::kMaxTerms);
  chatbeto::search::FoldTable fold;
  for (const auto& t : q.terms) {
    CHECK(!t.text.empty() && t.text.size() <= chatbeto::search::kMaxTermBytes);
    CheckLike(t.text);
    auto ft = chatbeto::search::FoldText(fold, t.text);
    for (char32_t c : ft) CHECK(c != 0xFFFD || t.text.find("\xef\xbf\xbd") != std::string::npos);
    std::string text = "x " + t.text + " y";
    std::vector<uint32_t> off;
    auto f = chatbeto::search::FoldText(fold, text, &off);
    auto keys = chatbeto::search::TextGrams(f);
    for (uint64_t k : chatbeto::search::TermGrams(ft))
      CHECK(std::binary_search(keys.begin(), keys.end(), k));
    CHECK(!chatbeto::search::FindAll(f, off, ft).empty());
  }
  Query again = chatbeto::search::ParseQuery(Requote(q));
  CHECK(again.terms.size() == q.terms.size());
  for (size_t i = 0; i < q.terms.size(); ++i) CHECK(again.terms[i].text == q.terms[i].text);
  return 0;
}
