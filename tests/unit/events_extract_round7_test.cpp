// Conversation-level event extraction: the rules a seventh blind round of SGD dev/test-style
// dialogues (en_sgdstyle_r*: buses, trains, flights, rental cars, hotels, movies, therapists
// and the services of the train split) called for. A yes to an offer lets the booking go
// ahead, and a read-back put to confirm after it ("Please confirm: ...") is still to be
// answered: a withdrawal then drops the plan (Plan::PutToConfirm, Plan::Withdrawable); "I
// don't need it after all" and one's own calendar to check first withdraw, and so does "no
// thanks" to a day or time put forward, not to "Would you like to add insurance?" (kDecline); a
// message sent or a location shared for the user is an errand, and what the message says is
// no plan of theirs (MessageContentFrom, InQuotedMessage); what a search turns up ("What
// movies are playing tonight?" - "Dumbo is at the Grand Lake at 7:30 pm") is on offer until
// taken (OffersOption); the time of a round trip's "inbound"/"return" flight up to four
// words on is its end (EndOfStay). One table case per rule, with the chats it must
// leave alone. Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound7 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound7, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    ReadBackAfterAYes, EventsExtractRound7,
    testing::Values(
        // an offer said yes to, read back, then withdrawn: nothing
        Case{"yes_to_offer_then_read_back_withdrawn",
             {"Book me a session with a psychiatrist in Oakland on the 6th", "B: Dr. Harris is available at 10 am.",
              "A: OK.", "B: Please confirm: appointment with Dr. Harris on March 6th at 10 am.",
              "A: Hmm, no, not now.", "B: Sure, anything else?", "A: No."},
             {}},
        Case{"yes_to_offer_then_read_back_own_schedule_first",
             {"Is Dr. Lee free Friday?", "B: She can see you Friday at 3 pm.", "A: ok",
              "B: Please confirm: Dr. Lee on March 7th at 3 pm.", "A: let me check my calendar first"},
             {}},
        // ... but the read-back said yes to stands, and "no thank you" at the end keeps it
        Case{"read_back_said_yes_to_then_no_thank_you",
             {"Book me a session with a psychiatrist in Oakland on the 6th", "B: Dr. Harris is available at 10 am.",
              "A: OK.", "B: Please confirm: appointment with Dr. Harris on March 6th at 10 am.", "A: yes",
              "B: Anything else?", "A: No thank you"},
             {"2025-03-06T10:00"}},
        // ... and a change at the read-back is a change, not a withdrawal
        Case{"read_back_changed_after_a_yes",
             {"Dinner at Nopa on Friday?", "B: They have a table at 7 pm.", "A: ok",
              "B: Please confirm: Nopa, March 7th at 7 pm.", "A: No, make it 8 pm instead", "B: Booked for 8 pm."},
             {"2025-03-07T20:00"}},
        // ... and a booking reported done is withdrawn by no "no thanks"
        Case{"booked_then_no_thanks_keeps_it",
             {"Book a table at Nopa on Friday at 7 pm", "B: Your table is booked.", "B: Anything else?",
              "A: no thanks"},
             {"2025-03-07T19:00"}}));

INSTANTIATE_TEST_SUITE_P(
    Withdrawn, EventsExtractRound7,
    testing::Values(
        Case{"no_thanks_at_the_read_back",
             {"I need a flight to Denver tomorrow", "B: Southwest has a flight at 5:50 pm.", "A: Book it.",
              "B: Please confirm: Southwest flight to Denver on March 6th at 5:50 pm.",
              "A: On second thought, no thanks."},
             {}},
        Case{"do_not_need_it_after_all",
             {"Find a rental car at SFO for tomorrow at 9 am", "B: There's a Ford Fusion available.", "A: Okay.",
              "B: Please confirm: pick up at SFO on March 6th at 9 am.", "A: No, hold on. I don't need it after all."},
             {}},
        Case{"no_longer_need_the_table",
             {"Table for 2 at Zuni tomorrow at 8?", "B: Please confirm: Zuni, March 6th at 8 pm.",
              "A: Actually I no longer need it"},
             {}},
        // ... "no thanks" to another question (an extra) answers only that
        Case{"no_thanks_to_insurance_keeps_the_car",
             {"I need a rental car at LAX on Friday at 10 am until Sunday",
              "B: There's a Honda Civic. Would you like to add insurance?", "A: No thanks.",
              "B: Please confirm: Honda Civic, pick up at LAX on March 7th, drop off March 9th.", "A: Yes.",
              "B: Your car is reserved."},
             {"2025-03-07T10:00"}},
        Case{"no_thank_you_to_trip_protection_keeps_the_bus",
             {"2 bus tickets to Reno on Saturday at 9 am", "B: Do you want trip protection?", "A: no thank you",
              "B: Your tickets are booked."},
             {"2025-03-08T09:00"}},
        // ... not "do you need parking?" - "no, I don't need it" (no "after all", "anymore")
        Case{"do_not_need_an_extra_keeps_the_booking",
             {"Rent me a car at SFO tomorrow at 9 am", "B: Do you need insurance?", "A: No, I don't need it.",
              "B: Please confirm: pick up at SFO on March 6th at 9 am.", "A: yes", "B: Your car is reserved."},
             {"2025-03-06T09:00"}},
        // ... and "check my calendar" asked of the assistant is still a lookup
        Case{"check_my_calendar_asked_is_a_lookup",
             {"Can you check my calendar for Friday?", "B: You have Yoga at 7 am.", "A: ok thanks"}, {}}));

