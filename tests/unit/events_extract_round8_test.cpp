// Conversation-level event extraction: the rules an eighth blind round of SGD dev/test-style
// dialogues (en_sgdstyle_q*: day and time over several turns, alternatives picked by
// position, the party or the city corrected after the read-back, existing bookings
// cancelled) called for. A calendar entry removed ("Remove the team lunch from my calendar",
// "delete it", "The event has been removed") is called off, as "borra" and "elimina" are in
// Spanish; "remove" alone removes no plan. "Does State Bird have a table at 7:30?" asks whether
// a slot is open, as "is there a table" does (AsksWhetherOpen): a yes offers it; and "I'll
// check with my friends" leaves the decision to others, put off. "It's on your calendar" reports
// an entry added. Choices offered ("6:15 pm or 8:45 pm", "March 12th or March 14th") and one
// picked by its place ("Go with the later one", "the second one") give the picked day or time,
// as if said (ChoiceMemory), with or without a read-back. "Done." set apart at the start says
// yes to what was asked. An entry a lookup read back, then deleted or cancelled ("Delete that"),
// is called off (EntryLookup::Entry). A no to a read-back giving one's own commitment then ("No,
// sorry, I have work then") declines it. One table case per rule, with the chats it must
// leave alone. Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound8 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound8, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    CalendarEntryRemoved, EventsExtractRound8,
    testing::Values(
        Case{"removed_from_my_calendar",
             {"Remove the team lunch from my calendar on Thursday at 12:30.",
              "B: Please confirm: delete \"Team lunch\" on March 6th at 12:30 pm.", "A: Yes.",
              "B: The event has been removed from your calendar."},
             {"2025-03-06T12:30"},
             {"cancelled"}},
        Case{"added_then_delete_it",
             {"Add a dentist appointment on Friday at 3 pm to my calendar", "B: Added.",
              "A: Actually delete it, I got the week wrong", "B: Deleted."},
             {"2025-03-07T15:00"},
             {"cancelled"}},
        Case{"added_then_taken_off_my_calendar",
             {"Put dinner with Jo on Saturday at 8 pm in my calendar", "B: Done, it's been added.",
              "A: Please take it off my calendar, she can't come"},
             {"2025-03-08T20:00"},
             {"cancelled"}},
        // ... a tooth removed is a booking, not a removal
        Case{"remove_a_tooth_is_booked",
             {"I need a dentist to remove my wisdom tooth on Friday at 10 am",
              "B: Please confirm: Dr. Lee on March 7th at 10 am.", "A: Yes", "B: Your appointment is booked."},
             {"2025-03-07T10:00"},
             {"confirmed"}},
        // ... entries read from the calendar are only looked up
        Case{"entries_read_from_my_calendar_are_none",
             {"Can you tell me my events from my calendar for Friday?",
              "B: You have a meeting at 10 am on Friday.", "A: thanks"},
             {}},
        // ... and a booking added to the calendar stays
        Case{"booked_then_added_to_my_calendar_stays",
             {"Book a haircut on Friday at 11 am and add it to my calendar", "B: Your haircut is booked."},
             {"2025-03-07T11:00"},
             {"confirmed"}}));

INSTANTIATE_TEST_SUITE_P(
    WhetherOpenAsked, EventsExtractRound8,
    testing::Values(
        Case{"does_the_place_have_a_table_then_check_with_friends",
             {"Does State Bird Provisions have a table for 4 tomorrow at 7:30 pm?",
              "B: Yes, they have a table available at 7:30 pm tomorrow.",
              "A: Ok good to know, I'll check with my friends and come back.", "B: Sure."},
             {}},
        Case{"does_the_doctor_have_any_openings_then_run_it_by",
             {"Does Dr. Lee have any openings on Friday at 3 pm?", "B: Yes, she's free then.",
              "A: ok, let me run it by my boss"},
             {}},
        // ... and the slot said open, then booked, is booked
        Case{"does_the_place_have_a_table_then_booked",
             {"Does Nopa have a table for 2 at 8 tomorrow?", "B: Yes, they have one at 8 pm.", "A: Great, book it.",
              "B: Your table is booked."},
             {"2025-03-06T20:00"}},
        // ... "does it have parking?" asks nothing of a slot
        Case{"does_it_have_parking_asks_no_slot",
             {"Book a haircut at Supercuts on Friday at 3 pm", "B: Please confirm: Supercuts on March 7th at 3 pm.",
              "A: Yes. Does the salon have parking?", "B: Your appointment is booked. Yes, they have parking."},
             {"2025-03-07T15:00"}},
        // ... a read-back put off to check with others is withdrawn
        Case{"read_back_then_check_with_my_wife",
             {"Table for 2 at Nopa on Friday at 8 pm", "B: Please confirm: Nopa on March 7th at 8 pm.",
              "A: Hmm, I'll check with my wife first."},
             {}},
        // ... but once booked, checking with someone keeps it
        Case{"booked_then_check_with_my_wife_keeps_it",
             {"Book a table for 2 at Nopa on Friday at 8 pm", "B: Your table is booked.",
              "A: Thanks, I'll check with my wife what to wear."},
             {"2025-03-07T20:00"}}));

