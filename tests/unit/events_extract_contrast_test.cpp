// Conversation-level event extraction: a contrast word after a yes ("but", "other", "pero",
// "otro") turns the yes down only when its sentence asks, names a day or time of its own, or
// seeks something else (ContrastTurnsDown): "That's fine, but anything else?", "sí, pero otro
// día", "ok but I'd rather go somewhere cheaper". Any contrast word used to: "Sure! But I
// might be a bit late", "Yes! My other friend might come too" and "Sure! We should go hiking
// some other day too" lost the dinner just agreed. So did a limit on one's stay ("Sure! But I
// can't stay late", "no puedo quedarme mucho"), read as "I can't", and "Count me in! Who
// else is coming?". "I'm in!", "me apunto" standing alone say yes ("I'm in a meeting" does
// not). Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractContrast : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractContrast, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    YesWithAnAside, EventsExtractContrast,
    testing::Values(
        Case{"but_late", {"Dinner Friday at 8?", "B: Sure! But I might be a bit late"}, {"2025-03-07T20:00"}},
        Case{"other_friend", {"Dinner Friday at 8?", "B: Yes! My other friend might come too"},
             {"2025-03-07T20:00"}},
        Case{"other_charger", {"Dinner Friday at 8?", "B: Sure! Bring the other charger pls"},
             {"2025-03-07T20:00"}},
        Case{"another_plan_another_day_too",
             {"Dinner Friday at 8?", "B: Sure! We should go hiking some other day too"}, {"2025-03-07T20:00"}},
        Case{"pero_llego_tarde", {"¿Cenamos el viernes a las 9?", "B: ¡Sí! Pero llego un poco tarde"},
             {"2025-03-07T21:00"}},
        Case{"otra_amiga", {"¿Cenamos el viernes a las 9?", "B: Vale, mi otra amiga viene también"},
             {"2025-03-07T21:00"}},
        // ... and a limit on how long one stays is no refusal
        Case{"cant_stay_late", {"Dinner Friday at 8?", "B: Sure! But I can't stay late"}, {"2025-03-07T20:00"}},
        Case{"cant_stay_long", {"Dinner Friday at 8?", "B: Sure, I can't stay long though"}, {"2025-03-07T20:00"}},
        Case{"no_puedo_quedarme_mucho", {"¿Cenamos el viernes a las 9?", "B: ¡Sí! Pero no puedo quedarme mucho"},
             {"2025-03-07T21:00"}},
        // ... and others coming along are no other option
        Case{"who_else", {"Dinner Friday at 8?", "B: Count me in! Who else is coming?"}, {"2025-03-07T20:00"}},
        Case{"anyone_else", {"Dinner Friday at 8?", "B: Yes! Anyone else coming?"}, {"2025-03-07T20:00"}},
        Case{"other_friends", {"Dinner Friday at 8?", "B: Yes! My other friends might come too"},
             {"2025-03-07T20:00"}},
        // ... and a preference about another thing is no other option
        Case{"rather_not_sit_outside", {"Dinner Friday at 8?", "B: Sure but I'd rather not sit outside"},
             {"2025-03-07T20:00"}},
        Case{"prefiero_no_conducir", {"¿Cenamos el viernes a las 9?", "B: Sí, pero prefiero no conducir"},
             {"2025-03-07T21:00"}},
        Case{"rather_not_go_declines", {"Dinner Friday at 8?", "B: ok but I'd rather not go"}, {}},
        // ... nor is a time to be picked up on the way
        Case{"pick_me_up_at",
             {"party at sam's saturday at 8pm, you coming?", "B: yes!", "B: can you pick me up at 7:30?", "A: sure np"},
             {"2025-03-08T20:00"}},
        Case{"cant_make_it_still_declines", {"Dinner Friday at 8?", "B: No, I can't make it"}, {}},
        Case{"i_cant_still_declines", {"Dinner Friday at 8?", "B: I can't, sorry"}, {}}));

