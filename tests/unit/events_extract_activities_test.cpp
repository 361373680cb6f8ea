// Conversation-level event extraction: sports and outings friends arrange (AddActivityNouns,
// cue_table_activities.cpp) are plans with a title of their own, in the chat's language:
// "who's up for bowling saturday?" agreed at 4pm gave no event. Karaoke and game nights are
// held in the evening ("a las 11" is 23:00), as dinners are. Chats are on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractActivities : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractActivities, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Outings, EventsExtractActivities,
    testing::Values(
        Case{"bowling_in_a_group",
             {"A: who's up for bowling saturday?", "B: me!", "C: me too, what time?", "A: 4pm?", "B: perfect",
              "C: perfect"},
             {"2025-03-08T16:00"},
             {"confirmed"},
             "Bowling"},
        Case{"tennis", {"Tennis tomorrow at 6pm?", "B: yes!"}, {"2025-03-06T18:00"}, {"confirmed"}, "Tennis"},
        Case{"padel_es", {"¿Pádel el jueves a las 19:30?", "B: Vale!"}, {"2025-03-06T19:30"}, {"confirmed"}, "Pádel"},
        Case{"padel_en", {"Padel on Thursday at 7:30pm?", "B: Sure"}, {"2025-03-06T19:30"}, {"confirmed"}, "Padel"},
        Case{"karaoke_evening", {"¿Karaoke el viernes a las 11?", "B: Venga!"}, {"2025-03-07T23:00"}, {"confirmed"},
             "Karaoke"},
        Case{"museum", {"Museum on Sunday at 11am?", "B: love that"}, {"2025-03-09T11:00"}, {"confirmed"}, "Museum"},
        Case{"escape_room", {"Escape room saturday 5pm, I'll book it", "B: yesss"}, {"2025-03-08T17:00"}, {}, "Escape"},
        // ... and one only talked about is none
        Case{"bowling_past", {"We went bowling on Saturday at 4, so fun", "B: haha yes"}, {}}));

}  // namespace
}  // namespace chatbeto::events
