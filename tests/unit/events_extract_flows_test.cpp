// Conversation-level event extraction: the rules session 32's fourth blind round of
// SGD-style dialogues (en_sgdstyle_v*, written for the flows SGD has: re-asks,
// counter-offers, moves after booking) called for: a slot reported "booked" by the
// side that then offers another is taken, not booked; one's own plan asked after
// ("When is my haircut next week?") and one's entries asked for ("tell me my events")
// are calendar lookups; a move asked after booking and reported done without its day
// ("Done, moved.") is made; a yes to whether a slot is open ("Is there a table at 8?")
// offers it and agrees to nothing. One table case per rule,
// with the chats it must leave alone. Chats are on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractFlows : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractFlows, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Sgd, EventsExtractFlows,
    testing::Values(
        // a time reported booked, then another offered in the same message: that time
        // is taken; the slot settled on later is the only booking
        Case{"booked_then_closest_is_taken",
             {"I need a manicure on Friday afternoon at Nail Bar.", "B: What time exactly?", "A: 2pm",
              "B: They're booked at 2 pm. The closest they have is 5 pm.",
              "A: hmm 5 is a bit late, can we do 3 something?", "B: I can do 3:15 pm.",
              "A: great, take 3:15", "B: Confirming Nail Bar, Friday March 7th at 3:15 pm.", "A: yes",
              "B: Appointment made."},
             {"2025-03-07T15:15"}},
        Case{"booked_then_she_can_do_is_taken",
             {"Book me with Dr. Kim tomorrow at 4 pm.",
              "B: Dr. Kim is booked at 4 pm. She can do 5:30 pm tomorrow.", "A: ok 5:30 then",
              "B: Your appointment is booked."},
             {"2025-03-06T17:30"}},
        Case{"booked_then_offer_declined_books_nothing",
             {"Table for 2 at Zuni tonight at 7?", "B: They're booked at 7 pm. The earliest is 9:30 pm.",
              "A: too late for us. forget it"},
             {}},
        // ... not when the booking names its plan, nor when no other time is offered
        Case{"your_table_booked_and_another_offer_stays_booked",
             {"Table for 2 at Zuni tonight at 7 please", "B: Your table is booked for 7 pm. They have live jazz from 9 pm.",
              "A: thanks"},
             {"2025-03-05T19:00"}},
        Case{"booked_and_no_other_time_stays_booked",
             {"Book me a haircut tomorrow at 2 pm", "B: You're booked at 2 pm. They have parking at the back.",
              "A: great"},
             {"2025-03-06T14:00"}},
        Case{"booked_and_same_time_restated_stays_booked",
             {"Book me a haircut tomorrow at 2 pm", "B: You're booked at 2 pm. They have you down for 2 pm tomorrow.",
              "A: great"},
             {"2025-03-06T14:00"}},
        // one's own plan asked after: what the other side reads back is an entry already held
        Case{"when_is_my_haircut_reads_an_entry",
             {"When is my haircut next week?", "B: Your Haircut is on Wednesday, March 12th at 5 pm at 12 Main Street.",
              "A: Thanks, just wanted to check."},
             {}},
        Case{"what_time_is_my_dentist_reads_an_entry",
             {"what time is my dentist appointment on friday", "B: Your Dentist appointment is at 10:30 am on Friday.",
              "A: ok"},
             {}},
        // ... but booking after the look still books
        Case{"when_is_my_then_book_another",
             {"When is my haircut next week?", "B: Your Haircut is on Wednesday, March 12th at 5 pm.",
              "A: Ok. Can you book me a dentist appointment on Thursday at 9 am?",
              "B: Please confirm: dentist appointment on Thursday March 6th at 9 am.", "A: yes",
              "B: Your appointment is booked."},
             {"2025-03-06T09:00"}},
        Case{"tell_me_my_events_reads_entries",
             {"Can you tell me my events for the 8th?",
              "B: On March 8th you have Team standup at 9:30 am and Dinner with Jo at 7 pm at Nopa.",
              "A: Great, thanks."},
             {}},
        Case{"list_my_appointments_reads_entries",
             {"list my appointments for friday", "B: You have a Dentist appointment at 10 am on Friday.", "A: ok"},
             {}},
        Case{"my_events_then_add_one_adds_it",
             {"Show me my events for Friday.", "B: You have Yoga at 6 pm on Friday.",
              "A: Add a dinner with Sam at 8 pm on Friday.",
              "B: Please confirm: Dinner with Sam on March 7th at 8 pm.", "A: yes", "B: Added."},
             {"2025-03-07T20:00"}},
        Case{"whats_on_the_agenda_reads_entries",
             {"What's on the agenda for Tuesday?",
              "B: On March 11th you have Staff meeting at 10 am and Call with Lee at 3 pm.", "A: Thanks."},
             {}},
        Case{"am_i_doing_anything_reads_an_entry",
             {"Am I doing anything on Sunday evening?", "B: You have Dinner with parents at 6 pm on Sunday.",
              "A: ok, thanks"},
             {}},
        // a move asked after booking and reported done without its day or time: moved
        Case{"move_asked_then_done_moved",
             {"Book me a trim at Shear Bliss on Monday at 4 pm.", "B: Please confirm: Shear Bliss, March 10th at 4 pm.",
              "A: Yes.", "B: Your appointment is confirmed.", "A: Actually, can you move it to Tuesday? Same time.",
              "B: Done, moved.", "A: Thanks!"},
             {"2025-03-11T16:00"}},
        Case{"move_asked_then_changed_it",
             {"Table for 2 at Nopa on Friday at 7 pm please", "B: Your table is booked.",
              "A: could you change it to 8 pm?", "B: Changed it for you."},
             {"2025-03-07T20:00"}},
        // ... not when the move is refused, nor asked back
        Case{"move_asked_then_cant_move_stays",
             {"Book me a trim at Shear Bliss on Monday at 4 pm.", "B: Your appointment is booked.",
              "A: can you move it to Tuesday?", "B: Sorry, I can't move it."},
             {"2025-03-10T16:00"}},
        Case{"move_asked_then_asked_back_stays",
             {"Book me a trim at Shear Bliss on Monday at 4 pm.", "B: Your appointment is booked.",
              "A: can you move it to Tuesday?", "B: Should I move it to Tuesday at 4 pm?"},
             {"2025-03-10T16:00"}},
        // a move asked after booking that fails leaves the booking as it was
        Case{"move_failed_keeps_the_booking",
             {"Book me with Dr. Reid on Monday at 9 am.", "B: Please confirm: Dr. Reid, March 10th at 9 am.",
              "A: Yes.", "B: Your appointment is booked.", "A: Can you move it to Friday?",
              "B: Friday is full, so your appointment stays on Monday at 9 am.", "A: OK, fine."},
             {"2025-03-10T09:00"}},
        Case{"move_failed_then_other_day_offered_and_taken",
             {"Book me with Dr. Reid on Monday at 9 am.", "B: Your appointment is booked.",
              "A: Can you move it to Friday?", "B: Sorry, Friday is full. The closest is Thursday at 9 am.",
              "A: ok, Thursday then", "B: Done, your appointment is now on Thursday at 9 am."},
             {"2025-03-06T09:00"}},
        // ... while a booking that fails with no move asked is no booking
        Case{"booking_failed_without_a_move_is_none",
             {"Book me with Dr. Reid on Monday at 9 am.", "B: Please confirm: Dr. Reid, March 10th at 9 am.",
              "A: Yes.", "B: Sorry, the booking failed. Friday is full.", "A: OK, never mind."},
             {}},
        // "don't do it" at the confirmation puts the request off
        Case{"dont_do_it_at_confirmation_books_nothing",
             {"I want a table for 4 at Bix on Saturday at 8 pm.", "B: Please confirm: Bix, 4 people, March 8th at 8 pm.",
              "A: No, don't do it.", "B: Okay, I won't."},
             {}},
        Case{"dont_go_ahead_books_nothing",
             {"Book me a haircut tomorrow at 3 pm", "B: Please confirm: haircut on March 6th at 3 pm.",
              "A: hmm don't go ahead, I need to check first"},
             {}},
        // ... not when said of something else once agreed
        Case{"dont_go_ahead_without_me_keeps_the_plan",
             {"Dinner tonight at 8?", "B: yes!", "A: don't go ahead without me if I'm late"},
             {"2025-03-05T20:00"}},
        // the price of a plan only stated asked: still weighed until bought
        Case{"when_is_the_concert_then_price_books_nothing",
             {"When is the Adele concert in Vegas?", "B: It's on March 9th at 8 pm at Caesars Palace.",
              "A: How much are the tickets?", "B: From $150.", "A: OK cool."},
             {}},
        Case{"price_asked_then_bought",
             {"When is the Adele concert in Vegas?", "B: It's on March 9th at 8 pm at Caesars Palace.",
              "A: How much are the tickets?", "B: From $150.", "A: ok get me 2",
              "B: Your tickets are booked."},
             {"2025-03-09T20:00"}},
        // ... not once agreed or booked, nor asked by whoever stated it
        Case{"price_asked_after_booking_keeps_it",
             {"Book me a haircut tomorrow at 3 pm", "B: Your haircut is booked for tomorrow at 3 pm.",
              "A: how much will it cost?", "B: $40."},
             {"2025-03-06T15:00"}},
        Case{"price_asked_by_the_stater_keeps_it",
             {"The gala dinner is on Saturday at 7 pm. How much are tickets again?", "B: $80 I think"},
             {"2025-03-08T19:00"}},
        // a yes to whether a slot is open offers it: taken it books, put off it books nothing
        Case{"table_open_then_put_off_books_nothing",
             {"Is there a table at Nopa tonight at 8?", "B: Yes, there's one at 8 pm.",
              "A: Hmm, let me ask my wife and get back to you.", "B: Sure."},
             {}},
        Case{"table_open_then_taken_books",
             {"Is there a table at Nopa tonight at 8?", "B: Yes, there is. Shall I book it?", "A: Yes please",
              "B: Your table is booked."},
             {"2025-03-05T20:00"}},
        Case{"tickets_left_yes_books_nothing",
             {"Are there any tickets left for the Giants game on the 6th?", "B: Yes, there are tickets available.",
              "A: Good to know, thanks."},
             {}},
        Case{"tickets_left_yes_then_bought",
             {"Are there any tickets left for the Giants game on the 6th?", "B: Yes, there are tickets available.",
              "A: Great, get me 2.", "B: Your tickets are booked."},
             {"2025-03-06"}},
        Case{"anything_friday_then_ok_book_it",
             {"Does Dr. Lee have anything Friday at 2 pm?", "B: Yes, he does.", "A: ok, book it"},
             {"2025-03-07T14:00"}},
        // ... while a yes to a plan asked about stays an agreement
        Case{"free_at_8_yes_stays_agreed",
             {"Dinner tonight at 8?", "B: Yes!"},
             {"2025-03-05T20:00"}},
        Case{"when_is_the_party_asked_of_a_friend_stays_a_plan",
             {"When is the party?", "B: The party is on Saturday at 8 pm", "A: cool, see you there"},
             {"2025-03-08T20:00"}}));

}  // namespace
}  // namespace chatbeto::events
