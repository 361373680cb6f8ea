// Conversation-level event extraction: the rules session 33's blind round of multi-domain
// SGD-style dialogues (en_sgdstyle_u*: the booking one of two or three tasks) called for.
// The other tasks put nothing in a calendar (an alarm, a ride, the weather: kErrand) unless
// the sentence names, books, moves or calls off a plan; a decision put off ("I'll decide
// later") drops what the other side only offered; "and a table ..., 8 pm" after a booking is
// a second booking, as "also" is; a salon or a barber is a service; "Is it open on the 7th?"
// asks whether a slot is open. One table case per rule, with the chats it must leave alone.
// Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractDomains : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractDomains, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Errands, EventsExtractDomains,
    testing::Values(
        // an alarm set, in several words: no event
        Case{"alarm_set_is_none",
             {"set an alarm for 6:45 am", "B: Please confirm: an alarm at 6:45 am named New alarm.", "A: yes",
              "B: Your alarm is set."},
             {}},
        Case{"wake_me_up_is_none",
             {"wake me up at 5:30 tomorrow", "B: I can set an alarm at 5:30 am. Confirm?", "A: yes",
              "B: Alarm set for 5:30 am."},
             {}},
        Case{"alarm_named_after_a_service_is_none",
             {"set an alarm for 7 am", "B: Please confirm: an alarm at 7 am.", "A: yes, and call it gym",
              "B: Please confirm: an alarm at 7 am named gym.", "A: yes", "B: Your alarm has been set."},
             {}},
        Case{"timer_is_none", {"start a timer for 20 minutes at 6 pm", "B: Done, the timer is set."}, {}},
        // a ride called, its seats and its wait: no event, and no time of its own
        Case{"cab_with_seats_is_none",
             {"get me a cab to SFO, 2 seats", "B: Please confirm: a regular ride for 2 to SFO.", "A: yes",
              "B: Your ride is booked and will arrive in 5 minutes."},
             {}},
        Case{"flight_asked_about_after_a_ride_is_none",
             {"I need a taxi to the airport now", "B: How many seats?", "A: 1",
              "B: Your ride is booked and will arrive in 5 minutes.", "A: my flight is at 1:30 pm, will I make it?",
              "B: The ride takes about 35 minutes, so you should be there well before 1:30 pm.", "A: cool"},
             {}},
        Case{"ride_after_a_booking_keeps_the_booking",
             {"Table for 2 at Zuni tonight at 8 please", "B: Your table is booked for 8 pm.",
              "A: I'll need a ride there at 7:40", "B: Rides can only be booked for right now.", "A: ok"},
             {"2025-03-05T20:00"}},
        // the weather asked for a day: no event; a booking after it keeps its own day
        Case{"weather_is_none",
             {"What's the forecast for Saturday?", "B: Saturday: 52 degrees and windy.", "A: ok thanks"},
             {}},
        Case{"weather_then_a_table_that_day",
             {"weather for Saturday?", "B: Saturday will be sunny.", "A: great, book a table at Nopa Saturday at 7pm",
              "B: Please confirm: Nopa on March 8th at 7 pm.", "A: yes", "B: Your table is booked."},
             {"2025-03-08T19:00"}},
        // ... not where the sentence names a plan, books, moves or calls one off
        Case{"cab_to_the_dinner_keeps_the_dinner",
             {"I'll take a cab to the dinner Friday at 8", "B: ok see you there"}, {"2025-03-07T20:00"}},
        Case{"forecast_then_a_move_moves",
             {"BBQ at mine Saturday from 4?", "B: count me in!",
              "A: forecast says rain saturday, let's push it to Sunday same time", "B: 👍"},
             {"2025-03-09T16:00"}},
        Case{"smoke_alarms_checked_by_an_inspector",
             {"The inspector needs to check the smoke alarms on Monday at 10. Is that ok?", "B: yes that works"},
             {"2025-03-10T10:00"}},
        Case{"band_with_cab_in_its_name",
             {"2 tickets for the Death Cab for Cutie concert on Friday please", "B: Your tickets are booked."},
             {"2025-03-07"}}));

