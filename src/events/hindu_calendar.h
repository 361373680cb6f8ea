// Where the feasts of the Hindu calendars fall in a Gregorian year, as India
// keeps them (Indian Standard Time, sunrise and sunset at New Delhi):
//
// - lunisolar feasts: a tithi (lunar day: each 12 degrees the moon gains on
//   the sun) of an amanta month (new moon to new moon, named after the
//   sidereal sign the sun is in at the new moon that begins it: in Meena,
//   Chaitra). A month in which the sun enters no sign is a leap (adhika)
//   month; its feasts are kept in the regular month that follows it. A feast
//   is kept on the civil day on which its tithi prevails at the feast's own
//   hour (sunrise for most, noon for Rama Navami, the evening for Diwali,
//   midnight for Janmashtami); a feast of the afternoon (aparahna, from 3/5 of
//   the daylight) or the evening (pradosh, from sunset) whose tithi still runs
//   when the next day's window opens is kept on that next day; a tithi that
//   begins and ends between two such hours (kshaya) gives the day in which it runs;
// - solar feasts: the day the sun enters a sidereal sign (sankranti: Makar
//   Sankranti, Vaisakhi); an entry after sunset counts for the next day.
//
// Positions of the sun and the moon from Meeus, Astronomical Algorithms
// (chapters 25 and 47: about 0.01 degrees, a minute or two of a tithi's
// boundaries), sidereal signs with the Lahiri ayanamsa. A feast whose tithi
// ends within minutes of its hour can come out a day off. Pure functions;
// thread-safe.
#pragma once
#include <optional>

#include "events/temporal.h"

namespace chatbeto::events::detail {

// The hour of the day at which a feast's tithi must prevail.
enum class TithiHour { kSunrise, kNoon, kAfternoon, kEvening, kMidnight };

// The first date in Gregorian year y on which tithi `tithi` (1-15 of the
// waxing half, 16-30 of the waning half, 15 full moon, 30 new moon) of the
// regular month `month` (1 = Chaitra, 2 = Vaishakha ... 7 = Ashvin, 8 =
// Kartika ... 12 = Phalguna) prevails at `hour`; nullopt outside 1800-2200.
std::optional<LocalTime> HinduTithiInYear(int y, int month, int tithi, TithiHour hour);

// The date in Gregorian year y on which the sun enters sidereal sign `rashi`
// (0 = Mesha, Aries ... 9 = Makara, Capricorn ... 11 = Meena); nullopt
// outside 1800-2200.
std::optional<LocalTime> SankrantiInYear(int y, int rashi);

// The first day of the solar month of sign `rashi` begun in year y whose star
// (nakshatra 0 = Ashvini ... 21 = Shravana, Thiruvonam ... 26 = Revati: the
// moon's sidereal longitude in 27 parts) is `nakshatra`, as Kerala names the day
// (the star at sunrise when it lasts 6 nazhikas after it, else the next), the
// second when it comes twice: Onam is Thiruvonam of Chingam (Simha). Published
// Onams 2013-2025 but 2014 and 2016 (a day late there). nullopt when none.
std::optional<LocalTime> NakshatraDayInSolarMonth(int y, int rashi, int nakshatra);

// Exposed for tests. Julian Ephemeris Day in, degrees in [0, 360) out.
double SunApparentLongitude(double jde);  // Meeus 25 (low accuracy)
double MoonLongitude(double jde);         // Meeus 47, geometric, mean equinox of date

}  // namespace chatbeto::events::detail