INSTANTIATE_TEST_SUITE_P(
    OnYourCalendar, EventsExtractRound8,
    testing::Values(
        Case{"its_on_your_calendar_reports_the_entry",
             {"Add book club to my calendar on the 13th at 7 pm.", "B: Where is it?", "A: At Jenny's place.",
              "B: Please confirm: Book club on March 13th at 7 pm at Jenny's place.", "A: Yes.",
              "B: It's on your calendar."},
             {"2025-03-13T19:00"},
             {"confirmed"}},
        // ... what a lookup finds on the calendar is an entry held, not one added
        Case{"lookup_on_your_calendar_is_none",
             {"What's on my calendar tomorrow?", "B: You have a haircut on your calendar at 10 am tomorrow.",
              "A: ok thanks"},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    PickedByPlace, EventsExtractRound8,
    testing::Values(
        Case{"later_one_booked_without_a_read_back",
             {"Can you get me a table for 3 at Delfina tomorrow at 7 pm?",
              "B: They don't have anything at 7 pm. They can do 6:15 pm or 8:45 pm.", "A: Go with the later one.",
              "B: Done, you're booked."},
             {"2025-03-06T20:45"}},
        Case{"second_of_three_showings",
             {"I want to see Us tonight at the Roxy", "B: Us is showing at 4:30 pm, 7:15 pm and 10 pm.",
              "A: The second one, 2 tickets.", "B: Your tickets are purchased."},
             {"2025-03-05T19:15"}},
        Case{"earliest_of_two_slots_listed_out_of_order",
             {"Book me with Dr. Ramos on Friday", "B: She has 2:45 pm or 9:30 am.", "A: The earlier time please.",
              "B: Your appointment is booked."},
             {"2025-03-07T09:30"}},
        Case{"first_of_two_days",
             {"Book me a haircut at 10 am", "B: I can offer March 12th or March 14th.", "A: The first one.",
              "B: Your haircut is booked."},
             {"2025-03-12T10:00"}},
        // ... a time said with the pick wins
        Case{"pick_with_its_own_time",
             {"Table at Nopa on Friday?", "B: They have 6 pm or 8 pm.", "A: The later one, but at 8:30 if they can.",
              "B: Booked for 8:30 pm."},
             {"2025-03-07T20:30"}},
        // ... a question about one of them picks nothing
        Case{"question_about_the_later_one_is_none",
             {"What trains are there to Boston on Monday?", "B: There's one at 6 am and another at 2:30 pm.",
              "A: How long does the later one take?", "B: About 4 hours.", "A: thanks"},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    DoneSaysYes, EventsExtractRound8,
    testing::Values(
        Case{"done_to_a_request",
             {"Can you book me in with Dr. Lang on the 12th at 5 in the afternoon?",
              "B: Done. You're seeing Dr. Lang then.", "A: Great."},
             {"2025-03-12T17:00"}},
        Case{"done_comma_to_a_request",
             {"Could you get me a table at Nopa tomorrow at 8 pm?", "B: Done, see you there."},
             {"2025-03-06T20:00"}},
        // ... after an errand it books nothing
        Case{"done_after_alarms_is_none",
             {"Set my alarm for quarter past six tomorrow", "B: Please confirm: an alarm at 6:15 am.", "A: correct",
              "B: Alarm created.", "A: and another at half 7", "B: Please confirm: an alarm at 7:30 am.", "A: yes",
              "B: Done."},
             {}},
        // ... and "done" inside a sentence says no yes, to the sentence nor to the message: a
        // time said back to a proposal counters it, as "I'm home at 5" does
        Case{"im_done_at_5_is_no_yes",
             {"Drinks at Blue Bar on Friday at 7?", "B: I'm done at 5"},
             {"2025-03-07T17:00"},
             {"tentative"}},
        Case{"im_home_at_5_alike",
             {"Drinks at Blue Bar on Friday at 7?", "B: I'm home at 5"},
             {"2025-03-07T17:00"},
             {"tentative"}}));

INSTANTIATE_TEST_SUITE_P(
    EntryLookedUpThenCalledOff, EventsExtractRound8,
    testing::Values(
        Case{"entry_read_back_then_deleted",
             {"What do I have on Tuesday?", "B: You have Piano lesson at 6 pm on March 11th.",
              "A: Delete that, the lesson is off this week.", "B: The Piano lesson has been deleted from your calendar."},
             {"2025-03-11T18:00"},
             {"cancelled"}},
        Case{"entry_read_back_then_cancel_it",
             {"When is my haircut?", "B: Your haircut is on Friday at 11 am.", "A: Please cancel it.",
              "B: Your haircut has been cancelled."},
             {"2025-03-07T11:00"},
             {"cancelled"}},
        // ... read back and only acknowledged, it stays an entry held
        Case{"entry_read_back_then_thanks_is_none",
             {"What do I have on Tuesday?", "B: You have Piano lesson at 6 pm on March 11th.", "A: Ok, thanks."},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    ReadBackDeclinedWithAReason, EventsExtractRound8,
    testing::Values(
        Case{"no_sorry_i_have_work_then",
             {"Cleaning at Dr. Weiss on Thursday at 4 pm.", "B: Please confirm: Dr. Weiss on March 6th at 4 pm.",
              "A: No, sorry, I've just realised I have work then.", "B: Okay."},
             {}},
        Case{"nope_ive_got_a_meeting_that_day",
             {"Book a table at Nopa on Friday at 1 pm", "B: Please confirm: Nopa on March 7th at 1 pm.",
              "A: Nope, I've got a meeting that day."},
             {}},
        // ... with another day or time it is a change
        Case{"no_i_have_work_then_make_it_6",
             {"Cleaning at Dr. Weiss on Thursday at 4 pm.", "B: Please confirm: Dr. Weiss on March 6th at 4 pm.",
              "A: No, I have work then. Make it 6 pm instead.", "B: Booked for 6 pm."},
             {"2025-03-06T18:00"}},
        // ... and once booked, a no to something else keeps it
        Case{"booked_then_no_i_have_the_address",
             {"Book a table at Nopa on Friday at 8 pm", "B: Your table is booked. Would you like the address?",
              "A: No, I have it, thanks."},
             {"2025-03-07T20:00"}}));

// A deleting verb whose object is a thing deletes the thing, not the plan (DeletesAThing):
// friends' chats delete photos and messages all the time. The plan, a calendar's entry, a
// pronoun or nothing after the verb is still called off.
INSTANTIATE_TEST_SUITE_P(
    DeletingAThing, EventsExtractRound8,
    testing::Values(
        Case{"delete_that_photo_keeps_the_dinner",
             {"Dinner at Luigi's on Friday at 8?", "B: Yes! Booked a table for 8 pm Friday",
              "A: Great. Btw delete that photo I sent you lol", "B: haha ok"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        Case{"deleted_the_old_spreadsheet_keeps_the_meeting",
             {"Team meeting on Friday at 10?", "B: Sure, see you Friday at 10",
              "A: I deleted the old spreadsheet, we'll use the new one"},
             {"2025-03-07T10:00"}},
        Case{"the_pic_was_deleted_keeps_the_lunch",
             {"Lunch tomorrow at 1?", "B: Perfect, tomorrow at 1", "A: oops the pic was deleted. I'll send it again"},
             {"2025-03-06T13:00"}},
        Case{"borra_la_foto_keeps_the_cena",
             {"¿Cena el viernes a las 9?", "B: Vale, el viernes a las 9", "A: borra la foto que te mandé jaja"},
             {"2025-03-07T21:00"},
             {"confirmed"}},
        // ... while the plan, the entry or a pronoun is called off
        Case{"delete_the_dentist_appointment",
             {"Add a dentist appointment on Friday at 3 pm to my calendar", "B: Added.",
              "A: Delete the dentist appointment please, I got the week wrong"},
             {"2025-03-07T15:00"},
             {"cancelled"}},
        Case{"the_event_was_deleted",
             {"Add a dentist appointment on Friday at 3 pm to my calendar", "B: Added.", "A: Actually remove it",
              "B: The event was deleted."},
             {"2025-03-07T15:00"},
             {"cancelled"}},
        Case{"borrala_sin_mas",
             {"Apunta la cita del dentista el viernes a las 5 en mi calendario", "B: Listo, apuntada.",
              "A: Mejor bórrala, no puedo ir"},
             {"2025-03-07T17:00"},
             {"cancelled"}}));

}  // namespace
}  // namespace chatbeto::events
