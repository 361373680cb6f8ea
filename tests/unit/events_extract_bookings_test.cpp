// Conversation-level event extraction: the rules that booking dialogues of
// services the scanner had not seen called for (hotels, rental cars, flights,
// trains, show times, two bookings in one chat), written and scored before
// any rule changed; one table case per rule, with the chats it must leave alone.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractBookings : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractBookings, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Services, EventsExtractBookings,
    testing::Values(
        // a stay, a rental or a round trip starts on its first day, not when it ends
        Case{"hotel_check_out_is_no_start",
             {"Book me a hotel in Chicago, check in March 10th",
              "B: Please confirm: check-in March 10th, check-out March 13th.", "A: Yes",
              "B: Your room is booked."},
             {"2025-03-10"}},
        Case{"rental_car_drop_off_is_no_start",
             {"I need a rental car, pick up Friday at 10am and drop it off on Monday", "B: Ok",
              "A: Your car is reserved."},
             {"2025-03-07T10:00"}},
        Case{"flight_coming_back_is_no_start",
             {"Book me a flight leaving on the 12th at 9am and coming back on the 16th",
              "B: Your flight is booked."},
             {"2025-03-12T09:00"}},
        Case{"vuelta_is_no_start",
             {"Resérvame un vuelo a Lima el 12 a las 9, vuelta el 16", "B: Vuelo reservado."},
             {"2025-03-12T09:00"}},
        Case{"when_the_show_ends_is_no_start",
             {"2 tickets for Us tomorrow at 7pm please", "B: Your tickets are booked. The movie ends at about 9:10 pm."},
             {"2025-03-06T19:00"}},
        Case{"call_back_is_a_start",
             {"Call back on Monday at 10?", "B: Sure"},
             {"2025-03-10T10:00"}},
        Case{"back_at_work_monday_moves_nothing",
             {"Dinner on Friday at 8pm?", "B: Yes", "A: ok! I'm back at work on Monday"},
             {"2025-03-07T20:00"}},
        // times offered as choices: none is the plan until one is picked
        Case{"showtimes_offered_plan_nothing",
             {"Movie on Saturday?", "B: It plays at 5 pm and 8:10 pm",
              "A: ok cool, I'll get tickets myself"},
             {}},
        Case{"showtime_picked_from_choices",
             {"Movie on Saturday?", "B: It plays at 5 pm and one at 8:10 pm", "A: the 8:10 pm one",
              "B: Booked!"},
             {"2025-03-08T20:10"}},
        Case{"range_is_no_choice",
             {"The plumber is coming Friday between 8 and 10am"},
             {"2025-03-07T08:00"}},
        // after a booking reported done, a request to book another thing is a second booking
        Case{"also_book_a_hotel",
             {"Book me a table at Nopa on Friday at 7pm", "B: Your table is booked.",
              "A: Can you also book a hotel for that night?",
              "B: Please confirm: check in on March 7th.", "A: Yes", "B: Your hotel is booked."},
             {"2025-03-07T19:00", "2025-03-07"}},
        Case{"offer_to_reserve_a_hotel",
             {"Book a bus to Seattle on March 7th at 10:30am",
              "B: Your ticket is booked. Do you want to reserve a hotel there?", "A: Yes please",
              "B: Your hotel is reserved: check in on March 7th, check out on March 9th."},
             {"2025-03-07T10:30", "2025-03-07"}},
        Case{"search_then_reserve_books_another_thing",
             {"Book a flight to Boston on Friday at 9am", "B: Your flight is booked.",
              "A: Can you search for a hotel there?", "B: The Liberty Hotel has rooms.",
              "A: Reserve a room, checking in on Friday", "B: Your hotel is booked."},
             {"2025-03-07T09:00", "2025-03-07"}},
        Case{"restaurant_found_then_booked",
             {"2 tickets for Dune on Saturday at 4pm please", "B: Your tickets are booked.",
              "A: Can you find me a restaurant near there?", "B: Thai Basil is nearby.",
              "A: Great, book it for 7 in the evening on Saturday", "B: Your table is booked."},
             {"2025-03-08T16:00", "2025-03-08T19:00"}},
        Case{"car_named_again_with_its_day",
             {"Book me a hotel in Denver for Thursday", "B: Your room is booked for Thursday.",
              "A: Now I need a car too", "B: Please confirm: a car picked up on Thursday at 11 am.",
              "A: yes", "B: Done."},
             {"2025-03-06", "2025-03-06T11:00"}},
        Case{"another_thing_only_asked_about",
             {"2 tickets for Dune on Saturday at 4pm please", "B: Your tickets are booked.",
              "A: Is there a restaurant near the cinema?", "B: Yes, Thai Basil is two blocks away.",
              "A: great, thanks"},
             {"2025-03-08T16:00"}},
        Case{"restaurant_asked_about_plans_nothing",
             {"Which restaurant do you like best?", "B: the one on Main street, it opens at 7"},
             {}},
        Case{"also_asking_about_it_is_no_second_booking",
             {"Book the dentist on Friday at 3pm", "B: Your appointment is booked.",
              "A: Also, does the dentist do cosmetic work?",
              "B: Yes. Your appointment is on Friday at 3 pm."},
             {"2025-03-07T15:00"}},
        Case{"more_tickets_is_no_second_booking",
             {"Concert tickets for Saturday at 8pm please", "B: Your tickets are booked.",
              "A: Can you book tickets for my sister too?",
              "B: Done, 3 tickets for Saturday at 8 pm."},
             {"2025-03-08T20:00"}},
        // a booking reported done right after its day and time were put forward takes them
        Case{"booked_after_a_confirmation_with_no_plan_noun",
             {"Please confirm: pick-up on March 7th at 5 pm, drop-off on March 9th.", "B: Yes",
              "A: Your car is booked."},
             {"2025-03-07T17:00"},
             {"confirmed"}},
        Case{"booked_after_a_refused_offer_takes_nothing",
             {"Are you free Friday at 5?", "B: No, sorry",
              "A: ok. btw my new phone has been booked for repair"},
             {}},
        // a delay in minutes with no plan named is someone on the way, not a plan's start
        Case{"ride_arriving_in_minutes_plans_nothing",
             {"I need a cab to 500 Castro Street", "B: Please confirm: a ride to 500 Castro Street.", "A: Yes",
              "B: Your ride is booked and will arrive in 6 minutes."},
             {}},
        Case{"cab_in_minutes_moves_no_table",
             {"Book a table at Nopa tonight at 7pm", "B: Your table is booked.", "A: Can you also get me a cab there?",
              "B: Your cab is booked and will be there in 8 minutes."},
             {"2025-03-05T19:00"}},
        Case{"meeting_in_half_an_hour_is_a_plan", {"Quick meeting in half an hour in my office", "B: ok"},
             {"2025-03-05T09:30"}},
        // "you have nothing scheduled" reports no booking
        Case{"nothing_scheduled_is_no_booking",
             {"Am I free on Friday?", "B: Yes, you have nothing scheduled on Friday."},
             {}}));

}  // namespace
}  // namespace chatbeto::events
