// Spanish wording of booking dialogues and chats that the core lists
// (cue_table.cpp) and the English families (cue_table_dialogue.cpp) held only
// in English: session 33's Spanish blind round (es_t*) said each family below
// with an assistant, a business or friends, in Spain's and Latin America's
// words. Each list is a family; keep it one. First words are ones the tables
// already index, or rare: a phrase under a new common first word costs every
// message that has it.
#include <initializer_list>
#include <string>

#include "events/cue_table.h"
#include "events/cues.h"

namespace chatbeto::events::detail {

void AddSpanishDialogueCues(std::vector<Entry>& e) {
  auto add = [&e](uint32_t kinds, std::initializer_list<const char*> phrases) {
    for (const char* p : phrases) e.push_back(MakeEntry(kinds, p));
  };
  // The calendar looked at: "¿Qué tengo el martes?", "¿Tengo algo el viernes?", one's own
  // plan asked after ("¿A qué hora era mi cita?", "¿Cuándo es mi turno?").
  add(0, {"que tengo que", "tengo algo que"});  // "¿qué tengo que llevar?": no lookup
  // (Under "hora" and "dia", not "que": "¿a qué hora?" would try them all after every "que".)
  add(kEntries, {"que tengo", "tengo algo", "tengo planes", "tengo pendiente", "hora es mi", "hora era mi",
                 "hora tengo mi", "hora tengo la", "hora tengo el", "dia es mi", "dia era mi", "dia tengo mi",
                 "cuando es mi", "cuando era mi", "cuando tengo mi", "cuando tengo la", "cuando tengo el",
                 "mis citas", "mis eventos", "mis planes"});

  // A decision put off, or left to oneself: nothing agreed, and what was only offered is
  // dropped ("Déjame pensarlo", "te digo algo luego", "ya lo miro yo", "lo vemos más adelante").
  add(kNegate | kWithdraw,
      {"pensarlo", "dejame pensar", "lo tengo que pensar", "lo pensamos", "te digo algo", "ya te digo algo",
       "te digo luego", "le digo algo", "te aviso luego", "ya te aviso", "ya le aviso", "te confirmo luego",
       "lo consulto", "lo miro yo", "ya lo miro", "ya miro yo", "lo vemos mas adelante", "ya lo vemos",
       "lo hablamos", "ya lo hablamos", "mejor no", "olvidalo", "olvidelo", "da igual", "no hace falta",
       // ... or dropped: "Uf, muy caras. Déjalo", "muy tarde, lo dejo"
       "dejalo", "dejelo", "lo dejo", "lo dejamos asi",
       // ... or not known yet: "Todavía no sé si iré"
       "no se si ire", "no se si iremos", "no se si voy", "no se si vamos", "no se si puedo",
       "no se si podre", "todavia no se", "todavia no lo se", "aun no se", "aun no lo se"});
  // No to the slot offered, without giving the plan up ("a las 12 es muy tarde").
  add(kNegate, {"muy tarde", "muy pronto", "muy temprano", "muy caro", "muy cara", "muy caros", "muy caras",
                "demasiado tarde", "demasiado pronto", "demasiado temprano", "demasiado caro",
                "demasiado cara", "demasiado caros", "demasiado caras"});

  // The price asked (Plan::PriceAsked): "¿Cuánto cuestan las entradas?".
  add(kPrice, {"cuanto cuesta", "cuanto cuestan", "cuanto vale", "cuanto valen", "cuanto sale",
               "cuanto salen", "que precio", "precio", "precios"});

  // Whether a slot is open, asked: "¿Hay mesa en DiverXO el sábado?", "¿Tienen hueco?".
  add(kAvailability, {"hay mesa", "hay mesas", "hay hueco", "hay huecos", "hay cita", "hay citas",
                      "hay turno", "hay turnos", "hay sitio", "hay entradas", "quedan entradas",
                      "hay visitas", "tienen mesa", "tienen hueco", "teneis mesa", "tiene hueco"});

  // What a calendar is asked to add or remove, and reports done: "Añade al calendario ...",
  // "Añadido.", "Borra del calendario la cena", "¿Elimino ...?" - "Eliminado."
  add(kIntentVerb, {"anade", "anadir", "anademe", "anadelo al", "agrega", "agregar", "agregame",
                    "pon en mi agenda", "pon en mi calendario", "ponlo en", "apuntalo", "apuntala"});
  add(kSuccess, {"anadido", "anadida", "agregado", "agregada", "apuntado", "apuntada", "guardado",
                 "guardada", "compradas", "comprados", "compra realizada", "listo reservado"});
  add(kCancel, {"borra", "borrar", "borralo", "borrala", "borrado", "borrada", "elimina", "eliminar",
                "eliminalo", "eliminala", "elimino", "eliminado", "eliminada", "quitalo", "quitala",
                "quita del calendario", "quita de mi agenda", "dar de baja", "dado de baja", "dada de baja",
                "darla de baja", "darlo de baja"});

  // When to be there, not the plan's start: "hay partido a las 11. Estad a las 10:30".
  // (Not "este a las", "tienes que estar": "este" and "tienes" open too many sentences.)
  add(kArrive, {"estad a las", "estate a las", "esten a las", "hay que estar", "teneis que estar",
                "estar alli a las"});

  // Yes, as Spain says it at the start: "Venga, el sábado a las 8".
  add(kAffirm, {"venga", "venga va", "vamos alla", "eso es", "de una", "obvio"});

  // A move asked: "¿Se puede pasar al jueves?", "¿la podemos pasar a las 6?".
  add(kReschedule, {"pasar al", "pasar a las", "pasarla al", "pasarla a las", "pasarlo al", "pasarlo a las",
                    "pasamos al", "pasamos a las", "cambiarla al", "cambiarlo al", "cambiarla a las",
                    "cambiarlo a las",
                    // ... and told: "la clase del jueves pasa al viernes", "se cambia al lunes" (not "pasa a
                    // las": "el bus pasa a las 8")
                    "pasa al", "pasa para el", "se cambia al", "se cambia a las", "se mueve al",
                    "se traslada al"});

  // The past said with a weekday: "El viernes pasado cenamos en el indio a las 10", "el finde
  // pasado" (under "pasado", not under every weekday: "martes" opens no phrase else).
  add(0, {"pasado manana"});
  add(kPast, {"pasado", "pasados"});

  // Coming by on a day: "paso el jueves a las 6", "me paso mañana".
  // Round v (es_v*): what people in Spain and Latin America book or meet for that the
  // core lists lacked. A ticket for a bus or a train is the trip's booking, said as
  // "billete" in Spain and "pasaje" in Latin America ("1 billete Madrid-Valencia ... a las 11").
  auto noun = [&e](uint32_t kinds, const char* display, std::initializer_list<const char*> forms) {
    for (const char* f : forms) e.push_back(MakeEntry(kinds, f, display));
  };
  noun(kIntentNoun, "Billete", {"billete", "billetes", "pasaje", "pasajes"});
  noun(kIntentNoun, "Sesión", {"sesion"});  // a slot of whatever is booked (IsBookingNoun)
  noun(kIntentNoun, "Visita", {"visitar", "visitarlo", "visitarla", "ver el depto", "ver el departamento"});
  noun(kServiceNoun, "Peluquería", {"mechas", "tinte", "barberia", "barbero"});
  noun(kServiceNoun, "Análisis", {"analisis de sangre", "analitica"});
  noun(kServiceNoun, "Natación", {"natacion"});
  noun(kServiceNoun, "Fútbol", {"futbol", "fulbito", "futbito", "futbolito", "pachanga"});
  noun(kServiceNoun, "Compras", {"ir de compras", "de compras"});
  noun(kServiceNoun, "Tapas", {"tapas", "tapeo", "tapear", "unos tacos", "por tacos", "unos taquitos"});
  noun(kServiceNoun, "Quedada", {"hay parche", "un parche", "el parche", "parchar", "parchamos"});
  // A booking reported done, as businesses say it: "Billete emitido", "te lo apunto",
  // "Queda inscrita", "quedaste anotada", "Cita asignada", "Citado: miércoles 14".
  add(kSuccess, {"comprado", "comprada", "emitido", "emitida", "emitidos", "emitidas", "te lo apunto",
                 "te la apunto", "se lo apunto", "se la apunto", "queda inscrito", "queda inscrita",
                 "quedo inscrito", "quedo inscrita", "quedaste anotado", "quedaste anotada", "quedas anotado",
                 "quedas anotada", "cita asignada", "turno asignado", "hora asignada", "citado", "citada",
                 "apartada", "apartado"});
  // No slot left, as Latin America says it too ("no hay turnos disponibles", "no hay cupo el
  // lunes", "hoy ya no tenemos espacio").
  add(kFailure, {"no hay turnos", "no hay turno", "no quedan turnos", "no hay cupo", "no hay cupos",
                 "no tenemos espacio", "no tenemos hueco", "no tenemos turnos", "no hay horas"});
  // ... and the search taken elsewhere: "Pruebo en otro lado, gracias".
  add(kNegate | kWithdraw, {"pruebo en otro", "pruebo en otra", "probare en otro", "probare en otra",
                            "busco en otro", "busco en otra", "lo intento en otro", "lo intento en otra"});
  // A need to talk it over with one's own first, as Latin America says it too ("déjame checar
  // con mi esposo", "tengo que consultarlo con mi jefe"): put off, as "lo hablo con" is.
  for (const char* lead : {"dejame", "deja que", "tengo que", "necesito", "primero tengo que"})
    for (const char* verb : {"checar con", "checarlo con", "consultar con", "consultarlo con", "hablarlo con",
                             "preguntar a", "preguntarle a", "hablar con", "verlo con", "comentarlo con"})
      for (const char* whose : {" mi", " mis"})
        e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(lead) + " " + verb + whose).c_str()));
  // When to be there said as an instruction, not the plan's start: "el partido es a las 10.
  // Estar a las 9:30".
  add(kArrive, {"estar a las"});
  // ... and when the doors open, for a show on its day: no habit ("El concierto es el sábado,
  // abren puertas a las 7"), and no start once the show's is set.
  add(kArrive, {"abren puertas", "abren las puertas", "apertura de puertas"});
  // A plan done before, proposed again: "este año repetimos?", "¿Repetimos el sábado?".
  add(kIntentVerb, {"repetimos", "lo repetimos"});
  // Mexico's yes, standing alone (KindsInContext: not "sale a las 7:45", the train leaving).
  add(kAffirm, {"sale", "sale pues", "sale va"});

  add(kIntentVerb, {"paso el lunes", "paso el martes", "paso el miercoles", "paso el jueves", "paso el viernes",
                    "paso el sabado", "paso el domingo", "pasare el lunes", "pasare el martes",
                    "pasare el miercoles", "pasare el jueves", "pasare el viernes", "pasare el sabado",
                    "pasare el domingo", "paso manana", "pasare manana", "paso a recoger",
                    "paso a recogerlo", "paso a recogerla", "pasare a recogerlo", "pasare a recogerla"});
}

}  // namespace chatbeto::events::detail
