#include "events/hindu_calendar.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "events/temporal_calendar.h"

namespace chatbeto::events::detail {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kJ2000 = 2451545.0;
constexpr double kUnixEpochJd = 2440587.5;
constexpr double kIst = 5.5 / 24;                 // UTC+05:30, in days
constexpr double kLat = 28.6139, kLon = 77.2090;  // New Delhi
constexpr double kSynodicMonth = 29.530588853;    // days
constexpr double kElongationPerDay = 360.0 / kSynodicMonth;

double Rad(double deg) { return deg * kPi / 180; }
double Deg(double rad) { return rad * 180 / kPi; }
double Norm(double deg) {
  deg = std::fmod(deg, 360.0);
  return deg < 0 ? deg + 360 : deg;
}
double Signed(double deg) { return Norm(deg + 180) - 180; }  // (-180, 180]

// Terrestrial minus universal time, roughly (a minute's error moves a tithi
// boundary by seconds).
double DeltaT(double jd) {
  const double y = 2000 + (jd - kJ2000) / 365.25;
  return std::clamp(64 + 0.3 * (y - 2000), 20.0, 120.0) / 86400;
}

// Meeus table 47.A, the terms of the moon's longitude: multiples of D, M,
// M', F and the coefficient in millionths of a degree.
struct MoonTerm {
  int8_t d, m, mp, f;
  int32_t l;
};
constexpr MoonTerm kMoonTerms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},    {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},    {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},    {2, 1, 0, -2, -399},   {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351},     {3, 0, -2, 0, -340},    {4, 0, -3, 0, 330},    {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323},    {1, 1, -1, 0, 299},     {2, 0, 3, 0, 294}};

// Nutation in longitude, its main term (degrees); the sun's apparent
// longitude holds it, so the moon's gets it too before they are compared.
double Nutation(double jde) { return -0.00478 * std::sin(Rad(125.04 - 1934.136 * (jde - kJ2000) / 36525)); }

// Lahiri (Chitrapaksha) ayanamsa: the sidereal zodiac's lag behind the tropical.
double Ayanamsa(double jde) { return 23.857 + 1.3969 * (jde - kJ2000) / 36525; }

// The moon's lead over the sun, degrees in [0, 360), at jd (UT).
double Elongation(double jd) {
  const double jde = jd + DeltaT(jd);
  return Norm(MoonLongitude(jde) + Nutation(jde) - SunApparentLongitude(jde));
}
int TithiAt(double jd) { return static_cast<int>(Elongation(jd) / 12) + 1; }

double SiderealSun(double jd) {
  const double jde = jd + DeltaT(jd);
  return Norm(SunApparentLongitude(jde) - Ayanamsa(jde));
}
int RashiAt(double jd) { return static_cast<int>(SiderealSun(jd) / 30) % 12; }

double SiderealMoon(double jd) {
  const double jde = jd + DeltaT(jd);
  return Norm(MoonLongitude(jde) + Nutation(jde) - Ayanamsa(jde));
}
// The star (nakshatra, 0-26) the moon is in at jd (UT).
int NakshatraAt(double jd) { return static_cast<int>(SiderealMoon(jd) / (360.0 / 27)); }

// The new moon nearest jd (within half a lunation).
double NewMoonNear(double jd) {
  for (int i = 0; i < 8; ++i) jd -= Signed(Elongation(jd)) / kElongationPerDay;
  return jd;
}

// The amanta month in progress at jd: its name (1 = Chaitra) and whether it
// is a leap month (the sun enters no sign between its new moons).
struct LunarMonth {
  int name = 0;
  bool leap = false;
};
LunarMonth MonthAt(double jd) {
  const double start = NewMoonNear(jd - Elongation(jd) / kElongationPerDay);
  const double end = NewMoonNear(start + kSynodicMonth);
  const int r1 = RashiAt(start), r2 = RashiAt(end);
  return {(r1 + 1) % 12 + 1, r1 == r2};
}

