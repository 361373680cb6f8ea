// Conversation-level event extraction: the rules a ninth blind round of SGD dev/test-style
// dialogues (en_sgdstyle_p*: dates and times in many wordings, changes asked mid-flow,
// bookings held, withdrawn or put off) called for. The plan forgotten as a bidding, with
// the plan as its object ("Actually, forget about the appointment", "forget the tickets",
// "olvídate de la reserva"), drops a plan not yet booked, as "forget it" does; told not to
// forget ("Don't forget the tickets", "no te olvides de la reserva"), or a thing forgotten
// ("forget about the popcorn"), drops nothing and says no "no" (ForgetsThePlan); so does the
// plan struck ("Scratch the booking", "I'll drop the appointment"; not "I'll drop the tickets
// off"), and a request left for later or said not needed ("I'll sort it out later", "hold on
// that", "I'll wait until I hear from my friends", "I'd better not", "won't be necessary";
// not "You'd better not be late"). A need to
// talk it over with one's own first ("Hmm, no, let me talk to my partner first", "I need to
// ask my wife", "lo hablo con mi pareja") puts the decision off, as "check with my" does;
// "I'll talk to my sister too", or another topic ("talk to my boss about leaving early"), puts
// nothing off (ConsultPutsOff). One case
// per rule, with the chats it must leave alone. Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound9 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound9, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    PlanForgotten, EventsExtractRound9,
    testing::Values(
        Case{"forget_about_the_appointment_at_the_read_back",
             {"Book me a manicure at Nail Bar on Friday.", "B: What time?", "A: 5 pm.",
              "B: Please confirm: an appointment at Nail Bar on March 7th at 5 pm.",
              "A: Actually, forget about the appointment, I'll go next month.", "B: Okay. Anything else?"},
             {}},
        Case{"forget_the_tickets_at_the_read_back",
             {"I want 2 tickets for Hozier on March 14th.", "B: Please confirm: 2 tickets for Hozier on March 14th.",
              "A: Hmm, forget the tickets.", "B: Okay."},
             {}},
        Case{"olvidate_de_la_reserva",
             {"¿Hay mesa en Casa Lucio el viernes a las 9?",
              "B: Sí, hay una mesa para 2 el viernes 7 a las 21:00. ¿La reservo?",
              "A: Olvídate de la reserva, al final no vamos"},
             {}},
        Case{"forget_the_whole_thing",
             {"Book a table for 2 at Nopa on Friday at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 7th at 8 pm.", "A: No, forget the whole thing."},
             {}},
        // ... and once booked, a forgetting bids nothing to call it off
        Case{"booked_then_forget_the_table_stays",
             {"Book a table for 2 at Nopa on Friday at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 7th at 8 pm.", "A: Yes.",
              "B: Your table is booked.", "A: Great, forget the table at Zuni then."},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        // told not to forget: a yes stays a yes
        Case{"dont_forget_the_tickets_after_a_yes",
             {"Dinner on Friday at 8?", "B: Yes! Don't forget the tickets for after"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"dont_forget_the_wine",
             {"Dinner on Friday at 8?", "B: Yes! Don't forget the wine"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"dont_forget_about_it_this_time",
             {"Lunch tomorrow at 1?", "B: Sure", "A: Don't forget about it this time"},
             {"2025-03-06T13:00"},
             {"confirmed"}},
        Case{"no_te_olvides_de_la_reserva",
             {"¿Cenamos el viernes a las 9?", "B: ¡Vale! No te olvides de la reserva"},
             {"2025-03-07T21:00"},
             {"confirmed"}},
        // a thing forgotten, not the plan
        Case{"forget_about_the_popcorn",
             {"Movie Saturday at 9?", "B: Yes", "A: Forget about the popcorn, I'll bring snacks"},
             {"2025-03-08T21:00"},
             {"confirmed"}}));

INSTANTIATE_TEST_SUITE_P(
    StruckOrPutOff, EventsExtractRound9,
    testing::Values(
        Case{"scratch_the_booking_at_the_read_back",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: Scratch the booking, my plans changed."},
             {}},
        Case{"ill_drop_the_appointment",
             {"Book me a cleaning with Dr. Lee on Friday at 10 am.",
              "B: Please confirm: a cleaning with Dr. Lee on March 7th at 10 am.", "A: Hmm, I'll drop the appointment."},
             {}},
        Case{"ill_sort_it_out_later",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: It's fine, I'll sort it out later."},
             {}},
        Case{"hold_on_that_for_now",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: Let's hold on that for now."},
             {}},
        Case{"wait_until_i_hear_from_my_friends",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.",
              "A: No, I'll wait until I hear from my friends."},
             {}},
        Case{"id_better_not",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: I'd better not, actually."},
             {}},
        Case{"wont_be_necessary_after_all",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: That won't be necessary after all."},
             {}},
        // a yes with a warning, a plan handed over, a class not to be skipped
        Case{"youd_better_not_be_late",
             {"Dinner Friday at 8?", "B: Yes! You'd better not be late this time"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"ill_drop_the_tickets_off",
             {"Movie and dinner Friday at 7?", "B: Sure, I'll drop the tickets off at yours before"},
             {"2025-03-07T19:00"},
             {"confirmed"}},
        Case{"dont_skip_the_class_again",
             {"Yoga class tomorrow at 6?", "B: Yes, don't skip the class again lol"},
             {"2025-03-06T18:00"},
             {"confirmed"}},
        Case{"olvidate_del_postre",
             {"¿Cena el viernes a las 9?", "B: Vale, y olvídate del postre que lo llevo yo"},
             {"2025-03-07T21:00"},
             {"confirmed"}}));

INSTANTIATE_TEST_SUITE_P(
    TalkedOverFirst, EventsExtractRound9,
    testing::Values(
        Case{"let_me_talk_to_my_partner_first_at_the_read_back",
             {"I'd like to see Oak Park Apartments.", "B: Which day?", "A: Saturday.",
              "B: Please confirm: a visit to Oak Park Apartments on March 8th.",
              "A: Hmm, no, let me talk to my partner first.", "B: Okay. Anything else?", "A: No."},
             {}},
        Case{"ok_let_me_talk_to_my_wife_first",
             {"Book a table for 2 at Nopa tomorrow at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 6th at 8 pm.", "A: Ok, let me talk to my wife first."},
             {}},
        Case{"table_open_then_need_to_ask_my_wife",
             {"Does Nopa have a table tomorrow at 8 pm?", "B: Yes, they have a table available at 8 pm tomorrow.",
              "A: Great, I need to ask my wife and I'll come back to you."},
             {}},
        Case{"lo_hablo_con_mi_pareja",
             {"¿Hay mesa en Casa Lucio el viernes a las 9?",
              "B: Sí, hay una mesa para 2 el viernes 7 a las 21:00. ¿La reservo?", "A: Uf, lo hablo con mi pareja"},
             {}},
        // a friend brought along, or another topic: the yes stands
        Case{"sounds_good_ill_talk_to_my_sister_too",
             {"Coffee Saturday at 11?", "B: Sounds good, I'll talk to my sister too, she might join"},
             {"2025-03-08T11:00"},
             {"confirmed"}},
        Case{"sounds_good_need_to_talk_to_my_boss_about_leaving_early",
             {"Coffee Saturday at 11?", "B: Sounds good! I need to talk to my boss about leaving early though"},
             {"2025-03-08T11:00"},
             {"confirmed"}},
        // ... and once booked, nothing is put off
        Case{"booked_then_talk_to_my_wife_stays",
             {"Book a table for 2 at Nopa on Friday at 8 pm.",
              "B: Please confirm: a table for 2 at Nopa on March 7th at 8 pm.", "A: Yes.",
              "B: Your table is booked.", "A: Thanks! Let me talk to my wife about the babysitter."},
             {"2025-03-07T20:00"},
             {"confirmed"}}));

// A put-off ending in "hold on that" or "better not" stands alone (PutOffStandsAlone): at the
// end of its sentence or before what it puts off; followed by anything else it corrects or
// agrees.
INSTANTIATE_TEST_SUITE_P(
    PutOffStandingAlone, EventsExtractRound9,
    testing::Values(
        Case{"id_better_not_be_late_agrees",
             {"Dinner at Luigi's on Friday at 8?", "B: Yes! I'd better not be late this time haha"},
             {"2025-03-07T20:00"}},
        Case{"hold_on_thats_the_game_night_moves",
             {"Movie Friday at 9?", "B: hold on that s the night of the game. Saturday at 9?",
              "A: perfect, saturday at 9"},
             {"2025-03-08T21:00"}},
        Case{"a_jacket_wont_be_necessary_agrees",
             {"Dinner at Luigi's on Friday at 8?", "B: Yes! A jacket won't be necessary, it's warm"},
             {"2025-03-07T20:00"}},
        Case{"sort_it_out_later_who_drives_agrees",
             {"Dinner Friday at 8?", "B: Sure, I'll sort it out later who drives"},
             {"2025-03-07T20:00"}},
        // ... while alone, or before what it puts off, it puts the plan off
        Case{"lets_hold_on_that_for_now",
             {"Is there a table at Nopa on Friday at 8 pm?", "B: Yes, there is one at 8 pm. Shall I book it?",
              "A: Let's hold on that for now."},
             {}},
        Case{"id_better_not_alone",
             {"Is there a table at Nopa on Friday at 8 pm?", "B: Yes, there is one at 8 pm. Shall I book it?",
              "A: Hmm, I'd better not."},
             {}},
        Case{"ill_sort_it_out_later",
             {"Is there a table at Nopa on Friday at 8 pm?", "B: Yes, there is one at 8 pm. Shall I book it?",
              "A: Thanks, I'll sort it out later."},
             {}},
        Case{"that_wont_be_necessary",
             {"Is there a table at Nopa on Friday at 8 pm?", "B: Yes, there is one at 8 pm. Shall I book it?",
              "A: That won't be necessary after all."},
             {}}));

}  // namespace
}  // namespace chatbeto::events
