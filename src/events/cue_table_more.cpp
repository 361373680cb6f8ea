// More wording of the same families, found missing by round x's blind chats
// (tests/fixtures/events en_x*/es_x*): a plan that hangs on the weather, the
// weather asked, a search put off, tickets left to buy at the door.
#include <initializer_list>
#include <string>

#include "events/cue_table.h"
#include "events/cues.h"

namespace chatbeto::events::detail {

void AddMoreDialogueCues(std::vector<Entry>& e) {
  auto add = [&e](uint32_t kinds, std::initializer_list<const char*> phrases) {
    for (const char* p : phrases) e.push_back(MakeEntry(kinds, p));
  };
  // A plan that hangs on the weather ("if the weather's good we could maybe do a picnic
  // sunday"), as "if it", "if we" do: no day is agreed yet.
  add(kHypothetical, {"if the weather", "weather permitting", "depending on the weather", "if the forecast",
                      "if the sun", "si hace buen tiempo", "si el tiempo", "si hace sol"});
  // A day named as gone by ("that concert last saturday was insane", "el viernes pasado
  // cenamos fuera"): the past, as "last week" is.
  add(kPast, {"last monday", "last tuesday", "last wednesday", "last thursday", "last friday", "last saturday",
              "last sunday", "last weekend", "el lunes pasado", "el martes pasado", "el miercoles pasado",
              "el jueves pasado", "el viernes pasado", "el sabado pasado", "el domingo pasado",
              "el finde pasado", "el fin de semana pasado"});
  // ... and the Spanish perfect of going and being ("hoy he ido al dentista a las 9").
  add(kPast, {"he ido", "hemos ido", "has ido", "habeis ido", "ha ido", "han ido", "he estado", "hemos estado",
              "he vuelto", "hemos vuelto", "he salido", "hemos salido"});
  // ... but "the last friday of the month" is a day to come.
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"})
    e.push_back(MakeEntry(0, (std::string("the last ") + day).c_str()));
  // The place that can only hold it at another hour ("restaurant called, they can only do 8:45
  // now, same day"): a move, as "change of plans, they only had 8:30" is.
  add(kReschedule, {"can only do", "could only do", "can only fit", "can only seat", "can only take",
                    "solo pueden a", "solo nos pueden dar", "solo tienen hueco a"});
  // "can we push our call from 3 to 4 tomorrow?", "push the meeting to friday": pushing a plan
  // (as "bump the" does) moves it.
  add(kReschedule, {"push our", "push the", "push my", "push your", "push that", "push this"});
  // Prices only compared ("Ok, I'm just comparing prices for now"): a yes beside it only
  // acknowledges what was offered, as "just browsing" does.
  add(kAcknowledge, {"just comparing", "comparing prices", "shopping around", "just getting prices",
                     "just getting an idea", "solo estoy mirando precios", "solo comparando"});
  // The answer left for later ("no sé, ya veremos", "we'll see"): nothing agreed, as "I'll let
  // you know" (not "we'll see you there").
  add(kNegate | kWithdraw, {"ya veremos", "ya lo veremos", "ya se vera", "we ll see", "well see", "we will see"});
  for (const char* who : {"you", "u", "ya", "it", "them", "the", "each", "him", "her", "a"})
    for (const char* lead : {"we ll see ", "well see ", "we will see "})
      e.push_back(MakeEntry(0, (std::string(lead) + who).c_str()));
  // Children picked up, a plan of its own as "pick her up" is ("can you pick up Leo from school
  // tomorrow?" - "sure, what time?" - "3:15").
  add(kIntentVerb, {"pick up the kids", "pick the kids up", "get the kids", "collect the kids", "grab the kids",
                    "pick up the children", "from school", "from daycare", "from nursery", "from practice",
                    "school run", "recoger a los ninos", "recoger a los crios", "buscar a los ninos",
                    "del cole", "de la guarderia"});
  // A cancellation told as news ("the concert on saturday got cancelled, did you have
  // tickets?"): called off, and in the past, so with no plan of one's own open it opens none.
  add(kCancel | kPast, {"got cancelled", "got canceled", "got called off", "was cancelled", "was canceled",
                        "were cancelled", "were canceled", "was called off", "fue cancelado", "fue cancelada"});
  // A plan called off as "tonight's off", "dinner's off" (as "is off"; not "he's off to Paris",
  // "she's off work").
  add(kCancel, {"s off", "it s off", "are off"});
  add(0, {"s off to", "s off work", "are off to", "s off for the day", "s off today"});
  // A plan moved with "pasar" and its object ("¿podemos pasar la reunión del martes a las 11 al
  // miércoles?"), as "la pasamos", "se pasa" (not time spent: "pasar el día en la playa").
  add(kReschedule, {"pasar la", "pasar el", "pasemos la", "pasemos el", "pasamos la", "pasamos el"});
  for (const char* lead : {"pasar ", "pasemos ", "pasamos "})
    for (const char* spent : {"el dia", "el rato", "el finde", "el fin de semana", "la tarde", "la noche",
                              "la manana", "el verano", "el invierno", "la semana", "el mes", "el examen",
                              "el control", "la itv", "la aspiradora", "la fregona", "el mal trago"})
      e.push_back(MakeEntry(0, (std::string(lead) + spent).c_str()));
  // ... and the reason given with the move ("moved to 1, they were full at 12:30") is no tale of
  // the past: "were" there dates nothing.
  add(0, {"were full", "was full", "were packed", "was packed", "were busy", "was busy"});
  // Thanks for an answer asked only to know ("Thanks, just checking"): the offer it turned up
  // dropped (not "yes. just curious, do they have parking?", "sure, just wanted to know where").
  for (const char* thanks : {"thanks ", "thank you ", "thx ", "gracias "})
    for (const char* only : {"just checking", "just curious", "just asking", "just wanted to know", "only wanted to know",
                             "solo preguntaba", "era por saber", "solo por saber", "era solo por saber"})
      e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(thanks) + only).c_str()));
  // One's own need to call it off ("sorry, I have to cancel our call tomorrow at 11"), which "to
  // cancel" alone ("Reply C to cancel", an instruction) does not say.
  add(kCancel, {"have to cancel", "need to cancel", "gotta cancel", "got to cancel", "must cancel",
                "going to have to cancel", "want to cancel", "wanted to cancel", "would like to cancel",
                "d like to cancel", "have to call off", "need to call off"});
  // The booking left to one's own phone call ("Ok, I'll call them"), as "call them myself": no
  // call of its own to plan, and the offer dropped.
  for (const char* phrase : {"i ll call them", "ill call them", "i will call them", "i ll call the office",
                             "i ll phone them", "i ll ring them", "i ll give them a call",
                             "les llamo yo", "los llamo yo", "ya les llamo", "ya los llamo"}) {
    e.push_back(MakeEntry(0, phrase));  // its "call" names no plan
    e.push_back(MakeEntry(kNegate | kWithdraw, phrase));
  }
  // ... not when the call books it ("dinner friday at 8? I'll call them to book").
  add(0, {"i ll call them to", "ill call them to", "i will call them to", "i ll call the office to"});
  // A child's show ("don't forget Mia's recital thursday at 6!"), a plan as a concert is.
  for (const char* form : {"recital", "recitals", "school play", "school concert", "nativity play", "talent show",
                           "dance recital", "piano recital", "festival de fin de curso", "funcion de fin de curso"})
    e.push_back(MakeEntry(kIntentNoun, form, "Recital"));
  // The weather asked or told in other words than "weather" ("Will it rain on Saturday?",
  // "There's a 20 percent chance of rain on March 2nd"): an errand, no plan's day.
  add(kErrand, {"will it rain", "going to rain", "gonna rain", "chance of rain", "percent chance",
                "chance of snow", "will it snow", "va a llover", "probabilidad de lluvia", "llovera"});
  // A search put off ("Too early. I'll look again later"), or the tickets left to buy in
  // person ("Nice, I'll buy them at the door"): nothing agreed, the offer dropped, as
  // "book it myself" drops it.
  add(kNegate | kWithdraw, {"look again later", "search again later", "check again later", "check back later",
                            "look again another", "keep looking", "i ll keep searching"});
  for (const char* verb : {"buy them", "buy it", "buy tickets", "get them", "get it", "get tickets", "pay"})
    for (const char* where : {"at the door", "at the box office", "at the venue", "en la taquilla"})
      e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(verb) + " " + where).c_str()));
  add(kNegate | kWithdraw, {"buy them myself", "buy it myself", "get them myself", "las compro en taquilla",
                            "las compro alli"});
}

}  // namespace chatbeto::events::detail
