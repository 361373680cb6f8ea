// Words that head the name of a place or an institution ("Palau Sant Jordi", "Estadio
// Santiago Bernabéu", "Hospital Virgen del Rocío", "Christmas Street"): a holiday right
// after one, capitalized, is part of that name, not a day.
#include "events/temporal_parser.h"
#include "util/word_map.h"

namespace chatbeto::events::detail {

bool Parser::NameHead(size_t i) const {
  // folded as the tokens are (lowercase, no accents)
  static const util::WordSet kHeadsEn = {
      "street", "st",      "avenue",  "ave",     "road",      "rd",      "square",  "plaza",
      "park",   "hall",    "hospital", "school", "college",   "university", "church", "cathedral",
      "chapel", "stadium", "arena",   "theatre", "theater",   "museum",  "hotel",   "station",
      "airport", "bridge", "center",  "centre",  "palace",    "tower",   "gallery", "library",
      "market", "club",    "academy", "institute", "boulevard", "lane",  "pavilion", "auditorium"};
  static const util::WordSet kHeadsEs = {
      "palau",   "palacio",  "estadio",  "calle",    "carrer",   "avenida",   "avinguda",
      "plaza",   "placa",    "plaça",    "paseo",    "passeig",  "parque",    "parc",
      "hospital", "colegio", "escuela",  "escola",   "instituto", "institut", "iglesia",
      "parroquia", "ermita", "catedral", "teatro",   "teatre",   "museo",     "museu",
      "hotel",   "estacion", "estacio",  "aeropuerto", "puente", "pont",      "centro",
      "torre",   "mercado",  "mercat",   "pabellon", "polideportivo", "barrio", "barri",
      "club",    "universidad", "universitat", "auditorio", "auditori", "basilica",
      "convento", "monasterio", "santuario", "colonia", "residencia", "clinica", "sala"};
  if (!Capitalized(i)) return false;
  return (lang_ == Lang::kEs ? kHeadsEs : kHeadsEn).Contains(toks_[i].text);
}

}  // namespace chatbeto::events::detail
