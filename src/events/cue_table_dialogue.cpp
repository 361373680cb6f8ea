// The wording of booking dialogues, beyond cue_table.cpp's core lists: a third
// blind round of SGD-style dialogues (session 32, en_sgdstyle_w*) written by
// different hands showed each family below said in many more ways than the
// core lists held. Each list is a family; keep it one.
#include <initializer_list>
#include <string>

#include "events/cue_table.h"
#include "events/cues.h"

namespace chatbeto::events::detail {

void AddDialogueCues(std::vector<Entry>& e) {
  auto add = [&e](uint32_t kinds, std::initializer_list<const char*> phrases, const char* display = nullptr) {
    for (const char* p : phrases) e.push_back(MakeEntry(kinds, p, display));
  };
  // A phrase read as a whole: its inner cue words ("booked" in "haven't booked")
  // cue nothing of their own. FindCues marks the words of a kind-0 phrase neutral
  // and ORs in the kinds of another entry of the same phrase, so the phrase goes
  // in first as 0, then with its kinds.
  auto whole = [&add](uint32_t kinds, std::initializer_list<const char*> phrases) {
    add(0, phrases);
    add(kinds, phrases);
  };

  // Yes, as people type it: "go for it", "spot on", "k", "👍🏽". (Phrases that open
  // with a very common word cost every message that has it: few of them.)
  add(kAffirm,
      {"go for it", "let s do it", "lets do it", "spot on", "affirmative", "you got it", "yea", "yeh",
       "yess", "yesss", "k", "kk", "okey", "okie", "good", "all good", "looks good", "looks great",
       "nice", "lovely", "brilliant", "exactly", "precisely", "indeed", "fine by me", "why not",
       "i ll take it", "suits me", "sounds lovely", "sounds fine", "sounds nice", "sounds right",
       "sound good", "sgtm",
       // thumbs up with a skin tone, OK hand with one, check marks
       "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBB", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBC",
       "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBE",
       "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF", "\xF0\x9F\x91\x8C\xF0\x9F\x8F\xBB",
       "\xF0\x9F\x91\x8C\xF0\x9F\x8F\xBD", "\xE2\x9C\x85", "\xE2\x9C\x94\xEF\xB8\x8F"});
  // ... and a yes spelt as people spell it ("Sii porfa", "Love that", "ofc")
  add(kAffirm, {"sii", "siii", "si porfa", "love that", "love it", "love this", "i d love that", "ofc", "def",
                "defo", "me encanta la idea", "me encanta el plan", "me apetece", "me apunto a eso"});
  // ... and said as not missing it, covering the "no" in it
  whole(kAffirm, {"wouldn t miss it", "would not miss it", "won t miss it", "no way i m missing", "no way im missing",
                  "alli estaremos", "ahi estaremos", "no me lo pierdo", "no nos lo perdemos", "cuenta con nosotros",
                  "contad conmigo", "contad con nosotros"});
  // Not sure: no yes, whatever "sure" says ("not sure yet", "I'm not sure"): vague, as
  // "sometime" is, and covering its words (`whole`).
  whole(kHypothetical, {"not sure yet", "i m not sure", "im not sure", "not sure", "not so sure", "not too sure",
                        "not really sure", "no estoy seguro", "no estoy segura", "no se si"});
  // "Done.", "Done, you're seeing Dr. Lang then" to what was asked: set apart at the start of a
  // sentence only (KindsInContext); a yes, so that after an errand it books nothing.
  add(kAffirm, {"done"});
  // ... and the phrases with "good" or "nice" that say no yes.
  add(0, {"good morning", "good afternoon", "good evening", "good night", "good luck", "good day",
          "nice day", "nice weekend"});
  // Information taken note of: a yes beside it to an option offered only acknowledges it ("Ok,
  // thanks for the info"; OnlyAcknowledges).
  add(kAcknowledge, {"good to know", "thanks for the info", "thanks for the information",
                     "thank you for the info", "thank you for the information", "thanks for letting me know",
                     "noted", "keep that in mind", "keep those in mind", "keep it in mind", "keep them in mind",
                     // ... or asked about only to know ("ok thanks, just wanted to know", "no, just
                     // checking")
                     "just wanted to know", "just want to know", "only wanted to know", "all i wanted to know",
                     "all i needed to know", "just wanted to check", "just checking", "just curious",
                     "just asking", "just browsing", "just looking",
                     // ... or the dialogue closed ("ok thanks, that's all for now")
                     "that s all for now", "that s all i need", "that s all i needed", "that will be all",
                     "that s it for now", "that is all for now"});
  add(0, {"just checking in", "just looking forward"});

  // Put off or dropped by whoever was making the plan: no, and a plan not yet agreed
  // or booked is given up ("too late for us. forget it", "no, leave it then").
  add(kNegate | kWithdraw,
      {"forget it", "forget about it", "forget that", "never mind", "nevermind", "nvm", "hold off",
       "i ll pass", "pass on that", "pass on it", "leave it", "skip it", "no need", "don t bother",
       "not interested", "not yet", "drop it", "drop that", "scrap it", "scrap that",
       "let s not", "figure something else out", "figure something out", "get back to you",
       "maybe another time", "some other time", "don t do it", "don t do that", "do not do it",
       "do not do that", "don t go ahead", "do not go ahead", "don t proceed", "do not proceed"});
  // ... and the plan itself forgotten, as a bidding with the plan as its object ("Actually,
  // forget about the appointment", "forget the tickets"; ForgetsThePlan keeps "don't forget the
  // tickets" and "forget the Thai place" from dropping anything).
  add(kNegate | kWithdraw, {"forget about the", "forget about my", "forget about our", "forget about this",
                            "forget the", "forget my", "forget our", "olvidate de la", "olvidate del",
                            "olvidate de mi", "olvidese de la", "olvidese del", "olvida la", "olvida el",
                            "olvidemos la", "olvidemos el",
                            // ... and the plan struck out the same way ("Scratch the booking", "drop the
                            // reservation")
                            "scratch the", "scrap the", "drop the"});
  // ... or left for later, for oneself, or for when more is known ("I'll sort it out later",
  // "Let's hold on that for now", "I'll wait until I hear from my friends"), or said not to be
  // needed ("That won't be necessary after all"): put off as "book it later", "no need" are.
  add(kNegate | kWithdraw,
      {"sort it out later", "sort it out myself", "deal with it later", "deal with it myself",
       "sort that out later", "sort that out myself", "deal with that later", "deal with that myself",
       "arrange it myself", "arrange that myself", "figure it out later", "figure that out later",
       "do that later", "do it later", "book that later", "hold on that", "hold on it", "put it on hold",
       "put that on hold", "wait until i hear", "wait till i hear", "wait until i know", "wait till i know",
       "wait to hear", "wait and see", "i d better not", "we d better not", "i better not", "won t be necessary",
       "that s not necessary", "won t be needed"});
  // ... or to another time ("Ok, I'll sort that out another time", "let's do it another day")
  for (const char* verb : {"sort it out", "sort that out", "deal with it", "deal with that", "do it", "do that",
                           "book it", "book that", "look into it", "look into that"})
    for (const char* when : {"another time", "some other time", "another day", "some other day"})
      e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(verb) + " " + when).c_str()));
  // ... or given up with thanks ("no, the 7th was the only day I could go. thanks anyway")
  add(kNegate | kWithdraw, {"thanks anyway", "thank you anyway", "thanks all the same"});
  // ... and the decision put off: nothing agreed, and what the other side only stated or
  // offered is dropped ("The 6 pm show is in 3D" - "ok, I'll decide later").
  add(kNegate | kWithdraw, {"think about it", "think it over", "decide later", "i ll decide",
                            "let you know", "sleep on it", "plan it later", "lo pienso", "me lo pienso",
                            "lo pensare",
                            // ... or left to oneself ("thanks, I'll book it all myself")
                            "book it myself", "book it all myself", "book them myself", "book that myself",
                            "do it myself", "handle it myself", "call them myself", "lo reservo yo",
                            // ... or left to others to weigh first ("Ok good to know, I'll check
                            // with my friends and come back")
                            "check with my", "run it by", "talk it over", "discuss it with",
                            // ... or to be talked over with one's own first ("lo hablo con mi mujer")
                            "lo hablo con", "hablarlo con", "consultarlo con", "lo consulto con",
                            "preguntarle a mi"});
  // ... said in English as a need or a "let me" before a word with one's own ("Hmm, no, let me
  // talk to my partner first", "I need to ask my wife", "I'd have to run it by my boss"): the
  // need is what puts it off; "I'll talk to my sister too, she might join" decides nothing.
  for (const char* lead : {"let me", "need to", "have to", "got to", "gotta", "should", "must"})
    for (const char* verb : {"talk to", "talk with", "speak to", "speak with", "ask", "check with", "consult",
                             "consult with", "run it by", "run this by", "discuss it with", "see what"})
      e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(lead) + " " + verb + " my").c_str()));
  // ... the booking no longer wanted ("I don't need it after all"), or one's own calendar to
  // look at first ("Hmm, no, let me check my schedule first": the speaker's, not a lookup
  // asked of the assistant).
  whole(kNegate | kWithdraw,
        {"don t need it after all", "don t need it anymore",
         "don t need that after all", "don t need that anymore", "don t need one after all",
         "don t need one anymore", "don t need them after all", "don t need them anymore",
         "no longer need", "don t want it anymore", "don t want it after all",
         "let me check my schedule", "let me check my calendar", "i ll check my schedule",
         "i ll check my calendar", "i need to check my schedule", "i need to check my calendar",
         "i have to check my schedule", "i have to check my calendar", "let me look at my calendar",
         "let me look at my schedule"});
  // ... or declined as a preference ("Actually, I'd rather not go ahead with it", "I'd prefer
  // not to book it yet"); "I'd rather not sit outside" declines only that.
  for (const char* lead : {"rather not", "prefer not to"})
    for (const char* verb : {"go ahead", "proceed", "book", "buy", "reserve", "schedule", "add", "do it",
                             "do that", "make the", "make it", "make a", "confirm", "go through with"})
      e.push_back(MakeEntry(kNegate | kWithdraw, (std::string(lead) + " " + verb).c_str()));
  // A polite no: to a read-back or an offer of a day or time it declines the booking ("Please
  // confirm: ... at 5:50 pm" - "On second thought, no thanks"); to "Would you like to add
  // insurance?" it answers only that (kDecline).
  whole(kNegate | kDecline, {"no thanks", "no thx", "nah thanks", "no thank you"});
  add(0, {"leave it to", "leave it up to", "leave it with", "drop it off", "drop that off", "drop it by",
          "don t go ahead without", "don t do that again", "don t do it again"});
  // No to the slot offered, without giving the plan up ("that's too late").
  add(kNegate, {"too late", "too early", "too pricey", "too expensive", "too far"});

  // A booking refused in words: the plan is dropped ("I won't book anything", "I'll hold
  // off"). "I haven't booked anything", "nothing's been booked" are a success word negated
  // (cue_context.h, NegatedSuccess); these have no success word to negate.
  whole(kWithdraw, {"won t book", "won t reserve", "won t schedule", "won t add", "won t buy",
                    "didn t book", "didn t add", "no booking was made", "no reservation was made"});

  // Done: the ways to report a booking made.
  add(kSuccess,
      {"locked in", "on the books", "all done", "booking done", "reservation made", "booking made",
       "appointment made", "is made", "was made", "purchase complete", "purchase completed", "been arranged", "saved",
       "added", "good to go", "purchased", "got you down", "put you down", "secured",
       // ... tickets reported bought ("Your ticket has been bought", "I've bought your tickets")
       "been bought", "have bought", "has bought", "ve bought",

       // ... and a calendar entry reported in place ("It's on your calendar", "I've put it in
       // your schedule"): said of "it", not of what a lookup lists ("You have a haircut on your
       // calendar" is an entry held)
       "it s on your calendar", "it is on your calendar", "it s in your calendar", "it is in your calendar",
       "it s on your schedule", "it is on your schedule", "it s in your schedule", "it is in your schedule",
       "put it on your calendar", "put it in your calendar", "put it on your schedule",
       "put it in your schedule", "now on your calendar", "now in your calendar"});
  add(0, {"added bonus"});

  // What a calendar is asked to remove, and reports removed ("Remove the team lunch from my
  // calendar on Thursday", "Please confirm: delete ..." - "The event has been removed"), as
  // "borra", "elimina" in Spanish: called off. "remove" alone is no cue ("remove a wisdom
  // tooth" books one); the calendar or the report says what is removed.
  add(kCancel, {"delete", "deleted", "deleting", "delete it", "erase", "erased", "from my calendar",
                "from your calendar", "from the calendar", "from my schedule", "from your schedule",
                "off my calendar", "off your calendar", "off the calendar", "off my schedule",
                "been removed", "been deleted", "was removed", "is removed"});

  // Failed: taken, full, closed then, no opening.
  add(kFailure,
      {"is taken", "are taken", "been taken", "isn t available", "aren t available",
       "wasn t available", "weren t available", "no opening", "no luck", "no tables", "no slots",
       "we re full", "they re full", "closed at that", "closed that day", "closed then",
       "closed at this", "didn t go through", "did not go through", "booked solid",
       "isn t possible", "wasn t possible", "don t have any openings", "doesn t have any openings",
       "don t have anything", "fully committed", "is full", "are full", "s full", "completely full"});
  add(0, {"is full of", "are full of", "s full of"});
  // ... and no slot of the kind asked for then ("Sorry, they don't have visits that day",
  // "there are no appointments left on that date"); "they don't have tables outside" fails
  // nothing.
  for (const char* lead : {"don t have", "doesn t have", "do not have", "does not have", "there are no",
                           "there aren t any", "have no"})
    for (const char* any : {" ", " any "})
      for (const char* thing : {"visits", "appointments", "tables", "slots", "rooms", "seats", "cars",
                                "openings", "spots", "times", "tickets", "tours", "viewings"})
        for (const char* tail : {"that day", "on that day", "that date", "on that date", "then",
                                 "at that time", "available", "left"})
          e.push_back(MakeEntry(kFailure, (std::string(lead) + any + thing + " " + tail).c_str()));
  // ... said with regret: a failure even in a sentence that goes on to ask.
  add(kApology, {"bad news", "i m afraid", "regrettably", "sadly"});

  // A day or time offered, not agreed: in answer to a question, or another slot put
  // forward by whoever just reported the first one failed ("The closest opening is
  // 1:30 pm", "They can do Tuesday"; OffersOption).
  add(kOption,
      {"plays at", "plays on", "performs", "performing", "takes place", "taking place",
       "closest is", "closest opening", "closest available", "earliest is", "earliest opening",
       "earliest available", "next available", "next opening", "only have", "they have",
       "they can do", "she can do", "he can do", "they could do", "she could do", "he could do",
       "can see you", "can offer", "can take you", "could take you", "can get you in",
       "could get you in", "soonest", "she s free", "he s free"});

  // Whether a slot is open, asked ("Is there a table at Nopa tonight at 8?", "Does Dr. Lee
  // have anything Friday?"): a yes says it is open and books nothing (AnswersAvailability).
  add(kAvailability,
      {"is there a table", "is there a slot", "is there an opening", "is there any availability",
       "is there availability", "is there room", "is there space", "any tables", "any table",
       "any availability", "any slots", "do they have a table", "do they have anything",
       "do they have room", "do they have space", "does he have anything", "does she have anything",
       "can they fit", "can they squeeze", "any tickets left", "are there any tickets", "are there tickets",
       "tickets left", "any seats left", "are there any seats", "seats left",
       // ... or whether the place is open then ("Is Studio 8 Salon open on the 7th?")
       "open on", "open at", "open today", "open tomorrow", "open tonight", "open this", "open next",
       "open that"});

  // The price asked (Plan::PriceAsked): "How much are the tickets?", "what's the price?".
  add(kPrice, {"how much", "what s the price", "what is the price", "whats the price", "ticket price",
               "tickets cost", "ticket cost", "how expensive", "what does it cost", "what do they cost"});

  // The calendar looked at, in other words ("what's coming up for me on saturday").
  add(kEntries, {"what s coming up", "whats coming up", "anything coming up", "coming up for me",
                 "my plans for", "what are my plans", "my day look", "my week look", "what s planned",
                 "on my agenda", "show me my", "tell me what",
                 // ... and one's own plan asked after: "When is my haircut next week?"
                 "when is my", "when s my", "whens my", "what time is my", "what time s my",
                 "what day is my", "when do i have my", "when am i seeing",
                 // ... and one's entries asked for by name: "Can you tell me my events for the 8th?"
                 "my events", "tell me my", "list my", "read me my", "my appointments for",
                 "my appointments on",
                 // ... and one's plans asked after: "Am I doing anything on Sunday evening?"
                 "am i doing", "what am i doing", "anything planned", "got anything on",
                 "have anything planned", "on the agenda for", "what s on the agenda", "whats on the agenda",
                 "what is on the agenda", "what s on the schedule", "what s on the calendar"});

  // A change asked for in other words ("swap to Thursday", "switch it to 3").
  add(kReschedule, {"swap", "switch", "shift it", "shift the", "bit later", "bit earlier",
                    "little later", "little earlier", "later instead", "earlier instead",
                    // "they need to do it earlier, 3:30 same day"
                    "do it earlier", "do it later", "earlier that day", "later that day"});

  // The other tasks of a multi-domain dialogue, done now or on a device: an alarm, a ride,
  // the weather (kErrand; AnalyseMessage keeps it only where no plan is named). The first
  // words are rare ones: a cue under "a" or "your" would cost every message that has it.
  add(kErrand, {"alarm", "alarms", "timer", "wake me up", "wake me", "wake up call", "ride", "rides", "cab",
                "cabs", "taxi", "uber", "lyft", "weather", "forecast", "degrees", "alarma", "despertador",
                "pronostico"});
  // ... a message or a text sent for the user ("Send a message to Sarah saying I'll be there
  // at 7"): what it says is no booking of theirs.
  add(kErrand, {"send a message", "send a text", "send her a message", "send him a message",
                "send them a message", "send a whatsapp", "text message", "message saying", "text saying",
                // ... or one's location shared ("share my location with Sam")
                "share my location", "share location", "share my current location", "my location with"});
  // ... or a film watched at home ("I want to watch a comedy movie at home tonight"; not "never
  // mind, I'll watch it at home", which gives up the tickets)
  add(kErrand, {"movie at home", "movies at home", "film at home", "on netflix", "on hulu", "on prime video",
                "on disney plus"});
  // ... or money moved ("transfer $500 from my checking to savings on the 5th", "venmo Jo $12",
  // "schedule a payment of $120 to John on the 15th"): shown as "Money", which a booking verb
  // does not clear (AnalyseMessage)
  add(kErrand,
      {"my checking", "from checking", "to checking", "checking account", "my savings", "from savings",
       "to savings", "savings account", "venmo", "zelle", "paypal", "bank transfer", "wire transfer",
       "money transfer", "transfer money", "send money", "request money", "a payment of", "payment to",
       "make a payment", "send a payment", "schedule a payment", "set up a payment", "pay my",
       "the payment has", "the payment went", "a transfer of", "transfer of", "schedule a transfer",
       "make a transfer", "your transfer is", "the transfer is", "the transfer has"},
      "Money");
  add(0, {"bike ride", "boat ride", "horse ride", "train ride", "car ride", "death cab",
          // naming what is set up ("yes, and call it gym"): no call
          "call it", "name it", "label it"});

  // "a party of 4", "how many people are in your party?": a group's size, no party.
  add(0, {"your party", "party of", "party size"});
}

}  // namespace chatbeto::events::detail
