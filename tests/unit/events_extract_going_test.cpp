// Conversation-level event extraction: saying one is not going, in the words people
// use besides "can't" ("we won't make it", "we're not going", "not coming", "no vamos a
// ir"), is a no to a proposal and, after a yes, backs out of the plan on its day
// (BacksOut, GoingNoInContext). Not of someone else ("Sam won't make it", "he's not
// coming"), not being late ("I won't make it on time", "I'm not going to be late") and
// not another errand ("I'm not going to the gym before"). Chats on Wednesday 2025-03-05.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractGoing : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractGoing, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    NotGoing, EventsExtractGoing,
    testing::Values(
        Case{"wont_make_it_on_its_day", {"Dinner Friday at 8?", "B: sure!", "B: Sorry, I won't make it on Friday"},
             {"2025-03-07T20:00"}, {"cancelled"}},
        Case{"wont_make_it_after_all",
             {"Dinner Friday at 8?", "B: sure!", "A: great", "B: Sorry, we won't make it after all"},
             {"2025-03-07T20:00"}, {"cancelled"}},
        Case{"we_are_not_going", {"Dinner Friday at 8?", "B: sure", "A: we are not going, sorry"},
             {"2025-03-07T20:00"}, {"cancelled"}},
        Case{"no_vamos_a_ir",
             {"¿Cenamos el viernes a las 9?", "B: ¡vale!", "B: al final no vamos a ir, lo siento"},
             {"2025-03-07T21:00"}, {"cancelled"}},
        // a no to the proposal: nothing agreed
        Case{"not_coming_to_proposal", {"Dinner Friday at 8?", "B: not coming, sorry"}, {}},
        Case{"no_voy_a_ir_a_la_propuesta", {"¿Cenamos el viernes a las 9?", "B: no voy a ir, lo siento"}, {}},
        // ... and what leaves the plan standing
        Case{"someone_else", {"Dinner Friday at 8?", "B: sure", "B: Sam won't make it, sorry"},
             {"2025-03-07T20:00"}, {"confirmed"}},
        Case{"he_is_not_coming", {"Dinner Friday at 8?", "B: sure", "B: he's not coming, sorry"},
             {"2025-03-07T20:00"}, {"confirmed"}},
        Case{"late_not_away", {"Dinner Friday at 8?", "B: sure!", "B: I won't make it on time, start without me"},
             {"2025-03-07T20:00"}, {"confirmed"}},
        Case{"not_going_to_be_late", {"Dinner Friday at 8?", "B: sure! I'm not going to be late this time"},
             {"2025-03-07T20:00"}, {"confirmed"}},
        Case{"another_errand",
             {"Dinner Friday at 8?", "B: sure", "B: I'm not going to the gym before, so I can be early"},
             {"2025-03-07T20:00"}, {"confirmed"}},
        Case{"another_day", {"Dinner Friday at 8?", "B: sure!", "B: we won't make it tonight though"},
             {"2025-03-07T20:00"}, {"confirmed"}}));

}  // namespace
}  // namespace chatbeto::events
