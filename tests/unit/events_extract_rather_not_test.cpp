// Conversation-level event extraction: a preference against another thing and a ride
// asked for keep the yes they follow. "party at sam's saturday at 8pm, you coming?" -
// "yes! but i'd rather not drive, can u pick me up at 7:30?" - "sure np" moved the party
// to 7:30 (the question after "but" turned the yes down), and "voy! pero prefiero no
// conducir, me recoges a las 9 y media?" did the same in Spanish ("prefiero" read as a
// move, its "no" as a no). A time to be picked up asked for is no counter-offer; "rather
// not"/"prefiero no" + another thing is no move and no no; "voy!" standing alone says yes.
// Chats on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRatherNot : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRatherNot, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    PreferenceAndRide, EventsExtractRatherNot,
    testing::Values(
        Case{"rather_not_drive_pick_me_up",
             {"party at sam's saturday at 8pm, you coming?", "B: yes! but i'd rather not drive, can u pick me up at 7:30?",
              "A: sure np"},
             {"2025-03-08T20:00"}, {"confirmed"}},
        Case{"prefiero_no_conducir_me_recoges",
             {"Fiesta en casa de Leo el sábado a las 10 de la noche",
              "B: voy! pero prefiero no conducir, me recoges a las 9 y media?", "A: claro"},
             {"2025-03-08T22:00"}, {"confirmed"}},
        Case{"voy_alone", {"¿Cenamos el viernes a las 9?", "B: voy!"}, {"2025-03-07T21:00"}, {"confirmed"}},
        // ... what still turns the plan down or moves it
        Case{"prefiero_no_ir", {"¿Cenamos el viernes a las 9?", "B: prefiero no ir, estoy cansado"}, {}},
        Case{"but_another_time", {"Dinner Friday at 8?", "B: yes! but can we do 9 instead?", "A: sure"},
             {"2025-03-07T21:00"}},
        Case{"voy_tarde_no_yes", {"¿Cenamos el viernes a las 9?", "B: voy tarde seguro"}, {}}));

}  // namespace
}  // namespace chatbeto::events
