// Conversation-level event extraction: a time for something to bring or set up before
// a plan is no time of the plan: "bbq at mine saturday 2pm" - "in!" - "also, can you
// bring chairs at 1:30? need help setting up" - "sure" kept the barbecue at 1:30
// (tests/fixtures/events en_f12, es_f52). Such a sentence reads like one saying when to
// arrive (kArrive), as one saying when to be there after the start ("next match saturday
// 10am at riverside, be there by 9:30": ArrivalAfterStart). A sentence naming the plan or
// moving it still moves it. Chats on
// Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractTaskTime : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractTaskTime, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    BringOrSetUp, EventsExtractTaskTime,
    testing::Values(
        Case{"bring_chairs",
             {"bbq at mine saturday 2pm", "B: in!", "A: also, can you bring chairs at 1:30? need help setting up",
              "B: sure"},
             {"2025-03-08T14:00"}},
        Case{"traer_sillas",
             {"Barbacoa en casa el sábado a las 2", "B: me apunto",
              "A: también, puedes traer sillas a la 1 y media? para montar", "B: hecho"},
             {"2025-03-08T14:00"}},
        Case{"setting_up_at", {"Party Saturday at 8?", "B: yes!", "A: I'm setting up at 6 if you want to help"},
             {"2025-03-08T20:00"}},
        // a move of the plan itself still moves it
        Case{"party_moved", {"Party Saturday at 8?", "B: yes!", "A: let's make it 9 instead"},
             {"2025-03-08T21:00"}},
        // when to be there, said after the start in the same sentence
        Case{"be_there_by",
             {"great game today, 3-2!!", "B: what a comeback", "A: next match saturday 10am at riverside, be there by 9:30",
              "B: 👍"},
             {"2025-03-08T10:00"}},
        Case{"arrive_at", {"Concert Friday at 8pm, arrive at 7:30 for the doors", "B: see you there"},
             {"2025-03-07T20:00"}},
        Case{"before_any_time", {"Can you bring the cake to the party Saturday at 8?", "B: sure"},
             {"2025-03-08T20:00"}}));

}  // namespace
}  // namespace chatbeto::events
