// Conversation-level event extraction: the rules a tenth blind round of SGD dev/test-style
// dialogues (en_sgdstyle_s*: the train split's services and therapists, apartment visits,
// tickets with a number and a city, rental cars, buses, trains, hotels, flights, ride
// shares, movies, alarms) called for. A yes beside information taken note of ("Ok, thanks
// for the info", "good to know", "noted") only acknowledges an option offered; "There's also
// Wicked on March 8th" in answer to "Anything else?" is an option; no slot of the kind asked
// for then ("Sorry, they don't have visits that day") is a failure; "I'd rather not go ahead
// with it" withdraws as "don't go ahead" does; "I'll deal with that later" puts off as
// "deal with it later" does; "has been bought" reports a booking done; after a booking, "also" with its own day or time books another
// thing even asked ("Can you also find a bus back on the 5th?"); a sentence that names
// another thing first and the booked one only beside it ("dinner after the movie") names
// another thing; and choices offered after a slot reported taken ("Sorry, Dr. Patel is booked
// at 1 pm. He has openings at 2:30 pm and 4 pm") make it taken, as one offer does. One case
// per rule, with friends' chats they must leave alone. Chats are on Wednesday 2025-03-05
// from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound10 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound10, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    OptionsNoted, EventsExtractRound10,
    testing::Values(
        Case{"there_s_also_then_thanks_for_the_info_then_not_now",
             {"What plays are on in Seattle next week?", "B: Hamlet is showing at the Paramount on March 11th.",
              "A: Anything else?", "B: There's also Wicked on March 13th.", "A: Ok, thanks for the info.",
              "B: Would you like to buy tickets?", "A: Not now, thanks."},
             {}},
        Case{"an_offer_only_noted",
             {"Any Italian places with a table tonight?", "B: Cotogna has a table available at 7 pm.",
              "A: Ok, noted. Thanks!"},
             {}},
        Case{"an_offer_noted_then_booked",
             {"Any Italian places with a table tonight?", "B: Cotogna has a table available at 7 pm.",
              "A: Ok, thanks for the info. Book it please.", "B: Your table is booked."},
             {"2025-03-05T19:00"}},
        // friends: a yes with "noted" to a plan put forward, not an option offered, agrees
        Case{"friends_noted_agrees",
             {"Dinner Friday at 8?", "B: Ok, noted, see you there"},
             {"2025-03-07T20:00"}},
        // friends: "there's also" put forward and taken, or said with a question, as before
        Case{"friends_there_s_also_taken_instead",
             {"Dinner at Nopa on Friday at 8?", "B: There's also the jazz night at Blue Note on Saturday at 9",
              "A: Ooh yes, let's do that instead"},
             {"2025-03-08T21:00"}},
        Case{"friends_there_s_also_asked_and_agreed",
             {"Any plans Saturday?", "B: There's also the market on Sunday at 10, wanna come?",
              "A: Sure, see you there"},
             {"2025-03-09T10:00"}}));

INSTANTIATE_TEST_SUITE_P(
    FailuresAndWithdrawals, EventsExtractRound10,
    testing::Values(
        Case{"no_visits_that_day_then_forget_it",
             {"I want to visit Greenwood Apartments on March 7th.",
              "B: Please confirm: a visit to Greenwood Apartments on March 7th.", "A: Yes.",
              "B: Sorry, they don't have visits that day. Would you like to choose another date?",
              "A: No, forget it, I'll look elsewhere."},
             {}},
        Case{"no_appointments_left_then_the_next_day",
             {"Book me with Dr. Ruiz on Thursday at 10 am.",
              "B: Please confirm: an appointment with Dr. Ruiz on March 6th at 10 am.", "A: Yes.",
              "B: Sorry, there are no appointments left on that date.", "A: Try Friday, same time.",
              "B: Please confirm: an appointment with Dr. Ruiz on March 7th at 10 am.", "A: Yes.",
              "B: Your appointment is booked."},
             {"2025-03-07T10:00"}},
        // friends: what a place lacks fails nothing
        Case{"friends_no_tables_outside",
             {"Lunch at Zuni Friday at 1?", "B: Sure! They don't have tables outside though"},
             {"2025-03-07T13:00"}},
        Case{"rather_not_go_ahead_at_the_read_back",
             {"I'd like an appointment with Dr. Nolan, a psychiatrist, on Thursday at 11 am.",
              "B: Please confirm: an appointment with Dr. Nolan on March 6th at 11 am.",
              "A: Actually, I'd rather not go ahead with it right now.", "B: Okay, I haven't booked anything."},
             {}},
        Case{"prefer_not_to_book_it",
             {"Is there a table at Nopa on Friday at 8?", "B: Yes, they have a table at 8 pm. Shall I book it?",
              "A: I'd prefer not to book it yet."},
             {}},
        // friends: a preference about the plan, not about going ahead with it
        Case{"friends_rather_not_sit_outside",
             {"Dinner at Nopa Friday at 8?", "B: Yes! I'd rather not sit outside though."},
             {"2025-03-07T20:00"}},
        Case{"friends_spanish_plan_falls_through",
             {"¿Cenamos el viernes a las 9?", "B: Dale", "A: Lo del viernes se cae, lo dejamos para otro día"},
             {"2025-03-07T21:00"},
             {"cancelled"}}));

