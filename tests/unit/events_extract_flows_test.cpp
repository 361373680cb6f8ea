// Conversation-level event extraction: the rules session 32's fourth blind round of
// SGD-style dialogues (en_sgdstyle_v*, written for the flows SGD has: re-asks,
// counter-offers, moves after booking) called for: a slot reported "booked" by the
// side that then offers another is taken, not booked; one's own plan asked after
// ("When is my haircut next week?") and one's entries asked for ("tell me my events")
// are calendar lookups. One table case per rule,
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
        Case{"when_is_the_party_asked_of_a_friend_stays_a_plan",
             {"When is the party?", "B: The party is on Saturday at 8 pm", "A: cool, see you there"},
             {"2025-03-08T20:00"}}));

}  // namespace
}  // namespace chatbeto::events
