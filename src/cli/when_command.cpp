// `chatbeto when [TEXT | -] --at TIME --lang es|en`: the date/time
// expressions found in a text (or in each line of standard input), resolved
// against TIME. Users debug a missed event with it; bench/temporal measures
// the parser through it. With --json: one JSON object per input line.
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "events/temporal.h"
#include "events/temporal_deadline.h"
#include "events/temporal_open_bound.h"
#include "util/error.h"

namespace chatbeto::cli {
namespace {

struct WhenOptions {
  std::string text = "-";
  std::string at;
  std::string lang;
};

struct Reference {
  events::LocalTime local;
  int offset_minutes = 0;
};

// ISO 8601 with an offset: 2013-02-12T04:30:00-02:00, ...T04:30Z, ...T04:30:00.123+0100.
Reference ParseAt(const std::string& s) {
  auto bad = [&](const std::string& why) {
    return Error(ErrorKind::kUsage, "when: --at \"" + s + "\": " + why +
                                        " (expected ISO 8601 with an offset, e.g. "
                                        "2013-02-12T04:30:00-02:00)");
  };
  Reference r;
  auto& t = r.local;
  size_t pos = 0;
  auto num = [&](int digits, int& out) {
    if (pos + digits > s.size()) return false;
    int v = 0;
    for (int k = 0; k < digits; ++k) {
      char c = s[pos + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    out = v;
    pos += digits;
    return true;
  };
  auto lit = [&](char c) {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  };
  if (!num(4, t.year) || !lit('-') || !num(2, t.month) || !lit('-') || !num(2, t.day))
    throw bad("no date YYYY-MM-DD");
  if (!(lit('T') || lit(' ')) || !num(2, t.hour) || !lit(':') || !num(2, t.minute))
    throw bad("no time THH:MM");
  if (lit(':') && !num(2, t.second)) throw bad("bad seconds");
  if (lit('.') || lit(',')) {
    size_t digits = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos, ++digits;
    if (!digits) throw bad("bad fraction of a second");
  }
  if (lit('Z') || lit('z')) {
    r.offset_minutes = 0;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int hh, mm = 0;
    if (!num(2, hh)) throw bad("bad offset");
    if (lit(':')) {
      if (!num(2, mm)) throw bad("bad offset");
    } else if (pos < s.size() && !num(2, mm)) {
      throw bad("bad offset");
    }
    if (hh > 18 || mm > 59) throw bad("offset out of range");
    r.offset_minutes = sign * (hh * 60 + mm);
  } else {
    throw bad("no offset (Z or +HH:MM)");
  }
  if (pos != s.size()) throw bad("unexpected text after the offset");
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || t.hour > 23 || t.minute > 59 ||
      t.second > 60)
    throw bad("a field is out of range");
  static const int kDim[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (t.year % 4 == 0 && t.year % 100 != 0) || t.year % 400 == 0;
  if (t.day > kDim[t.month - 1] || (t.month == 2 && t.day == 29 && !leap)) throw bad("no such day");
  if (t.second == 60) t.second = 59;
  return r;
}

Json MatchJson(const events::TemporalMatch& m) {
  Json j = {{"text", m.text},
            {"start", events::FormatLocalTime(m.start)},
            {"end", m.end_time ? Json(events::FormatLocalTime(*m.end_time)) : Json(nullptr)},
            {"grain", events::GrainName(m.grain)},
            {"has_date", m.has_date},
            {"has_time", m.has_time}};
  // an open interval: "before" (start is its latest point) or "after" (its earliest)
  if (m.open != events::OpenEnd::kNone) j["open"] = m.open == events::OpenEnd::kBefore ? "before" : "after";
  return j;
}

std::string MatchText(const events::TemporalMatch& m) {
  std::string s = "  \"" + m.text + "\" -> " + events::FormatLocalTime(m.start);
  if (m.end_time) s += " .. " + events::FormatLocalTime(*m.end_time);
  s += std::string(" (") + events::GrainName(m.grain);
  if (m.ambiguous_meridiem) s += ", am/pm assumed";
  if (m.past) s += ", past";
  if (m.open != events::OpenEnd::kNone)
    s += m.open == events::OpenEnd::kBefore ? ", open: at the latest" : ", open: at the earliest";
  return s + ")\n";
}

int RunWhen(Context& ctx, const WhenOptions& o) {
  if (o.lang != "es" && o.lang != "en")
    throw Error(ErrorKind::kUsage, "when: --lang must be es or en, not \"" + o.lang + "\"");
  Reference ref = ParseAt(o.at);
  events::Lang lang = o.lang == "es" ? events::Lang::kEs : events::Lang::kEn;
  events::TemporalOptions opts;
  opts.utc_offset_minutes = ref.offset_minutes;
  auto one = [&](const std::string& line) {
    auto matches = events::FindTemporal(line, lang, ref.local, opts);
    for (auto& m : matches)
      if (auto d = events::AsDeadline(m, line, lang, ref.local)) m = std::move(*d);
      else if (auto o = events::AsOpenInterval(m, line, lang)) m = std::move(*o);
    if (ctx.opts.json) {
      Json arr = Json::array();
      for (const auto& m : matches) arr.push_back(MatchJson(m));
      Json doc = {{"text", line}, {"matches", arr}};
      std::cout << DumpJson(doc, -1) << "\n";
    } else if (!ctx.opts.quiet) {
      std::cout << line << "\n";
      if (matches.empty()) std::cout << "  (no date or time found)\n";
      for (const auto& m : matches) std::cout << MatchText(m);
    }
  };
  if (o.text != "-") {
    one(o.text);
  } else {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      one(line);
    }
  }
  std::cout.flush();
  return 0;
}

}  // namespace

void AddWhenCommand(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<WhenOptions>();
  auto* cmd = app.add_subcommand(
      "when",
      "Show the date/time expressions found in TEXT (or in each line of standard input), "
      "resolved against --at; with --json one object per input line");
  cmd->add_option("text", o->text, "The text, or - (default) for one text per line of stdin");
  cmd->add_option("--at", o->at,
                  "Reference time, ISO 8601 with offset (e.g. 2013-02-12T04:30:00-02:00)")
      ->required();
  cmd->add_option("--lang", o->lang, "Language of the text: es or en")->required();
  cmd->callback([&ctx, o] { ctx.run = [&ctx, o] { return RunWhen(ctx, *o); }; });
}

}  // namespace chatbeto::cli