// Julian day (UT) of 00:00 UT on civil date d.
double JdOf(const LocalTime& d) { return kUnixEpochJd + static_cast<double>(DaysFromCivil(d.year, d.month, d.day)); }
// The civil date in India of jd (UT).
LocalTime IstDate(double jd) { return CivilFromDays(static_cast<int64_t>(std::floor(jd + kIst - kUnixEpochJd))); }

// Sunrise, solar noon and sunset at New Delhi on civil date d (UT Julian days).
struct DayHours {
  double sunrise, noon, sunset;
};
DayHours HoursOf(const LocalTime& d) {
  const double jd = JdOf(d) + 0.27;  // about noon in India
  const double t = (jd - kJ2000) / 36525;
  const double lambda = Rad(SunApparentLongitude(jd));
  const double eps = Rad(23.439291 - 0.0130042 * t);
  const double alpha = Norm(Deg(std::atan2(std::cos(eps) * std::sin(lambda), std::cos(lambda))));
  const double mean = Norm(280.46646 + 36000.76983 * t);
  const double eot = Signed(mean - 0.0057183 - alpha);  // degrees; 1 degree = 4 minutes
  const double dec = std::asin(std::sin(eps) * std::sin(lambda));
  const double noon = JdOf(d) + (720 - 4 * kLon - 4 * eot) / 1440;
  const double cos_h = (std::sin(Rad(-0.833)) - std::sin(Rad(kLat)) * std::sin(dec)) /
                       (std::cos(Rad(kLat)) * std::cos(dec));
  const double half = Deg(std::acos(std::clamp(cos_h, -1.0, 1.0))) / 360;
  return {noon - half, noon, noon + half};
}

double MomentOf(const LocalTime& d, TithiHour hour) {
  const DayHours h = HoursOf(d);
  switch (hour) {
    case TithiHour::kSunrise: return h.sunrise;
    case TithiHour::kNoon: return h.noon;
    case TithiHour::kAfternoon: return h.sunrise + 0.6 * (h.sunset - h.sunrise);  // aparahna
    case TithiHour::kEvening: return h.sunset;                                     // pradosh
    case TithiHour::kMidnight: return h.noon + 0.5;        // nishita
  }
  return h.sunrise;
}

bool InRange(int y) { return y >= 1800 && y <= 2200; }

// HinduTithiInYear, uncached.
std::optional<LocalTime> TithiSearch(int y, int month, int tithi, TithiHour hour) {
  const auto regular = [&](double jd) {
    const LunarMonth lm = MonthAt(jd);
    return lm.name == month && !lm.leap;
  };
  const auto tithi_on = [&](int64_t day, double& at) {
    at = MomentOf(CivilFromDays(day), hour);
    return TithiAt(at);
  };
  const int64_t first = DaysFromCivil(y, 1, 1), last = DaysFromCivil(y, 12, 31);
  double prev_at = 0;
  int prev = tithi_on(first - 1, prev_at);
  for (int64_t day = first; day <= last;) {
    double at = 0;
    const int now = tithi_on(day, at);
    if (now == tithi && regular(at)) {
      // A feast of the afternoon or the evening whose tithi still runs when the next
      // day's window opens is kept on that next day (Diwali 2013: 3 November)
      double next_at = 0;
      if ((hour == TithiHour::kAfternoon || hour == TithiHour::kEvening) &&
          tithi_on(day + 1, next_at) == tithi && regular(next_at))
        return CivilFromDays(day + 1);
      return CivilFromDays(day);
    }
    // Kshaya: the tithi began after the previous day's hour and ended before
    // today's; it ran in the previous day, whose date counts (if in y).
    if (now != tithi && now != prev && (prev % 30) + 1 == tithi && (tithi % 30) + 1 == now &&
        regular(tithi == 30 ? prev_at : at) && day > first)
      return CivilFromDays(day - 1);
    // Skip to two tithis before the next one wanted: a tithi lasts at least
    // 0.8 days, so the jump never passes it.
    const int ahead = ((tithi - now) % 30 + 30) % 30;
    const int64_t jump = ahead > 3 ? static_cast<int64_t>((ahead - 2) * 0.8) : 1;
    day += jump;
    if (jump > 1) {
      prev = tithi_on(day - 1, prev_at);
    } else {
      prev = now;
      prev_at = at;
    }
  }
  return std::nullopt;
}

}  // namespace

