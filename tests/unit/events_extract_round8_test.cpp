// Conversation-level event extraction: the rules an eighth blind round of SGD dev/test-style
// dialogues (en_sgdstyle_q*: day and time over several turns, alternatives picked by
// position, the party or the city corrected after the read-back, existing bookings
// cancelled) called for. A calendar entry removed ("Remove the team lunch from my calendar",
// "delete it", "The event has been removed") is called off, as "borra" and "elimina" are in
// Spanish; "remove" alone removes no plan. One table case per rule, with the chats it must
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

}  // namespace
}  // namespace chatbeto::events
