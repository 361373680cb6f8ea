// Conversation-level event extraction: one who agreed and later writes, of their own accord,
// that they cannot be there ("Sorry, something came up, can't make it Friday", "I can't come
// after all", "al final no puedo", "no puedo ir el viernes") calls the plan off (BacksOut,
// Plan::OnItsDay). It stayed confirmed. Not another day ("Can't make it tonight" to a Friday
// dinner), nor another thing one cannot do ("I can't find the place"), nor "no thanks" to an
// offer, nor a refusal answering a question asked since. Chats are on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractBacksOut : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractBacksOut, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    CalledOff, EventsExtractBacksOut,
    testing::Values(
        Case{"something_came_up",
             {"Dinner Friday at 8?", "B: Yes!", "B: Sorry, something came up, can't make it Friday"},
             {"2025-03-07T20:00"},
             {"cancelled"}},
        Case{"cant_make_it_anymore", {"Dinner Friday at 8?", "B: Yes!", "B: I can't make it anymore, sorry"},
             {"2025-03-07T20:00"},
             {"cancelled"}},
        Case{"cant_come_after_all", {"Dinner Friday at 8?", "B: Yes!", "B: sorry I can't come on Friday after all"},
             {"2025-03-07T20:00"},
             {"cancelled"}},
        Case{"by_the_one_who_asked", {"Dinner Friday at 8?", "B: Yes!", "A: Ugh, I can't make it, sorry"},
             {"2025-03-07T20:00"},
             {"cancelled"}},
        Case{"al_final_no_puedo", {"¿Cenamos el viernes a las 9?", "B: ¡Sí!", "B: Oye al final no puedo, lo siento mucho"},
             {"2025-03-07T21:00"},
             {"cancelled"}},
        Case{"no_puedo_ir_el_viernes", {"¿Cenamos el viernes a las 9?", "B: ¡Sí!", "B: Al final no puedo ir el viernes"},
             {"2025-03-07T21:00"},
             {"cancelled"}}));

INSTANTIATE_TEST_SUITE_P(
    StillOn, EventsExtractBacksOut,
    testing::Values(
        Case{"another_day", {"Dinner Friday at 8?", "B: Yes!", "B: Can't make it tonight, sorry!"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"another_thing", {"Dinner Friday at 8?", "B: Yes!", "B: I can't find the place, what's the address?"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"no_thanks_to_an_offer", {"Dinner Friday at 8?", "B: Yes!", "A: Want me to pick you up?", "B: No thanks, that's ok"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"cant_to_a_new_question",
             {"Dinner Friday at 8?", "B: Yes!", "A: Drinks after?", "B: Can't, sorry, early start Saturday"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"no_puedo_hablar", {"¿Cenamos el viernes a las 9?", "B: ¡Sí!", "B: No puedo hablar ahora, luego te llamo"},
             {"2025-03-07T21:00"},
             {"confirmed"}},
        Case{"cant_wait", {"Dinner Friday at 8?", "B: Yes!", "B: can't wait!!"}, {"2025-03-07T20:00"}, {"confirmed"}}));

// ... and a plan asked about as done is the past ("Did you go to the gym at 7?" - "yes" gave a
// workout at 19:00 today); "Did you go ahead and book ..." still books.
INSTANTIATE_TEST_SUITE_P(
    AskedAsDone, EventsExtractBacksOut,
    testing::Values(Case{"did_you_go_to", {"Did you go to the gym at 7?", "B: yes, finally"}, {}},
                    Case{"fuiste", {"¿Fuiste al gimnasio a las 7?", "B: sí!"}, {}},
                    Case{"did_you_go_ahead_and_book", {"Did you go ahead and book dinner Friday at 8pm?", "B: yes"},
                         {"2025-03-07T20:00"}}));

}  // namespace
}  // namespace chatbeto::events
