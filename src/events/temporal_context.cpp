// Context that tells a date or time from the same words used otherwise in a
// chat: ordinals that count things ("the second one", "el segundo piso", "on
// second thought"), month names that are names or verbs ("August Hall", "we
// will march on"), numbers that are head counts ("table for 1 next tuesday"),
// scores ("we won 3-1"), phone numbers and versions ("650-650-6500",
// "2.3.1"), amounts ("50%", "$5") and addresses ("calle Mayo 12", "room 12").
#include <array>
#include <string>

#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {
namespace {

enum WordClass {
  kDayFollowers,
  kRankedNouns,
  kDateLeads,
  kWeakMonthLeads,
  kNumberNouns,
  kCountLeads,
  kMeasureNouns,
  kAmountVerbs,
  kStreetTypes,
  kStreetLeads,
  kWordClasses
};

using Set = util::WordSet;

// Each class of context words in English and Spanish, indexed by WordClass.
struct ClassWords {
  Set en, es;
};
const std::array<ClassWords, kWordClasses>& Table() {
  static const std::array<ClassWords, kWordClasses> table = [] {
    std::array<ClassWords, kWordClasses> t;
    // Words after which a lone day ("the fifth", "el dos") still reads as a day:
    // a time, a conjunction, a pronoun or a verb starting the rest of the sentence.
    t[kDayFollowers].en = {"at",     "around", "about", "from",   "till",   "til",
                           "until",  "by",     "in",    "on",     "or",     "and",   "then",
                           "is",     "was",    "works", "work",   "would",  "could", "should",
                           "will",   "for",    "before", "after", "ok",     "okay",  "please",
                           "too",    "as",     "if",    "so",     "right",  "instead", "maybe",
                           "we",     "i",      "you",   "they",   "he",     "she",   "it",
                           "but",    "because", "sounds", "suits", "good",  "fine",  "between",
                           "also",   "again",  "no",    "yes",    "thanks", "thx",   "lol",
                           "onwards", "through", "thru", "morning", "afternoon", "evening",
                           "night",  "noon",   "midnight", "this", "next", "let",
                           "lets",   "see",    "how",   "what",   "when",   "where", "who",
                           "please", "pls",    "plz",   "works", "suit",   "either", "ish"};
    t[kDayFollowers].es = {"a",       "al",      "por",     "en",     "o",      "u",
                           "y",       "e",       "hasta",   "desde",  "para",   "nos",
                           "me",      "te",      "les",     "le",     "se",     "lo",
                           "vale",    "ok",      "mejor",   "entonces", "es",   "esta",
                           "seria",   "va",      "vamos",   "pero",   "porque", "sobre",
                           "hacia",   "tipo",    "como",    "si",     "no",     "tambien",
                           "quedamos", "podemos", "puedo",  "puedes", "que",    "ni",
                           "mismo",   "gracias", "perfecto", "genial", "bien",  "manana",
                           "tarde",   "noche",   "mediodia", "yo",    "tu",     "vos",
                           "usted",   "ustedes", "nosotros", "ellos", "ella",
                           "estaria", "estamos", "estoy",   "voy",    "vienes", "venis",
                           "entre",   "antes",   "despues", "temprano", "pronto", "cuando",
                           "donde",   "jaja",    "jeje"};
    // Nouns an ordinal or a number counts or ranks ("2nd floor", "el 3 piso").
    t[kRankedNouns].en = {"floor",  "floors",  "place",    "time",    "times",   "row",
                          "grade",  "street",  "st",       "avenue",  "ave",     "av",
                          "road",   "rd",      "birthday", "bday",    "anniversary",
                          "edition", "round",  "century",  "attempt", "try",     "one",
                          "ones",   "person",  "people",   "level",   "seat",    "gen",
                          "generation", "chapter", "lesson", "class", "grader", "year",
                          "half",   "quarter", "option",   "choice",  "pick",    "game",
                          "match",  "set",     "inning",   "lap",     "base",    "line",
                          "rank",   "percentile", "degree", "cousin", "wife",    "husband",
                          "child",  "kid",     "son",      "daughter", "thing",  "thought",
                          "item",   "point",   "question", "page",    "term",    "semester",
                          "period", "hour",    "minute",   "day",     "week",    "month"};
    t[kRankedNouns].es = {"piso",    "planta",   "lugar",    "vez",      "veces",   "puesto",
                          "fila",    "grado",    "aniversario", "cumpleanos", "edicion", "ronda",
                          "siglo",   "intento",  "nivel",    "curso",    "ano",     "anos",
                          "asiento", "capitulo", "leccion",  "clase",    "opcion",  "plato",
                          "tiempo",  "partido",  "set",      "tramo",    "punto",   "pregunta",
                          "pagina",  "trimestre", "semestre", "cuatrimestre", "hijo", "hija",
                          "primo",   "prima",    "parte",    "paso",     "round",   "turno",
                          "premio",  "mundo",    "plano",    "hora",     "minuto",  "dia",
                          "semana",  "mes",      "personas", "persona",  "cosa",    "uno"};
    // Words that introduce a date: a month after them is a month ("in March",
    // "para marzo"), a dashed "3-1" after them is a date ("on 3-1").
    t[kDateLeads].en = {"in",     "during", "since", "until",  "till",   "til",    "by",
                        "early",  "late",   "mid",   "next",   "last",   "this",   "coming",
                        "of",     "for",    "from",  "to",     "through", "thru",  "before",
                        "after",  "around", "on",    "due",    "each",   "every",  "whole",
                        "entire", "all",    "end",   "beginning", "start", "middle", "between",
                        "past",   "previous", "following", "upcoming", "date", "dated"};
    t[kDateLeads].es = {"en",       "de",       "del",      "desde",   "hasta",   "para",
                        "a",        "durante",  "este",     "esta",    "proximo", "proxima",
                        "pasado",   "pasada",   "ultimo",   "ultima",  "principios", "comienzos",
                        "inicios",  "mediados", "finales",  "fines",   "fin",     "todo",
                        "entre",    "antes",    "despues",  "por",     "el",      "dia",
                        "fecha",    "mes",      "cada",     "siguiente", "tras", "al"};
    // The stricter leads for a month that is also a word ("may", "mar"): not
    // "this may be", "you may".
    t[kWeakMonthLeads].en = {"in",   "during", "since", "until", "till", "til",  "by",
                             "early", "late",  "mid",   "of",    "from", "through", "next",
                             "last", "coming", "for",   "before", "after"};
    t[kWeakMonthLeads].es = {"en",   "de",      "del",       "desde",   "hasta",   "para",
                             "durante", "mediados", "finales", "principios", "comienzos",
                             "inicios"};
    // Words before a number that make it part of an address, a room or a list.
    t[kNumberNouns].en = {"street", "st",   "avenue", "ave",     "road",  "rd",   "room",
                          "suite",  "apt",  "apartment", "unit", "page",  "chapter", "line",
                          "route",  "bus",  "gate",   "platform", "table", "seat",
                          "number", "version", "v",   "level",   "floor", "lane", "boulevard",
                          "blvd",   "drive", "dr",   "highway", "exit",  "box",  "flight",
                          "track",  "episode", "season", "vol",  "volume", "step", "ticket"};
    t[kNumberNouns].es = {"calle",  "c",     "avenida", "av",      "avda",   "plaza", "paseo",
                          "carrera", "cra",  "sala",    "habitacion", "hab", "piso",  "planta",
                          "puerta", "portal", "pagina", "pag",     "capitulo", "linea", "ruta",
                          "bus",    "autobus", "anden", "mesa",    "asiento", "numero",
                          "version", "nivel", "local",  "oficina", "vuelo",  "km",
                          "kilometro", "edificio", "bloque", "depto", "departamento", "episodio",
                          "temporada", "tomo", "paso", "boleto", "entrada", "camino",
                          "carretera"};
    // Words before a bare number that make it a head count ("for 2", "para 4",
    // "party of 6", "somos 3").
    t[kCountLeads].en = {"for",    "of",    "x",     "party",  "table",   "group",  "us",
                         "are",    "re",    "were",  "be",     "plus",    "with",   "only",
                         "just",   "all",   "bring", "need",   "needs",   "have",   "has",
                         "had",    "get",   "got",   "buy",    "bought",  "want",   "take",
                         "order",  "ordered", "make", "invite", "invited", "book",  "reserve",
                         "another", "extra", "sell",  "send"};
    t[kCountLeads].es = {"para",    "de",      "x",       "somos",   "seremos", "son",
                         "seran",   "fuimos",  "eramos",  "mesa",    "grupo",   "con",
                         "mas",     "solo",    "unos",    "unas",    "todos",   "todas",
                         "estamos", "vamos",   "traigo",  "traer",   "necesito", "necesitamos",
                         "tengo",   "tenemos", "compro",  "comprar", "quiero",  "queremos",
                         "pido",    "pedir",   "invito",  "reservo", "reservar", "otros",
                         "otras",   "llevo",   "llevar",  "mando",   "envio"};
    // Nouns a number measures: "at 5 stars", "1/2 cup", "a 5 km".
    t[kMeasureNouns].en = {"stars",  "star",   "percent", "pct",    "mph",    "kmh",     "km",
                           "kms",    "miles",  "mile",    "degrees", "deg",   "bucks",   "dollars",
                           "dollar", "euros",  "euro",    "pesos",  "pounds", "quid",    "people",
                           "persons", "apiece", "points", "pts",    "per",    "cup",
                           "cups",   "inch",   "inches",  "feet",   "foot",   "ft",      "kg",
                           "kilos",  "lb",     "lbs",     "oz",     "ounces", "tsp",     "tbsp",
                           "teaspoon", "tablespoon", "liter", "liters", "litre", "litres", "ml",
                           "gallon", "gallons", "meters", "metres", "m",     "cm",      "mm",
                           "gb",     "mb",     "kb",      "tb",     "k",      "x",       "times",
                           "slices", "pieces", "pcs",     "servings", "way",  "tickets", "seats"};
    // not "por" nor "x": "a las 5 por favor"
    t[kMeasureNouns].es = {"estrellas", "euros",  "euro",    "pesos",   "dolares", "km",
                           "kms",       "kilometros", "metros", "grados", "puntos", "personas",
                           "taza",      "tazas",  "kilo",    "kilos",   "kg",      "gramos",
                           "litro",     "litros", "ml",      "cucharada", "cucharadas", "veces",
                           "raciones",  "porciones", "trozos", "entradas", "asientos", "plazas",
                           "gb",        "mb",     "k"};
    // Verbs of price, measure and score: the numbers after them are amounts
    // ("cuesta entre 5 y 10", "rate it from 1 to 5", "it weighs 3").
    t[kAmountVerbs].en = {"costs",  "cost",   "price",  "priced", "pay",    "paid",   "charge",
                          "charges", "spend", "spent",  "earn",   "earns",  "weighs", "weigh",
                          "measures", "rate", "rated",  "score",  "scored", "won",    "lost",
                          "worth",  "budget", "scale",  "ranges", "range",  "aged",   "ages"};
    // not "vale" (OK) nor "quedo" / "quedaron" (we meet / they met)
    t[kAmountVerbs].es = {"cuesta",  "cuestan", "costo",  "costaba", "pague",   "pagar",
                          "pagas",   "precio",  "cobran", "cobra",   "gasto",   "gastar",
                          "gana",    "ganamos", "ganaron", "perdimos", "perdieron", "pesa",
                          "mide",    "puntua",  "puntuacion", "escala", "edades", "presupuesto"};
    // A street's type after its name ("Bon Air Rd", "Downing Street"), and the
    // words that start a street's name ("Rue Cler", "Calle Mayor").
    t[kStreetTypes].en = {"street", "st",      "road",   "rd",      "avenue", "ave",  "lane",
                          "ln",     "boulevard", "blvd", "drive",   "dr",     "way",  "place",
                          "pl",     "court",   "ct",     "highway", "hwy",    "parkway", "pkwy",
                          "square", "sq",      "terrace", "circle", "plaza",  "trail"};
    t[kStreetLeads].en = {"rue", "calle", "via", "avenida", "plaza", "piazza", "avenue"};
    return t;
  }();
  return table;
}

// Token t is a word of class c in `lang`.
bool In(WordClass c, Lang lang, const Token& t) {
  const ClassWords& w = Table()[c];
  return t.kind == Token::kWord && (lang == Lang::kEs ? w.es : w.en).Contains(t.text);
}

bool Currency(const Token& t) {
  return t.kind == Token::kPunct &&
         (t.text == "$" || t.text == "\xE2\x82\xAC" || t.text == "\xC2\xA3" || t.text == "#");
}

}  // namespace

