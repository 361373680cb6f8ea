#include "events/temporal_lexicon.h"

#include <string>
#include <vector>

#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

// A word table (util::WordMap: most words asked about are in no table, and
// a word whose first letter and length no entry has is answered without
// hashing it).
using Table = util::WordMap<Word>;

Word Find(const Table& t, std::string_view w) {
  const Word* found = t.Find(w);
  return found ? *found : Word{};
}

const Table& Numbers(Lang lang) {
  static const Table en = {
      {"zero", {0}},     {"one", {1}},        {"two", {2}},       {"three", {3}},
      {"four", {4}},     {"five", {5}},       {"six", {6}},       {"seven", {7}},
      {"eight", {8}},    {"nine", {9}},       {"ten", {10}},      {"eleven", {11}},
      {"twelve", {12}},  {"thirteen", {13}},  {"fourteen", {14}}, {"fifteen", {15}},
      {"sixteen", {16}}, {"seventeen", {17}}, {"eighteen", {18}}, {"nineteen", {19}},
      {"twenty", {20}},  {"thirty", {30}},    {"forty", {40}},    {"fourty", {40}},
      {"fifty", {50}}};
  static const Table es = {
      {"cero", {0}},         {"zero", {0}},          {"un", {1}},           {"uno", {1}},
      {"una", {1}},          {"dos", {2}},           {"tres", {3}},         {"cuatro", {4}},
      {"cinco", {5}},        {"seis", {6}},          {"siete", {7}},        {"ocho", {8}},
      {"nueve", {9}},        {"diez", {10}},         {"once", {11}},        {"doce", {12}},
      {"trece", {13}},       {"catorce", {14}},      {"quince", {15}},      {"dieciseis", {16}},
      {"diecisiete", {17}},  {"dieciocho", {18}},    {"diecinueve", {19}},  {"veinte", {20}},
      {"veintiuno", {21}},   {"veintiun", {21}},     {"veintiuna", {21}},   {"veintidos", {22}},
      {"veintitres", {23}},  {"veinticuatro", {24}}, {"veinticinco", {25}}, {"veintiseis", {26}},
      {"veintisiete", {27}}, {"veintiocho", {28}},   {"veintinueve", {29}}, {"treinta", {30}},
      {"cuarenta", {40}},    {"cincuenta", {50}}};
  return lang == Lang::kEs ? es : en;
}

const Table& Ordinals(Lang lang) {
  static const Table en = {{"first", {1}},       {"second", {2}},       {"third", {3}},
                           {"fourth", {4}},      {"fifth", {5}},        {"sixth", {6}},
                           {"seventh", {7}},     {"eighth", {8}},       {"ninth", {9}},
                           {"tenth", {10}},      {"eleventh", {11}},    {"twelfth", {12}},
                           {"thirteenth", {13}}, {"fourteenth", {14}},  {"fifteenth", {15}},
                           {"sixteenth", {16}},  {"seventeenth", {17}}, {"eighteenth", {18}},
                           {"nineteenth", {19}}, {"twentieth", {20}},   {"thirtieth", {30}}};
  static const Table es = {{"primero", {1}}, {"primer", {1}},  {"primera", {1}}, {"segundo", {2}},
                           {"segunda", {2}}, {"tercero", {3}}, {"tercer", {3}},  {"tercera", {3}},
                           {"cuarto", {4}},  {"cuarta", {4}},  {"quinto", {5}},  {"quinta", {5}}};
  return lang == Lang::kEs ? es : en;
}

const Table& Weekdays(Lang lang) {
  static const Table en = {
      {"monday", {0}},     {"mondays", {0}},   {"mon", {0, true}},  {"tuesday", {1}},
      {"tuesdays", {1}},   {"tue", {1, true}}, {"tues", {1, true}}, {"wednesday", {2}},
      {"wednesdays", {2}}, {"wed", {2, true}}, {"weds", {2, true}}, {"thursday", {3}},
      {"thursdays", {3}},  {"thu", {3, true}}, {"thur", {3, true}}, {"thurs", {3, true}},
      {"friday", {4}},     {"fridays", {4}},   {"fri", {4, true}},  {"saturday", {5}},
      {"saturdays", {5}},  {"sat", {5, true}}, {"sunday", {6}},     {"sundays", {6}},
      {"sun", {6, true}}};
  static const Table es = {
      {"lunes", {0}},      {"lun", {0, true}}, {"lu", {0, true}},  {"martes", {1}},
      {"mar", {1, true}},  {"ma", {1, true}},  {"miercoles", {2}}, {"mie", {2, true}},
      {"mier", {2, true}}, {"mi", {2, true}},  {"mx", {2, true}},  {"jueves", {3}},
      {"jue", {3, true}},  {"ju", {3, true}},  {"viernes", {4}},   {"vie", {4, true}},
      {"vi", {4, true}},   {"sabado", {5}},    {"sabados", {5}},   {"sab", {5, true}},
      {"sa", {5, true}},   {"domingo", {6}},   {"domingos", {6}},  {"dom", {6, true}},
      {"do", {6, true}}};
  return lang == Lang::kEs ? es : en;
}