INSTANTIATE_TEST_SUITE_P(
    InStandingAlone, EventsExtractContrast,
    testing::Values(
        Case{"im_in", {"Dinner Friday at 8?", "B: I'm in!"}, {"2025-03-07T20:00"}},
        Case{"im_in_where", {"Dinner Friday at 8?", "B: I'm in! Where though?"}, {"2025-03-07T20:00"}},
        Case{"im_in_lower", {"Dinner Friday at 8?", "B: im in"}, {"2025-03-07T20:00"}},
        Case{"were_in_emoji", {"Dinner Friday at 8?", "B: we're in \xF0\x9F\x99\x8C"}, {"2025-03-07T20:00"}},
        Case{"me_apunto", {"¿Cenamos el viernes a las 9?", "B: ¡Me apunto! ¿Quién más viene?"},
             {"2025-03-07T21:00"}},
        Case{"in_a_meeting", {"Dinner Friday at 8?", "B: I'm in a meeting, will check later"}, {}},
        Case{"im_there", {"Birthday dinner for Sara Friday at 7:30, Luigi's", "B: I'm there!!"}, {"2025-03-07T19:30"},
             {"confirmed"}},
        Case{"wouldnt_miss_it", {"Birthday dinner for Sara Friday at 7:30", "B: wouldn't miss it"},
             {"2025-03-07T19:30"}, {"confirmed"}},
        Case{"no_way_im_missing", {"Birthday dinner for Sara Friday at 7:30", "B: no way I'm missing that"},
             {"2025-03-07T19:30"}, {"confirmed"}},
        Case{"ahi_estoy", {"Cena de cumple de Sara el viernes a las 9", "B: Ahí estoy"}, {"2025-03-07T21:00"},
             {"confirmed"}},
        Case{"no_me_lo_pierdo", {"Cena de cumple de Sara el viernes a las 9", "B: No me lo pierdo"},
             {"2025-03-07T21:00"}, {"confirmed"}},
        Case{"im_there_at_8_asks", {"Birthday dinner for Sara Friday at 7:30", "B: I'm there at 8, ok?"},
             {"2025-03-07T19:30"}, {"tentative"}},
        Case{"in_london", {"Dinner Friday at 8?", "B: I'm in London that weekend"}, {}},
        Case{"me_apunto_el_sitio", {"¿Cenamos el viernes a las 9?", "B: me apunto el sitio y te digo"}, {}}));

INSTANTIATE_TEST_SUITE_P(
    YesAsSpelt, EventsExtractContrast,
    testing::Values(
        Case{"sii_porfa", {"¿Cenamos el viernes a las 9?", "B: Sii porfa \xF0\x9F\x99\x8F"}, {"2025-03-07T21:00"}},
        Case{"me_encanta_la_idea", {"¿Cenamos el viernes a las 9?", "B: Me encanta la idea"}, {"2025-03-07T21:00"}},
        Case{"love_that", {"Dinner Friday at 8?", "B: Love that"}, {"2025-03-07T20:00"}},
        Case{"ofc", {"Dinner Friday at 8?", "B: Ofc"}, {"2025-03-07T20:00"}},
        // ... and "not sure" is none, whatever its "sure" says
        Case{"not_sure_yet", {"Dinner Friday at 8?", "B: not sure yet"}, {}},
        Case{"maybe_not_sure_yet", {"Dinner Friday at 8?", "B: Maybe, not sure yet"}, {}},
        Case{"im_not_sure", {"Dinner Friday at 8?", "B: I'm not sure, I'll let you know"}, {}},
        Case{"sure_then_not_sure_of_the_place",
             {"Dinner Friday at 8?", "B: Sure! I'm not sure about the place though"}, {"2025-03-07T20:00"}},
        // ... an "I" inside a sentence is no name ("Maybe tomorrow, I'm not sure yet")
        Case{"maybe_tomorrow_im_not_sure",
             {"Can you book a table at La Victoria?", "B: Would you like to book it?",
              "A: Maybe tomorrow, I'm not sure."},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    YesTurnedDown, EventsExtractContrast,
    testing::Values(
        Case{"but_anything_else", {"Dinner Friday at 8?", "B: Sure, but anything else on?"}, {}},
        Case{"but_rather", {"Dinner Friday at 8?", "B: Ok but I'd rather go somewhere cheaper"}, {}},
        Case{"but_another_day", {"Dinner Friday at 8?", "B: Sure, but let's do the dinner another day"}, {}},
        Case{"but_can_you_find",
             {"Find me a concert on Friday at 8 pm", "B: The Jazz Trio plays at Blue Note on March 7th at 8 pm.",
              "A: That's fine, but can you find some around Seattle?"},
             {}},
        Case{"pero_otro_dia", {"¿Cenamos el viernes a las 9?", "B: Sí, pero otro día"}, {}},
        Case{"pero_otro_sitio", {"¿Cenamos el viernes a las 9?", "B: Vale, pero mejor en otro sitio"}, {}}));

}  // namespace
}  // namespace chatbeto::events