bool Parser::Capitalized(size_t i) const {
  if (i >= toks_.size() || toks_[i].kind != Token::kWord) return false;
  char c = text_[toks_[i].begin];
  return c >= 'A' && c <= 'Z';
}

bool Parser::TemporalWord(size_t i) const {
  if (!IsWordTok(i)) return false;
  const std::string& w = toks_[i].text;
  return MonthWord(lang_, w) || WeekdayWord(lang_, w) || PodWord(lang_, w) != Pod::kNone ||
         NumberWord(lang_, w) || OrdinalWord(lang_, w) || HolidayFirstWord(lang_, w);
}

bool Parser::DateFollower(size_t i) const {
  return i < toks_.size() && In(kDayFollowers, lang_, toks_[i]);
}

bool Parser::DayIsNotADate(size_t day_tok, size_t after, bool word_day) const {
  if (!IsWordTok(after)) return false;
  const Token& next = toks_[after];
  if (In(kRankedNouns, lang_, next)) return true;
  // "el 2 a 1 del partido": a score
  if (lang_ == Lang::kEs && (Is(after, "a") || Is(after, "y")) && Num(after + 1) >= 0 &&
      Num(day_tok) >= 0)
    return true;
  // "the 20Th Salon", "the Fifth Avenue": a day of the month before a name
  if (Capitalized(after) && !TemporalWord(after) && !In(kDayFollowers, lang_, next)) return true;
  // A day written as a word ("the second", "el segundo") is far more often
  // an ordinal of something: only before a word that can follow a date.
  if (word_day && !In(kDayFollowers, lang_, next) && !TemporalWord(after)) return true;
  // ... and of what: "el cuarto de baño", "el primero de la clase", "the second of the
  // two" name no day; "el primero de mayo", "the first of next month" do
  if (word_day && (Is(after, "of") || Is(after, "de") || Is(after, "del"))) {
    size_t w = after + 1;
    if (Is(w, "the") || Is(w, "la") || Is(w, "las") || Is(w, "los") || Is(w, "el")) ++w;
    if (IsWordTok(w) && !TemporalWord(w)) return true;
  }
  return false;
}

