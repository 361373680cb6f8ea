// Conversation-level event extraction: the rules a third blind round of booking
// dialogues written for wording variety called for (session 32, en_sgdstyle_w*):
// another slot offered after a failure is an option, a booking reported NOT made
// drops the plan, values put to confirm and said yes to before any plan was named
// are agreed, a read-back telling am from pm is the same time, and the families of
// words for yes, putting off, done, failed, offered and "a party of 4". One table
// case per rule, with the chats it must leave alone. Chats are on Wednesday
// 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractWording : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractWording, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Sgd, EventsExtractWording,
    testing::Values(
        // after a failure, the slot its reporter offers next is an option: declined, nothing
        Case{"slot_offered_after_failure_declined",
             {"Book a table at The Kitchen on Friday at 6:30pm", "B: Please confirm: Friday at 6:30 pm.",
              "A: correct", "B: Sorry, the booking failed. They only have availability at 9 pm.",
              "A: too late for us. forget it"},
             {}},
        Case{"slot_offered_after_failure_declined_no_thanks",
             {"I want a haircut at Great Clips on Monday at 5.",
              "B: Great Clips has no opening at 5 pm on Monday. The closest is 7 pm.",
              "A: No thanks, that's too late.", "B: Okay, nothing booked."},
             {}},
        Case{"slot_offered_after_failure_taken",
             {"I need a blowout on Sunday at 11 am.", "B: Sunday at 11 am, correct?", "A: Correct",
              "B: Unfortunately that slot is taken. The closest opening is 1:30 pm.", "A: fine, take it",
              "B: I've booked you in."},
             {"2025-03-09T13:30"}},
        // ... but a slot the one who failed got instead, named with no offer word, stands
        Case{"other_slot_got_after_failure_stands",
             {"I couldn't get the table at 8 tonight.", "A: Got one at 9 though, dinner is on"},
             {"2025-03-05T21:00"}},
        // a booking reported not made drops the plan; "not booked yet" drops nothing
        Case{"havent_booked_anything_drops_the_plan",
             {"Dinner at Nopa on Friday at 8?", "B: Hmm, hold on",
              "A: OK, I haven't booked anything then."},
             {}},
        Case{"nothing_was_added_drops_the_entry",
             {"add \"call with investors\" tomorrow at 10 am",
              "B: You already have an event at 10 am tomorrow. Do you still want to add it?",
              "A: no, leave it then", "B: OK, nothing was added."},
             {}},
        Case{"not_booked_yet_keeps_the_plan",
             {"A table for 2 at Nopa on Friday at 8 pm, please.",
              "B: I haven't booked it yet. Shall I go ahead?", "A: yes", "B: Your table is booked."},
             {"2025-03-07T20:00"}},
        Case{"wont_book_after_cancel_stays_cancelled",
             {"Book a table at Zuni on Friday at 9 pm.", "B: Please confirm: Zuni on Friday at 9 pm.",
              "A: No, wait. Cancel that.", "B: OK, I won't book it."},
             {"2025-03-07T21:00"},
             {"cancelled"}},
        // values put to confirm before any plan was named, and said yes to, are agreed
        Case{"readback_without_plan_noun_said_yes_to",
             {"can I see him Tuesday the 11th at 10:45", "B: Dr. Lam on Tuesday March 11th at 10:45 am. Correct?",
              "A: that's correct", "B: Great, you have an appointment with Dr. Lam."},
             {"2025-03-11T10:45"}},
        Case{"yes_to_another_question_agrees_nothing",
             {"Looking for somewhere Italian tonight.", "B: How about Belotti?",
              "A: Do they have outdoor seating?", "B: Yes, they do.",
              "A: Could you get us a table at 8 pm?", "B: Please confirm: Belotti, today at 8 pm.",
              "A: Hmm, actually no, hold off.", "B: No problem, I won't book anything."},
             {}},
        Case{"yes_to_a_calendar_lookup_agrees_nothing",
             {"Do I have anything on Friday?", "B: Yes, you have Brunch with Lily at 11 am on Friday.",
              "A: okay, good to know"},
             {}},
        // a read-back telling am from pm is the same time
        Case{"half_seven_read_back_as_pm",
             {"Could you sort a table in Sunnyvale on Saturday?", "B: Sure thing.",
              "A: Lovely, book it for half seven please.",
              "B: So that's Bombay Garden, Saturday, 7:30 pm, party of 2. Shall I go ahead?",
              "A: Go for it.", "B: I've gone ahead and booked it."},
             {"2025-03-08T19:30"}},
        Case{"am_said_then_pm_said_is_no_move",
             {"Breakfast meeting on Friday at 7:30 am?", "B: yes",
              "A: I finish work at 7:30 pm that day"},
             {"2025-03-07T07:30"}},
        // "a party of 4", "in your party": no party
        Case{"party_of_four_is_no_second_plan",
             {"Book Evvia on Friday at 8 pm.", "B: How many people are in your party?",
              "A: a party of four", "B: Evvia, Friday at 8 pm, party of 4. Reservation made."},
             {"2025-03-07T20:00"}},
        Case{"a_party_is_still_a_party",
             {"There's a party at Jen's on Saturday at 9pm", "B: count me in"},
             {"2025-03-08T21:00"}},
        // yes, in other words
        Case{"go_for_it_agrees",
             {"Dentist on Monday at 8 am?", "B: go for it"}, {"2025-03-10T08:00"}, {"confirmed"}},
        Case{"thumbs_up_with_skin_tone_agrees",
             {"Lunch at Tartine tomorrow at noon?", "B: \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"},
             {"2025-03-06T12:00"},
             {"confirmed"}},
        Case{"good_morning_agrees_nothing",
             {"Dinner on Friday at 8?", "B: Good morning! Let me check with Ana first."},
             {}},
        // putting off
        Case{"never_mind_drops_a_proposal",
             {"Could you book the Warriors game on Sunday?", "B: 4 tickets for Sunday. Confirm?",
              "A: never mind, I'll watch it at home"},
             {}},
        Case{"leave_it_at_keeps_the_plan",
             {"Call with Tom on Friday at 3?", "B: yes", "A: can we do 4?", "B: let's leave it at 3"},
             {"2025-03-07T15:00"}},
        // done, in other words, with no yes before it
        Case{"locked_in_books",
             {"Set it up for March 11th at 11 in the morning, a haircut at Salon Pure.",
              "B: Appointment locked in."},
             {"2025-03-11T11:00"},
             {"confirmed"}},
        Case{"added_to_calendar_books",
             {"Book club on the 10th, half past six in the evening.", "B: Added to your calendar."},
             {"2025-03-10T18:30"},
             {"confirmed"}},
        // an event's day only asked about, then put off
        Case{"event_date_only_asked_about",
             {"When is the Coldplay concert in San Diego?", "B: Coldplay plays at Petco Park on March 15th at 7 pm.",
              "A: And the address?", "B: 100 Park Boulevard.", "A: Thanks, I'll think about it."},
             {}},
        Case{"event_date_asked_then_booked",
             {"When is the Coldplay concert?", "B: Coldplay plays at Petco Park on March 15th at 7 pm.",
              "A: Great, get me 2 tickets.", "B: Your tickets are booked."},
             {"2025-03-15T19:00"}},
        // written after those rules (w101-w120): the same families in other words
        Case{"fully_committed_soonest_declined_no_reservation_made",
             {"Reserve a table for three at Chez Panisse on Saturday at 7pm",
              "B: Just checking: Saturday, 7 pm, 3 people?", "A: yup that's it",
              "B: Bad news, they're fully committed at 7. The soonest they can seat you is 9:30 pm.",
              "A: hmm that's way too late for the kids. let's drop it", "B: Okay, no reservation has been made."},
             {}},
        Case{"schedule_full_could_do_declined_nothing_booked",
             {"Can you get me in with Dr. Ito tomorrow at 9?",
              "B: I'm sorry, Dr. Ito's schedule is full tomorrow. He could do Monday at 9 am.",
              "A: Monday doesn't work for me, I'll figure something else out",
              "B: Understood, nothing's been booked."},
             {}},
        Case{"could_do_taken",
             {"Can you get me in with Dr. Ito tomorrow at 9?",
              "B: I'm sorry, Dr. Ito's schedule is full tomorrow. He could do Monday at 9 am.",
              "A: ok Monday then", "B: You're booked with Dr. Ito."},
             {"2025-03-10T09:00"}},
        Case{"room_full_of_people_is_no_failure",
             {"Dinner at Nopa on Friday at 8?", "B: yes! the place is full of people on Fridays though"},
             {"2025-03-07T20:00"}},
        Case{"calendar_looked_at_without_question_mark",
             {"what's coming up for me on friday",
              "B: Friday: Soccer game at 10 am and Dinner with the Parkers at 7 pm.", "A: gotcha, thx"},
             {}},
        Case{"plans_told_without_a_lookup_stay_plans",
             {"Soccer game on Friday at 10 am, you coming?", "B: yes for sure"},
             {"2025-03-07T10:00"}}));

}  // namespace
}  // namespace chatbeto::events