INSTANTIATE_TEST_SUITE_P(
    MessagesSent, EventsExtractRound7,
    testing::Values(
        Case{"message_saying_a_time_is_none",
             {"Send a message to Sarah saying I'll be there at 7.", "B: Message sent."}, {}},
        Case{"message_saying_a_dinner_is_none",
             {"Send Sarah a message saying dinner is at 8 tomorrow", "B: Done, the message is sent."}, {}},
        Case{"location_shared_is_none",
             {"Share my location with Sam at 6", "B: Please confirm: share your location with Sam.",
              "A: yes", "B: Location shared."},
             {}},
        // ... and what the read-back quotes of it
        Case{"message_read_back_quoted_is_none",
             {"Send a message to Sarah saying I'll be there at 7.",
              "B: Please confirm: send \"I'll be there at 7\" to Sarah.", "A: Yes.", "B: Message sent."},
             {}},
        Case{"message_quoted_in_curly_quotes_is_none",
             {"text Jo \u201cmeet you at the cafe at 5\u201d", "B: Please confirm: text Jo.", "A: yes", "B: Sent."},
             {}},
        // ... but a quote that is no message keeps its plan ("Add \"Dinner with Mom\" at 7")
        Case{"quoted_title_keeps_the_entry",
             {"Add an event called \"Dinner with Mom\" on Friday at 7 pm",
              "B: Please confirm: Dinner with Mom on March 7th at 7 pm.", "A: yes", "B: Event created."},
             {"2025-03-07T19:00"}},
        // ... but a plan named before the message keeps the plan
        Case{"plan_then_message_keeps_the_plan",
             {"Book a table at Nopa tomorrow at 7 pm", "B: Your table is booked.",
              "A: Send a message to Sarah saying we're on for 7"},
             {"2025-03-06T19:00"}}));

INSTANTIATE_TEST_SUITE_P(
    SearchAnswered, EventsExtractRound7,
    testing::Values(
        // what a search turns up is on offer, in any words: no event until taken
        Case{"search_answer_not_taken_is_none",
             {"What movies are playing in Oakland this evening?", "B: Dumbo is at the Grand Lake Theater at 7:30 pm.",
              "A: Actually, I'd rather watch something at home. Can you play Coco?", "B: Playing Coco now."},
             {}},
        Case{"search_answer_acknowledged_is_none",
             {"Are there any concerts on Saturday?", "B: Lizzo at the Fox on March 8th.", "A: cool thanks"}, {}},
        // ... taken, it is booked
        Case{"search_answer_taken_is_booked",
             {"What movies are playing at the Roxy tonight?", "B: Us at 7:10 pm.", "A: 2 tickets for that one please",
              "B: Your tickets are booked."},
             {"2025-03-05T19:10"}},
        // ... and a yes with a day and time to "are you available?" agrees to them
        Case{"available_asked_yes_with_a_time_agrees",
             {"Are you available for dinner Friday?", "B: Yes, Friday at 8 works for me"}, {"2025-03-07T20:00"}},
        Case{"showings_listed_then_one_picked_is_booked",
             {"2 tickets for Dumbo tomorrow", "B: There are showings at 5 pm and 7 pm. Which one would you like?",
              "A: The 7 pm one please", "B: Your tickets are booked."},
             {"2025-03-06T19:00"}},
        // ... and an answer to a question that searched nothing is still a statement
        Case{"answer_to_when_is_a_statement",
             {"When is the team dinner?", "B: Friday at 8 at Nopa.", "A: great"}, {"2025-03-07T20:00"}}));

INSTANTIATE_TEST_SUITE_P(
    ReturnLeg, EventsExtractRound7,
    testing::Values(
        // a round trip's return leg named four words before its time: the outbound one starts
        Case{"inbound_flight_departs_later",
             {"Find a round trip flight to Denver leaving Saturday and coming back Tuesday",
              "B: United has an outbound flight that departs at 6:40 am and arrives at 10:05 am, and the inbound "
              "flight departs at 4 pm.",
              "A: Reserve it.", "B: Please confirm: United, outbound March 8th, return March 11th.", "A: Yes.",
              "B: Your flight has been reserved."},
             {"2025-03-08T06:40"}},
        Case{"return_flight_leaves_later",
             {"I need a round trip to Boston on the 20th", "B: JetBlue leaves at 7:05 am and the return flight leaves at 5:40 pm.",
              "A: book it", "B: Your flight is booked for March 20th."},
             {"2025-03-20T07:05"}},
        // ... a drop-off three words back still ends a rental; the pickup starts it
        Case{"drop_it_off_ends_the_rental",
             {"Rent me a car on Friday at 10 am, I'll drop it off Sunday at 6 pm", "B: Your car is reserved."},
             {"2025-03-07T10:00"}}));

}  // namespace
}  // namespace chatbeto::events
