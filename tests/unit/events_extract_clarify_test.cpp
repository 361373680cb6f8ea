// Conversation-level event extraction: a question asked back about a proposal,
// answered by its proposer, leaves the proposal on the table: "Dinner tonight at
// 8?" - "is it at Nopa?" - "yes" - "ok great" agrees to it, as does "which one?" -
// "Dune" - "ok, sounds good" (before, the "ok great"
// answered only the "yes", and the dinner was lost). The proposer's own yes agrees
// to nothing, and a no after the answer still declines. Chats on Wednesday
// 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractClarify : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractClarify, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    QuestionAskedBack, EventsExtractClarify,
    testing::Values(
        Case{"where_then_ok", {"Dinner tonight at 8?", "B: is it at Nopa?", "A: yes", "B: ok great"},
             {"2025-03-05T20:00"}, {"confirmed"}},
        Case{"who_then_see_you",
             {"Lunch tomorrow at 1?", "B: with the whole team?", "A: yep, all of us", "B: great, see you there"},
             {"2025-03-06T13:00"}},
        Case{"which_one_then_ok", {"Movie Friday at 7?", "B: which one?", "A: Dune", "B: ok, sounds good"},
             {"2025-03-07T19:00"}},
        Case{"far_no_then_in", {"Movie Friday at 7?", "B: is it far?", "A: no", "B: ok, I'm in"},
             {"2025-03-07T19:00"}},
        Case{"donde_luego_vale",
             {"¿Cenamos esta noche a las 9?", "B: ¿en el italiano?", "A: sí", "B: vale, perfecto"},
             {"2025-03-05T21:00"}},
        Case{"cual_luego_vale", {"¿Vamos al cine el viernes a las 7?", "B: ¿a cuál?", "A: Dune", "B: vale, me apunto"},
             {"2025-03-07T19:00"}},
        // "peli" is a movie ("¿Peli el viernes?"); a no to going stays a no
        Case{"peli_cual_luego_vale", {"¿Peli el viernes a las 7?", "B: ¿cuál?", "A: Dune", "B: vale, me apunto"},
             {"2025-03-07T19:00"}},
        Case{"peli_no_vamos", {"¿A qué hora empieza la peli esta noche?", "B: Creo que a las 10, pero no vamos a ir"},
             {}},
        // the proposer's yes alone agrees to nothing
        Case{"no_answer_after", {"Dinner tonight at 8?", "B: is it at Nopa?", "A: yes"}, {}},
        // a no after the answer declines
        Case{"then_declines", {"Dinner tonight at 8?", "B: will Sam be there?", "A: yes", "B: no thanks then"},
             {}},
        // a counter-proposal after the answer is the other's proposal, not agreed by the proposer's yes
        Case{"counter_after",
             {"Dinner tonight at 8?", "B: is it at Nopa?", "A: yes", "B: can we make it 9?"}, {}}));

}  // namespace
}  // namespace chatbeto::events
