// The holiday tables: each name (its folded words run together, without
// spaces, apostrophes or hyphens) and the rule that places it in a year.
#include "events/temporal_holiday_table.h"

#include "events/temporal_calendar.h"

namespace chatbeto::events::detail {
namespace {

std::unordered_map<std::string, Holiday> WithHindu(std::unordered_map<std::string, Holiday> m) {
  for (const auto& [name, rule] : HinduHolidays()) m.emplace(name, rule);
  for (const auto& [name, rule] : MoreHolidays(Lang::kEn)) m.emplace(name, rule);
  return m;
}

}  // namespace

const std::unordered_map<std::string, Holiday>& HolidayTable(Lang lang) {
  using H = Holiday;
  static const std::unordered_map<std::string, Holiday> en = WithHindu({
      {"christmas", {H::kFixed, 12, 25}},
      {"christmasday", {H::kFixed, 12, 25}},
      {"xmas", {H::kFixed, 12, 25}},
      {"xmasday", {H::kFixed, 12, 25}},
      {"christmaseve", {H::kFixed, 12, 24}},
      {"xmaseve", {H::kFixed, 12, 24}},
      {"newyearseve", {H::kFixed, 12, 31}},
      {"newyeareve", {H::kFixed, 12, 31}},
      {"nye", {H::kFixed, 12, 31}},
      {"newyearsday", {H::kFixed, 1, 1}},
      {"newyearday", {H::kFixed, 1, 1}},
      {"newyear", {H::kFixed, 1, 1}},
      {"newyears", {H::kFixed, 1, 1}},
      {"valentinesday", {H::kFixed, 2, 14}},
      {"valentineday", {H::kFixed, 2, 14}},
      {"valentines", {H::kFixed, 2, 14}},
      {"vday", {H::kFixed, 2, 14}},  // chats' "vday"
      {"halloween", {H::kFixed, 10, 31}},
      {"boxingday", {H::kFixed, 12, 26}},
      {"aprilfoolsday", {H::kFixed, 4, 1}},
      {"aprilfools", {H::kFixed, 4, 1}},
      {"earthday", {H::kFixed, 4, 22}},
      {"veteransday", {H::kFixed, 11, 11}},
      {"independenceday", {H::kFixed, 7, 4}},
      {"stpatricksday", {H::kFixed, 3, 17}},
      {"saintpatricksday", {H::kFixed, 3, 17}},
      {"stpatrickday", {H::kFixed, 3, 17}},
      {"thanksgiving", {H::kNthWeekday, 11, 3, 4}},
      {"thanksgivingday", {H::kNthWeekday, 11, 3, 4}},
      {"thxgiving", {H::kNthWeekday, 11, 3, 4}},
      {"blackfriday", {H::kNthWeekday, 11, 3, 4, 1}},
      {"laborday", {H::kNthWeekday, 9, 0, 1}},
      {"labourday", {H::kNthWeekday, 9, 0, 1}},
      {"memorialday", {H::kLastWeekday, 5, 0}},
      {"mothersday", {H::kNthWeekday, 5, 6, 2}},
      {"fathersday", {H::kNthWeekday, 6, 6, 3}},
      {"mlkday", {H::kNthWeekday, 1, 0, 3}},
      {"mlkjrday", {H::kNthWeekday, 1, 0, 3}},
      {"martinlutherkingday", {H::kNthWeekday, 1, 0, 3}},
      {"presidentsday", {H::kNthWeekday, 2, 0, 3}},
      {"columbusday", {H::kNthWeekday, 10, 0, 2}},
      {"easter", {H::kEaster, 0, 0, 0}},
      {"eastersunday", {H::kEaster, 0, 0, 0}},
      {"eastermonday", {H::kEaster, 0, 0, 1}},
      {"eastermon", {H::kEaster, 0, 0, 1}},
      {"goodfriday", {H::kEaster, 0, 0, -2}},
      {"maundythursday", {H::kEaster, 0, 0, -3}},
      {"palmsunday", {H::kEaster, 0, 0, -7}},
      {"ashwednesday", {H::kEaster, 0, 0, -46}},
      {"mardigras", {H::kEaster, 0, 0, -47}},
      {"shrovetuesday", {H::kEaster, 0, 0, -47}},
      {"fattuesday", {H::kEaster, 0, 0, -47}},
      {"pancakeday", {H::kEaster, 0, 0, -47}},
      {"pentecost", {H::kEaster, 0, 0, 49}},
      {"whitsunday", {H::kEaster, 0, 0, 49}},
      {"whitmonday", {H::kEaster, 0, 0, 50}},
      {"ascensionday", {H::kEaster, 0, 0, 39}},
      {"trinitysunday", {H::kEaster, 0, 0, 56}},
      {"holysaturday", {H::kEaster, 0, 0, -1}},
      {"holythursday", {H::kEaster, 0, 0, -3}},
      {"corpuschristi", {H::kEaster, 0, 0, 60}},
      {"motheringsunday", {H::kEaster, 0, 0, -21}},
      {"holyweek", {H::kEaster, 0, 0, -7, 0, 7}},
      {"lent", {H::kEaster, 0, 0, -46, 0, 45}},
      {"juneteenth", {H::kFixed, 6, 19}},
      {"canadaday", {H::kFixed, 7, 1}},
      {"groundhogday", {H::kFixed, 2, 2}},
      {"idesofmarch", {H::kFixed, 3, 15}},
      {"thursdayofmysteries", {H::kEaster, 0, 0, -3}},
      {"thuofmysteries", {H::kEaster, 0, 0, -3}},
      {"remembranceday", {H::kFixed, 11, 11}},
      {"cincodemayo", {H::kFixed, 5, 5}},
      {"stpaddysday", {H::kFixed, 3, 17}},
      {"stpattysday", {H::kFixed, 3, 17}},
      {"momsday", {H::kNthWeekday, 5, 6, 2}},
      {"dadsday", {H::kNthWeekday, 6, 6, 3}},
      // the Orthodox Easter cycle (Julian computus)
      {"orthodoxeaster", OrthodoxEaster(0)},
      {"orthodoxeastersunday", OrthodoxEaster(0)},
      {"orthodoxpascha", OrthodoxEaster(0)},
      {"orthodoxgoodfriday", OrthodoxEaster(-2)},
      {"orthodoxgreatfriday", OrthodoxEaster(-2)},
      {"orthodoxholysaturday", OrthodoxEaster(-1)},
      {"orthodoxeastermonday", OrthodoxEaster(1)},
      {"brightmonday", OrthodoxEaster(1)},
      {"orthodoxpalmsunday", OrthodoxEaster(-7)},
      {"lazarussaturday", OrthodoxEaster(-8)},
      {"cleanmonday", OrthodoxEaster(-48)},
      {"orthodoxshrovemonday", OrthodoxEaster(-48)},
      {"orthodoxpentecost", OrthodoxEaster(49)},
      {"greatlent", OrthodoxLent()},
      {"greatfast", OrthodoxLent()},
      {"orthodoxlent", OrthodoxLent()},
      {"pentecostmonday", {H::kEaster, 0, 0, 50}},
      {"mondayoftheholyspirit", {H::kEaster, 0, 0, 50}},
      {"ascensionthursday", {H::kEaster, 0, 0, 39}},
      {"rosemonday", {H::kEaster, 0, 0, -48}},
      // Hebrew calendar (the day it begins at sundown). The feasts of several days run, from
      // that evening, to their last day as kept outside Israel: Rosh Hashanah 1-2 Tishrei,
      // Sukkot with Shemini Atzeret 15-22 Tishrei, Passover 15-22 Nisan, Shavuot 6-7 Sivan.
      {"roshhashanah", Hebrew(1, 1, 2)},
      {"roshhashana", Hebrew(1, 1, 2)},
      {"jewishnewyear", Hebrew(1, 1, 2)},
      {"yomkippur", Hebrew(1, 10)},
      {"sukkot", Hebrew(1, 15, 8)},
      {"succot", Hebrew(1, 15, 8)},
      {"succos", Hebrew(1, 15, 8)},
      {"sukkos", Hebrew(1, 15, 8)},
      {"sukkoth", Hebrew(1, 15, 8)},
      {"feastoftabernacles", Hebrew(1, 15, 8)},
      {"feastofbooths", Hebrew(1, 15, 8)},
      {"feastofingathering", Hebrew(1, 15, 8)},
      {"feastoftheingathering", Hebrew(1, 15, 8)},
      {"sheminiatzeret", Hebrew(1, 22)},
      {"simchattorah", Hebrew(1, 23)},
      {"simchastorah", Hebrew(1, 23)},
      {"simhattorah", Hebrew(1, 23)},
      {"hanukkah", Hebrew(3, 25, 7)},
      {"hanukah", Hebrew(3, 25, 7)},
      {"chanukah", Hebrew(3, 25, 7)},
      {"chanukkah", Hebrew(3, 25, 7)},
      {"hannukah", Hebrew(3, 25, 7)},
      {"hannukkah", Hebrew(3, 25, 7)},
      {"hanukka", Hebrew(3, 25, 7)},
      {"chanuka", Hebrew(3, 25, 7)},
      {"tubishvat", Hebrew(5, 15)},
      {"tubshvat", Hebrew(5, 15)},
      {"purim", Hebrew(7, 14)},
      {"passover", Hebrew(8, 15, 8)},
      {"pesach", Hebrew(8, 15, 8)},
      {"yomhashoah", YomHashoah()},
      {"holocaustremembranceday", YomHashoah()},
      {"holocaustday", YomHashoah()},
      {"lagbaomer", Hebrew(9, 18)},
      {"lagbomer", Hebrew(9, 18)},
      {"shavuot", Hebrew(10, 6, 2)},
      {"shavuos", Hebrew(10, 6, 2)},
      {"tishabav", Hebrew(12, 9)},
      {"tishabeav", Hebrew(12, 9)},
      // Islamic calendar (Umm al-Qura)
      {"ramadan", Islamic(9, 1, -1)},
      {"ramadhan", Islamic(9, 1, -1)},
      {"eidalfitr", Islamic(10, 1)},
      {"eidulfitr", Islamic(10, 1)},
      {"idalfitr", Islamic(10, 1)},
      {"idulfitr", Islamic(10, 1)},
      {"eidaladha", Islamic(12, 10)},
      {"eiduladha", Islamic(12, 10)},
      {"idaladha", Islamic(12, 10)},
      {"iduladha", Islamic(12, 10)},
      {"bakrid", Islamic(12, 10)},
      {"bakraid", Islamic(12, 10)},
      {"sacrificefeast", Islamic(12, 10)},
      {"feastofsacrifice", Islamic(12, 10)},
      {"feastofthesacrifice", Islamic(12, 10)},
      {"islamicnewyear", Islamic(1, 1)},
      {"hijrinewyear", Islamic(1, 1)},
      {"ashura", Islamic(1, 10)},
      {"dayofashura", Islamic(1, 10)},
      {"mawlid", Islamic(3, 12)},
      {"mawlidalnabi", Islamic(3, 12)},
      {"miladunnabi", Islamic(3, 12)},
      {"prophetsbirthday", Islamic(3, 12)},
      {"israandmiraj", Islamic(7, 27)},
      {"israwalmiraj", Islamic(7, 27)},
      {"prophetsascension", Islamic(7, 27)},
      {"nightjourney", Islamic(7, 27)},
      {"laylatalqadr", Islamic(9, 27)},
      {"laylatulqadr", Islamic(9, 27)},
      {"nightofpower", Islamic(9, 27)},
      {"nightofdecree", Islamic(9, 27)},
      {"jamatulvida", LastFridayOfRamadan()},
      {"jamaatulvida", LastFridayOfRamadan()},
      {"jumuatulwida", LastFridayOfRamadan()},
      // Chinese calendar
      {"chinesenewyear", Chinese(1, 1)},
      {"chinesenewyearsday", Chinese(1, 1)},
      {"chineselunarnewyear", Chinese(1, 1)},
      {"chineselunarnewyearsday", Chinese(1, 1)},
      {"lunarnewyear", Chinese(1, 1)},
      {"lunarnewyearsday", Chinese(1, 1)},
      {"springfestival", Chinese(1, 1)},
      {"lanternfestival", Chinese(1, 15)},
      {"dragonboatfestival", Chinese(5, 5)},
      {"qixi", Chinese(7, 7)},
      {"midautumnfestival", Chinese(8, 15)},
      {"mooncakefestival", Chinese(8, 15)},
      {"doubleninthfestival", Chinese(9, 9)},
      // more fixed and counted days
      {"civilrightsday", {H::kNthWeekday, 1, 0, 3}},
      {"martinlutherkingjrday", {H::kNthWeekday, 1, 0, 3}},
      {"electionday", {H::kNthWeekday, 11, 0, 1, 1}},
      {"grandparentsday", {H::kNthWeekday, 9, 0, 1, 6}},
      {"cybermonday", {H::kNthWeekday, 11, 3, 4, 4}},
      {"smallbusinesssaturday", {H::kNthWeekday, 11, 3, 4, 2}},
      {"bossday", NearestWeekday(10, 16)},
      {"bosssday", NearestWeekday(10, 16)},
      {"bossesday", NearestWeekday(10, 16)},
      {"nationalbossday", NearestWeekday(10, 16)},
      {"kingsday", SundayToSaturday(4, 27)},
      {"koningsdag", SundayToSaturday(4, 27)},
      {"threekingsday", {H::kFixed, 1, 6}},
      {"feastoftheepiphany", {H::kFixed, 1, 6}},
      {"candlemas", {H::kFixed, 2, 2}},
      {"allsaintsday", {H::kFixed, 11, 1}},
      {"allsoulsday", {H::kFixed, 11, 2}},
      {"assumptionday", {H::kFixed, 8, 15}},
      {"feastoftheassumption", {H::kFixed, 8, 15}},
      {"stgeorgesday", {H::kFixed, 4, 23}},
      {"standrewsday", {H::kFixed, 11, 30}},
      {"stdavidsday", {H::kFixed, 3, 1}},
      {"bastilleday", {H::kFixed, 7, 14}},
      {"australiaday", {H::kFixed, 1, 26}},
      {"anzacday", {H::kFixed, 4, 25}},
      {"guyfawkesnight", {H::kFixed, 11, 5}},
      {"bonfirenight", {H::kFixed, 11, 5}},
      {"flagday", {H::kFixed, 6, 14}},
      {"patriotday", {H::kFixed, 9, 11}},
      {"taxday", {H::kFixed, 4, 15}},
      {"internationalworkersday", {H::kFixed, 5, 1}},
      {"internationalwomensday", {H::kFixed, 3, 8}},
      {"womensday", {H::kFixed, 3, 8}},
      {"worldhealthday", {H::kFixed, 4, 7}},
      {"worldwaterday", {H::kFixed, 3, 22}},
      {"worldbookday", {H::kFixed, 4, 23}},
      {"worldenvironmentday", {H::kFixed, 6, 5}},
      {"worldaidsday", {H::kFixed, 12, 1}},
      {"worldveganday", {H::kFixed, 11, 1}},
      {"worldmentalhealthday", {H::kFixed, 10, 10}},
      {"worldteachersday", {H::kFixed, 10, 5}},
      {"worldkindnessday", {H::kFixed, 11, 13}},
      {"humanrightsday", {H::kFixed, 12, 10}},
      {"internationaldayofpeace", {H::kFixed, 9, 21}},
      {"unitednationsday", {H::kFixed, 10, 24}},
      {"internationalchildrensday", {H::kFixed, 6, 1}},
      {"piday", {H::kFixed, 3, 14}},
      {"earthhour", EarthHour()},
      // Canada: the Monday before 25 May; the US: the last Friday of April
      {"victoriaday", VictoriaDay()},
      {"arborday", {H::kLastWeekday, 4, 4}},
      {"nationalarborday", {H::kLastWeekday, 4, 4}},
      // England and Wales: the first and last Mondays of May, the last of August
      {"earlymaybankholiday", {H::kNthWeekday, 5, 0, 1}},
      {"maydaybankholiday", {H::kNthWeekday, 5, 0, 1}},
      {"springbankholiday", {H::kLastWeekday, 5, 0}},
      {"summerbankholiday", {H::kLastWeekday, 8, 0}},
      {"augustbankholiday", {H::kLastWeekday, 8, 0}},
      {"waitangiday", {H::kFixed, 2, 6}},
      {"patriotsday", {H::kNthWeekday, 4, 0, 3}},  // Massachusetts, Maine: third Monday of April
      {"indigenouspeoplesday", {H::kNthWeekday, 10, 0, 2}},
      {"epiphany", {H::kFixed, 1, 6}},
      {"orthodoxchristmas", {H::kFixed, 1, 7}},  // 25 December of the Julian calendar, 1900-2099
      {"immaculateconception", {H::kFixed, 12, 8}},
      {"feastoftheimmaculateconception", {H::kFixed, 12, 8}},
      {"ststephensday", {H::kFixed, 12, 26}},
      {"saintstephensday", {H::kFixed, 12, 26}},
      {"stnicholasday", {H::kFixed, 12, 6}},
      {"saintnicholasday", {H::kFixed, 12, 6}},
      {"dayofthedead", {H::kFixed, 11, 2}},
      {"diadelosmuertos", {H::kFixed, 11, 2}},
      {"diademuertos", {H::kFixed, 11, 2}},
      // the lunar new year of Vietnam and Korea, Korea's harvest moon, Thailand's new year
      {"tet", Chinese(1, 1)},
      {"seollal", Chinese(1, 1)},
      {"chuseok", Chinese(8, 15)},
      {"songkran", {H::kFixed, 4, 13, 0, 0, 2}},
      // India's national days
      {"gandhijayanti", {H::kFixed, 10, 2}},
      {"ambedkarjayanti", {H::kFixed, 4, 14}},
      {"republicday", {H::kFixed, 1, 26}},
      {"independencedayindia", {H::kFixed, 8, 15}},
      {"indianindependenceday", {H::kFixed, 8, 15}},
      {"burnsnight", {H::kFixed, 1, 25}},
      // Parsi New Year (Navroz of the Shahenshahi calendar kept in India)
      {"parsinewyear", {H::kShahenshahi}},
      {"parsinewyearsday", {H::kShahenshahi}},
      {"jamshedinavroz", {H::kShahenshahi}},
      {"jamshedinowruz", {H::kShahenshahi}},
      {"parsinavroz", {H::kShahenshahi}},
      {"starwarsday", {H::kFixed, 5, 4}},
      // United Nations observances
      {"internationaldayofcooperatives", {H::kNthWeekday, 7, 5, 1}},
      {"internationalmotherlanguageday", {H::kFixed, 2, 21}},
      {"zerodiscriminationday", {H::kFixed, 3, 1}},
      {"internationaldayofhappiness", {H::kFixed, 3, 20}},
      {"worldpoetryday", {H::kFixed, 3, 21}},
      {"worldpressfreedomday", {H::kFixed, 5, 3}},
      {"worldoceansday", {H::kFixed, 6, 8}},
      {"worldrefugeeday", {H::kFixed, 6, 20}},
      {"worldpopulationday", {H::kFixed, 7, 11}},
      {"internationalyouthday", {H::kFixed, 8, 12}},
      {"internationalliteracyday", {H::kFixed, 9, 8}},
      {"worldtourismday", {H::kFixed, 9, 27}},
      {"worldfoodday", {H::kFixed, 10, 16}},
      {"internationaldayfortolerance", {H::kFixed, 11, 16}},
      {"internationalvolunteerday", {H::kFixed, 12, 5}},
      {"arabiclanguageday", {H::kFixed, 12, 18}}});
  return lang == Lang::kEs ? SpanishHolidays() : en;
}

std::optional<LocalTime> HolidayInYear(const Holiday& h, int y) {
  std::optional<LocalTime> d;
  switch (h.kind) {
    case Holiday::kFixed:
      if (ValidDate(y, h.month, h.day)) d = LocalTime{y, h.month, h.day};
      break;
    case Holiday::kNthWeekday: {
      LocalTime first{y, h.month, 1};
      d = AddDays(first, (h.day - Weekday(first) + 7) % 7 + 7 * (h.n - 1));
      break;
    }
    case Holiday::kLastWeekday: {
      LocalTime last{y, h.month, DaysInMonth(y, h.month)};
      d = AddDays(last, -((Weekday(last) - h.day + 7) % 7));
      break;
    }
    case Holiday::kEaster:
      if (y >= 1583) d = AddDays(EasterSunday(y), h.n);
      break;
    case Holiday::kOrthodoxEaster:
      if (y >= 1583) d = AddDays(OrthodoxEasterSunday(y), h.n);
      break;
    case Holiday::kLunar:
      d = LunarDayInYear(h.cal, y, h.month, h.day);
      break;
    case Holiday::kTithi:
      d = HinduTithiInYear(y, h.month, h.day, static_cast<TithiHour>(h.n));
      break;
    case Holiday::kSankranti:
      d = SankrantiInYear(y, h.month);
      break;
    case Holiday::kNakshatra:
      d = NakshatraDayInSolarMonth(y, h.month, h.day);
      break;
    case Holiday::kShahenshahi: {
      // Years of 365 days from 1 Farvardin of 1391 Y.Z., 16 August 2021 (each
      // Gregorian leap day brings it a day earlier: 15 August from 2024)
      const int64_t epoch = DaysFromCivil(2021, 8, 16), jan1 = DaysFromCivil(y, 1, 1);
      const int64_t diff = jan1 - epoch;  // the first new year on or after 1 January
      const int64_t n = diff >= 0 ? (diff + 364) / 365 : -(-diff / 365);
      d = CivilFromDays(epoch + n * 365);
      break;
    }
  }
  if (!d) return d;
  const int wd = Weekday(*d);
  d = AddDays(*d, wd == 4 ? h.on_friday : wd == 5 ? h.on_saturday : wd == 6 ? h.on_sunday : 0);
  if (h.back_to >= 0) d = AddDays(*d, -((Weekday(*d) - h.back_to + 6) % 7 + 1));
  if (h.on_holy_saturday != 0 && y >= 1583 && SameDay(*d, AddDays(EasterSunday(y), -1)))
    d = AddDays(*d, h.on_holy_saturday);
  return AddDays(*d, h.extra);  // the extra days (an eve, Black Friday) after the weekday rules
}

int HolidaySpan(const Holiday& h, const LocalTime& start) {
  if (h.kind == Holiday::kTithi && h.until > 0) {
    const auto last = HinduTithiInYear(start.year, h.month, h.until, static_cast<TithiHour>(h.until_hour));
    if (!last || ToSeconds(*last) < ToSeconds(start)) return 0;
    return static_cast<int>((ToSeconds(*last) - ToSeconds(start)) / 86400);
  }
  if (h.span >= 0) return h.span;
  return LunarMonthLength(h.cal, AddDays(start, -h.extra)) - 1;  // the whole month
}

}  // namespace chatbeto::events::detail