INSTANTIATE_TEST_SUITE_P(
    PutOff, EventsExtractDomains,
    testing::Values(
        // show times offered, the decision put off: nothing
        Case{"decide_later_drops_an_offer",
             {"When is Dumbo showing tomorrow?", "B: Dumbo is showing at 4:30 pm and 7 pm tomorrow.",
              "A: is the 7 pm one in 3D?", "B: The 7 pm show is in 3D.", "A: ok, I'll decide later"},
             {}},
        Case{"let_you_know_drops_an_offer",
             {"Is there a table at Nopa tonight at 8?", "B: Nopa has a table at 8 pm tonight.",
              "A: I'll let you know"},
             {}},
        Case{"think_it_over_drops_an_offer",
             {"When does Dr. Kim have time on Friday?", "B: Dr. Kim can see you Friday at 3 pm.",
              "A: let me think it over"},
             {}},
        Case{"book_it_myself_drops_an_offer",
             {"any flights to Austin on Friday?", "B: Southwest has a flight at 6:55 am for $178.",
              "A: thanks, I'll book it all myself"},
             {}},
        Case{"do_it_myself_drops_an_offer",
             {"Does Dr. Kim have anything Friday?", "B: Dr. Kim can see you Friday at 3 pm.",
              "A: ok, I'll do it myself on their website"},
             {}},
        // ... not a booking already made
        Case{"let_you_know_after_booking_keeps_it",
             {"Book Nopa tonight at 8 for 2", "B: Your table is booked for 8 pm tonight.",
              "A: thanks, I'll let you know if I need anything else"},
             {"2025-03-05T20:00"}},
        Case{"book_it_myself_after_booking_keeps_it",
             {"Book Nopa tonight at 8 for 2", "B: Your table is booked for 8 pm tonight.",
              "A: great. the cab I'll book myself later"},
             {"2025-03-05T20:00"}}));

INSTANTIATE_TEST_SUITE_P(
    SecondBooking, EventsExtractDomains,
    testing::Values(
        // "and a"/"then a" another thing with its own time, after a booking: a second booking
        Case{"then_a_lunch_table_after_a_cleaning",
             {"book me a dental cleaning for Friday at 8:30 am", "B: Booked for Friday at 8:30 am.",
              "A: then a lunch table for 1 at Original Joe's that day, 12:15",
              "B: Please confirm: a table for 1 at Original Joe's on March 7th at 12:15 pm.", "A: yes",
              "B: Reserved."},
             {"2025-03-07T08:30", "2025-03-07T12:15"}},
        Case{"and_a_table_after_the_game",
             {"I want tickets to the Warriors game on Sunday", "B: Please confirm: 3 tickets for Sunday.",
              "A: yes", "B: Purchased.", "A: and a table somewhere near the arena for after the game, 8 pm",
              "B: Gott's has a table at 8 pm on March 9th. Shall I book it?", "A: yes", "B: Booked."},
             {"2025-03-09", "2025-03-09T20:00"}},
        Case{"and_a_salon_after_a_doctor",
             {"I need a doctor's visit on Thursday at 9", "B: Booked: Thursday at 9 am.",
              "A: and a salon after, say 11:30 same day", "B: Supercuts can take you on March 6th at 11:30 am. Book?",
              "A: yes please", "B: Booked."},
             {"2025-03-06T09:00", "2025-03-06T11:30"}},
        // ... not a move in those words, nor before anything was booked
        Case{"and_a_bit_later_moves",
             {"Book me a haircut Friday at 2 pm", "B: Your haircut is booked for Friday at 2 pm.",
              "A: and a bit later, 3 pm?", "B: Sure, your haircut is moved to 3 pm."},
             {"2025-03-07T15:00"}},
        Case{"and_a_table_before_any_booking_is_the_one_plan",
             {"Dinner at Nopa on Friday?", "B: and a table for 4 at 8 pm then", "A: yes", "B: Booked."},
             {"2025-03-07T20:00"}}));

INSTANTIATE_TEST_SUITE_P(
    Places, EventsExtractDomains,
    testing::Values(
        // a salon, a barber: a service with a day or time beside it; a search without
        Case{"barber_tomorrow_at_10", {"book me at the barber tomorrow at 10 am", "B: You're booked."},
             {"2025-03-06T10:00"}},
        Case{"salon_search_is_none", {"find me a salon in Fremont", "B: Glamour Salon is in Fremont."}, {}},
        // "Is it open on the 7th?" asks whether it is open; a yes books nothing
        Case{"open_on_the_7th_yes_then_phone_is_none",
             {"Is Studio 8 Salon in Fremont open on the 7th?", "B: Yes, they have an opening at 5 pm on the 7th.",
              "A: Ok, what's their phone number?", "B: 510-555-0147.", "A: Thanks, I'll call them."},
             {}},
        Case{"open_on_sunday_then_booked",
             {"Is Nopa open on Sunday?", "B: Yes, from 11 am.", "A: book me a table there Sunday at 1 pm",
              "B: Your table is booked."},
             {"2025-03-09T13:00"}}));

}  // namespace
}  // namespace chatbeto::events