INSTANTIATE_TEST_SUITE_P(
    AnotherThingAfterABooking, EventsExtractRound10,
    testing::Values(
        Case{"also_a_bus_back_asked_then_put_off",
             {"Book me a bus to Reno on Saturday at 9 am.",
              "B: Please confirm: 1 ticket from Sacramento to Reno on March 8th at 9 am.", "A: Yes.",
              "B: Your ticket is booked.", "A: Can you also find a bus back on the 10th?",
              "B: There's one at 5 pm on March 10th for $30.", "A: I'll deal with that later, thanks."},
             {"2025-03-08T09:00"}},
        // "has been bought" reports the booking done, as "purchased" does
        Case{"also_a_bus_back_asked_then_booked",
             {"Book me a bus to Reno on Saturday at 9 am.",
              "B: Please confirm: 1 ticket from Sacramento to Reno on March 8th at 9 am.", "A: Yes.",
              "B: Your ticket has been bought.", "A: Can you also find a bus back on the 10th?",
              "B: There's one at 5 pm on March 10th for $30.", "A: Book it.",
              "B: Please confirm: 1 ticket from Reno to Sacramento on March 10th at 5 pm.", "A: Yes.",
              "B: Your ticket has been bought."},
             {"2025-03-08T09:00", "2025-03-10T17:00"}},
        Case{"dinner_after_the_movie",
             {"Find showtimes for Glass on Saturday in Palo Alto.", "B: Glass is showing at the Aquarius at 6 pm.",
              "A: Great, get me 2 tickets.", "B: Please confirm: 2 tickets for Glass on March 8th at 6 pm.",
              "A: Yes.", "B: Your tickets are booked. Anything else?",
              "A: Yes, I'd like dinner after the movie. Book a table at Evvia at 8:30 pm the same day.",
              "B: Please confirm: a table for 2 at Evvia on March 8th at 8:30 pm.", "A: Yes.",
              "B: Your table is booked."},
             {"2025-03-08T18:00", "2025-03-08T20:30"}},
        // friends: the booked plan named again, and a question about it, book nothing else
        Case{"friends_booked_then_see_you_at_the_movie",
             {"Booked the movie for Saturday at 6!", "B: Nice, see you at the movie then"},
             {"2025-03-08T18:00"}},
        Case{"friends_booked_then_also_a_question",
             {"Booked dinner at Nopa for Friday at 8!", "B: Great! Can you also ask them for a high chair on Friday?"},
             {"2025-03-07T20:00"}},
        // ... nor "also" asking about the booking at its own time, nor about its own day
        Case{"also_asking_about_parking_that_day",
             {"Book a table at Nopa on Friday at 7pm", "B: Your table is booked.",
              "A: Also, is there parking there on Friday?", "B: Yes."},
             {"2025-03-07T19:00"}},
        Case{"friends_spanish_cine_y_luego_cenamos",
             {"¿Quedamos el sábado a las 6 para el cine?", "B: Vale, y luego cenamos"},
             {"2025-03-08T18:00"}}));

INSTANTIATE_TEST_SUITE_P(
    ChoicesAfterASlotTaken, EventsExtractRound10,
    testing::Values(
        Case{"booked_at_1_openings_at_2_30_and_4",
             {"I'd like a dental cleaning with Dr. Patel on Tuesday at 1 pm.",
              "B: Sorry, Dr. Patel is booked at 1 pm that day. He has openings at 2:30 pm and 4 pm.",
              "A: The first one works for me.",
              "B: Please confirm: an appointment with Dr. Patel on March 11th at 2:30 pm.", "A: Yes.",
              "B: Your appointment is booked."},
             {"2025-03-11T14:30"}},
        // a booking reported with its time, then other times for another day: still booked
        Case{"booked_then_other_days_listed",
             {"Book me a haircut at Rudy's on Friday at 2 pm.", "B: Please confirm: Rudy's on March 7th at 2 pm.",
              "A: Yes.", "B: Your haircut is booked for 2 pm. They also have openings at 4 pm and 5 pm on Monday."},
             {"2025-03-07T14:00"}}));

// Written after the rules above (s121-s140): after a booking, a yes that offers another day or
// time instead of the one asked about says a slot is open and agrees to nothing
// (AnswersWithAnotherSlot), and a booking left for "another time" is put off.
INSTANTIATE_TEST_SUITE_P(
    AnotherSlotInsteadAfterABooking, EventsExtractRound10,
    testing::Values(
        Case{"is_there_a_bus_back_yes_another_day_then_another_time",
             {"Get me a bus from Fresno to Los Angeles on March 8th at 10:15 in the morning.",
              "B: Please confirm: 1 ticket from Fresno to Los Angeles on March 8th at 10:15 am.", "A: Yes.",
              "B: Your ticket is booked.", "A: Is there a bus back on Sunday as well?",
              "B: Yes, there's one at 6 pm on March 10th.", "A: Ok, I'll sort that out another time.",
              "B: Sure."},
             {"2025-03-08T10:15"}},
        Case{"is_there_a_bus_back_yes_another_day_then_taken",
             {"Get me a bus from Fresno to Los Angeles on March 8th at 10:15 in the morning.",
              "B: Please confirm: 1 ticket from Fresno to Los Angeles on March 8th at 10:15 am.", "A: Yes.",
              "B: Your ticket is booked.", "A: Is there a bus back on Sunday as well?",
              "B: Yes, there's one at 6 pm on March 10th.", "A: Great, book that one too.",
              "B: Your ticket is booked."},
             {"2025-03-08T10:15", "2025-03-10T18:00"}},
        // friends: before any booking a yes agrees, whatever else it offers
        Case{"friends_yes_and_a_happy_hour_earlier",
             {"Drinks Friday at 7?", "B: Yes! There's a happy hour at 6 if you want to come earlier"},
             {"2025-03-07T19:00"}},
        Case{"friends_is_there_a_meeting_yes",
             {"Is there a meeting tomorrow at 10?", "B: Yes, in room 4"},
             {"2025-03-06T10:00"}},
        Case{"friends_let_s_do_it_another_day",
             {"Dinner tonight at 8?", "B: Can't, let's do it another day"},
             {}}));

}  // namespace
}  // namespace chatbeto::events
