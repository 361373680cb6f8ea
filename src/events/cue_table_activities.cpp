#include <initializer_list>

#include "events/cue_table.h"
#include "events/cues.h"

namespace chatbeto::events::detail {

void AddActivityNouns(std::vector<Entry>& e) {
  struct Noun {
    const char* display;
    std::initializer_list<const char*> forms;
  };
  // Spanish first, then English: a form both say ("karaoke", "golf") shows the message's
  // language's noun (FindCues).
  for (const Noun& n : std::initializer_list<Noun>{
      {"Tenis", {"tenis"}},
      {"Pádel", {"padel"}},
      {"Bolos", {"bolos", "bolera"}},
      {"Escalada", {"escalada", "rocodromo"}},
      {"Karaoke", {"karaoke"}},
      {"Museo", {"museo", "exposicion"}},
      {"Zoo", {"zoo", "zoologico", "acuario"}},
      {"Spa", {"spa"}},
      {"Golf", {"golf", "minigolf"}},
      {"Patinaje", {"patinaje", "ir a patinar"}},
      {"Escape room", {"escape room"}},
      {"Juegos de mesa", {"juegos de mesa"}},
      {"Tennis", {"tennis"}},
      {"Padel", {"padel"}},
      {"Bowling", {"bowling"}},
      {"Climbing", {"climbing", "bouldering"}},
      {"Karaoke", {"karaoke"}},
      {"Museum", {"museum", "exhibition"}},
      {"Zoo", {"zoo", "aquarium"}},
      {"Spa", {"spa"}},
      {"Golf", {"golf", "minigolf", "mini golf"}},
      {"Skating", {"skating", "ice skating"}},
      {"Escape room", {"escape room"}},
      {"Game night", {"game night", "board games", "poker night"}},
      {"Swim", {"swimming"}},
      {"Bike ride", {"bike ride", "cycling"}},
      {"Beach", {"beach", "beach day"}},
      {"Pickleball", {"pickleball"}},
      {"Book club", {"book club"}},
      {"Badminton", {"badminton"}},
      {"Volleyball", {"volleyball"}},
      // a meal named by its food ("sushi tues?", "¿unas tapas el viernes?"): both languages say them
      {"Sushi", {"sushi"}},
      {"Tacos", {"tacos"}},
      {"Pizza", {"pizza"}},
      {"Tapas", {"tapas"}},
      {"Ramen", {"ramen"}},
      {"Burgers", {"burgers"}},
      {"Dim sum", {"dim sum"}},
       })
    for (const char* form : n.forms) e.push_back(MakeEntry(kServiceNoun, form, n.display));
}

}  // namespace chatbeto::events::detail