const Table& Months(Lang lang) {
  static const Table en = {
      {"january", {1}},   {"jan", {1, true}},  {"february", {2}},  {"feb", {2, true}},
      {"march", {3}},     {"mar", {3, true}},  {"april", {4}},     {"apr", {4, true}},
      {"may", {5, true}}, {"june", {6}},       {"jun", {6, true}}, {"july", {7}},
      {"jul", {7, true}}, {"august", {8}},     {"aug", {8, true}}, {"september", {9}},
      {"sep", {9, true}}, {"sept", {9, true}}, {"october", {10}},  {"oct", {10, true}},
      {"november", {11}}, {"nov", {11, true}}, {"december", {12}}, {"dec", {12, true}}};
  static const Table es = {
      {"enero", {1}},      {"ene", {1, true}},  {"febrero", {2}},    {"feb", {2, true}},
      {"marzo", {3}},      {"mar", {3, true}},  {"abril", {4}},      {"abr", {4, true}},
      {"mayo", {5}},       {"may", {5, true}},  {"junio", {6}},      {"jun", {6, true}},
      {"julio", {7}},      {"jul", {7, true}},  {"agosto", {8}},     {"ago", {8, true}},
      {"septiembre", {9}}, {"setiembre", {9}},  {"sep", {9, true}},  {"sept", {9, true}},
      {"set", {9, true}},  {"octubre", {10}},   {"oct", {10, true}}, {"noviembre", {11}},
      {"nov", {11, true}}, {"diciembre", {12}}, {"dic", {12, true}}};
  return lang == Lang::kEs ? es : en;
}

}  // namespace

Word NumberWord(Lang lang, std::string_view w) { return Find(Numbers(lang), w); }
Word OrdinalWord(Lang lang, std::string_view w) { return Find(Ordinals(lang), w); }
Word WeekdayWord(Lang lang, std::string_view w) { return Find(Weekdays(lang), w); }
Word MonthWord(Lang lang, std::string_view w) { return Find(Months(lang), w); }

std::vector<std::string_view> LexiconWords(Lang lang) {
  std::vector<std::string_view> out;
  for (const Table* t : {&Numbers(lang), &Ordinals(lang), &Weekdays(lang), &Months(lang)})
    t->ForEachKey([&](std::string_view k) { out.push_back(k); });
  return out;
}

bool RangeWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEs) return w == "a" || w == "al" || w == "hasta";
  return w == "to" || w == "till" || w == "til" || w == "until" || w == "untill" ||
         w == "through" || w == "thru";
}

bool OrdinalSuffix(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) return w == "st" || w == "nd" || w == "rd" || w == "th";
  return w == "o" || w == "a" || w == "ro" || w == "er" || w == "do" || w == "to" || w == "vo" ||
         w == "no" || w == "mo" || w == "ero" || w == "era";  // "1ero", "1era" (Latin America)
}

