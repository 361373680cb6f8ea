#include "events/temporal_deadline.h"

#include <cctype>

#include "events/temporal_calendar.h"
#include "events/temporal_open_bound.h"

namespace chatbeto::events {
namespace {

bool IsBy(std::string_view w) {
  return w.size() == 2 && std::tolower(static_cast<unsigned char>(w[0])) == 'b' &&
         std::tolower(static_cast<unsigned char>(w[1])) == 'y';
}

bool Space(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::optional<TemporalMatch> AsDeadline(const TemporalMatch& m, std::string_view text, Lang lang,
                                        const LocalTime& reference) {
  if (lang != Lang::kEn || m.begin > text.size()) return std::nullopt;
  size_t by = m.begin;
  if (m.text.size() > 3 && IsBy(std::string_view(m.text).substr(0, 2)) && Space(m.text[2])) {
    // the match begins with it ("by 6pm")
  } else {
    size_t e = m.begin;
    while (e > 0 && Space(text[e - 1])) --e;
    if (size_t from = 0; e != m.begin && detail::EndsWithWords(text, e, "by", from))
      by = from;
    else if (!m.deadline)  // "EOD" is a deadline without "by"
      return std::nullopt;
  }
  // A part of the day or the weekend ("by tonight", "by this afternoon", "by the weekend":
  // hours without a clock) carries Duckling's exclusive end already; any other interval
  // its named last unit.
  const bool exclusive_end = m.end_time && m.grain == Grain::kHour && !m.has_time;
  LocalTime end = exclusive_end ? *m.end_time
                  : m.end_time  ? detail::AddGrain(*m.end_time, m.grain, 1)
                  : m.deadline ? detail::AddGrain(m.start, m.grain, 1)
                               : m.start;
  if (detail::ToSeconds(end) <= detail::ToSeconds(reference)) return std::nullopt;
  TemporalMatch d = m;
  d.begin = by;
  d.text = std::string(text.substr(by, m.end - by));
  d.start = reference;
  d.end_time = detail::AddSeconds(end, -1);
  d.grain = Grain::kSecond;
  d.past = false;
  return d;
}

}  // namespace chatbeto::events