bool Parser::MonthAloneIsDate(size_t m, size_t after, bool weak) const {
  // "August Hall", "March Madness": the month starts a name
  if (IsWordTok(after) && Capitalized(after) && !TemporalWord(after) &&
      !In(kDayFollowers, lang_, toks_[after]))
    return false;
  size_t p = m;  // "mid-March": the lead before the hyphen
  if (p > 0 && IsP(p - 1, '-') && Glued(p)) --p;
  // the end of a range of months: "from June to August", "May - July"
  if (p > 1 && (Is(p - 1, "to") || Is(p - 1, "through") || Is(p - 1, "until") || Is(p - 1, "till") ||
                Is(p - 1, "a") || Is(p - 1, "hasta") || IsP(p - 1, '-')) &&
      IsWordTok(p - 2) && MonthWord(lang_, toks_[p - 2].text) &&
      (Capitalized(p - 2) || (p > 2 && (Is(p - 3, "from") || Is(p - 3, "between") ||
                                        Is(p - 3, "de") || Is(p - 3, "desde") || Is(p - 3, "entre")))))
    return true;
  if (p > 0 && In(weak ? kWeakMonthLeads : kDateLeads, lang_, toks_[p - 1])) {
    // "we are going to march": a month that is also a verb, after "to", only capitalized
    if (lang_ == Lang::kEn && Is(p - 1, "to") && !Capitalized(m)) return false;
    // "the last may be", "this may work": a weak month in lower case before a verb
    if (weak && !Capitalized(m) && !Boundary(after) && Num(after) < 0 && !DateFollower(after) &&
        !(IsWordTok(after) && (OrdinalWord(lang_, toks_[after].text) ||
                               NumberWord(lang_, toks_[after].text))))
      return false;
    return true;
  }
  if (weak) return false;
  // Without a lead word: only as the whole phrase ("March", "Marzo?").
  bool starts = m == 0 || (toks_[m - 1].kind == Token::kPunct && !IsP(m - 1, '-'));
  return starts && Boundary(after);
}

