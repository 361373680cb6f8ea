// Fuzz target for the temporal parser (FindTemporal reads untrusted chat
// text). Invariants, in both languages and for a reference taken from the
// input: no crash or exception; matches lie inside the text, in order, without
// overlap, and their `text` is the bytes they span; every resolved start (and
// end) is a real calendar time; an interval never ends before it starts. The
// deadline form of a match (AsDeadline, what `when` shows) keeps the match's
// end, spans the bytes of its text, runs from the reference and obeys the same.
#include <cstdint>
#include <string>
#include <string_view>

#include "events/temporal.h"
#include "events/temporal_calendar.h"
#include "events/temporal_deadline.h"
#include "fuzz_check.h"

namespace {

using namespace chatbeto::events;

bool Real(const LocalTime& t) {
  return detail::ValidDate(t.year, t.month, t.day) && t.hour >= 0 && t.hour <= 23 &&
         t.minute >= 0 && t.minute <= 59 && t.second >= 0 && t.second <= 59;
}

void Check(std::string_view text, Lang lang, const LocalTime& ref) {
  TemporalOptions opts;
  opts.utc_offset_minutes = -120;
  auto ms = FindTemporal(text, lang, ref, opts);
  size_t prev_end = 0;
  for (const auto& m : ms) {
    CHECK(m.begin < m.end && m.end <= text.size());
    CHECK(m.begin >= prev_end);
    CHECK(text.substr(m.begin, m.end - m.begin) == m.text);
    CHECK(Real(m.start));
    if (m.end_time) {
      CHECK(Real(*m.end_time));
      CHECK(detail::ToSeconds(*m.end_time) >= detail::ToSeconds(m.start));
    }
    CHECK(static_cast<int>(m.grain) >= 0 && static_cast<int>(m.grain) <= 7);
    if (auto d = AsDeadline(m, text, lang, ref)) {
      CHECK(d->begin <= m.begin && d->end == m.end);
      CHECK(text.substr(d->begin, d->end - d->begin) == d->text);
      CHECK(d->start == ref && d->end_time && Real(*d->end_time));
      CHECK(detail::ToSeconds(*d->end_time) >= detail::ToSeconds(ref));
      CHECK(d->grain == Grain::kSecond);
    }
    prev_end = m.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  LocalTime ref{2013, 2, 12, 4, 30, 0};
  Check(text, Lang::kEs, ref);
  Check(text, Lang::kEn, ref);
  if (size >= 3) {  // a reference from the input: any day of 1990-2045, any hour
    LocalTime r{1990 + data[0] % 56, 1 + data[1] % 12, 1 + data[2] % 28,
                data[0] % 24,        data[1] % 60,     0};
    Check(text.substr(3), Lang::kEs, r);
    Check(text.substr(3), Lang::kEn, r);
  }
  return 0;
}
