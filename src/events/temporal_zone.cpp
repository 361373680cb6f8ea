// Time zones named in words after a time: "3pm pacific time", "10am eastern", "9:00
// London time", "a las 10 hora de Madrid", "17h (hora peninsular)". Each name is an IANA
// zone; its offset is the one in force on the day (summer time included), from ICU.
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "events/temporal_calendar.h"
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

// Folded words, one space apart. English names of a region may stand alone ("10am
// eastern"); places take "time" after them ("London time").
const util::WordMap<const char*>& Regions() {
  static const util::WordMap<const char*> m = {
      {"pacific", "America/Los_Angeles"}, {"eastern", "America/New_York"},
      {"central", "America/Chicago"},     {"mountain", "America/Denver"},
      {"pt", "America/Los_Angeles"},      {"et", "America/New_York"},
      {"ct", "America/Chicago"},          {"mt", "America/Denver"}};
  return m;
}

const util::WordMap<const char*>& PlacesEn() {
  static const util::WordMap<const char*> m = {
      {"london", "Europe/London"},        {"uk", "Europe/London"},
      {"british", "Europe/London"},       {"irish", "Europe/Dublin"},
      {"dublin", "Europe/Dublin"},        {"paris", "Europe/Paris"},
      {"france", "Europe/Paris"},         {"madrid", "Europe/Madrid"},
      {"spain", "Europe/Madrid"},         {"berlin", "Europe/Berlin"},
      {"germany", "Europe/Berlin"},       {"rome", "Europe/Rome"},
      {"italy", "Europe/Rome"},           {"amsterdam", "Europe/Amsterdam"},
      {"lisbon", "Europe/Lisbon"},        {"new york", "America/New_York"},
      {"ny", "America/New_York"},         {"nyc", "America/New_York"},
      {"chicago", "America/Chicago"},     {"denver", "America/Denver"},
      {"la", "America/Los_Angeles"},      {"los angeles", "America/Los_Angeles"},
      {"toronto", "America/Toronto"},     {"vancouver", "America/Vancouver"},
      {"mexico city", "America/Mexico_City"}, {"sao paulo", "America/Sao_Paulo"},
      {"tokyo", "Asia/Tokyo"},            {"japan", "Asia/Tokyo"},
      {"india", "Asia/Kolkata"},          {"indian", "Asia/Kolkata"},
      {"singapore", "Asia/Singapore"},    {"hong kong", "Asia/Hong_Kong"},
      {"beijing", "Asia/Shanghai"},       {"china", "Asia/Shanghai"},
      {"dubai", "Asia/Dubai"},            {"sydney", "Australia/Sydney"},
      {"melbourne", "Australia/Melbourne"}, {"eastern standard", "Etc/GMT+5"},
      {"central standard", "Etc/GMT+6"},  {"mountain standard", "Etc/GMT+7"},
      {"pacific standard", "Etc/GMT+8"},  {"eastern daylight", "Etc/GMT+4"},
      {"central daylight", "Etc/GMT+5"},  {"mountain daylight", "Etc/GMT+6"},
      {"pacific daylight", "Etc/GMT+7"},  {"pacific", "America/Los_Angeles"},
      {"eastern", "America/New_York"},    {"central", "America/Chicago"},
      {"mountain", "America/Denver"}};
  return m;
}

// After "hora": "hora de Madrid", "hora del este", "hora peninsular".
const util::WordMap<const char*>& PlacesEs() {
  static const util::WordMap<const char*> m = {
      {"peninsular", "Europe/Madrid"},      {"espanola", "Europe/Madrid"},
      {"de espana", "Europe/Madrid"},       {"de madrid", "Europe/Madrid"},
      {"de barcelona", "Europe/Madrid"},    {"canaria", "Atlantic/Canary"},
      {"de canarias", "Atlantic/Canary"},   {"de londres", "Europe/London"},
      {"de paris", "Europe/Paris"},         {"de mexico", "America/Mexico_City"},
      {"del centro", "America/Mexico_City"}, {"de colombia", "America/Bogota"},
      {"de bogota", "America/Bogota"},      {"de peru", "America/Lima"},
      {"de lima", "America/Lima"},          {"de argentina", "America/Argentina/Buenos_Aires"},
      {"argentina", "America/Argentina/Buenos_Aires"},
      {"de buenos aires", "America/Argentina/Buenos_Aires"},
      {"de chile", "America/Santiago"},     {"de santiago", "America/Santiago"},
      {"de venezuela", "America/Caracas"},  {"de caracas", "America/Caracas"},
      {"de uruguay", "America/Montevideo"}, {"de montevideo", "America/Montevideo"},
      {"de ecuador", "America/Guayaquil"},  {"de quito", "America/Guayaquil"},
      {"de bolivia", "America/La_Paz"},     {"de paraguay", "America/Asuncion"},
      {"de guatemala", "America/Guatemala"}, {"de costa rica", "America/Costa_Rica"},
      {"de panama", "America/Panama"},      {"de cuba", "America/Havana"},
      {"de puerto rico", "America/Puerto_Rico"}, {"de nueva york", "America/New_York"},
      {"de miami", "America/New_York"},     {"del este", "America/New_York"},
      {"del pacifico", "America/Los_Angeles"}, {"de los angeles", "America/Los_Angeles"}};
  return m;
}

}  // namespace

std::optional<int> ZoneOffsetAt(const char* id, const LocalTime& wall) {
  thread_local std::unordered_map<std::string_view, std::unique_ptr<icu::TimeZone>> zones;
  auto& z = zones[id];
  if (!z) z.reset(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
  if (!z) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  z->getOffset(static_cast<UDate>(ToSeconds(wall)) * 1000.0, true, raw, dst, st);
  if (U_FAILURE(st)) return std::nullopt;
  return (raw + dst) / 60000;
}

bool Parser::ZoneWords(size_t& i, Clock& c) const {
  size_t j = i;
  const bool paren = IsP(j, '(');
  if (paren) ++j;
  const bool es = lang_ == Lang::kEs;
  if (es) {
    if (!Is(j, "hora")) return false;
    ++j;
  }
  // an abbreviation in brackets: "9pm (CET)", "17:00 (GMT)"
  if (paren && IsWordTok(j) && IsP(j + 1, ')'))
    if (auto z = ZoneOffset(toks_[j].text)) {
      c.zone = z;
      i = j + 2;
      return true;
    }
  const util::WordMap<const char*>& places = es ? PlacesEs() : PlacesEn();
  const char* id = nullptr;
  size_t end = j;
  std::string key;
  for (size_t k = j; k < j + 4 && IsWordTok(k); ++k) {
    if (k > j) key += ' ';
    key += toks_[k].text;
    if (const char* const* found = places.Find(key)) {
      id = *found;
      end = k + 1;
    }
  }
  if (!es) {
    // a place needs "time" after it ("London time"); a region may stand alone
    // ("10am eastern", "3pm PT") before the end of the phrase or a word that follows a time
    if (id && Is(end, "time")) {
      ++end;
    } else if (const char* const* region = Regions().Find(IsWordTok(j) ? toks_[j].text : "");
               region && (Boundary(j + 1) || IsP(j + 1, ')') || DateFollower(j + 1))) {
      id = *region;
      end = j + 1;
    } else {
      return false;
    }
  }
  if (!id) return false;
  if (paren) {
    if (!IsP(end, ')')) return false;
    ++end;
  }
  c.zone_id = id;
  c.zone = ZoneOffsetAt(id, ref_);
  if (!c.zone) return false;
  i = end;
  return true;
}

}  // namespace chatbeto::events::detail
