// events-eval DIR [--verbose]: conversation-level event F1 of the rule-based
// extractor on a folder of chat exports (*.txt) with DIR/expected.json:
//   {"chat_name": {"date_order": "mdy"|"dmy", "events": [{"start":
//    "YYYY-MM-DDTHH:MM" | "YYYY-MM-DD", "all_day": bool, "keywords": [".."],
//    "status": "confirmed"|"tentative"|"cancelled" (optional)}]}}
// A predicted event matches an expected one with the same day and, unless the
// expected one is all-day, the same hour and minute. Cancelled events are
// scored separately (expected cancelled <-> predicted cancelled). Prints
// precision, recall and F1, title keyword hits, and with --verbose each miss.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "chatgpt/text_clean.h"
#include "events/chat_text.h"
#include "events/extract.h"

using namespace chatbeto::events;
namespace fs = std::filesystem;

namespace {

std::string Fmt(const ExtractedEvent& e) {
  char buf[64];
  if (e.all_day)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", e.start.year, e.start.month, e.start.day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", e.start.year, e.start.month, e.start.day,
                  e.start.hour, e.start.minute);
  return buf;
}

bool Matches(const nlohmann::json& exp, const ExtractedEvent& e) {
  std::string want = exp["start"];
  std::string got = Fmt(e);
  if (exp.value("all_day", false) || want.size() == 10) return got.substr(0, 10) == want.substr(0, 10);
  return !e.all_day && got == want;
}

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: events-eval DIR [--verbose]\n";
    return 2;
  }
  fs::path dir = argv[1];
  bool verbose = argc > 2 && std::string(argv[2]) == "--verbose";
  std::ifstream ef(dir / "expected.json");
  if (!ef) {
    std::cerr << "events-eval: cannot read " << (dir / "expected.json") << "\n";
    return 2;
  }
  nlohmann::json expected = nlohmann::json::parse(ef);
  int bad_titles = 0;
  int tp = 0, fp = 0, fn = 0, ctp = 0, cfp = 0, cfn = 0, titled = 0, title_hits = 0, chats = 0;
  size_t messages = 0;
  for (auto& [name, spec] : expected.items()) {
    std::ifstream in(dir / (name + ".txt"));
    if (!in) {
      std::cerr << "events-eval: missing " << name << ".txt\n";
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    auto msgs = ReadChatText(ss.str(), spec.value("date_order", "mdy") == "mdy", name);
    messages += msgs.size();
    ++chats;
    auto got = ExtractEvents(msgs);
    for (const auto& e : got)
      if (!chatbeto::chatgpt::IsValidUtf8(e.title)) {  // the database refuses anything else
        ++bad_titles;
        std::cout << name << ": title is not valid UTF-8: \"" << e.title << "\"\n";
      }
    std::vector<bool> used(got.size(), false);
    std::vector<std::string> misses;
    for (const auto& exp : spec["events"]) {
      bool want_cancel = exp.value("status", "") == "cancelled";
      bool found = false;
      for (size_t i = 0; i < got.size() && !found; ++i) {
        bool is_cancel = got[i].status == EventStatus::kCancelled;
        if (used[i] || is_cancel != want_cancel || !Matches(exp, got[i])) continue;
        used[i] = found = true;
        std::vector<std::string> kw = exp.value("keywords", std::vector<std::string>{});
        if (!kw.empty() && !kw[0].empty()) {
          ++titled;
          bool hit = true;
          for (const auto& k : kw) hit = hit && Lower(got[i].title).find(Lower(k)) != std::string::npos;
          title_hits += hit;
          if (!hit) misses.push_back("title \"" + got[i].title + "\" lacks " + kw[0]);
        }
      }
      (want_cancel ? (found ? ctp : cfn) : (found ? tp : fn))++;
      if (!found) misses.push_back(std::string("missed ") + (want_cancel ? "cancelled " : "") + exp["start"].get<std::string>());
    }
    for (size_t i = 0; i < got.size(); ++i)
      if (!used[i]) {
        (got[i].status == EventStatus::kCancelled ? cfp : fp)++;
        misses.push_back("extra " + Fmt(got[i]) + " " + StatusName(got[i].status) + " \"" + got[i].title + "\"");
      }
    if (verbose)
      for (const auto& m : misses) std::cout << name << ": " << m << "\n";
    if (verbose && !misses.empty())
      for (const auto& e : got) {
        std::cout << "    got " << Fmt(e) << " " << StatusName(e.status) << " \"" << e.title << "\" from";
        for (auto id : e.source_message_ids) std::cout << " " << id;
        std::cout << "\n";
      }
  }
  auto f1 = [](int tp, int fp, int fn, double& p, double& r) {
    p = tp + fp ? double(tp) / (tp + fp) : 1.0;
    r = tp + fn ? double(tp) / (tp + fn) : 1.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  };
  double p, r;
  double f = f1(tp, fp, fn, p, r);
  std::printf("%s: %d chats, %zu messages\n", dir.string().c_str(), chats, messages);
  std::printf("events: tp %d fp %d fn %d  precision %.3f recall %.3f F1 %.3f\n", tp, fp, fn, p, r, f);
  if (ctp + cfp + cfn) {
    double cf = f1(ctp, cfp, cfn, p, r);
    std::printf("cancelled: tp %d fp %d fn %d  F1 %.3f\n", ctp, cfp, cfn, cf);
  }
  if (titled) std::printf("titles: %d/%d contain the expected keywords\n", title_hits, titled);
  if (bad_titles) std::printf("titles not valid UTF-8: %d\n", bad_titles);
  return bad_titles ? 1 : 0;
}
