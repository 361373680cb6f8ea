// Conversation-level event extraction: the rules a blind round of booking
// dialogues of the SGD services called for (session 32): options offered and
// only acknowledged, entries a calendar already holds looked up, the next day of
// a series put to confirm after the first was booked, "not now", sold out, a
// band's name that reads as a hypothesis, "that's it for today". One table case
// per rule, with the chats it must leave alone. Chats are on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractOptions : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractOptions, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Sgd, EventsExtractOptions,
    testing::Values(
        // an option offered in answer to a question is a proposal; "ok, what's their
        // address?" acknowledges it, taking it books it
        Case{"option_acknowledged_books_nothing",
             {"Can I get a table at Nopa on Friday?", "B: Nopa has a table available at 7 pm on Friday.",
              "A: Ok, what's their address?", "B: 560 Divisadero Street.", "A: Cool, thanks."},
             {}},
        Case{"game_found_and_asked_about_books_nothing",
             {"Any basketball games this week?", "B: There's a Lakers game on Friday at 7:30 pm.",
              "A: OK, what's the venue?", "B: Staples Center.", "A: Cool"},
             {}},
        Case{"option_then_booked",
             {"Does Nopa have a table tomorrow evening?",
              "B: Yes, there is a table available at 7 pm tomorrow.", "A: What's the price range?",
              "B: Moderate.", "A: Alright, book it for 3.",
              "B: Please confirm: a table for 3 at Nopa tomorrow at 7 pm.", "A: Yes",
              "B: Your table is booked."},
             {"2025-03-06T19:00"}},
        Case{"option_taken_with_ok_book_it",
             {"Can I get a checkup with Dr. Chu on Friday?", "B: Dr. Chu has an opening at 9:30 am on Friday.",
              "A: ok, book it"},
             {"2025-03-07T09:30"}},
        Case{"free_table_asked_about_books_nothing",
             {"Could you check if Lers Ros can seat us on Saturday?",
              "B: Lers Ros has a free table at 7:30 pm on Saturday.", "A: Hmm, do they take credit cards?",
              "B: Yes.", "A: Okay good to know. I'll talk to my wife first."},
             {}},
        Case{"option_taken_with_a_plain_yes",
             {"When can you come for the call?", "B: I'm available tomorrow at 5pm", "A: Great, talk then"},
             {"2025-03-06T17:00"}},
        Case{"statement_answering_nothing_stays_a_plan",
             {"There's a team meeting on Friday at 10am", "B: ok"},
             {"2025-03-07T10:00"}},
        Case{"option_booked_without_any_yes",
             {"Is there a table at Zuni tonight?", "B: There is a table available at 8 pm today.",
              "A: What's the address?", "B: 1658 Market Street.", "A: Book it please.",
              "B: Your table is booked."},
             {"2025-03-05T20:00"}},
        // entries a calendar holds, looked up: not new plans
        Case{"calendar_entry_reported_is_no_plan",
             {"What's on my calendar for Friday?", "B: You have a Dentist appointment at 10 am on Friday.",
              "A: ok thanks"},
             {}},
        Case{"two_entries_listed_are_no_plans",
             {"Do I have anything on Sunday?", "B: You have 2 events. The first is Brunch with Amy at 11 am.",
              "A: What's the second one?", "B: Soccer practice at 4 pm.", "A: Ok."},
             {}},
        Case{"schedule_looked_up_is_no_plan",
             {"What's on my schedule on Friday?",
              "B: On Friday you have a Meeting at 9 am and a Doctor appointment at 2 pm.", "A: Thanks."},
             {}},
        Case{"entry_looked_up_then_another_added",
             {"What do I have on Friday?", "B: You have a Haircut at 3 pm on Friday.",
              "A: Ok, add a Dinner at 7 pm on Friday at Olive Garden.",
              "B: Please confirm: Dinner on March 7th at 7 pm.", "A: Yes", "B: The event has been added."},
             {"2025-03-07T19:00"}},
        Case{"free_time_looked_up_then_added",
             {"Check my calendar for Friday", "B: You're free from 9 am to 1 pm on Friday.",
              "A: Add a Meeting with the accountant at 11 am.",
              "B: Please confirm: Meeting on March 7th at 11 am.", "A: Yes", "B: Added."},
             {"2025-03-07T11:00"}},
        Case{"busy_looked_up_is_no_plan",
             {"Am I busy on Friday?", "B: Yes, you have a Board meeting from 2 pm to 4 pm on Friday.",
              "A: Ugh, ok. Thanks."},
             {}},
        Case{"entries_told_in_answer_are_no_plans",
             {"Can you tell me what events I have today?", "B: You've got a Team lunch at 12:30 pm today.",
              "A: Alright. Anything after that?", "B: Gym at 6 pm.", "A: Got it, thanks."},
             {}},
        Case{"reminder_nobody_looked_up_is_a_plan",
             {"Reminder: you have a Dentist appointment on Friday at 10 am", "B: thanks!"},
             {"2025-03-07T10:00"}},
        // the next day put to confirm right after a booking is a second booking; a move asked
        // for is no second one
        Case{"second_day_put_to_confirm_after_booking",
             {"I want tickets for the games on Friday and Saturday.", "B: Please confirm: 1 ticket on March 7th.",
              "A: Yes.", "B: Your ticket is booked. Please confirm: 1 ticket on March 8th.", "A: Yes.",
              "B: Your ticket is booked."},
             {"2025-03-07", "2025-03-08"}},
        Case{"another_place_on_another_day",
             {"Schedule a visit to Alderwood on Friday.", "B: Please confirm: a visit to Alderwood on March 7th.",
              "A: Yes.", "B: Your visit is scheduled.",
              "A: Thanks. There's another place I liked, Villa Granada. Could I see that one on Saturday?",
              "B: Please confirm: a visit to Villa Granada on March 8th.", "A: Yes.",
              "B: That visit is scheduled too."},
             {"2025-03-07", "2025-03-08"}},
        Case{"change_asked_after_booking_moves_it",
             {"Book a table at Nopa on Friday at 7 pm", "B: Please confirm: table at Nopa on March 7th at 7 pm.",
              "A: Yes", "B: Your table is booked.", "A: Oh wait, can you change it to 8 pm?",
              "B: Please confirm: table at Nopa on March 7th at 8 pm.", "A: Yes", "B: Updated."},
             {"2025-03-07T20:00"}},
        Case{"other_day_asked_after_booking_moves_it",
             {"Book a visit to Parkside on Friday", "B: Please confirm: a visit on March 7th.", "A: Yes",
              "B: Your visit is scheduled.", "A: Hmm, could we do Saturday?",
              "B: Please confirm: a visit on March 8th.", "A: Yes", "B: Done."},
             {"2025-03-08"}},
        // "not now" agrees to nothing and drops what was not yet agreed or booked
        Case{"not_now_drops_what_was_put_to_confirm",
             {"Book a haircut at Salon Nova on Friday at 1 pm.",
              "B: Please confirm: an appointment at Salon Nova on March 7th at 1 pm.",
              "A: Hmm, no, not now. I'll book later."},
             {}},
        Case{"not_now_after_a_booking_keeps_it",
             {"Book a haircut on Friday at 1 pm", "B: Your appointment is booked.",
              "B: Would you like to book a massage too?", "A: Not now, thanks"},
             {"2025-03-07T13:00"}},
        Case{"events_found_then_not_now",
             {"What events are there this weekend?",
              "B: There's a Sounders game on Saturday and a concert on Sunday.", "A: Cool. Not now, thanks."},
             {}},
        // sold out is a failure
        Case{"sold_out_books_nothing",
             {"Book 2 tickets for Adele on Saturday.", "B: Please confirm: 2 tickets for Adele on March 8th.",
              "A: Yes.", "B: Sorry, the tickets are sold out.", "A: Too bad."},
             {}},
        Case{"all_booked_that_day_books_nothing",
             {"Get me a haircut at Barber Joe's tomorrow at noon.",
              "B: Sorry, Barber Joe's is all booked tomorrow.", "A: Oh well, never mind."},
             {}},
        Case{"you_are_all_booked_is_a_booking",
             {"Book me a dentist on Friday at 1:30 pm", "B: You are all booked."},
             {"2025-03-07T13:30"}},
        // "not sure yet" names no day
        Case{"maybe_a_day_not_sure_yet_plans_nothing",
             {"Would you like to book a table?", "B: Maybe tomorrow, I'm not sure yet."},
             {}},
        Case{"sold_out_then_another_day",
             {"2 tickets for Adele on Saturday please", "B: Sorry, Saturday is sold out.",
              "B: There are tickets on Sunday.", "A: Ok, Sunday then", "B: Your tickets are booked."},
             {"2025-03-09"}},
        // a hypothetical word with a capital inside a sentence is a name
        Case{"imagine_dragons_is_a_name",
             {"Find me a rock concert on Friday",
              "B: Imagine Dragons is playing at the Forum on Friday. It starts at 8 pm.",
              "A: Get me 3 tickets.", "B: Your tickets are booked."},
             {"2025-03-07T20:00"}},
        Case{"imagine_opening_a_sentence_is_a_hypothesis",
             {"Imagine we went to the concert on Friday at 8", "B: haha yes"},
             {}},
        // the closing words' "today" is no day of a plan
        Case{"thats_it_for_today_moves_nothing",
             {"Add my Yoga class on Friday at 6 pm to my calendar.", "B: The event has been added.",
              "A: Nope, that's it for today."},
             {"2025-03-07T18:00"}},
        Case{"no_today_instead_still_moves",
             {"Dinner on Friday at 8pm?", "B: yes", "A: No, today at 8pm"},
             {"2025-03-05T20:00"}}));

}  // namespace
}  // namespace chatbeto::events
