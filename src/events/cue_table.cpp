#include "events/cue_table.h"

#include <initializer_list>
#include <string>

#include "events/cues.h"

namespace chatbeto::events::detail {

Entry MakeEntry(uint32_t kinds, const char* phrase, const char* display) {
  Entry x{{}, kinds, display};
  std::string w;
  for (const char* c = phrase;; ++c) {
    if (*c == ' ' || *c == 0) {
      if (!w.empty()) x.words.push_back(w);
      w.clear();
      if (*c == 0) break;
    } else {
      w += *c;
    }
  }
  return x;
}

// Cue phrases, folded (no accents, lower case). An intent noun's display form
// is what a title shows when the conversation names nothing better. A form
// that is a noun in both languages ("yoga") is listed in the Spanish noun
// first and the English one after: FindCues shows the message's language's.
const std::vector<Entry>& Entries() {
  static const std::vector<Entry> entries = [] {
    std::vector<Entry> e;
    auto add = [&e](uint32_t kinds, std::initializer_list<const char*> phrases,
                    const char* display = nullptr) {
      for (const char* p : phrases) e.push_back(MakeEntry(kinds, p, display));
    };
    struct Noun {
      const char* display;
      std::initializer_list<const char*> forms;
    };
    // Intent nouns: the plan itself.
    for (const Noun& n : std::initializer_list<Noun>{
             {"Reunión", {"reunion", "reuniones", "junta"}},
             {"Cita", {"cita", "citas", "turno", "consulta"}},
             {"Entrevista", {"entrevista"}},
             {"Clase", {"clase", "tutoria", "formacion", "curso"}},
             {"Taller", {"taller"}},
             {"Cena", {"cena", "cenar", "cenamos", "cenemos"}},
             {"Comida", {"comida", "almuerzo", "almorzar", "comemos", "comamos", "almorzamos", "a comer"}},
             {"Desayuno", {"desayuno", "desayunar", "desayunamos"}},
             {"Café", {"cafe", "cafecito"}},
             {"Llamada", {"llamada", "videollamada"}},
             {"Fiesta", {"fiesta", "cumpleanos", "cumple", "boda"}},
             {"Misa", {"misa"}},
             {"Funeral", {"funeral", "velorio", "entierro"}},
             {"Bautizo", {"bautizo"}},
             {"Comunión", {"comunion"}},
             {"Graduación", {"graduacion"}},
             {"Cine", {"cine", "pelicula", "peli", "pelis", "peliculas"}},
             {"Concierto", {"concierto", "teatro", "espectaculo"}},
             {"Partido", {"partido"}},
             {"Evento", {"evento", "eventos"}},
             {"Visita", {"visita", "ver el piso", "ver la casa", "ver el apartamento", "ver el departamento", "ver el local"}},
             {"Reserva", {"reserva", "reservacion", "mesa"}},
             {"Entradas", {"entradas", "boletos", "asientos"}},
             {"Examen", {"examen"}},
             {"Vuelo", {"vuelo"}},
             {"Meeting", {"meeting", "meetings", "meet up", "catch up", "sync", "standup", "stand up",
                          "one on one", "1on1", "1 on 1", "our 1 1", "my 1 1", "a 1 1", "the 1 1",
                          "weekly 1 1"}},
             {"Appointment", {"appointment", "appointments", "appt", "appts", "consultation", "checkup", "check up"}},
             {"Interview", {"interview"}},
             {"Class", {"class", "lesson", "session", "workshop", "tutoring"}},
             {"Dinner", {"dinner"}},
             {"Lunch", {"lunch"}},
             {"Brunch", {"brunch"}},
             {"Breakfast", {"breakfast"}},
             {"Coffee", {"coffee"}},
             {"Drinks", {"drinks", "beers", "happy hour"}},
             {"Call", {"call", "video call", "phone call", "zoom", "demo"}},
             {"Party", {"party", "birthday", "wedding", "celebration", "housewarming", "baby shower"}},
             {"Funeral", {"funeral", "memorial"}},
             {"Mass", {"mass"}},
             {"Christening", {"christening", "baptism"}},
             {"Graduation", {"graduation"}},
             {"Quiz", {"quiz", "pub quiz", "trivia", "trivia night"}},
             {"Movie", {"movie", "movies", "cinema", "showing", "screening"}},
             {"Concert", {"concert", "festival"}},
             {"Game", {"game"}},
             {"Event", {"event", "events"}},
             {"Visit", {"visit", "viewing", "tour"}},
             {"Reservation", {"reservation", "booking", "table"}},
             {"Tickets", {"tickets", "ticket", "seats"}},
             {"Exam", {"exam"}},
             {"Flight", {"flight"}},
         })
      add(kIntentNoun, n.forms, n.display);
    // Services and activities people book or arrange: weaker than the nouns
    // above (they also name shops and searches: "A Businessman's Haircut").
    for (const Noun& n : std::initializer_list<Noun>{
             {"Peluquería", {"peluqueria", "corte de pelo", "cortar el pelo", "cortarme el pelo"}},
             {"Masaje", {"masaje"}},
             {"Revisión", {"revision", "itv", "mantenimiento"}},
             {"Vacuna", {"vacuna", "vacunacion", "vacunas"}},
             {"Manicura", {"manicura", "pedicura"}},
             {"Dentista", {"dentista", "limpieza dental"}},
             {"Médico", {"medico", "medica", "pediatra", "oculista", "oftalmologo", "oftalmologa", "cardiologo",
                          "cardiologa", "dermatologo", "dermatologa", "traumatologo", "traumatologa",
                          "ginecologo", "ginecologa", "otorrino", "podologo", "podologa", "nutricionista"}},
             {"Veterinario", {"veterinario", "veterinaria"}},
             {"Fisio", {"fisio", "fisioterapia", "fisioterapeuta"}},
             {"Terapia", {"terapia", "psicologo", "psicologa"}},
             {"Entrenamiento", {"entrenamiento", "entreno", "gimnasio", "yoga", "pilates"}},
             {"Ensayo", {"ensayo"}},
             {"Excursión", {"excursion", "caminata", "senderismo", "ruta", "rutas"}},
             {"Barbacoa", {"barbacoa", "asado", "parrillada", "picnic"}},
             {"Quedada", {"quedada"}},
             {"Merienda", {"merienda", "merendar"}},
             {"Copas", {"copas", "tomar algo", "unas canas", "unas cervezas", "cervezas", "birras", "unas birras",
                         "vermut", "vermu", "un vermut",
                         // "cañas" folds to "canas" (grey hairs): only with a day or time after it
                         "canas a las", "canas el", "canas manana", "canas hoy", "canas esta"}},
             {"Conferencia", {"conferencia", "seminario", "charla", "presentacion", "webinar"}},
             {"Viaje", {"viaje", "escapada"}},
             {"Review", {"review", "retro", "retrospective"}},
             {"Haircut", {"haircut", "hair appointment", "salon", "hair salon", "barber", "barbershop",
                          "hairdresser", "stylist", "blowout"}},
             {"Massage", {"massage"}},
             {"Vaccination", {"vaccination", "vaccine", "vaccines", "booster", "flu shot"}},
             {"Manicure", {"manicure", "pedicure"}},
             {"Cleaning", {"cleaning"}},
             {"Dentist", {"dentist"}},
             {"Doctor", {"doctor", "doctor s appointment", "pediatrician"}},
             {"Vet", {"vet"}},
             {"Physio", {"physio", "physiotherapy", "physical therapy"}},
             {"Therapy", {"therapy", "therapist"}},
             {"Workout", {"workout", "gym", "yoga", "pilates"}},
             {"Training", {"training"}},
             {"Practice", {"practice"}},
             {"Rehearsal", {"rehearsal"}},
             {"Hike", {"hike", "hiking"}},
             {"Barbecue", {"barbecue", "bbq", "cookout", "picnic"}},
             {"Playdate", {"playdate", "sleepover"}},
             {"Meetup", {"meetup", "hangout", "hang out", "get together"}},
             {"Conference", {"conference", "webinar", "seminar", "presentation"}},
             {"Offsite", {"offsite", "off site", "retreat", "kickoff", "all hands"}},
             {"Trip", {"trip"}},
             // a stay or a rental: booked for a day, told apart from its end ("check-out March 13th")
             {"Hotel", {"hotel", "motel", "hostel"}},
             {"Car rental", {"rental car", "car rental", "rent a car", "rental", "car"}},
             {"Restaurant", {"restaurant"}},  // not "restaurante": "se cae la web del restaurante"
             {"Alquiler de coche", {"coche de alquiler", "alquiler de coche", "alquilar un coche"}},
             // someone coming to the house
             {"Fontanero", {"fontanero", "fontanera"}},
             {"Electricista", {"electricista"}},
             {"Técnico", {"tecnico", "tecnica"}},
             {"Mudanza", {"mudanza"}},
             {"Entrega", {"entrega", "repartidor"}},
             {"Instalación", {"instalacion"}},
             {"Plumber", {"plumber"}},
             {"Electrician", {"electrician"}},
             {"Technician", {"technician", "repairman", "handyman"}},
             {"Cleaners", {"cleaner", "cleaners"}},
             {"Movers", {"movers"}},
             {"Delivery", {"delivery"}},
             {"Installation", {"installation", "inspection", "inspector"}},
         })
      add(kServiceNoun, n.forms, n.display);
    AddActivityNouns(e);
    add(kIntentVerb,
        {"agendar", "agenda", "agendamos", "agendemos", "reservar", "reservo", "reservamos",
         "reserva una", "quedamos", "quedar", "quedemos", "nos vemos", "vernos", "programar",
         "apuntame", "apunta", "anota", "organizar", "book", "booking", "schedule", "reserve",
         "set up", "sign me up", "put me down", "lets meet", "let s meet", "see you", "meet",
         "add to my calendar", "add it to my calendar", "add an event", "pencil in",
         // what a calendar is asked to add ("add something for me", "Ok, add a Dinner at 7 pm")
         "add it", "add this", "add that", "add something", "add a", "add one", "anadelo", "agregalo",
         // asking for a slot, offering to come
         "fit you in", "fit me in", "squeeze you in", "book you in", "get you scheduled",
         "pick her up", "pick him up", "pick them up", "pick us up",
         "get you booked", "get you in", "pick you up", "pick me up",
         "come over", "stop by", "swing by", "still on for", "still on", "are we on",
         "paso por", "me paso", "pasare por", "no faltes", "don t miss it", "don t be late",
         "alli estare", "ahi estare", "i ll be there", "we ll be there", "see you there",
         "i ll be home", "estare en casa", "hueco", "teneis hueco", "tienes hueco", "te recojo",
         "me recoges", "paso a buscarte", "pasas a buscarme",
         // a calendar invitation sent for it
         "send the invite", "sending the invite", "sent the invite", "send an invite",
         "send you an invite", "calendar invite", "te mando la invitacion", "te envio la invitacion",
         "mando la invitacion", "envio la invitacion",
         // the plan said again on its new day ("mañana no hay reunión, la hacemos el jueves a las 9")
         "la hacemos", "lo hacemos"});
    add(kAffirm,
        {"si", "vale", "ok", "okay", "oki", "perfecto", "perfecta", "claro", "genial", "de acuerdo",
         "dale", "listo", "hecho", "correcto", "exacto", "me parece bien", "me va bien",
         "me viene bien", "sin problema", "por supuesto", "va", "confirmo", "confirmado", "yes",
         "yeah", "yep", "yup", "sure", "perfect", "great", "correct", "right", "fine", "deal",
         "sounds good", "sounds great", "sounds perfect", "that works", "works for me",
         "that s right", "thats right", "that is right", "that s correct", "that is correct",
         "that s perfect", "that is perfect", "that s fine", "that s great", "that suits me",
         "please do", "go ahead", "absolutely", "definitely", "i confirm", "confirmed",
         "of course", "no problem", "no hay problema", "alright", "all right", "cool", "excellent", "wonderful", "awesome",
         "count me in", "works", "ya", "bet", "go on then", "i m down",
         "would love to", "d love to", "we ll be there", "we will be there", "cuenta conmigo", "alli estare", "ahi estare", "i ll be there",
         "i ll be home", "estare en casa",
         // ... said standing alone (KindsInContext: not "I'm in a meeting")
         "i m in", "im in", "i am in", "we re in", "count us in", "i m so in", "me apunto", "nos apuntamos",
         "me sumo", "yo me apunto", "apuntame", "i m there", "ahi estoy", "alli estoy", "voy",
         "in",  // ... the whole message ("in!")
         "\xF0\x9F\x91\x8D", "\xF0\x9F\x91\x8C"});  // thumbs up, OK hand
    add(kNegate,
        {"no", "nope", "nah", "no puedo", "no me va", "no me viene", "imposible", "no podemos",
         "i can t", "i cannot", "can t make it", "not available", "no thanks", "that doesn t work",
         "that won t work", "doesn t work", "don t work", "won t work", "not really", "i m busy", "i am busy",
         // a day refused ("not this weekend, I'm swamped")
         "not this weekend", "not this week", "not tonight", "not today", "not tomorrow", "not tmrw",
         "i m out", "i am out", "can t", "cannot", "can t do", "won t be able", "i m away", "i am away", "i m not free", "i am not free",
         "estoy ocupado", "estoy ocupada", "estare fuera", "no estoy libre",
         // not going, said standing alone or before when or why (GoingNoInContext)
         "won t make it", "wont make it", "not going to make it", "i m not going", "im not going",
         "i am not going", "we re not going", "we are not going", "not coming", "i m not coming",
         "we re not coming", "no vamos a ir", "no voy a ir",
         // put off for now: no agreement ("ok thanks, I'll book it later")
         "book it later", "maybe later", "not right now"});
    add(kSuccess,
        {"reservado", "reservada", "agendado", "agendada", "confirmada", "quedo agendado",
         "quedo agendada", "queda agendado", "queda agendada", "queda reservado",
         "queda reservada", "te apunto", "te he apuntado", "anotado", "anotada",
         "has been made", "has been booked", "has been reserved", "has been scheduled",
         "has been confirmed", "has been set", "has been completed", "has been placed", "has been added", "has been updated",
         "have been booked", "have been reserved", "is confirmed", "is booked", "is reserved",
         "is scheduled", "are booked", "is set", "is successful", "was successful",
         "successfully", "i ve booked", "i ve made", "i have booked", "i have made",
         "i booked", "i made", "i ve scheduled", "i have scheduled", "got you scheduled",
         "got you booked", "you re all set", "you are all set", "all set", "booked",
         "reserved", "scheduled", "confirmed"});
    add(kFailure,
        {"no se pudo", "no pude", "no he podido", "no ha sido posible", "no fue posible",
         "no hay disponibilidad", "no hay hueco", "no quedan", "esta completo", "estan completos",
         "fallo", "unable", "couldn t", "could not", "wasn t able", "was not able", "can t make that",
         "cannot make", "failed", "unsuccessful", "not successful", "fully booked", "no openings",
         "unavailable", "not available", "impossible to book", "no availability",
         "no appointments available", "no appointments left", "no tables available",
         "no slots available", "no spots available", "nothing available", "none available",
         "no hay citas", "no hay mesas", "no hay mesa", "no hay plazas", "no queda nada",
         "sold out", "booked up", "is all booked", "completely booked", "no seats", "no tickets left",
         "no seats left", "already taken",
         "no longer available", "entradas agotadas", "estan agotadas", "se agotaron",
         "se han agotado"});
    add(kPostponed, {"postponed", "is postponed", "aplazado", "aplazada", "se aplaza", "pospuesto",
                     "pospuesta", "se pospone", "se aplaza a", "put off", "new date tbd", "fecha por confirmar",
                     "para otro dia", "para otro finde", "para otro fin de semana",
                     "para otra semana", "para otra ocasion", "para otro momento",
                     "for another day", "for another time", "for another weekend"});
    add(kFallsThrough, {"se cae", "se cayo", "se ha caido", "se nos cae", "se nos cayo",
                        "se nos ha caido", "falls through", "fell through", "fallen through"});
    add(kCancel,
        {"se cae el plan", "se nos cae el plan", "se cayo el plan", "se ha caido el plan",
         "el plan se cae", "plan fell through", "plans fell through", "plan falls through"});
    // ... and to be picked up on the way: a time for it is not the plan's ("party at 8" - "can you
    // pick me up at 7:30?"); alone, a pick-up is a plan of its own (kIntentVerb, above)
    add(kArrive, {"pick me up", "pick you up", "pick us up", "pick her up", "pick him up", "pick them up",
                  "come get me", "recogerme", "me recoges", "te recojo", "paso a buscarte", "pasas a buscarme",
                  "me pasas a buscar", "pasame a buscar", "recogeme"});
    add(kArrive, {"arrive", "arriving", "get there", "be there by", "get here", "show up", "llego",
                  "only come", "can only make it", "i ll come at", "i ll be there at",
                  "llegamos", "llegare", "llegaremos", "llegar", "lleguen", "llegad", "llegues"});
    // ... and what to bring or set up before: "can you bring chairs at 1:30? need help setting
    // up", "¿puedes traer sillas a la 1 y media? para montar" (not when the plan starts)
    add(kArrive, {"bring", "bringing", "set up", "setting up", "traer", "traes", "traigas", "trae", "traed",
                  "montar"});
    add(kThen | kIntentVerb | kAffirm, {"see you then", "nos vemos entonces", "hasta entonces",
                                        "te esperamos entonces", "see you there", "nos vemos alli",
                                        "nos vemos ahi"});
    add(kWithdraw, {"don t book", "don t buy", "don t reserve", "don t purchase", "don t add",
                    "don t schedule", "do not book", "do not buy", "do not reserve", "do not add",
                    "do not schedule", "changed my mind", "change my mind", "no lo reserves",
                    "no lo apuntes", "no lo agendes",
                    "no la reserves", "no reserves", "no compres", "he cambiado de idea", "cambie de idea"});
    // Put off for now, by whoever was making the plan: nothing is agreed, and a plan not
    // yet agreed or booked is dropped ("Please confirm ..." - "Hmm, no, not now").
    add(kNegate | kWithdraw, {"not now", "not right now", "not at the moment", "book it later",
                              "book later", "maybe later"});
    add(kOption, {"available", "availability", "has an opening", "have an opening", "openings",
                  "there s a", "there s an",
                  "there is a", "there is an", "there are", "there s one", "there is one",
                  "there s also", "there is also", "there are also",
                  "is playing", "are playing", "is showing", "are showing", "has a table",
                  "have a table", "free table", "can seat", "i found", "i ve found",
                  "i have found"});
    add(kEntries, {"what s on my", "whats on my", "what is on my", "anything on my", "do i have",
                   "what do i have", "have i got", "what i have", "events i have", "events do i have",
                   "what have i got", "am i busy", "am i free", "am i available", "what does my schedule", "what does my calendar",
                   "what s my schedule", "what is my schedule", "check my calendar",
                   "check my schedule", "look at my calendar", "look at my schedule",
                   "calendar shows", "schedule shows", "according to your calendar",
                   "according to your schedule", "tengo en la agenda", "tengo en mi agenda",
                   "hay en mi agenda", "hay en mi calendario"});
    // A conversation's closing words: "today" in "that's all for today" is no day of a plan.
    add(kNoPlan, {"all for today", "that s it for today", "that is it for today", "else for today",
                  "all for now"});
    add(kHave, {"i have", "i ve got", "i got", "i ve", "tengo", "me toca"});
    add(kApology, {"sorry", "i m sorry", "i apologize", "apologies", "unfortunately",
                   "lo siento", "lo sentimos", "perdona", "perdone", "disculpa", "disculpe",
                   "lamentablemente", "desafortunadamente"});
    add(kCancel,
        {"cancelo", "cancelar", "cancela", "cancelamos", "cancelada", "cancelado", "cancelemos",
         "anulo", "anular", "anulamos", "anula", "anulala", "anulalo", "anulada", "anulado",
         "cancelala", "cancelalo", "se suspende", "suspendida", "suspendido", "suspendemos",
         "cancel", "cancelled", "gotta skip", "have to skip", "need to skip", "i ll skip",
         "rain check", "raincheck", "gotta bail", "have to bail",
         "canceled", "cancelling", "call off", "called off", "calling off", "is off"});
    add(kReschedule,
        {"mejor", "cambiar", "cambiamos", "cambio", "cambiemos", "mover", "movemos", "movamos",
         "se pasa", "la pasamos", "lo pasamos", "pasarla", "pasarlo", "reprogramar", "aplazar",
         "aplazamos", "posponer", "posponemos", "adelantar", "adelantamos", "retrasar",
         "retrasamos", "en vez de", "en lugar de", "move", "moved", "moving", "reschedule",
         "rescheduled", "postpone", "postponed", "push it", "pushed", "instead", "change",
         "changed", "bring it forward", "rather", "actually", "let s keep", "keep it at",
         "works better", "would be better", "is better", "prefer", "prefiero", "preferiria",
         "bumped", "bump it", "bump the", "pushed back", "push back", "moved up",
         "se pospone", "se aplaza", "pospuesto", "pospuesta", "aplazado", "aplazada",
         "la dejamos", "lo dejamos", "dejarla", "dejarlo"});
    add(kPast,
        {"ayer", "anoche", "anteayer", "antier", "la semana pasada", "el mes pasado",
         "el ano pasado", "fuimos", "fui", "estuve", "estuvimos", "tuvimos", "hicimos",
         "nos vimos", "naci", "nacio", "nacido", "nacida", "fue", "hace dos", "hace tres",
         "yesterday", "last night", "last week", "last month", "last year", "ago", "went",
         "did you go to", "did you guys go to", "did you go out", "did you make it to", "did you end up going",
         "fuiste", "fuisteis",
         "were", "was born", "born", "happened", "we met", "we had", "ended", "finished",
         "got home", "got back", "how did", "how was", "was amazing", "was great", "was fun",
         "was awesome", "was good", "was nice", "was lovely", "were amazing", "were great", "estuvo", "estuvieron", "como fue",
         "que tal fue", "como te fue", "que tal estuvo", "lo pasamos bien", "lo pasamos genial",
         "que bien lo pasamos", "remember when", "remember that time", "te acuerdas cuando",
         "te acuerdas de cuando", "os acordais de cuando",
         // preterites that no present tense shares ("empezó a las 22:00"; not "termino", "acabo")
         "empezo", "comenzo", "empezaron", "comenzaron", "terminaron", "acabaron", "salio",
         "salieron", "llegaron", "started", "began"});

    add(kHabitual,
        {"siempre", "cada", "todos los", "todas las", "normalmente", "suele", "solemos",
         "suelo", "los lunes", "los martes", "los miercoles", "los jueves", "los viernes",
         "los sabados", "los domingos", "cierra", "cierran", "abre", "abren", "horario",
         "every", "each", "always", "usually", "normally", "mondays", "tuesdays",
         "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekdays", "weekends",
         "closes", "opens", "open from", "opening hours", "business hours"});
    add(kHypothetical,
        {"ojala", "si hubiera", "si hubieramos", "si tuviera", "si tuvieramos", "si fuera",
         "si pudiera", "si pudieramos", "si lloviera", "habria", "hubiera", "en caso de",
         "algun dia", "what if", "if i", "if we", "if it", "if they", "if he", "if she",
         "would have", "could have", "suppose", "imagine", "someday", "some day", "in case",
         // vague: no day is meant yet
         "sometime", "some time", "at some point", "one of these days", "whenever",
         "un dia de estos", "algun rato", "cuando puedas", "cuando quieras"});
    add(kTopicQuestion,
        {"tema", "asunto", "motivo", "sobre que", "de que", "para que", "titulo", "topic",
         "subject", "title", "what about", "what s it about", "what is it about", "what for",
         "purpose", "what should i call", "name of the event"});
    // A limit on how long one stays, or a promise not to be late, said with a yes ("Sure! But
    // I can't stay late", "sí, pero no puedo quedarme mucho"): no refusal of the plan.
    for (const char* who : {"", "i ", "we "})
      for (const char* neg : {"can t ", "cannot ", "won t be able to ", "can t really "})
        for (const char* what : {"stay long", "stay late", "stay for long", "stay too long", "stay past",
                                 "stay after", "stay the whole", "stay all", "be late", "be out late"})
          e.push_back(MakeEntry(0, (std::string(who) + neg + what).c_str()));
    add(0, {"no puedo quedarme mucho", "no puedo quedarme hasta", "no puedo quedarme mas", "no puedo quedarme tanto",
            "no me puedo quedar mucho", "no me puedo quedar hasta", "no me puedo quedar mas",
            "no puedo llegar tarde", "no podemos quedarnos mucho", "no podemos quedarnos hasta"});
    // Phrases that contain a cue word but say something else ("the show is
    // scheduled to begin at 7" describes it, it does not book it).
    add(0, {"is scheduled to", "scheduled to", "are scheduled to", "was scheduled to",
            // "you have nothing scheduled" reports no booking
            "nothing scheduled", "nothing booked",
            "can t wait", "cannot wait", "can t believe", "i bet",
            // "en el de siempre" is a place, "como siempre" a habit kept: no habit stated
            "de siempre", "como siempre", "lo de siempre",
            // "book" the noun
            "book club", "book fair", "book store", "book shop", "the book", "a book", "my book",
            "this book", "that book",
            // "bumped into Ana" met her; "get started" begins now
            "bumped into", "bump into", "get started", "getting started"});
    add(kAsk,
        {"please confirm", "please verify", "can you confirm", "could you confirm", "confirming",
         "to confirm", "let me confirm", "let me make sure", "let me review", "just to confirm",
         "can you please confirm", "please check", "is that correct", "is that right",
         "how about", "what about", "shall i", "shall we", "should i", "would you like",
         "do you want",
         // a search: what it names is what to look for, not yet a plan
         "find me", "search for", "look for", "looking for", "are there any", "is there any",
         "can you find", "could you find", "help me find", "por favor confirma", "confirmame", "me confirmas", "puedes confirmar",
         "que tal", "te parece", "le parece", "te va bien", "te viene bien", "quieres que"});
    add(kContrast, {"pero", "otro", "otra", "otros", "otras", "diferente", "sin embargo", "but",
                    "else", "another", "other", "different", "however"});
    add(kAlso, {"tambien", "otra", "otro", "ademas", "also", "another", "as well"});
    AddDialogueCues(e);
    AddSpanishDialogueCues(e);
    AddMoreDialogueCues(e);
    return e;
  }();
  return entries;
}


}  // namespace chatbeto::events::detail
