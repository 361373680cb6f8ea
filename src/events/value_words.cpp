#include "events/value_words.h"

#include <algorithm>
#include <span>
#include <string>

#include "util/word_map.h"

namespace chatbeto::events {
namespace {

// Words k and k + 1 follow each other with nothing but spaces or a hyphen between
// ("check-out", "drop off").
bool JoinedOrHyphen(const FoldedText& f, const std::vector<Word>& w, size_t k) {
  return std::string_view(f.text)
             .substr(w[k].end, w[k + 1].begin - w[k].end)
             .find_first_not_of(" -") == std::string_view::npos;
}

// Words that say an end on their own: of a stay or a rental ("checkout", "return"),
// of a show ("the movie ends at about 9:10 pm"). Not "lands": a landing is when
// someone is picked up.
bool EndWord(std::string_view x) {
  static const util::WordSet kEnds = {
      "checkout",   "return",    "returns",    "returning",  "returned",   "vuelta",     "regreso",
      "regresando", "volviendo", "devolucion", "devolverlo", "devolverla", "dropoff",
      "inbound",    "devolvemos", "devolveremos", "devuelve",
      "ends",       "ending",    "finishes",   "finishing",  "termina",    "acaba"};
  return kEnds.Contains(x);
}

// "out" after check, "off" after drop, "back" after a coming or a bringing word
// ("check-out", "drop it off", "bring it back"); `verb` is the word before the
// particle, "it" skipped.
bool EndParticle(std::string_view particle, std::string_view verb) {
  if (particle == "out") return verb == "check" || verb == "checking";
  if (particle == "off") return verb == "drop" || verb == "dropping";
  if (particle == "back")
    return verb == "come" || verb == "comes" || verb == "coming" || verb == "bring" || verb == "bringing" ||
           verb == "fly" || verb == "flying" || verb == "head" || verb == "heading";
  return false;
}

}  // namespace

size_t WordAtSource(const FoldedText& f, const std::vector<Word>& w, size_t src_begin) {
  return static_cast<size_t>(
      std::lower_bound(w.begin(), w.end(), src_begin,
                       [&](const Word& x, size_t b) { return f.source_offset[x.begin] < b; }) -
      w.begin());
}

bool EndOfStay(const FoldedText& f, const std::vector<Word>& w, size_t src_begin, size_t first) {
  size_t k = WordAtSource(f, w, src_begin);
  // An end word up to four words back ("the inbound flight departs at 4 pm", "the return
  // flight leaves at 4 pm"); a particle up to three ("drop it off on Tuesday").
  for (size_t n = 1; n <= 4 && k >= first + n; ++n) {
    const size_t j = k - n;
    const std::string_view x = WordAt(f.text, w, j);
    if (EndWord(x)) return true;
    if (n == 4 || j == first || !JoinedOrHyphen(f, w, j - 1)) continue;
    size_t v = j - 1;
    if (WordAt(f.text, w, v) == "it" && v > first && JoinedOrHyphen(f, w, v - 1)) --v;  // "drop it off"
    if (EndParticle(x, WordAt(f.text, w, v))) return true;
  }
  return false;
}

bool ArrivalAfterStart(const FoldedText& f, const std::vector<Word>& w, size_t src_begin,
                       size_t first) {
  static const util::WordSet kArrivals = {"arrives", "arriving", "arrival", "lands",  "landing",
                                          "llega",   "llegando", "llegada", "arrive", "there",
                                          "llegar",  "llegad",   "estad",   "estar",
                                          // "a las 21:30, abren puertas a las 20:00", "doors open at 6"
                                          "puertas", "doors"};
  const size_t k = WordAtSource(f, w, src_begin);
  for (size_t n = 1; n <= 3 && k >= first + n; ++n)
    if (kArrivals.Contains(WordAt(f.text, w, k - n))) return true;
  return false;
}

bool JoinedAsChoices(const FoldedText& f, const std::vector<Word>& w, size_t prev_end,
                     size_t begin) {
  // "and"/"or" and the words that may come with it between two choices ("and one at",
  // "or another at", "o a las"); anything else ("and arrives at") joins two other things.
  static const util::WordSet kFiller = {"one",  "another", "at",   "a",      "las",  "la", "the",
                                        "also", "maybe",   "then", "either", "otra", "una"};
  const size_t a = WordAtSource(f, w, prev_end), b = WordAtSource(f, w, begin);
  if (b <= a || b - a > 4) return false;
  bool joined = false;
  for (size_t k = a; k < b; ++k) {
    const std::string_view x = WordAt(f.text, w, k);
    if (x == "and" || x == "or" || x == "y" || x == "o")
      joined = true;
    else if (!kFiller.Contains(x))
      return false;
  }
  return joined;
}

bool GivenUp(const FoldedText& f, const std::vector<Word>& w, size_t src_begin, size_t first) {
  static const util::WordSet kBetween = {"the", "at", "on", "a", "el", "la", "las"};
  size_t k = WordAtSource(f, w, src_begin);
  while (k > first && kBetween.Contains(WordAt(f.text, w, k - 1))) --k;
  if (k < first + 2) return false;
  const std::string_view of = WordAt(f.text, w, k - 1), lead = WordAt(f.text, w, k - 2);
  static const util::WordSet kNear = {"closest", "nearest"}, kSlot = {"slot", "time", "one", "opening"};
  if (of == "to")
    return kNear.Contains(lead) ||
           (k >= first + 3 && kSlot.Contains(lead) && kNear.Contains(WordAt(f.text, w, k - 3)));
  // ("en vez del viernes": the match may start at "del")
  const std::string_view at = WordAt(f.text, w, k);
  if ((at == "del" || at == "de") && (of == "vez" || of == "lugar") && lead == "en") return true;
  return (of == "of" && lead == "instead") || (of == "than" && lead == "rather") ||
         ((of == "de" || of == "del") && (lead == "vez" || lead == "lugar"));
}

bool MoveTarget(const FoldedText& f, const std::vector<Word>& w, size_t begin) {
  const size_t k = WordAtSource(f, w, begin);
  auto is_to = [&](size_t n) {
    const std::string_view x = WordAt(f.text, w, n);
    return x == "to" || x == "al" || x == "a" || x == "para" || x == "until" || x == "hasta";
  };
  return k < w.size() && (is_to(k) || (k > 0 && is_to(k - 1) && Joined(f.text, w, k - 1)));
}

void MoveSpanToItsEnd(TemporalMatch& t, Lang lang, const LocalTime& ref) {
  if (!t.has_date) return;
  std::string low = t.text;
  for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (!low.starts_with("from ") && !low.starts_with("del ") && !low.starts_with("de ")) return;
  size_t at = low.find(" to ");
  if (at == std::string::npos) at = low.find(" al ");
  if (at == std::string::npos) return;
  const std::vector<TemporalMatch> to = FindTemporal(std::string_view(t.text).substr(at + 4), lang, ref);
  if (to.empty() || !to.front().has_date) return;
  const TemporalMatch& e = to.front();
  // "from tomorrow 2pm to thursday": the day moves, the hour stays.
  if (t.has_time && !e.has_time) {
    const LocalTime clock = t.start;
    t.start = e.start;
    t.start.hour = clock.hour;
    t.start.minute = clock.minute;
    t.end_time.reset();
    return;
  }
  t.start = e.start;
  t.end_time = e.end_time;
  t.grain = e.grain;
  t.has_time = e.has_time;
  t.ambiguous_meridiem = e.ambiguous_meridiem;
}

bool WhenDecided(const FoldedText& f, const std::vector<Word>& w, std::span<const CueHit> hits, size_t src_begin) {
  const size_t wb = WordAtSource(f, w, src_begin);
  for (const CueHit& h : hits)
    if ((h.kinds & (kNegate | kWithdraw)) == (kNegate | kWithdraw) && wb >= h.first_word + h.words &&
        wb <= h.first_word + h.words + 1)
      return true;
  return false;
}

bool BackOn(const FoldedText& f, const std::vector<Word>& w, size_t first, size_t end) {
  for (size_t k = first; k + 1 < end && k + 1 < w.size(); ++k) {
    const std::string_view x = WordAt(f.text, w, k), y = WordAt(f.text, w, k + 1);
    if ((x == "back" && y == "on") || (x == "on" && y == "again")) return true;
    if (x == "vuelve" && k + 3 < end && WordAt(f.text, w, k + 2) == "en" && WordAt(f.text, w, k + 3) == "pie")
      return true;  // "vuelve a estar en pie" reads "vuelve a ... en pie"
    if (x == "al" && y == "final" && k + 3 < end && WordAt(f.text, w, k + 2) == "si" &&
        (WordAt(f.text, w, k + 3) == "hay" || WordAt(f.text, w, k + 3) == "se"))
      return true;  // "al final sí hay cena", "al final sí se hace"
  }
  return false;
}

bool MakesUp(const FoldedText& f, const std::vector<Word>& w, size_t first, size_t end) {
  for (size_t k = first; k < end && k < w.size(); ++k) {
    const std::string_view x = WordAt(f.text, w, k);
    if (x.starts_with("recuper")) return true;
    if (x == "makeup" && k + 1 < end && (WordAt(f.text, w, k + 1) == "class" || WordAt(f.text, w, k + 1) == "session"))
      return true;
    if (x != "make" || k + 1 >= end) continue;
    const std::string_view y = WordAt(f.text, w, k + 1);
    if (y == "up" || (y == "it" && k + 2 < end && WordAt(f.text, w, k + 2) == "up")) return true;
  }
  return false;
}

namespace {

// Word `k` of `w`, a bare hour (1-12), read as "at N" would be against `ref` and added to
// `matches` where no match covers it already.
void AddBareHourAt(const FoldedText& f, const std::vector<Word>& w, size_t k, std::string_view body, Lang lang,
                   const LocalTime& ref, std::vector<TemporalMatch>& matches) {
  const std::string_view n = WordAt(f.text, w, k);
  if (n.empty() || n.size() > 2 || n.find_first_not_of("0123456789") != std::string_view::npos) return;
  const int hour = std::stoi(std::string(n));
  if (hour < 1 || hour > 12) return;
  const size_t b = f.source_offset[w[k].begin], e = b + n.size();
  if (std::any_of(matches.begin(), matches.end(), [&](const TemporalMatch& t) { return t.begin < e && t.end > b; }))
    return;
  std::vector<TemporalMatch> at = FindTemporal("at " + std::string(n), lang, ref);
  if (at.empty() || !at.front().has_time) return;
  at.front().begin = b;
  at.front().end = e;
  at.front().text = std::string(body.substr(b, e - b));
  matches.push_back(at.front());
}

// Whether word `k` of `w` ends a clause: the last word, one before a word of `after`, or
// one followed by punctuation.
bool EndsClause(const FoldedText& f, const std::vector<Word>& w, size_t k, const util::WordSet& after) {
  const size_t end = w[k].end;  // folded offset just after the word
  return k + 1 >= w.size() || after.Contains(WordAt(f.text, w, k + 1)) ||
         (end < f.text.size() && std::string_view(",.?!;").find(f.text[end]) != std::string_view::npos);
}

void SortByBegin(std::vector<TemporalMatch>& matches) {
  std::sort(matches.begin(), matches.end(), [](const TemporalMatch& x, const TemporalMatch& y) { return x.begin < y.begin; });
}

}  // namespace

void AddHourMovedTo(const FoldedText& f, const std::vector<Word>& w, std::string_view body, Lang lang,
                    const LocalTime& ref, std::vector<TemporalMatch>& matches) {
  if (lang != Lang::kEn) return;
  static const util::WordSet kAfter = {"instead", "then", "pm", "am", "please", "pls", "tonight"};
  for (size_t k = 0; k + 1 < w.size(); ++k)
    if (WordAt(f.text, w, k) == "to" && EndsClause(f, w, k + 1, kAfter))
      AddBareHourAt(f, w, k + 1, body, lang, ref, matches);
  SortByBegin(matches);
}

void AddHourOffered(const FoldedText& f, const std::vector<Word>& w, std::string_view body, Lang lang,
                    const LocalTime& ref, std::vector<TemporalMatch>& matches) {
  if (lang != Lang::kEn) return;
  static const util::WordSet kWho = {"we", "you", "u", "i", "they", "he", "she"};
  static const util::WordSet kAfter = {"instead", "then", "pm", "am", "please", "pls", "tonight", "maybe"};
  for (size_t k = 0; k + 1 < w.size(); ++k) {
    // "can we do 7?", "could you do 8 instead?"
    if (k >= 1 && WordAt(f.text, w, k) == "do" && kWho.Contains(WordAt(f.text, w, k - 1)) &&
        EndsClause(f, w, k + 1, kAfter))
      AddBareHourAt(f, w, k + 1, body, lang, ref, matches);
    // "7 it is", "3 it is, see you at Blue Bottle": the hour opening a sentence
    const bool opens = k == 0 || std::string_view(",.?!;").find(f.text[w[k - 1].end]) != std::string_view::npos;
    if (opens && k + 2 < w.size() && WordAt(f.text, w, k + 1) == "it" &&
        (WordAt(f.text, w, k + 2) == "is" || WordAt(f.text, w, k + 2) == "s"))
      AddBareHourAt(f, w, k, body, lang, ref, matches);
  }
  SortByBegin(matches);
}

bool DayBesideRefusal(const FoldedText& f, const std::vector<Word>& w, std::span<const CueHit> hits,
                      size_t src_begin, size_t src_end) {
  const size_t wb = WordAtSource(f, w, src_begin), we = WordAtSource(f, w, src_end);
  auto moves_between = [&](size_t from, size_t to) {
    for (const CueHit& h : hits)
      if ((h.kinds & kReschedule) && h.first_word >= from && h.first_word < to) return true;
    return false;
  };
  for (const CueHit& h : hits) {
    if (!(h.kinds & kNegate)) continue;
    const size_t end = h.first_word + h.words;
    if ((h.first_word >= we && h.first_word <= we + 1) || (end <= wb && end + 1 >= wb && !moves_between(end, wb)))
      return true;
  }
  return false;
}

}  // namespace chatbeto::events