bool Parser::LoneOrdinalHasContext(size_t first, size_t after) const {
  if (first > 0 && (In(kDateLeads, lang_, toks_[first - 1]) || Is(first - 1, "about"))) return true;
  if (Is(after, "of") || Is(after, "de")) return true;
  bool starts = first == 0 || toks_[first - 1].kind == Token::kPunct;
  return starts && (Boundary(after) || DateFollower(after) || TemporalWord(after));
}

bool Parser::DashedDateHasContext(size_t first, size_t after) const {
  if (first > 0 && In(kDateLeads, lang_, toks_[first - 1])) return true;
  if (first > 0 && IsWordTok(first - 1) && WeekdayWord(lang_, toks_[first - 1].text)) return true;
  bool starts = first == 0 || (toks_[first - 1].kind == Token::kPunct);
  if (!starts) return false;
  // the whole phrase, or followed by a time ("3-1 at 5pm")
  if (Boundary(after)) return true;
  size_t k = after;
  Clock c;
  return ParseClock(k, c, false) && c.anchored;
}

int Parser::NumberAt(size_t i) const {
  if (Num(i) >= 0) return Num(i);
  return IsWordTok(i) ? NumberWord(lang_, toks_[i].text).value : -1;
}

bool Parser::HouseNumberBefore(size_t j) const {
  // Not the year of a written date ("10/09/2025 Time: 11:15 AM", "23.10.2025
  // Hora"): a house number stands alone, not glued after a separator.
  if (j >= 2 && Glued(j - 1) && (IsP(j - 2, '/') || IsP(j - 2, '.') || IsP(j - 2, '-')))
    return false;
  if (j < 1 || Num(j - 1) < 0 || !Capitalized(j)) return false;
  if (Digits(j - 1) >= 3) return !TemporalWord(j) && !DateFollower(j);
  // A smaller number before a street in English: "at 5 Bon Air Rd", "at 10
  // Downing Street", "at 12 Rue Cler" (not "at 5 Alex", "at 5 Main Course").
  if (lang_ != Lang::kEn) return false;
  if (In(kStreetLeads, lang_, toks_[j])) return true;
  for (size_t k = j + 1; k < j + 4 && Capitalized(k); ++k)
    if (In(kStreetTypes, lang_, toks_[k])) return true;
  return false;
}