double SunApparentLongitude(double jde) {
  const double t = (jde - kJ2000) / 36525;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = Rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                   (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  const double omega = Rad(125.04 - 1934.136 * t);
  return Norm(l0 + c - 0.00569 - 0.00478 * std::sin(omega));
}

double MoonLongitude(double jde) {
  const double t = (jde - kJ2000) / 36525, t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  const double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841 - t4 / 65194000;
  const double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868 - t4 / 113065000;
  const double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2 + t3 / 24490000;
  const double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699 - t4 / 14712000;
  const double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000 + t4 / 863310000;
  const double e = 1 - 0.002516 * t - 0.0000074 * t2;
  double sum = 0;
  for (const MoonTerm& k : kMoonTerms) {
    const double arg = Rad(Norm(k.d * d + k.m * m + k.mp * mp + k.f * f));
    const double ecc = k.m == 0 ? 1 : (k.m == 1 || k.m == -1) ? e : e * e;
    sum += k.l * ecc * std::sin(arg);
  }
  sum += 3958 * std::sin(Rad(119.75 + 131.849 * t)) + 1962 * std::sin(Rad(lp - f)) +
         318 * std::sin(Rad(53.09 + 479264.290 * t));
  return Norm(lp + sum / 1e6);
}

std::optional<LocalTime> HinduTithiInYear(int y, int month, int tithi, TithiHour hour) {
  if (!InRange(y) || month < 1 || month > 12 || tithi < 1 || tithi > 30) return std::nullopt;
  // A year's search computes the moon for every day (milliseconds): a chat
  // repeating a feast's name must not repeat it. Per thread, bounded.
  thread_local std::unordered_map<int64_t, std::optional<LocalTime>> cache;
  const int64_t key = ((int64_t{y} * 16 + month) * 32 + tithi) * 8 + static_cast<int>(hour);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() > 4096) cache.clear();
  return cache[key] = TithiSearch(y, month, tithi, hour);
}

std::optional<LocalTime> SankrantiInYear(int y, int rashi) {
  if (!InRange(y) || rashi < 0 || rashi > 11) return std::nullopt;
  const double target = rashi * 30.0;
  double jd = JdOf(LocalTime{y, 1, 1}) - kIst;
  jd += Norm(target - SiderealSun(jd)) / 0.9856;  // the first entry from 1 January on
  for (int i = 0; i < 5; ++i) jd += Signed(target - SiderealSun(jd)) / 0.9856;
  LocalTime d = IstDate(jd);
  if (jd > HoursOf(d).sunset) d = AddDays(d, 1);
  if (d.year != y) return std::nullopt;
  return d;
}

std::optional<LocalTime> NakshatraDayInSolarMonth(int y, int rashi, int nakshatra) {
  if (nakshatra < 0 || nakshatra > 26) return std::nullopt;
  const auto first = SankrantiInYear(y, rashi), next = SankrantiInYear(y, (rashi + 1) % 12);
  if (!first || !next) return std::nullopt;
  std::optional<LocalTime> found;
  bool previous = false;
  for (int64_t day = DaysFromCivil(first->year, first->month, first->day),
               end = DaysFromCivil(next->year, next->month, next->day);
       day < end; ++day) {
    // the star of the day: the one at sunrise when it lasts six nazhikas (2 h 24 min)
    // after it, else the next (Kerala's sunrise is near 06:12 IST the year round)
    const bool now = NakshatraAt(JdOf(CivilFromDays(day)) + (8.6 / 24) - kIst) == nakshatra;
    // a star that comes twice in the month is kept the second time (Onam 2013: 16 Sep)
    if (now && !previous) found = CivilFromDays(day);
    previous = now;
  }
  return found;
}

}  // namespace chatbeto::events::detail