Unit UnitWord(Lang lang, std::string_view w) {
  static const util::WordMap<Unit> en = {
      {"second", {Grain::kSecond, 1}},    {"seconds", {Grain::kSecond, 1}},
      {"sec", {Grain::kSecond, 1}},       {"secs", {Grain::kSecond, 1}},
      {"minute", {Grain::kMinute, 1}},    {"minutes", {Grain::kMinute, 1}},
      {"min", {Grain::kMinute, 1}},       {"mins", {Grain::kMinute, 1}},
      {"hour", {Grain::kHour, 1}},        {"hours", {Grain::kHour, 1}},
      {"hr", {Grain::kHour, 1}},          {"hrs", {Grain::kHour, 1}},
      {"h", {Grain::kHour, 1}},           {"day", {Grain::kDay, 1}},
      {"days", {Grain::kDay, 1}},         {"week", {Grain::kWeek, 1}},
      {"weeks", {Grain::kWeek, 1}},       {"wk", {Grain::kWeek, 1}},
      {"wks", {Grain::kWeek, 1}},         {"fortnight", {Grain::kDay, 14}},
      {"fortnights", {Grain::kDay, 14}},  {"month", {Grain::kMonth, 1}},
      {"months", {Grain::kMonth, 1}},     {"quarter", {Grain::kQuarter, 1}},
      {"quarters", {Grain::kQuarter, 1}}, {"qtr", {Grain::kQuarter, 1}},
      {"qtrs", {Grain::kQuarter, 1}},     {"year", {Grain::kYear, 1}},
      {"years", {Grain::kYear, 1}},       {"yr", {Grain::kYear, 1}},
      {"yrs", {Grain::kYear, 1}}};
  static const util::WordMap<Unit> es = {
      {"segundo", {Grain::kSecond, 1}},    {"segundos", {Grain::kSecond, 1}},
      {"seg", {Grain::kSecond, 1}},        {"minuto", {Grain::kMinute, 1}},
      {"minutos", {Grain::kMinute, 1}},    {"min", {Grain::kMinute, 1}},
      {"mins", {Grain::kMinute, 1}},       {"hora", {Grain::kHour, 1}},
      {"horas", {Grain::kHour, 1}},        {"h", {Grain::kHour, 1}},
      {"hrs", {Grain::kHour, 1}},          {"dia", {Grain::kDay, 1}},
      {"dias", {Grain::kDay, 1}},          {"semana", {Grain::kWeek, 1}},
      {"semanas", {Grain::kWeek, 1}},      {"quincena", {Grain::kDay, 15}},
      {"hs", {Grain::kHour, 1}},           {"hr", {Grain::kHour, 1}},
      {"mes", {Grain::kMonth, 1}},         {"meses", {Grain::kMonth, 1}},
      {"trimestre", {Grain::kQuarter, 1}}, {"trimestres", {Grain::kQuarter, 1}},
      {"ano", {Grain::kYear, 1}},          {"anos", {Grain::kYear, 1}},
      // the diminutives of chats: "en una semanita", "en una horita", "en 5 minutitos"
      {"minutito", {Grain::kMinute, 1}},   {"minutitos", {Grain::kMinute, 1}},
      {"horita", {Grain::kHour, 1}},       {"horitas", {Grain::kHour, 1}},
      {"semanita", {Grain::kWeek, 1}},     {"semanitas", {Grain::kWeek, 1}}};
  const Unit* u = (lang == Lang::kEs ? es : en).Find(w);
  return u ? *u : Unit{};
}

Pod PodWord(Lang lang, std::string_view w) {
  if (lang == Lang::kEn) {
    if (w == "morning" || w == "mornings") return Pod::kMorning;
    if (w == "afternoon" || w == "afternoons" || w == "arvo") return Pod::kAfternoon;
    if (w == "evening" || w == "evenings") return Pod::kEvening;
    if (w == "night" || w == "nights") return Pod::kNight;
    if (w == "lunch" || w == "lunchtime") return Pod::kLunch;
    return Pod::kNone;
  }
  if (w == "manana" || w == "mananita") return Pod::kMorning;  // and the River Plate's
  if (w == "tarde" || w == "tardecita") return Pod::kAfternoon;   // diminutives
  if (w == "noche" || w == "nochecita") return Pod::kNight;
  if (w == "madrugada") return Pod::kEarly;
  return Pod::kNone;
}

std::span<const RelativeDay> RelativeDays(Lang lang) {
  static constexpr RelativeDay en[] = {
      {"today", 0},    {"tday", 0},     {"tomorrow", 1},  {"tmrw", 1},      {"tmr", 1},
      {"tomorow", 1},  {"tommorow", 1}, {"tommorrow", 1}, {"tmrrw", 1},     {"tomoz", 1},
      {"tomoro", 1},   {"tomorro", 1},  {"tmrow", 1},     {"tmorrow", 1},   {"tomrw", 1},
      {"yesterday", -1}, {"yday", -1}};
  static constexpr RelativeDay es[] = {
      {"hoy", 0}, {"manana", 1}, {"ayer", -1}, {"anteayer", -2}, {"antier", -2}};
  if (lang == Lang::kEs) return es;
  return en;
}

std::optional<int> RelativeDayWord(Lang lang, std::string_view w) {
  auto table = [](Lang l) {
    std::vector<std::pair<std::string_view, int>> entries;
    for (const RelativeDay& d : RelativeDays(l)) entries.emplace_back(d.word, d.days);
    return util::WordMap<int>(entries);
  };
  static const util::WordMap<int> en = table(Lang::kEn), es = table(Lang::kEs);
  if (const int* days = (lang == Lang::kEs ? es : en).Find(w)) return *days;
  return std::nullopt;
}

std::optional<int> ZoneOffset(std::string_view w) {
  static const util::WordMap<int> zones = {
      {"utc", 0},    {"gmt", 0},    {"z", 0},      {"wet", 0},     {"cet", 60},
      {"cest", 120}, {"bst", 60},   {"ist", 330},  {"eet", 120},   {"eest", 180},
      {"pst", -480}, {"pdt", -420}, {"mst", -420}, {"mdt", -360},  {"cst", -360},
      {"cdt", -300}, {"est", -300}, {"edt", -240}, {"akst", -540}, {"hst", -600},
      {"jst", 540},  {"aest", 600}, {"art", -180}, {"brt", -180},  {"clt", -240}};
  if (const int* offset = zones.Find(w)) return *offset;
  return std::nullopt;
}

}  // namespace chatbeto::events::detail