bool Parser::Vetoed(size_t i, size_t j, const Expr& e) const {
  auto glued_sep = [&](size_t k) {
    return k < toks_.size() && toks_[k].glued &&
           (IsP(k, '-') || IsP(k, '.') || IsP(k, '/') || IsP(k, ':') || IsP(k, ','));
  };
  // A run of numbers that goes on past the match: "650-650-6500", "v2.3.1".
  if (Num(j - 1) >= 0 && glued_sep(j) && Num(j + 1) >= 0 && Glued(j + 1)) return true;
  if (Num(i) >= 0 && i >= 2 && Glued(i) && glued_sep(i - 1) && Num(i - 2) >= 0) return true;
  if (Num(i) >= 0 && i >= 1 && (IsP(i - 1, '+') || IsP(i - 1, '#')) && Glued(i)) return true;
  // ... or spaced: "call me at 555 1234", "al 612 345 678" (a clock "at 555" is 5:55)
  if (Digits(j - 1) >= 3 && Digits(j) >= 3 && !Glued(j) && e.clock) return true;
  // A number that measures something: "at 5 stars", "1/2 cup", "3/4 of the way".
  if (Num(j - 1) >= 0 && j < toks_.size() && IsWordTok(j) &&
      (In(kMeasureNouns, lang_, toks_[j]) || (Is(j, "of") && IsP(j - 2, '/'))))
    return true;
  // A dashed or slashed pair of numbers before a unit is a count, not a date: "in 2-3 days",
  // "en 2-3 días", "1/2 hour"
  // (two short numbers only: "Fecha: 23/10/2025 Hora: 9:30" is a date and its label)
  if (e.date && !e.clock && Digits(j - 1) >= 1 && Digits(j - 1) <= 2 && j >= 3 &&
      (IsP(j - 2, '-') || IsP(j - 2, '/')) && Digits(j - 3) >= 1 && Digits(j - 3) <= 2 &&
      !(j >= 4 && (IsP(j - 4, '-') || IsP(j - 4, '/'))) && IsWordTok(j) &&
      UnitWord(lang_, toks_[j].text).count > 0)
    return true;
  if (HouseNumberBefore(j)) return true;
  // A score out of another after an indefinite article: "that's a 10/10", "an 8/10", "es un
  // 10/10" (a date takes none; Spanish "a" is "to": "lo paso a 10/3")
  if (e.date && !e.clock && i >= 1 && j == i + 3 && Num(i) >= 0 && IsP(i + 1, '/') &&
      Num(i + 2) >= 0 &&
      (lang_ == Lang::kEs ? Is(i - 1, "un") || Is(i - 1, "una") : Is(i - 1, "a") || Is(i - 1, "an")))
    return true;
  // ... or out of 5 or 10 after a word of rating: "rated it 8/10", "I'd give it 4/5", "score:
  // 9/10", "puntaje 8/10" (a date after these words is rare; "due 8/10" stays a date)
  if (e.date && !e.clock && i >= 1 && j == i + 3 && Num(i) >= 0 && IsP(i + 1, '/') &&
      (Num(i + 2) == 10 || Num(i + 2) == 5) && ScoreLead(i))
    return true;
  // Hours written "2h" with minutes after them are how long: "2h 15m", "11h 20min",
  // "2h 15 min", "1h30m" (a clock "2h", "15h", "3h18" stays one). The unit may stand apart
  // from its number; "m" only glued ("2h 15 m" is rare, "at 2h 15 more" is not minutes)
  if (e.clock && j >= 2) {
    auto minutes_word = [&](size_t k) {
      return (Glued(k) && Is(k, "m")) || Is(k, "min") || Is(k, "mins") || Is(k, "minutos") ||
             Is(k, "minutes") || Is(k, "minute") || Is(k, "minuto");
    };
    if (Is(j - 1, "h") && Glued(j - 1) && Num(j - 2) >= 0 && Num(j) >= 0 && minutes_word(j + 1))
      return true;
    if (Num(j - 1) >= 0 && Glued(j - 1) && Is(j - 2, "h") && Glued(j - 2) && minutes_word(j))
      return true;
  }
  // A bare number that counts a unit is an amount, not a time of day: "bump
  // it by two days", "late by 2 hours" (a match that reads a day keeps it).
  if (!e.date && j >= 1 && NumberAt(j - 1) >= 0 && IsWordTok(j) &&
      UnitWord(lang_, toks_[j].text).count > 0)
    return true;
  // Amounts: "50%", "$5 tomorrow", "5€".
  if (Num(j - 1) >= 0 && j < toks_.size() && Glued(j) &&
      (IsP(j, '%') || Currency(toks_[j])))
    return true;
  if (Num(i) >= 0 && i >= 1 && Glued(i) && Currency(toks_[i - 1])) return true;
  // "room 12", "calle Mayo 12", "Main Street 5": a number or name after an
  // address or list word.
  if (i >= 1 && In(kNumberNouns, lang_, toks_[i - 1]) &&
      (Num(i) >= 0 || (IsWordTok(i) && MonthWord(lang_, toks_[i].text))))
    return true;
  // An amount after a verb of price or measure: "cuesta entre 5 y 10", "rate it from 1 to 5".
  {
    size_t p = i;
    if (p >= 1 && (Is(p - 1, "it") || Is(p - 1, "them") || Is(p - 1, "me"))) --p;
    if (p >= 1 && (Is(p - 1, "entre") || Is(p - 1, "between") || Is(p - 1, "unos") ||
                   Is(p - 1, "about") || Is(p - 1, "around") || Is(p - 1, "like")))
      --p;
    // only a bare number or range: "costs at 5pm" is no amount
    bool bare =
        NumberAt(i) >= 0 || Is(i, "between") || Is(i, "from") || Is(i, "entre") || Is(i, "de");
    if (p >= 1 && bare && !e.date && In(kAmountVerbs, lang_, toks_[p - 1])) return true;
  }
  // A head count read as an hour: "table for 1 next tuesday", "para 2 el martes",
  // "dinner for four tomorrow"; a number in words inside a sentence is a count
  // unless something makes it a time ("at four", "four pm").
  // "somos 15 para las 4", "mesa para 6 para las 9": a count, then the hour it is for
  // (not 15 minutes to 4)
  if (lang_ == Lang::kEs && Num(i) >= 0 && i >= 1 && Is(i + 1, "para") &&
      In(kCountLeads, lang_, toks_[i - 1]))
    return true;
  const bool number_word = IsWordTok(i) && NumberWord(lang_, toks_[i].text);
  if ((Num(i) >= 0 || number_word) && i >= 1 && e.clock && !e.clock->anchored &&
      !e.clock_end && e.pod == Pod::kNone &&  // "for 4 in the evening" is a time
      (In(kCountLeads, lang_, toks_[i - 1]) || (number_word && IsWordTok(i - 1))))
    return true;
  return false;
}

}  // namespace chatbeto::events::detail
